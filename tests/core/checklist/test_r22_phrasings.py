"""Phrasings from blind round r22 of real policies that the checklist misread, each as a lawyer reads it."""

from __future__ import annotations

from editor.core.checklist import analyze
from editor.core.importers import import_text

from .phrasing import item_of


def test_a_todo_line_left_in_a_draft_informs_about_nothing():
    text = ("Privacyverklaring\n\nWie is verantwoordelijk?\n\ntodo:Naam en contactgegevens van de verantwoordelijke en van "
            "de functionaris voor gegevensbescherming.\n\nDoorgifte\n\ntodo:Waar de gegevens staan en het mechanisme voor "
            "doorgiften buiten de Europese Economische Ruimte.\n")
    report = analyze(import_text(text).policy)
    assert report.item("dpo_contact").status != "present"
    assert report.item("third_country_transfers").status != "present"


def test_the_art_22_right_in_a_rights_list_is_no_statement_that_no_decisions_are_taken():
    listed = ("Privacyverklaring\n\nU hebt recht op inzage, verbetering en bezwaar, en het recht om niet te worden "
              "onderworpen aan een uitsluitend geautomatiseerde beslissing.\n")
    assert item_of(listed, "automated_decisions").status == "partial"
    answered = listed + "\nDergelijke beslissingen worden door ons niet genomen.\n"
    assert item_of(answered, "automated_decisions").status == "present"


def test_the_right_to_portability_under_its_short_name():
    text = ("Privacyverklaring\n\nUw rechten\n\n- Recht op draagbaarheid: u kunt een kopie van uw gegevens vragen om "
            "ze aan een andere dienst te geven.\n")
    assert item_of(text, "right_portability").status == "present"


def test_choosing_not_to_give_data_and_what_follows():
    text = ("Privacyverklaring\n\nU kunt ervoor kiezen deze gegevens niet te verstrekken, maar dan kunt u sommige "
            "functies van de webshop niet gebruiken.\n")
    assert item_of(text, "statutory_contractual_requirement").status == "present"


def test_an_id_number_asked_only_where_the_law_requires_it():
    field = ("Privacyverklaring\n\nBij uw verblijf verwerken wij:\n\n- Naam, adres en het nummer van uw identiteitskaart "
             "(indien wettelijk vereist bij aankomst)\n")
    assert item_of(field, "statutory_contractual_requirement").status == "present"
    shared = ("Privacyverklaring\n\nWij geven uw gegevens aan onze boekhouder en aan de politie (indien wettelijk "
              "vereist).\n")
    assert item_of(shared, "statutory_contractual_requirement").status != "present"


def test_meedelen_tells_the_reader_something_and_shares_nothing():
    text = ("Privacyverklaring\n\nAls boekhoudkantoor verwerken wij veel gegevens. Over de persoonsgegevens daarbij "
            "delen wij u het volgende mee.\n")
    assert item_of(text, "recipients").status != "present"


def test_role_based_access_is_a_security_measure():
    text = ("Privacyverklaring\n\nWie kan uw gegevens zien?\n\nAlleen de medewerkers die uw aanvraag behandelen, met "
            "toegangsrechten per rol.\n")
    assert item_of(text, "security").status == "present"


def test_consent_a_parent_gives_before_photos_are_published():
    text = ("Privacyverklaring\n\nFoto's van spelers jonger dan zestien jaar zetten wij pas online nadat een ouder of "
            "voogd daarvoor schriftelijk toestemming heeft gegeven.\n")
    assert item_of(text, "legal_basis").status == "present"


def test_data_listed_under_the_form_they_come_from():
    text = "Privacyverklaring\n\nVia het inschrijfformulier: je naam, e-mailadres en geboortedatum.\n"
    assert item_of(text, "data_source").status == "present"


def test_kept_for_the_length_of_a_selection_procedure():
    text = ("Privacyverklaring\n\nBewaartermijn\n\nDe gegevens van een kandidaat worden bewaard voor de duur van de "
            "selectieprocedure en daarna verwijderd.\n")
    assert item_of(text, "retention").status == "present"
