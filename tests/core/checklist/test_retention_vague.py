"""House rules: 'niet langer dan nodig of wettelijk vereist' gives no retention period or criterion; a named
legal duty ('de fiscale bewaarplicht van zeven jaar') does."""

from __future__ import annotations

from editor.core.checklist import analyze
from editor.core.importers import import_text


def _retention(sentence: str):
    return analyze(import_text("Privacyverklaring Voorbeeld BV\n\nBewaartermijn\n\n" + sentence + "\n").policy).item("retention")


def test_as_long_as_needed_or_until_no_legal_duty_is_vague():
    item = _retention("Wij bewaren uw gegevens niet langer dan nodig is voor het doel waarvoor ze verzameld werden, "
                      "en verwijderen ze op uw verzoek wanneer er geen wettelijke bewaarplicht meer geldt.")
    assert item.status == "partial"


def test_a_named_legal_duty_is_a_criterion():
    item = _retention("Facturen bewaren wij niet langer dan nodig, namelijk tot het einde van de fiscale bewaarplicht.")
    assert item.status == "present"
