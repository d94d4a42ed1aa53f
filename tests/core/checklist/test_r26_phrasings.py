"""Phrasings from blind round r26 of real policies that the checklist misread, each as a lawyer reads it."""

from __future__ import annotations

from .phrasing import item_of


def test_indefinite_storage_of_the_readers_data_answers_how_long():
    text = ("Privacyverklaring\n\nBewaartermijn\n\nUw gegevens worden nooit langer bewaard dan nodig is voor onze "
            "activiteiten.\n\nNieuwsbrief\n\nUw e-mailadres en voornaam worden opgeslagen. De opslag van uw gegevens "
            "is voor onbepaalde tijd.\n")
    result = item_of(text, "retention")
    assert result.status == "present"
    assert "onbepaalde tijd" in result.evidence[0].text


def test_archives_kept_for_good_beside_as_long_as_needed_stay_vague():
    text = ("Privacyverklaring\n\nBewaartermijn\n\nUw persoonsgegevens worden niet langer bewaard dan nodig. "
            "Archiefstukken kunnen voor onbepaalde tijd worden opgeslagen in het Rijksarchief.\n")
    assert item_of(text, "retention").status == "partial"


def test_processing_inside_the_netherlands_and_the_eea_answers_transfers():
    text = ("Privacyverklaring\n\nAlle verwerkingen voor dit onderzoek vinden plaats binnen Nederland en de Europese "
            "Economische Ruimte (EER).\n")
    assert item_of(text, "third_country_transfers").status == "present"


def test_data_that_do_not_leave_the_eea_answer_transfers():
    text = ("Privacyverklaring\n\nJe gegevens worden niet doorverkocht en verlaten de Europese Economische Ruimte "
            "(EER) niet.\n")
    assert item_of(text, "third_country_transfers").status == "present"


def test_publishing_the_changed_policy_at_an_address_is_how_changes_are_announced():
    text = ("Privacyverklaring\n\nWijziging privacyverklaring\n\nDeze privacyverklaring kan worden gewijzigd. In dat "
            "geval zullen wij de gewijzigde privacyverklaring op www.voorbeeld.nl/privacy publiceren.\n")
    assert item_of(text, "policy_changes").status == "present"


def test_a_table_of_service_providers_after_a_lead_in_names_recipients():
    text = ("Privacyverklaring\n\nDerde partijen\n\nWij delen je gegevens niet met derden voor marketingdoeleinden. "
            "Wel maken wij gebruik van de volgende dienstverleners:\n\nDienst | Doel | Locatie\n"
            "Voorbeeldhost | Hosting van de website | EU\nMailbedrijf | Verzending van e-mail | EU\n")
    assert item_of(text, "recipients").status == "present"


def test_hosting_and_security_of_the_website_as_a_providers_role_is_no_security_measure():
    text = ("Privacyverklaring\n\nWij gebruiken de volgende diensten:\n\n"
            "Cloudflare | Hosting en beveiliging van de website | VS\n")
    assert item_of(text, "security").status != "present"


def test_securing_an_admin_panel_as_a_purpose_is_no_security_measure():
    text = ("Privacyverklaring\n\nWe gebruiken je gegevens uitsluitend om: je voorstel te controleren, je de "
            "nieuwsbrief te sturen, en om het beheerpaneel te beveiligen.\n")
    assert item_of(text, "security").status != "present"


def test_additional_consent_is_not_the_right_to_rectification():
    text = ("Privacyverklaring\n\nJouw rechten\n\nBinnen deze termijn kun je, als je daarvoor (aanvullende) "
            "toestemming hebt gegeven, opnieuw benaderd worden met vragenlijsten.\n")
    assert item_of(text, "right_rectification").status != "present"


def test_data_supplied_by_the_applicant_come_from_the_reader():
    text = ("Privacyverklaring\n\nAlle bovenstaande persoonsgegevens worden aangeleverd door de aanvrager, met "
            "uitzondering van het BSN.\n")
    assert item_of(text, "data_source").status == "present"


def test_a_public_task_named_as_necessary_is_no_duty_to_give_data():
    text = ("Privacyverklaring\n\nHet verwerken van persoonsgegevens in het portaal is noodzakelijk voor de vervulling "
            "van een taak van algemeen belang, namelijk het verstrekken van financiële ondersteuning.\n")
    assert item_of(text, "statutory_contractual_requirement").status != "present"


def test_a_cookie_page_named_in_a_data_entry_informs_about_cookies():
    text = ("Privacyverklaring\n\nWelke gegevens verwerken wij?\n\n- Bezoekstatistieken: welke pagina's bezocht "
            "worden. Details staan op onze cookiepagina.\n")
    assert item_of(text, "cookies").status == "present"


def test_asking_which_data_are_processed_is_the_right_of_access():
    text = ("Privacyverklaring\n\nJouw privacyrechten\n\nJe kunt vragen welke persoonsgegevens over jou worden "
            "verwerkt.\n")
    assert item_of(text, "right_access").status == "present"
