"""Phrasings from blind round r21 of real policies that the checklist misread, each as a lawyer reads it."""

from __future__ import annotations

from editor.core.checklist import analyze
from editor.core.importers import import_text

from .phrasing import item_of


def test_a_drafting_note_left_in_the_text_informs_about_nothing():
    """"[Noot: ... moeten met naam vermeld worden]" instructs the author; the sentence around it still counts."""
    text = ("Privacyverklaring\n\nWij kunnen uw gegevens doorgeven aan onze partners [Noot: deze partners moeten "
            "met naam vermeld worden, een verwijzing naar partners volstaat niet.]\n")
    report = analyze(import_text(text).policy)
    assert report.item("statutory_contractual_requirement").status == "missing"
    recipients = report.item("recipients")
    assert recipients.status in ("present", "partial")
    assert "Noot" in recipients.evidence[0].text  # the evidence still shows the sentence as written


def test_data_the_reader_volunteers_do_not_say_whether_they_must_be_given():
    text = ("Privacyverklaring\n\nWij verwerken alleen de gegevens die je zelf vrijwillig aan ons bezorgt via het "
            "contactformulier, zoals je naam en e-mailadres.\n")
    assert item_of(text, "statutory_contractual_requirement").status != "present"
    stated = "Privacyverklaring\n\nHet verstrekken van je gegevens is vrijwillig.\n"
    assert item_of(stated, "statutory_contractual_requirement").status == "present"


def test_an_optional_field_on_a_line_of_its_own_says_what_may_be_left_out():
    text = ("Privacyverklaring\n\nWelke gegevens\n\nSchermtijd (gebruiksgegevens, optioneel)\n\n"
            "Als je dit aanzet, leest de app hoe lang je video's kijkt.\n")
    assert item_of(text, "statutory_contractual_requirement").status == "present"


def test_security_named_as_one_function_in_a_list_is_no_measure():
    service = ("Privacyverklaring\n\nWij werken met:\n\n- Netlify: hosting van de website, beveiliging, "
               "bezoekersstatistieken en spamfilter\n")
    assert item_of(service, "security").status != "present"
    measure = "Privacyverklaring\n\nWij zorgen voor versleuteling, beveiliging en back-ups van uw gegevens.\n"
    assert item_of(measure, "security").status == "present"


def test_a_recorded_consent_state_is_no_right_to_withdraw():
    text = ("Privacyverklaring\n\nOnze cookiebanner bewaart de volgende gegevens:\n\n"
            "- Uw toestemmingsstatus of het intrekken van uw toestemming\n- Uw ingekorte IP-adres\n")
    assert item_of(text, "withdraw_consent").status != "present"


def test_retention_by_an_event_or_by_removing_the_app():
    sent = ("Privacyverklaring\n\nWij vragen je postadres om je de folder te sturen. Nadat de folder is verzonden, "
            "worden je gegevens automatisch verwijderd.\n")
    app = ("Privacyverklaring\n\nJe lijstjes worden alleen op je eigen telefoon opgeslagen. Verwijder je de app, "
           "dan zijn deze gegevens weg.\n")
    kept = ("Privacyverklaring\n\nSolliciteer je bij ons, dan houden wij je brief en cv in portefeuille voor een "
            "periode van zes maanden.\n")
    for text in (sent, app, kept):
        assert item_of(text, "retention").status == "present", text


def test_access_asked_as_which_data_we_hold():
    """Outside a rights section too: a pasted page that runs its headings into the text."""
    text = ("Privacyverklaring\n\nWij gebruiken uw gegevens voor de matching met vacatures. U heeft het recht om ons "
            "kosteloos te vragen welke persoonsgegevens er in ons bezit zijn.\n")
    assert item_of(text, "right_access").status == "present"


def test_a_category_with_its_parts_in_parentheses_is_concrete():
    text = ("Privacyverklaring\n\nVoor een bestelling vragen we om je adresgegevens (straat, huisnummer en "
            "postcode).\n")
    assert item_of(text, "data_categories").status == "present"


def test_data_given_on_an_intake_form_come_from_the_reader():
    text = ("Privacyverklaring\n\nWij verwerken:\n\n- Gezondheidsgegevens die nodig zijn voor de behandeling "
            "(zoals allergieën en eerdere klachten via het intakeformulier)\n")
    assert item_of(text, "data_source").status == "present"
