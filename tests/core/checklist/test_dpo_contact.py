"""A sole practitioner who is also the data protection officer: the practice's own contact details reach the
officer. Another person named as officer still needs contact details of their own (GUIDELINES: dpo_contact)."""

from __future__ import annotations

from editor.core.checklist import analyze
from editor.core.importers import import_text
from editor.core.plaintext import PlainText


def _dpo(text: str) -> str:
    return analyze(import_text(text).policy).item("dpo_contact").status


def test_the_controller_as_officer_is_reached_through_the_controllers_contact_details():
    text = ("Privacyverklaring\n\nDiëtist Eline Zuiderwijk, ingeschreven bij de KvK onder nummer 58700668, is verantwoordelijk "
            "voor de verwerking van persoonsgegevens.\n\nE-mail: info@voorbeeld.nl\n\n"
            "Eline Zuiderwijk is namens Diëtist Eline Zuiderwijk de Functionaris Gegevensbescherming.\n")
    assert _dpo(text) == "present"


def test_another_person_as_officer_without_contact_details_stays_partial():
    text = ("Privacyverklaring\n\nBakkerij Jansen BV, Kerkstraat 1, 1234 AB Breda, info@jansen.nl.\n\n"
            "Jan Peters is namens Bakkerij Jansen BV de Functionaris Gegevensbescherming.\n")
    assert _dpo(text) == "partial"


def test_an_organisation_that_appointed_an_officer_is_not_the_officer():
    text = ("Privacyverklaring\n\nBelfoon Direct BV, Stationsweg 2, 3811 AA Amersfoort, info@belfoon.nl.\n\n"
            "Belfoon Direct heeft een Data Protection Officer aangesteld die erop toeziet dat wij de regels naleven.\n")
    assert _dpo(text) == "partial"


def test_an_officer_title_over_a_contact_card_pasted_line_by_line_is_reachable():
    text = ("Privacyverklaring\n\nVoorbeeld BV verwerkt uw gegevens om uw bestelling te leveren.\n\n9. Contact\n\n"
            "Voor vragen over dit privacybeleid of het uitoefenen van uw rechten:\n\n"
            "Data Protection Officer\nVoorbeeld BV\nKerkstraat 1, 1234 AB Breda\nEmail: privacy@voorbeeld.nl\n\n"
            "10. Wijzigingen\n\nWij kunnen dit beleid wijzigen.\n")
    assert _dpo(text) == "present"


def test_an_officer_title_over_prose_without_contact_details_stays_partial():
    text = ("Privacyverklaring\n\nVoorbeeld BV verwerkt uw gegevens om uw bestelling te leveren.\n\n"
            "Data Protection Officer\n\nWij hebben een functionaris aangesteld die toeziet op de naleving van de privacyregels.\n\n"
            "Voorbeeld BV\nKerkstraat 1, 1234 AB Breda\n")
    assert _dpo(text) == "partial"


def test_a_numbered_officer_title_over_a_contact_list_is_reachable():
    text = ("Privacyverklaring\n\nVoorbeeld BV verwerkt uw gegevens om uw bestelling te leveren.\n\n"
            "13. Klachten\n\nNiet tevreden? Neem contact op:\n1. Eerst met ons: info@voorbeeld.nl\n"
            "2. Dan met AP: www.autoriteitpersoonsgegevens.nl\n\n14. Data Protection Officer\n\n"
            "Voor vragen over privacy:\n- E-mail: robert@voorbeeld.nl\n- Telefoon: +31 6 12 34 56 78\n")
    assert _dpo(text) == "present"


def test_the_evidence_for_an_officer_title_shows_the_card_below_it():
    text = ("Privacyverklaring\n\nVoorbeeld BV verwerkt uw gegevens om uw bestelling te leveren.\n\n9. Contact\n\n"
            "Data Protection Officer\nVoorbeeld BV\nKerkstraat 1, 1234 AB Breda\nEmail: privacy@voorbeeld.nl\n\n"
            "10. Wijzigingen\n\nWij kunnen dit beleid wijzigen.\n")
    policy = import_text(text).policy
    item = analyze(policy).item("dpo_contact")
    shown = item.evidence[0]
    assert shown.text.startswith("Data Protection Officer") and "privacy@voorbeeld.nl" in shown.text
    assert len(shown.block_ids) == 4  # "Toon in tekst" highlights the title and the three card lines
    assert PlainText.from_policy(policy).text[shown.start:shown.end] == shown.text


def test_an_address_written_against_harvesters_is_a_contact_channel():
    """Pasted web pages write "privacy [at] club.be": the controller and the officer are still reachable by e-mail."""
    text = ("Privacyverklaring\n\nJudoclub De Valk vzw is verantwoordelijk voor de verwerking van je persoonsgegevens.\n\n"
            "E-mail: secretariaat [at] judoclubdevalk.be\n\n"
            "Onze functionaris voor gegevensbescherming is bereikbaar via dpo(at)judoclubdevalk.be.\n")
    report = analyze(import_text(text).policy)
    assert report.item("controller_identity").status == "present"
    assert report.item("dpo_contact").status == "present"
