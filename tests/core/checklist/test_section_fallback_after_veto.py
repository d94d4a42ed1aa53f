"""When the data rules strike every sentence the patterns tagged for an item (a pointer such as "voor de hierboven
vermelde doeleinden"), the body of the item's own section still gives it: "Waarom verwerken wij deze gegevens?"
answered by "Om contactaanvragen te beantwoorden, ..."."""

from __future__ import annotations

from editor.core.checklist import analyze
from editor.core.importers import import_text

_TEXT = ("Privacyverklaring Oudercomité Voorbeeld, info@voorbeeld.be\n\n3. Waarom verwerken wij deze gegevens?\n\n"
         "Om contactaanvragen te beantwoorden, tickets te verwerken en te verzenden en sponsoraanvragen op te volgen.\n\n"
         "5. Hoe lang bewaren wij gegevens?\n\n"
         "Wij bewaren persoonsgegevens niet langer dan nodig voor de hierboven vermelde doeleinden.\n")


def test_the_answer_under_a_purposes_question_gives_the_purposes_when_the_pointer_is_struck():
    item = analyze(import_text(_TEXT).policy).item("purposes")
    assert item.status == "present"
    assert item.evidence[0].text.startswith("Om contactaanvragen te beantwoorden")


def test_a_pointer_alone_still_gives_no_purposes():
    text = ("Privacyverklaring Oudercomité Voorbeeld, info@voorbeeld.be\n\n5. Hoe lang bewaren wij gegevens?\n\n"
            "Wij bewaren persoonsgegevens niet langer dan nodig voor de hierboven vermelde doeleinden.\n")
    assert analyze(import_text(text).policy).item("purposes").status != "present"
