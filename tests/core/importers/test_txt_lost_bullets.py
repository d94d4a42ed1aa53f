"""A web page copied from the browser loses its bullets: every list entry becomes a short line of its own.
Such lines are entries, not headings of empty sections, or the outline fills with false sections and the
checklist reads the entries as titles (a purposes section with no body says nothing)."""

from __future__ import annotations

from editor.core.checklist import analyze
from editor.core.importers import describe, import_text

PASTED = """Privacybeleid - Banden Peeters

1. Wie zijn wij?

Bedrijfsnaam: Banden Peeters

Adres: Kerkstraat 4, 8800 Roeselare

Website: bandenpeeters.be

2. Welke gegevens verzamelen wij?

Contactgegevens

Naam en voornaam (wanneer u contact met ons opneemt)

E-mailadres (voor communicatie)

3. Waarom verzamelen wij deze gegevens?

Dienstverlening: Om onze herstellingen te kunnen uitvoeren

Communicatie: Om u te contacteren over uw aanvraag

4. Beveiliging van uw gegevens

SSL-encryptie voor alle communicatie

Beperkte toegang tot persoonsgegevens

5. Hoe lang bewaren wij uw gegevens?

Contactgegevens: 2 jaar na laatste contact
"""


def test_short_lines_with_no_text_under_them_are_list_entries_not_headings():
    lines = describe(import_text(PASTED)).splitlines()
    headings = [ln for ln in lines if ln.startswith("H")]
    assert headings == ["H1 Privacybeleid - Banden Peeters", "H2 1. Wie zijn wij?", "H2 2. Welke gegevens verzamelen wij?",
                        "H2 3. Waarom verzamelen wij deze gegevens?", "H2 4. Beveiliging van uw gegevens",
                        "H2 5. Hoe lang bewaren wij uw gegevens?"]
    assert "LI0 Contactgegevens" in lines and "LI0 SSL-encryptie voor alle communicatie" in lines
    # a label and its value is a field or an entry; a web address alone is contact data
    assert "P Dienstverlening: Om onze herstellingen te kunnen uitvoeren" in lines
    assert "P Website: bandenpeeters.be" in lines


def test_the_checklist_reads_the_entries_of_a_pasted_page():
    report = analyze(import_text(PASTED).policy)
    for item in ("purposes", "security", "retention", "data_categories"):
        assert report.item(item).status == "present", (item, report.item(item).status)


def test_a_short_line_with_text_under_it_stays_a_heading():
    assert describe(import_text("Titel\n\nCookies\n\nWij gebruiken alleen functionele cookies.")).splitlines() == [
        "H1 Titel", "H2 Cookies", "P Wij gebruiken alleen functionele cookies."]
    # a section heading, then a sub-heading, then its text: both headings
    lines = describe(import_text("Titel\n\nUw rechten\n\nRecht op inzage\n\nU mag vragen welke gegevens wij hebben.")).splitlines()
    assert lines[1:3] == ["H2 Uw rechten", "H2 Recht op inzage"]


def test_short_lines_after_a_lead_in_are_its_entries():
    lines = describe(import_text(
        "Titel\n\nWij delen uw gegevens alleen met:\n\nOnze boekhouder\n\nMailchimp\n\nDeze partijen volgen onze instructies.")).splitlines()
    assert lines[2:4] == ["LI0 Onze boekhouder", "LI0 Mailchimp"]


def test_a_heading_after_a_lead_in_whose_list_a_template_left_empty_stays_a_heading():
    lines = describe(import_text(
        "Titel\n\nWij hanteren de volgende bewaartermijnen:\n\nDelen met derden\n\nWij verstrekken uw gegevens aan niemand.")).splitlines()
    assert "H2 Delen met derden" in lines


def test_lines_ending_in_semicolons_are_the_entries_of_an_enumeration():
    lines = describe(import_text("Titel\n\nWelke gegevens verzamelen we over jou?\n\nIdentificatiegegevens;\nMutualiteit;\n"
                                 "Rijksregisternummer;\nGegevens over je opleiding\n\nWaarom?\n\nOm je te helpen.")).splitlines()
    assert lines[2:6] == ["LI0 Identificatiegegevens;", "LI0 Mutualiteit;", "LI0 Rijksregisternummer;", "LI0 Gegevens over je opleiding"]
    assert lines[6] == "H2 Waarom?"


def test_short_lines_directly_under_each_other_are_entries_unless_text_follows_them():
    lines = describe(import_text("Titel\n\nWelke gegevens?\n\nVoornaam\nAchternaam\nGeboortedatum\n\nHoe lang?\n\nTwee jaar.")).splitlines()
    assert lines[2:5] == ["LI0 Voornaam", "LI0 Achternaam", "LI0 Geboortedatum"]
    # titles right above their text, and an address card, stay lines of their own
    lines = describe(import_text("Titel\n\nUw rechten\nRecht op inzage\nU mag ons altijd vragen welke gegevens wij van u hebben.")).splitlines()
    assert not any(ln.startswith("LI") for ln in lines)
    lines = describe(import_text("Titel\n\nContact\n\nPraktijk Horizon\nKerkplein 7\n6811 AB Arnhem")).splitlines()
    assert not any(ln.startswith("LI") for ln in lines)


def test_data_categories_listed_without_bullets_give_the_item():
    text = ("Privacyverklaring\n\nWelke gegevens verwerken wij?\n\nVoor het lidmaatschap verwerken wij\n\nVoornaam\nAchternaam\n"
            "Adres\nGeboortedatum\nTelefoonnummer\n\nHoe lang bewaren wij ze?\n\nTot twee jaar na het einde van het lidmaatschap.")
    assert analyze(import_text(text).policy).item("data_categories").status == "present"


def test_lines_after_a_lead_in_are_its_entries_when_a_blank_line_closes_them():
    lines = describe(import_text("Titel\n\nWij verwerken deze gegevens uitsluitend om:\nContact met je op te nemen.\n"
                                 "Een offerte op te stellen.\n\nMeer hierover\n\nWij leggen het graag uit aan wie het vraagt.")).splitlines()
    assert lines[2:4] == ["LI0 Contact met je op te nemen.", "LI0 Een offerte op te stellen."]
    lines = describe(import_text("Titel\n\nWij verwerken de volgende gegevens:\n\nachternaam\n\nvoornamen\n\ngeboortedatum\n\n"
                                 "Verwerkingsgrond\n\nWij verwerken ze op basis van de overeenkomst.")).splitlines()
    assert lines[2:5] == ["LI0 achternaam", "LI0 voornamen", "LI0 geboortedatum"]


def test_an_address_card_after_a_lead_in_stays_lines_of_its_own():
    lines = describe(import_text("Titel\n\nDe verantwoordelijke is:\nBakkerij Jansen\nKerkstraat 1\n1000 Brussel\n\nMeer\n\nTekst hier.")).splitlines()
    assert "LI0 Kerkstraat 1" not in lines and "LI0 1000 Brussel" not in lines


def test_short_lines_above_a_bulleted_list_stay_headings():
    lines = describe(import_text("Titel\n\n- Giften: tot 5 jaar na het jaar van storting\n\nUw rechten\n\nU heeft het recht om\n\n"
                                 "- Inzage te vragen in uw persoonsgegevens,\n\n- Correctie te vragen van uw persoonsgegevens.")).splitlines()
    assert "H2 Uw rechten" in lines


def test_in_text_without_blank_lines_short_lowercase_lines_after_a_lead_in_are_its_entries():
    lines = describe(import_text("Titel\nWij verwerken de volgende gegevens:\nachternaam\nvoornamen;\ngeboortedatum\n"
                                 "Hoe lang we uw gegevens bewaren\nWij bewaren ze twee jaar.")).splitlines()
    assert lines[2:5] == ["LI0 achternaam", "LI0 voornamen;", "LI0 geboortedatum"]
    assert "P Hoe lang we uw gegevens bewaren" in lines  # a title may follow: the checklist reads its topic
