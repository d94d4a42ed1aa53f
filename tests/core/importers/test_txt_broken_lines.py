"""Text pasted from a PDF or an e-mail breaks sentences over lines; the importer joins a line that goes on
in lower case after a long open line, and leaves bulletless list lines apart."""

from __future__ import annotations

from editor.core.importers import import_text


def _texts(text: str) -> list[str]:
    return [b.text for b in import_text(text).policy.blocks]


def test_a_sentence_broken_over_lines_is_one_paragraph():
    text = (
        "Privacyverklaring\n\nGeautomatiseerde besluitvorming\n\n"
        "Voorbeeld BV neemt niet op basis van geautomatiseerde verwerkingen besluiten over zaken die\n"
        "(aanzienlijke) gevolgen kunnen hebben voor personen. Het gaat hier om besluiten die worden genomen door\n"
        "computerprogramma's of -systemen, zonder dat daar een mens tussen zit.\n"
        "Met een korte regel erna.\n"
    )
    blocks = _texts(text)
    assert ("Voorbeeld BV neemt niet op basis van geautomatiseerde verwerkingen besluiten over zaken die (aanzienlijke) "
            "gevolgen kunnen hebben voor personen. Het gaat hier om besluiten die worden genomen door computerprogramma's "
            "of -systemen, zonder dat daar een mens tussen zit.") in blocks
    assert "Met een korte regel erna." in blocks


def test_bulletless_list_lines_stay_apart():
    text = ("Privacyverklaring\n\nOnder de AVG heb je het recht om:\n\n"
            "Inzage te vragen in de gegevens die we van je verwerken\n"
            "Onjuiste gegevens te laten verbeteren\n"
            "je gegevens te laten verwijderen\n")
    blocks = _texts(text)
    assert "Onjuiste gegevens te laten verbeteren" in blocks
    assert "je gegevens te laten verwijderen" in blocks


def test_a_twelve_word_standalone_heading_above_prose_is_a_heading():
    # The generator template's longest section title stands alone above its text.
    text = ("Privacyverklaring Voorbeeld BV\n\nVoorbeeld BV is verantwoordelijk voor de verwerking van persoonsgegevens.\n\n"
            "Met welk doel en op basis van welke grondslag wij persoonsgegevens verwerken\n\n"
            "Voorbeeld BV verwerkt jouw persoonsgegevens voor de volgende doelen:\n\n- Het afhandelen van jouw betaling\n")
    headings = [b.text for b in import_text(text).policy.blocks if type(b).__name__ == "Heading"]
    assert "Met welk doel en op basis van welke grondslag wij persoonsgegevens verwerken" in headings
