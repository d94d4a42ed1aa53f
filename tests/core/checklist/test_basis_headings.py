"""A title that cites one Art. 6(1) ground by its letter labels the processing under it with that ground
(house rules: the text names an Art. 6 ground for some processing)."""

from __future__ import annotations

from editor.core.checklist import analyze
from editor.core.importers import import_text


def _legal_basis(body: str):
    return analyze(import_text("Privacyverklaring Voorbeeld BV\n\n" + body).policy).item("legal_basis")


def test_a_ground_cited_by_its_article_letter_above_its_processing_is_a_basis():
    item = _legal_basis("3. Doeleinden en rechtsgronden\n\n"
                        "Uitvoering van de overeenkomst (art. 6.1.b AVG)\n"
                        "Het beheren van jouw account en het registreren van stempels.\n")
    assert item.status == "present"
    assert "6.1.b" in item.evidence[0].text

