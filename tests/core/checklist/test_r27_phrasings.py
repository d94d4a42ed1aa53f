"""Phrasings from blind round r27 of real policies that the checklist misread, each as a lawyer reads it."""

from __future__ import annotations

from .phrasing import item_of


def test_handling_requests_as_adequately_as_possible_is_no_transfer_safeguard():
    text = ("Privacyverklaring\n\nWij streven ernaar om uw verzoeken en vragen zo adequaat mogelijk te behandelen.\n")
    assert item_of(text, "third_country_transfers").status == "not_applicable"


def test_an_adequacy_decision_is_still_a_safeguard():
    text = ("Privacyverklaring\n\nGegevens gaan naar de Verenigde Staten op basis van een adequaatheidsbesluit.\n")
    assert item_of(text, "third_country_transfers").status == "present"


def test_fields_marked_required_say_which_data_must_be_given():
    text = ("Privacyverklaring\n\nWelke gegevens?\n\n"
            "- Naam, e-mailadres en telefoonnummer (verplicht bij afspraak- en inkoopaanvragen)\n")
    assert item_of(text, "statutory_contractual_requirement").status == "present"


def test_the_forms_on_this_website_are_where_data_come_from():
    text = ("Privacyverklaring\n\nVia de formulieren op deze website verzamelen we, afhankelijk van het formulier:\n\n"
            "- naam\n- e-mailadres\n")
    assert item_of(text, "data_source").status == "present"


def test_a_list_entry_labelled_personal_data_is_no_definition():
    text = ("Privacyverklaring\n\nWelke gegevens verzamelen wij?\n\n- Persoonsgegevens: Naam, adres, e-mailadres en "
            "andere gegevens die je vrijwillig verstrekt bij het aanmaken van een account.\n")
    assert item_of(text, "data_source").status == "present"


def test_a_host_keeping_logs_to_secure_the_website_is_no_security_measure():
    text = ("Privacyverklaring\n\nZoals elke website houdt onze hostingpartij technische gegevens bij (zoals IP-adres) "
            "om de website te laten werken, te beveiligen en tegen misbruik te beschermen.\n")
    assert item_of(text, "security").status != "present"


def test_data_accessible_only_to_the_management_team_is_a_security_measure():
    text = ("Privacyverklaring\n\nJe gegevens worden opgeslagen in onze administratie; deze zijn alleen toegankelijk "
            "voor het beheerteam.\n")
    assert item_of(text, "security").status == "present"


def test_a_third_partys_duty_to_disclose_is_not_our_legal_basis():
    text = ("Privacyverklaring\n\nWe gebruiken Google Analytics. Indien wettelijk verplicht kan Google deze informatie "
            "aan derden verschaffen.\n")
    assert item_of(text, "legal_basis").status != "present"


def test_a_form_service_forwarding_messages_is_not_the_right_to_portability():
    # pasted as on the page: "7. Derden" is a list entry, so the services stand in the rights section
    text = ("Privacyverklaring\n\nJouw rechten\n\nJe hebt het recht om:\n- Je gegevens in te zien\n"
            "- Je gegevens te laten verwijderen\n\nNeem contact op via hallo@voorbeeld.be om je rechten uit te "
            "oefenen.\n\n7. Derden\n- Google LLC (Google Analytics) — privacybeleid\n"
            "- FormSubmit.co (contactformulier) — verwerkt formuliergegevens om deze door te sturen naar mijn e-mail\n")
    assert item_of(text, "right_portability").status != "present"


def test_csrf_protection_of_a_form_is_no_statement_on_protecting_the_readers_data():
    text = ("Privacyverklaring\n\nDeze website gebruikt functionele sessiedata die nodig zijn voor de werking van het "
            "contactformulier (CSRF-beveiliging).\n")
    assert item_of(text, "security").status != "present"


def test_the_company_hosting_the_site_is_a_recipient():
    text = ("Privacyverklaring\n\nDeze website wordt gehost bij Netlify, Inc.\n")
    assert item_of(text, "recipients").status == "present"


def test_a_host_keeping_technical_data_is_where_data_come_from():
    text = ("Privacyverklaring\n\nZoals elke website houdt onze hostingpartij technische gegevens bij (zoals IP-adres, "
            "tijdstip en opgevraagde pagina).\n")
    assert item_of(text, "data_source").status == "present"
