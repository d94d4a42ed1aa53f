"""Phrasings from blind round r23 of real policies that the checklist misread, each as a lawyer reads it."""

from __future__ import annotations

from editor.core.checklist import analyze
from editor.core.importers import import_text

from .phrasing import item_of


def test_a_plain_language_rights_list_under_a_question_title():
    text = ("Privacyverklaring\n\nWat u kunt vragen\n\nU mag ons altijd vragen om:\n\n"
            "- te vertellen welke gegevens we van u bewaren;\n- iets te verbeteren dat niet juist is;\n"
            "- uw gegevens te verwijderen;\n- uw gegevens aan u of aan iemand anders door te geven;\n"
            "- te stoppen met het gebruiken ervan.\n")
    report = analyze(import_text(text).policy)
    for right in ("right_access", "right_rectification", "right_erasure", "right_portability", "right_objection"):
        assert report.item(right).status == "present", right


def test_a_complaint_to_the_competent_supervisory_body():
    text = ("Privacyverklaring\n\nU hebt altijd het recht om een klacht over onze omgang met uw gegevens naar de "
            "bevoegde toezichthoudende instantie te sturen.\n")
    assert item_of(text, "complaint_authority").status == "present"


def test_a_request_to_exercise_ones_rights_names_no_recipient():
    text = ("Privacyverklaring\n\nU kunt uw verzoek om uw rechten uit te oefenen sturen naar privacy@voorbeeld.nl.\n")
    assert item_of(text, "recipients").status != "present"


def test_performing_a_subscription_is_the_contract_ground():
    text = ("Privacyverklaring\n\nUw gegevens worden alleen gebruikt voor het uitvoeren van uw abonnement en voor het "
            "versturen van de nieuwsbrief.\n")
    assert item_of(text, "legal_basis").status == "present"


def test_why_processing_is_needed_is_no_duty_to_give_data():
    text = ("Privacyverklaring\n\nVerwerking van je e-mailadres is noodzakelijk voor het leveren van de dienst.\n")
    assert item_of(text, "statutory_contractual_requirement").status != "present"


def test_data_announced_as_collected_through_a_form():
    text = "Privacyverklaring\n\nVia ons aanvraagformulier verzamelen wij: naam, e-mailadres en telefoonnummer.\n"
    assert item_of(text, "data_source").status == "present"


def test_a_template_field_for_the_company_name_names_no_controller():
    text = ("Privacyverklaring\n\nOver ons\n\nDeze website is onderdeel van [bedrijfsnaam invullen], gevestigd in "
            "België. Vragen? Mail naar info@voorbeeld.be.\n")
    item = item_of(text, "controller_identity")
    assert not any("bedrijfsnaam" in e.text for e in item.evidence)
