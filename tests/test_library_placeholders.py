"""Filling placeholders from the organisation profile; missing values stay visible and reported."""

from __future__ import annotations

from editor.core.library import fill_placeholders
from editor.core.library.placeholders import dutch_date
from editor.core.model import OrganisationProfile

PROFILE = OrganisationProfile(
    name="Bakkerij Peeters bv",
    address="Kerkstraat 1, 2000 Antwerpen",
    enterprise_number="BE0123.456.789",
    email="privacy@peeters.be",
    phone="+32 3 123 45 67",
    website="www.peeters.be",
    dpo_name="Els Janssens",
)


def test_all_values_filled_and_authority_by_jurisdiction():
    text = "{{organisatie}} ({{ondernemingsnummer}}), {{adres}}. Klachten: {{toezichthouder}}, {{toezichthouder_adres}}."
    be = fill_placeholders(text, PROFILE, "BE")
    assert be.unfilled == []
    assert be.text == (
        "Bakkerij Peeters bv (BE0123.456.789), Kerkstraat 1, 2000 Antwerpen. "
        "Klachten: Gegevensbeschermingsautoriteit, Drukpersstraat 35, 1000 Brussel."
    )
    nl = fill_placeholders("{{toezichthouder}}, {{toezichthouder_adres}}", PROFILE, "NL")
    assert nl.text == "Autoriteit Persoonsgegevens, Postbus 93374, 2509 AJ Den Haag"


def test_missing_values_stay_visible_and_are_reported_with_positions():
    profile = OrganisationProfile(name="Acme")
    res = fill_placeholders("Mail {{email}} of bel {{telefoon}}; {{organisatie}} antwoordt. {{toezichthouder}}", profile, None)
    assert res.text == "Mail {{email}} of bel {{telefoon}}; Acme antwoordt. {{toezichthouder}}"
    assert [name for _, _, name in res.unfilled] == ["email", "telefoon", "toezichthouder"]
    for start, end, name in res.unfilled:
        assert res.text[start:end] == "{{" + name + "}}"
    # Whitespace-only values count as missing, never as silently empty text.
    blank = fill_placeholders("{{website}}", OrganisationProfile(website="   "), "BE")
    assert blank.text == "{{website}}" and blank.unfilled == [(0, 11, "website")]


def test_date_and_unknown_placeholders():
    res = fill_placeholders("Versie van {{datum}}. {{onbekend}} {{ email }}", PROFILE, "BE", date="2024-05-01")
    assert res.text == "Versie van 1 mei 2024. {{onbekend}} {{ email }}"
    assert res.unfilled == []
    assert fill_placeholders("{{datum}}", PROFILE, "BE").unfilled == [(0, 9, "datum")]
    assert dutch_date("2018-10-01") == "1 oktober 2018" and dutch_date("ooit") == "ooit"
