"""'Uit document overnemen' (core): profile fields pre-filled from what the policy text states."""

from __future__ import annotations

from editor.core.model import OrganisationProfile, Paragraph, Policy, Run
from editor.core.profile_extract import extract_profile, merge_missing, normalise_kbo, profile_from_text


def _policy(text: str) -> Policy:
    return Policy(blocks=[Paragraph(runs=[Run(part.strip())]) for part in text.split("\n\n") if part.strip()])


def test_belgian_policy_gives_name_address_mail_phone_kbo_and_dpo():
    policy = _policy(
        "Privacyverklaring\n\nBakkerij Janssens BV, met zetel te Kerkstraat 12, 9000 Gent en ondernemingsnummer "
        "BE 0123.456.789, is de verwerkingsverantwoordelijke voor uw gegevens.\n\n"
        "Vragen? Mail naar privacy@bakkerij-janssens.be of bel +32 9 123 45 67.\n\n"
        "Onze functionaris voor gegevensbescherming, Els Peeters, bereikt u via dpo@bakkerij-janssens.be.\n"
    )
    p = profile_from_text(policy).profile
    assert p.name == "Bakkerij Janssens BV"
    assert p.address == "Kerkstraat 12, 9000 Gent"
    assert p.email == "privacy@bakkerij-janssens.be"
    assert p.phone == "+32 9 123 45 67"
    assert p.enterprise_number == "0123.456.789"
    assert p.dpo_contact == "dpo@bakkerij-janssens.be" and p.dpo_name == "Els Peeters"


def test_dutch_policy_gives_kvk_and_an_enterprise_number_is_not_a_phone():
    policy = _policy(
        "Privacy\n\nStichting Voorbeeldkoor, ingeschreven bij de KvK onder nummer 12345678, is verantwoordelijk voor de "
        "verwerking van persoonsgegevens. Adres: Dorpsstraat 8, 3512 AB Utrecht. E-mail: info@voorbeeldkoor.nl.\n"
    )
    p = profile_from_text(policy).profile
    assert p.name == "Stichting Voorbeeldkoor" and p.enterprise_number == "12345678"
    assert p.address == "Dorpsstraat 8, 3512 AB Utrecht" and p.email == "info@voorbeeldkoor.nl"
    assert p.phone == "" and p.dpo_name == "" and p.dpo_contact == ""


def test_nothing_is_invented_for_a_policy_without_details():
    p = profile_from_text(_policy("Privacy\n\nWij verwerken uw gegevens zorgvuldig.\n")).profile
    assert (p.name, p.address, p.email, p.phone, p.enterprise_number) == ("", "", "", "", "")


# Realistic sentences from Belgian and Dutch policies (the GUI's "Uit document overnemen").

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
    assert p.name == "Garage Dewitte bv"
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
    assert (p.name, p.legal_form) == ("De Korenbloem vzw", "VZW")
    assert p.address == "Kerkstraat 1 bus 2, 2000 Antwerpen"
    assert p.enterprise_number == "0412.345.678"


def test_a_text_without_markers_gives_an_empty_profile_too():
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
