"""Reading the organisation profile out of realistic policy sentences (editor/core/profile_extract.py)."""

from __future__ import annotations

from editor.core.model import OrganisationProfile
from editor.core.profile_extract import extract_profile, merge_missing, normalise_kbo

BE_POLICY = (
    "Privacyverklaring\n\nWie zijn wij?\n\nGarage Dewitte bv, Brugsesteenweg 221, 9940 Evergem, met "
    "ondernemingsnummer BE 0456.789.123, is verantwoordelijk voor de verwerking van uw persoonsgegevens. "
    "U bereikt ons via info@garagedewitte.be of op 09 357 12 34. Meer informatie op www.garagedewitte.be.\n\n"
    "Functionaris voor gegevensbescherming\n\nOnze functionaris voor gegevensbescherming, de heer Jan Peeters, "
    "is bereikbaar via dpo@garagedewitte.be.\n"
)

NL_POLICY = (
    "Stichting Het Anker, gevestigd aan de Kerkweg 12, 3512 AB Utrecht, ingeschreven bij de Kamer van "
    "Koophandel onder nummer 41234567, is verwerkingsverantwoordelijke. Vragen? Mail naar "
    "privacy@hetanker.nl of bel 030 234 56 78.\n"
)


def test_belgian_policy_gives_every_field():
    p = extract_profile(BE_POLICY)
    assert p.name == "Garage Dewitte"
    assert p.legal_form == "BV"
    assert p.address == "Brugsesteenweg 221, 9940 Evergem"
    assert p.enterprise_number == "0456.789.123"
    assert p.email == "info@garagedewitte.be"
    assert p.phone == "09 357 12 34"
    assert p.website == "www.garagedewitte.be"
    assert p.dpo_name == "Jan Peeters"
    assert p.dpo_contact == "dpo@garagedewitte.be"


def test_dutch_foundation_with_kvk_number_and_postcode_letters():
    p = extract_profile(NL_POLICY)
    assert p.name == "Stichting Het Anker"
    assert p.address == "Kerkweg 12, 3512 AB Utrecht"
    assert p.enterprise_number == "41234567"
    assert p.email == "privacy@hetanker.nl"
    assert p.phone == "030 234 56 78"
    assert p.dpo_name == "" and p.dpo_contact == ""


def test_controller_sentence_wins_over_other_organisations():
    text = (
        "Wij gebruiken Mailchimp van The Rocket Science Group LLC voor nieuwsbrieven en hosten bij Combell NV. "
        "De verwerkingsverantwoordelijke is De Korenbloem vzw, Kerkstraat 1 bus 2, 2000 Antwerpen (KBO 0412.345.678)."
    )
    p = extract_profile(text)
    assert (p.name, p.legal_form) == ("De Korenbloem", "VZW")
    assert p.address == "Kerkstraat 1 bus 2, 2000 Antwerpen"
    assert p.enterprise_number == "0412.345.678"


def test_a_text_without_markers_gives_an_empty_profile():
    assert extract_profile("Wij respecteren uw privacy en gaan zorgvuldig met uw gegevens om.") == OrganisationProfile()


def test_merge_keeps_what_the_user_typed():
    typed = OrganisationProfile(name="Dewitte Garage", email="")
    merged = merge_missing(typed, extract_profile(BE_POLICY))
    assert merged.name == "Dewitte Garage"
    assert merged.email == "info@garagedewitte.be"


def test_kbo_numbers_are_normalised():
    assert normalise_kbo("BE 0456 789 123") == "0456.789.123"
    assert normalise_kbo("456.789.123") == "0456.789.123"


def test_enterprise_number_after_onder_nummer_is_no_phone_number():
    p = extract_profile("Luyten bv is ingeschreven bij de KBO onder nummer BE 0882.753.745 en bereikbaar op 03 123 45 67.")
    assert p.enterprise_number == "0882.753.745"
    assert p.phone == "03 123 45 67"
