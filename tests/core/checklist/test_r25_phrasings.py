"""Phrasings from blind round r25 of real policies that the checklist misread, each as a lawyer reads it."""

from __future__ import annotations

from .phrasing import item_of


def test_a_complaint_lead_in_with_the_authority_on_the_next_line():
    # a pasted page sets the authority's name on a short line of its own, which reads as a heading
    text = ("Privacyverklaring\n\nKlachten\n\nNiet tevreden over hoe we met je gegevens omgaan?\n\n"
            "Neem eerst contact met ons op. Lukt dat niet, dan kun je een klacht indienen bij:\n\n"
            "Autoriteit Persoonsgegevens (AP)\n\nVoorbeeld Coaching | Sneek\n")
    result = item_of(text, "complaint_authority")
    assert result.status == "present"
    assert "klacht indienen bij:" in result.evidence[0].text


def test_the_authority_after_a_lead_in_that_is_no_complaint_is_not_the_right():
    text = ("Privacyverklaring\n\nMeer weten?\n\nMeer informatie over je privacy vind je bij:\n\n"
            "Autoriteit Persoonsgegevens (AP)\n")
    assert item_of(text, "complaint_authority").status != "present"


def test_a_generic_purpose_labelled_legitimate_interest_names_no_interest():
    text = ("Privacyverklaring\n\nWe verwerken je gegevens voor:\n\n"
            "- Het aanmaken van je profiel (uitvoering overeenkomst).\n"
            "- Het verbeteren van onze dienstverlening (gerechtvaardigd belang).\n")
    result = item_of(text, "legitimate_interests")
    assert result.status == "partial"
    assert "algemeen belang" in result.note


def test_a_specific_purpose_labelled_legitimate_interest_still_names_it():
    text = ("Privacyverklaring\n\nWe verwerken je gegevens voor:\n\n"
            "- Het voorkomen van fraude bij betalingen (gerechtvaardigd belang).\n")
    assert item_of(text, "legitimate_interests").status == "present"


def test_a_legitimate_interest_section_that_only_says_improving_services():
    text = ("Privacyverklaring\n\nGerechtvaardigd belang\n\n"
            "Voor het verbeteren van onze diensten en website functionaliteit.\n\nBewaartermijn\n\n"
            "Wij bewaren je gegevens twee jaar.\n")
    assert item_of(text, "legitimate_interests").status == "partial"


def test_a_legitimate_interest_section_with_a_concrete_interest():
    text = ("Privacyverklaring\n\nGerechtvaardigd belang\n\n"
            "Wij bewaren inloggegevens om misbruik van accounts te voorkomen.\n")
    assert item_of(text, "legitimate_interests").status == "present"


def test_registration_data_required_for_an_account():
    text = ("Privacyverklaring\n\nVoor dit account is de registratie van onder meer uw naam, e-mailadres en "
            "telefoonnummer vereist.\n")
    assert item_of(text, "statutory_contractual_requirement").status == "present"


def test_information_shared_voluntarily_in_a_consultation_is_no_duty_statement():
    text = ("Privacyverklaring\n\nWij verwerken je naam, je e-mailadres en informatie die vrijwillig wordt gedeeld "
            "tijdens contact of consulten.\n")
    assert item_of(text, "statutory_contractual_requirement").status != "present"


def test_knowing_which_data_i_hold_is_the_right_of_access():
    text = ("Privacyverklaring\n\nJouw rechten\n\nOnder de AVG heb je het recht om:\n\n"
            "- Te weten welke data ik over je heb\n- Me te vragen e-mails te verwijderen\n")
    assert item_of(text, "right_access").status == "present"


def test_data_collected_as_soon_as_you_use_the_app_come_from_the_reader():
    text = ("Privacyverklaring\n\nVan zodra u gebruik maakt van onze applicatie (ongeacht in welke hoedanigheid), "
            "zullen wij bepaalde persoonsgegevens (gebruiksgegevens) verzamelen met het oog op het verbeteren van "
            "onze diensten.\n")
    assert item_of(text, "data_source").status == "present"


def test_no_longer_wanting_the_newsletter_says_nothing_about_the_source():
    text = ("Privacyverklaring\n\nWanneer u geen prijs meer stelt op het ontvangen van onze nieuwsbrief, kunt u zich "
            "afmelden via de link in de nieuwsbrief.\n")
    assert item_of(text, "data_source").status != "present"
