"""'Uit document overnemen' (core): profile fields pre-filled from what the policy text states."""

from __future__ import annotations

from editor.core.model import Paragraph, Policy, Run
from editor.core.profile_extract import profile_from_text


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
