"""Phrasings from blind round r20 of real policies that the checklist misread, each as a lawyer reads it."""

from __future__ import annotations

from .phrasing import item_of


def test_the_authority_listed_in_a_complaints_section_is_where_to_complain():
    text = ("Privacyverklaring\n\nKlachten\n\nBij klachten kun je dit eerst met mij bespreken. Mocht dit niet tot een "
            "oplossing leiden, dan kun je terecht bij:\n\n- De klachtenprocedure van de beroepsvereniging\n"
            "- De Autoriteit Persoonsgegevens via autoriteitpersoonsgegevens.nl\n")
    assert item_of(text, "complaint_authority").status == "present"


def test_a_list_under_a_processors_title_names_recipients():
    text = ("Privacyverklaring\n\n6. Verwerkers (sub-processors)\n\n- Supabase — databaseopslag (EU-servers)\n"
            "- Mollie — betalingsverwerking (EU)\n")
    assert item_of(text, "recipients").status == "present"


def test_a_template_field_is_no_retention_period():
    text = ("Privacyverklaring\n\nBewaartermijn\n\nBerichten via het contactformulier bewaren wij maximaal "
            "[bewaartermijn invullen, bijv. 12 maanden].\n")
    item = item_of(text, "retention")
    assert item.status == "partial"
    assert "sjabloon" in item.note


def test_data_left_through_a_form_or_collected_at_a_purchase_come_from_the_reader():
    form = "Privacyverklaring\n\nVia het contactformulier op deze website kunt u de volgende gegevens achterlaten:\n\n- Naam\n- E-mailadres\n"
    purchase = "Privacyverklaring\n\nBij een aankoop verzamelen wij:\n\n- Naam\n- E-mailadres\n"
    assert item_of(form, "data_source").status == "present"
    assert item_of(purchase, "data_source").status == "present"
