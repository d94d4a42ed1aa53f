"""The .txt importer: heading and list heuristics, encodings and web-leftover cleanup."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.importers import describe, import_text, load_document
from editor.core.model import Heading, ListItem, Paragraph
from tests.conftest import CORPUS_FILES


def kinds(text: str) -> list[str]:
    return describe(import_text(text)).splitlines()


POLICY = """Privacyverklaring

Wie zijn wij?

Wij zijn Bakkerij Janssens bv, Kerkstraat 1, 9000 Gent.

Artikel 2 – Welke gegevens verwerken wij

Wij verwerken de volgende gegevens:

- naam en adres;
- e-mailadres;
  - alleen als u het opgeeft.

2.1 Bewaartermijn

Wij bewaren uw gegevens vijf jaar.

UW RECHTEN

U heeft recht op inzage.

Klachten

U kunt klacht indienen bij de GBA.
"""


def test_headings_lists_and_paragraphs_are_recognised() -> None:
    assert kinds(POLICY) == [
        "H1 Privacyverklaring",
        "H2 Wie zijn wij?",
        "P Wij zijn Bakkerij Janssens bv, Kerkstraat 1, 9000 Gent.",
        "H2 Artikel 2 – Welke gegevens verwerken wij",
        "P Wij verwerken de volgende gegevens:",
        "LI0 naam en adres;",
        "LI0 e-mailadres;",
        "LI1 alleen als u het opgeeft.",
        "H3 2.1 Bewaartermijn",
        "P Wij bewaren uw gegevens vijf jaar.",
        "H2 UW RECHTEN",
        "P U heeft recht op inzage.",
        "H2 Klachten",
        "P U kunt klacht indienen bij de GBA.",
    ]
    assert import_text(POLICY).policy.meta.title == "Privacyverklaring"


def test_numbered_heading_versus_numbered_list_item() -> None:
    # Corpus 004: a short standalone "1. …" above a paragraph is a sub-heading ...
    text = (
        "Privacy beleid\n\nWanneer bewaren wij uw gegevens?\n\n"
        "1. Bij het tot stand brengen van een samenwerking\n\nDit kan gaan om een nieuwe overeenkomst.\n\n"
        "2. Via ons contactformulier\n\nDoor het invullen van het formulier geeft u toestemming.\n"
    )
    assert kinds(text)[2:] == [
        "H3 1. Bij het tot stand brengen van een samenwerking",
        "P Dit kan gaan om een nieuwe overeenkomst.",
        "H3 2. Via ons contactformulier",
        "P Door het invullen van het formulier geeft u toestemming.",
    ]
    # ... while indented, adjacent "  1. …" lines (corpus 002) are list items.
    text = "Privacybeleid\n\nContact\n\nWij zijn bereikbaar via:\n\n  1. Telefonisch via +32 456 15 44 87\n  2. Per e-mail\n"
    assert kinds(text)[-2:] == ["OL0 Telefonisch via +32 456 15 44 87", "OL0 Per e-mail"]
    # Numbered short lines with blank lines between them are still one list.
    text = "Titel\n\nGegevens\n\n1. Naam\n\n2. Adres\n\n3. Telefoon\n\nDat is alles wat wij vragen.\n"
    assert kinds(text)[2:5] == ["OL0 Naam", "OL0 Adres", "OL0 Telefoon"]


def test_sentences_and_lines_before_a_list_are_not_headings() -> None:
    text = (
        "Privacybeleid\n\nDeze tekst legt uit wat wij doen.\n\nUw gegevens hebben wij nodig voor:\n\n"
        "• facturatie\n• support\n\nContacteer ons\n"
    )
    out = kinds(text)
    assert out == [
        "H1 Privacybeleid",
        "P Deze tekst legt uit wat wij doen.",
        "P Uw gegevens hebben wij nodig voor:",
        "LI0 facturatie",
        "LI0 support",
        "P Contacteer ons",  # last line: nothing follows, so not a heading
    ]


def test_title_directly_above_its_text_is_a_heading() -> None:
    text = (
        "Privacybeleid\n\nCookies\nWij gebruiken alleen functionele cookies die nodig zijn voor de werking van de site.\n\n"
        "Met vriendelijke groet\nJan Janssens\n"
    )
    assert kinds(text) == [
        "H1 Privacybeleid",
        "H2 Cookies",
        "P Wij gebruiken alleen functionele cookies die nodig zijn voor",
        "P Met vriendelijke groet",
        "P Jan Janssens",
    ]


def test_flattened_table_lines_stay_paragraphs() -> None:
    text = (
        "Privacybeleid\n\nCookies\n\nDe volgende cookies gebruiken wij:\n\n"
        "Id Omschrijving Duurtijd\n_ga Google Analytics 2 jaren\n_gid Google Analytics 1 dag\n\nVragen? Mail ons.\n"
    )
    out = kinds(text)
    assert out[3:6] == ["P Id Omschrijving Duurtijd", "P _ga Google Analytics 2 jaren", "P _gid Google Analytics 1 dag"]


def test_hard_wrapped_text_is_joined_into_paragraphs() -> None:
    text = (
        "Privacyverklaring\n\n"
        "Wij verwerken uw persoonsgegevens alleen wanneer dat nodig is voor de\n"
        "uitvoering van de overeenkomst die wij met u sluiten of wanneer de wet\n"
        "ons daartoe verplicht. Wij bewaren ze niet langer dan noodzakelijk.\n\n"
        "Uw rechten\n\n"
        "U heeft het recht op inzage, verbetering en wissing van uw gegevens en\n"
        "u kunt bezwaar maken tegen de verwerking door ons een e-mail te sturen.\n"
    )
    policy = import_text(text).policy
    assert [b.kind for b in policy.blocks] == ["heading", "paragraph", "heading", "paragraph"]
    assert policy.blocks[1].text.startswith("Wij verwerken") and policy.blocks[1].text.endswith("noodzakelijk.")
    assert "de uitvoering" in policy.blocks[1].text


# -- cleanup of web leftovers ------------------------------------------------------------


def test_broken_entity_glued_to_a_word_is_removed_with_a_warning() -> None:
    result = import_text("Privacybeleid\n\n3.2 Geboortedatum&lt\n\nWij vragen uw geboortedatum.\n")
    assert result.policy.blocks[1].text == "3.2 Geboortedatum"
    assert isinstance(result.policy.blocks[1], Heading)
    assert any("&lt" in w for w in result.warnings)


def test_real_entities_are_decoded() -> None:
    result = import_text("Tom &amp; Jerry&nbsp;bv verwerkt &eacute;&eacute;n gegevensset &#8211; veilig.\n")
    assert result.policy.blocks[0].text == "Tom & Jerry bv verwerkt één gegevensset – veilig."
    assert result.warnings


def test_settings_link_shortcode_is_dropped_entirely() -> None:
    text = (
        "Privacybeleid\n\nTekst van het beleid.\n\n"
        "[wpgdprc_consents_settings_link]Mijn instellingen[/wpgdprc_consents_settings_link]\n\nMeer tekst.\n"
    )
    result = import_text(text)
    assert [b.text for b in result.policy.blocks] == ["Privacybeleid", "Tekst van het beleid.", "Meer tekst."]
    assert any("shortcode" in w for w in result.warnings)


def test_other_shortcodes_keep_their_text() -> None:
    result = import_text('Lees [highlight color="red"]dit belangrijke deel[/highlight] aandachtig [contact-form-7 id="3"].\n')
    assert result.policy.blocks[0].text == "Lees dit belangrijke deel aandachtig ."
    # Ordinary square brackets are not shortcodes.
    assert import_text("De [sic] fout en [1] voetnoot.\n").policy.blocks[0].text == "De [sic] fout en [1] voetnoot."


def test_markdown_links_become_text_or_real_links() -> None:
    result = import_text("Klacht indienen via [deze link](#) of [de GBA](https://www.gegevensbeschermingsautoriteit.be).\n")
    block = result.policy.blocks[0]
    assert block.text == "Klacht indienen via deze link of de GBA."
    links = [r for r in block.runs if r.link]
    assert [(r.text, r.link) for r in links] == [("de GBA", "https://www.gegevensbeschermingsautoriteit.be")]
    assert any("Markdown" in w for w in result.warnings)


def test_non_breaking_spaces_and_lone_nbsp_lines_are_cleaned() -> None:
    text = "Privacybeleid\n\n3.6 Adresgegevens\u00a0 van je onderneming\n\nTekst.\n\n\u00a0\n\nNog tekst.\n"
    result = import_text(text)
    assert [b.text for b in result.policy.blocks] == [
        "Privacybeleid",
        "3.6 Adresgegevens van je onderneming",
        "Tekst.",
        "Nog tekst.",
    ]
    assert len(result.warnings) == 2  # one for the spaces, one for the empty lines


def test_corpus_leftovers_are_gone_after_import() -> None:
    for path in CORPUS_FILES:
        result = load_document(path)
        for block in result.policy.blocks:
            assert "&lt" not in block.text and "wpgdprc" not in block.text and "](#)" not in block.text
            assert "\u00a0" not in block.text
    warnings_004 = load_document(CORPUS_FILES[4]).warnings
    assert any("shortcode" in w for w in warnings_004)


# -- encodings ---------------------------------------------------------------------------

DUTCH = "Privacyverklaring\n\nWij bewaren uw gegevens één jaar; de kosten zijn € 0 en dat is ‘gratis’ – ook voor ons café’s.\n"


@pytest.mark.parametrize(
    "encoded",
    [
        DUTCH.encode("utf-8"),
        b"\xef\xbb\xbf" + DUTCH.encode("utf-8"),
        DUTCH.encode("cp1252"),
        DUTCH.encode("utf-16"),
        DUTCH.replace("\n", "\r\n").encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "cp1252", "utf-16-bom", "cp1252-crlf"],
)
def test_encodings_import_identically(encoded: bytes, tmp_path: Path) -> None:
    path = tmp_path / "beleid.txt"
    path.write_bytes(encoded)
    result = load_document(path)
    blocks = result.policy.blocks
    assert [b.text for b in blocks] == [
        "Privacyverklaring",
        "Wij bewaren uw gegevens één jaar; de kosten zijn € 0 en dat is ‘gratis’ – ook voor ons café’s.",
    ]
    assert isinstance(blocks[0], Heading) and isinstance(blocks[1], Paragraph)


def test_cp1252_is_reported_and_utf8_is_not(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes(DUTCH.encode("cp1252"))
    b.write_bytes(DUTCH.encode("utf-8"))
    assert any("Windows-1252" in w for w in load_document(a).warnings)
    assert load_document(b).warnings == []


def test_list_items_keep_their_numbering_kind() -> None:
    blocks = import_text("Titel\n\nLijst:\n\n1. een\n2. twee\n\n- los\n").policy.blocks
    items = [b for b in blocks if isinstance(b, ListItem)]
    assert [(i.text, i.ordered) for i in items] == [("een", True), ("twee", True), ("los", False)]


def test_numbered_sections_without_other_section_headings_are_level_2() -> None:
    text = (
        "Privacyverklaring\n\n1. Wie zijn wij\n\nWij zijn een bakkerij in Gent.\n\n"
        "2. Welke gegevens verwerken wij\n\nAlleen uw naam en adres.\n\nA. Klanten\n\nVoor klanten iets meer.\n"
    )
    assert [line for line in kinds(text) if line.startswith("H")] == [
        "H1 Privacyverklaring",
        "H2 1. Wie zijn wij",
        "H2 2. Welke gegevens verwerken wij",
        "H3 A. Klanten",
    ]


def test_tab_separated_lines_copied_from_a_web_table_become_a_table() -> None:
    from editor.core.model import Table

    text = (
        "Hoe lang bewaren wij uw gegevens?\n\n"
        "De gegevens worden bewaard gedurende deze termijnen:\n\n"
        "Categorie\tBewaartermijn\n"
        "Lidmaatschapsgegevens\ttot twee jaar na het laatste gebruik\n"
        "Facturen\tzeven jaar\n\n"
        "Uw rechten\n\nU kunt uw gegevens inzien.\n"
    )
    blocks = import_text(text).policy.blocks
    tables = [b for b in blocks if isinstance(b, Table)]
    assert len(tables) == 1
    assert [[c.text for c in row] for row in tables[0].rows] == [
        ["Categorie", "Bewaartermijn"],
        ["Lidmaatschapsgegevens", "tot twee jaar na het laatste gebruik"],
        ["Facturen", "zeven jaar"],
    ]
    assert tables[0].header_rows == 1
    # the text around the table is classified as before
    assert isinstance(blocks[0], Heading) and blocks[0].text.startswith("Hoe lang")
    assert any(isinstance(b, Heading) and b.text == "Uw rechten" for b in blocks)
    # a single tab-separated line is no table
    single = import_text("Naam\tJan\n\nTekst.\n").policy.blocks
    assert not any(isinstance(b, Table) for b in single)


def test_retention_given_only_in_a_pasted_table_counts() -> None:
    from editor.core.checklist import analyze

    text = ("Privacyverklaring\n\nWij bewaren gegevens volgens deze tabel:\n\n"
            "Gegevens\tBewaartermijn\nLidmaatschapsgegevens\ttot twee jaar na het laatste gebruik van de pas\n"
            "Facturen\tzeven jaar\n")
    assert analyze(import_text(text).policy).item("retention").status == "present"


def test_a_numbered_heading_right_after_a_table_of_contents_is_a_heading() -> None:
    # A pasted page lists its sections ("1. Inleiding" ... "3. Rechten") and then starts with "1. Inleiding":
    # the numbering starts again, so that line opens the first section instead of continuing the list.
    text = (
        "Privacyverklaring\n\nInhoudsopgave\n1. Inleiding\n2. Gegevens\n3. Rechten\n\n"
        "1. Inleiding\n\nWij nemen uw privacy serieus en leggen hier uit wat wij doen.\n\n"
        "2. Gegevens\n\nWij verwerken uw naam en e-mailadres.\n"
    )
    got = kinds(text)
    assert "OL0 Rechten" in got
    assert any(k.startswith("H") and k.endswith("1. Inleiding") for k in got), got
