"""Phrasings from a blind round of real policies (r19) that the checklist misread, each as a lawyer reads it."""

from __future__ import annotations

from .phrasing import item_of


def test_comments_kept_indefinitely_say_how_long_with_a_hint():
    """WordPress's own text: "worden de opmerking en de metagegevens voor onbepaalde tijd bewaard" answers how long."""
    text = ("Privacyverklaring\n\nHoe lang we je gegevens bewaren\n\n"
            "Als je een reactie achterlaat, worden de reactie en de metagegevens voor onbepaalde tijd bewaard.\n")
    item = item_of(text, "retention")
    assert item.status == "present"
    assert "opslagbeperking" in item.hint


def test_an_archive_kept_forever_beside_a_vague_period_stays_partial():
    text = ("Privacyverklaring\n\nBewaartermijn\n\nUw persoonsgegevens worden niet langer bewaard dan nodig.\n\n"
            "Archiefstukken kunnen voor onbeperkte duur worden opgeslagen in het Rijksarchief.\n")
    assert item_of(text, "retention").status == "partial"


def test_a_template_placeholder_is_no_version_date():
    text = "Privacyverklaring\n\nLaatst bijgewerkt: [datum invullen]\n\nWij verwerken uw naam en e-mailadres.\n"
    assert item_of(text, "policy_changes").status != "present"
    dated = text.replace("[datum invullen]", "15 december 2024")
    assert item_of(dated, "policy_changes").status == "present"


def test_the_cases_after_behalve_in_de_volgende_gevallen_are_exceptions_not_legal_bases():
    text = ("Privacyverklaring\n\nGegevensdeling\n\nWij delen uw persoonlijke gegevens niet met derden, behalve in de volgende "
            "gevallen:\n\n- Wanneer wettelijk verplicht\n- Met uw uitdrukkelijke toestemming\n")
    assert item_of(text, "legal_basis").status != "present"
    assert item_of(text, "recipients").status == "present"


def test_a_reader_who_must_give_information_is_told_data_are_required_and_where_they_come_from():
    text = ("Privacyverklaring\n\nRegistratie\n\nBij bepaalde onderdelen van onze diensten moet u zich eerst registreren. "
            "U moet dan informatie over uzelf opgeven en een gebruikersnaam kiezen.\n")
    assert item_of(text, "statutory_contractual_requirement").status == "present"
    assert item_of(text, "data_source").status == "present"


def test_two_entries_of_one_list_after_a_lead_in_name_the_categories_together():
    """"Hieronder ... welke gegevens we kunnen beschikken:" with "- Naam: ..." and "- E-mailadres: ..." lists the data."""
    text = ("Privacyverklaring\n\nHieronder geven we een oplijsting over welke gegevens we kunnen beschikken en waarvoor ze dienen:\n\n"
            "- Naam: ter identificatie van het lidmaatschap.\n- E-mailadres: om u te contacteren over activiteiten.\n")
    assert item_of(text, "data_categories").status == "present"


def test_whose_data_is_no_category():
    """"patiëntengegevens" says whose data, not which: four sentences about them list no categories."""
    text = ("Privacyverklaring\n\nPrivacy\n\n- De praktijk gebruikt patiëntengegevens alleen voor het doel waarvoor ze zijn opgeslagen.\n"
            "- De praktijk deelt patiëntengegevens niet met derden.\n- Uw naam staat in het dossier.\n")
    assert item_of(text, "data_categories").status != "present"
