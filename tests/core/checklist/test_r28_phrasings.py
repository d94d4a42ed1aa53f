"""Phrasings from blind round r28 of real policies that the checklist misread, each as a lawyer reads it."""

from __future__ import annotations

from .phrasing import item_of


def test_a_complaint_about_how_data_are_handled_is_no_consequence_of_not_giving_them():
    # "behandelen" holds the letters of "delen": no word of giving
    text = ("Privacyverklaring\n\nIndien u vindt dat wij uw gegevens niet correct behandelen, heeft u het recht om een "
            "klacht in te dienen bij de Gegevensbeschermingsautoriteit.\n")
    assert item_of(text, "statutory_contractual_requirement").status != "present"


def test_not_giving_data_still_has_its_consequence():
    text = "Privacyverklaring\n\nAls u uw gegevens niet wilt delen, kunnen wij uw bestelling niet leveren.\n"
    assert item_of(text, "statutory_contractual_requirement").status == "present"


def test_accepting_the_processing_by_using_the_site_is_browse_wrap_consent():
    # the sentence before names the use of the site; this one alone says the reader accepts the processing
    text = ("Privacyverklaring\n\nLees deze verklaring aandachtig. Het is belangrijk dat u zich onvoorwaardelijk "
            "akkoord verklaart met de verwerking van uw persoonsgegevens.\n")
    assert item_of(text, "legal_basis").status == "present"


def test_data_we_obtain_from_you_come_from_the_reader():
    text = ("Privacyverklaring\n\nWij verwerken alle persoonsgegevens die wij van U verkrijgen als klant of als "
            "bezoeker van onze website zorgvuldig.\n")
    assert item_of(text, "data_source").status == "present"


def test_a_security_function_in_parentheses_is_no_measure():
    text = ("Privacyverklaring\n\nVoor de werking van het platform maken we gebruik van een aantal verwerkers: Supabase "
            "(authenticatie en database), Railway (hosting) en Resend (e-mail).\n\nDe grondslag is ons "
            "gerechtvaardigd belang (websitebeveiliging).\n")
    assert item_of(text, "security").status != "present"


def test_forms_kept_at_a_named_host_name_a_recipient():
    text = ("Privacyverklaring\n\nDe website en de ingestuurde formulieren staan bij Netlify, Inc. in San Francisco.\n")
    assert item_of(text, "recipients").status == "present"
