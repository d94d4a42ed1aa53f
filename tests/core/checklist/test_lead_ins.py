"""Lead-in lines ("U heeft het recht:", "een klacht indienen bij:", "niet met derden, tenzij:") give the
list entries after them their meaning, as a lawyer reads them (document.py, _lead_in_topics)."""

from __future__ import annotations

from editor.core.checklist import analyze
from editor.core.importers import import_text


def _status(text: str, item: str) -> str:
    return analyze(import_text(text).policy).item(item).status


def test_rights_listed_after_a_lead_in_under_another_heading_count():
    text = (
        "Privacyverklaring\n\nBeveiliging\n\nWij nemen passende technische maatregelen.\n\n"
        "Indien voorzien in de regelgeving, heeft u het recht:\n\n"
        "- op verbetering van onnauwkeurige of onvolledige persoonsgegevens;\n"
        "- om uw persoonsgegevens toegestuurd te krijgen in een gestructureerd en machineleesbaar formaat.\n"
    )
    assert _status(text, "right_rectification") == "present"
    assert _status(text, "right_portability") == "present"


def test_a_short_lead_in_keeps_its_entries_in_the_rights_section():
    text = "Privacyverklaring\n\nUw rechten\n\nU mag:\n\nzien welke gegevens wij over u hebben;\nlaten verbeteren wat niet klopt;\n"
    assert _status(text, "right_access") == "present"
    assert _status(text, "right_rectification") == "present"


def test_an_authority_named_after_a_complaint_lead_in_gives_the_complaint_right():
    lead = "Heeft u een klacht? Neem eerst contact met ons op. U heeft ook het recht een klacht in te dienen bij:"
    with_entry = f"Privacyverklaring\n\nKlachten\n\n{lead}\n\nAutoriteit Persoonsgegevens\nPostbus 93374, 2509 AJ Den Haag\n"
    assert _status(with_entry, "complaint_authority") == "present"
    # the authority alone, without the lead-in, names no right to complain
    alone = "Privacyverklaring\n\nMeer informatie\n\nAutoriteit Persoonsgegevens\nPostbus 93374, 2509 AJ Den Haag\n"
    assert _status(alone, "complaint_authority") != "present"


def test_exceptions_after_not_unless_are_no_legal_basis():
    text = (
        "Privacyverklaring\n\nDelen met derden\n\nWij delen uw persoonlijke gegevens niet met derden, tenzij:\n\n"
        "- u hiervoor uitdrukkelijk toestemming heeft gegeven;\n- dit wettelijk verplicht is.\n"
    )
    assert _status(text, "legal_basis") != "present"


def test_bulletless_rights_lines_that_name_their_right_stay_in_the_list():
    # A pasted web list: every entry is a short capitalised line, and the first names its right.
    text = (
        "Privacyverklaring Voorbeeld BV\n\n1. Contact\n\nMail ons via info@voorbeeld.be.\n\n"
        "2. Beveiliging\n\nWij nemen passende technische maatregelen.\n\n"
        "Onder de AVG heb je het recht om:\n\n"
        "Inzage te vragen in de gegevens die we van je verwerken\n"
        "Onjuiste gegevens te laten verbeteren\n"
        "Je gegevens te laten overdragen aan een andere partij\n\n"
        "3. Cookies\n\nWij gebruiken alleen functionele cookies.\n"
    )
    assert _status(text, "right_access") == "present"
    assert _status(text, "right_rectification") == "present"
    assert _status(text, "right_portability") == "present"
    assert _status(text, "cookies") == "present"


def test_bulletless_recipients_after_a_lead_in_are_its_list():
    text = (
        "Privacyverklaring Voorbeeld BV\n\n1. Contact\n\nMail ons via info@voorbeeld.be.\n\n"
        "2. Met wie delen wij uw gegevens?\n\nWij delen uw gegevens uitsluitend met:\n\n"
        "Belgische kredietverstrekkers (voor de kredietaanvraag)\n"
        "Notarissen (voor de akte)\n"
        "Onze boekhouder (voor administratieve verplichtingen)\n\n"
        "3. Uw rechten\n\nU kunt uw gegevens inzien.\n"
    )
    item = analyze(import_text(text).policy).item("recipients")
    assert item.status == "present"
    assert "Notarissen (voor de akte)" in [e.text for e in item.evidence]


def test_term_dash_explanation_entries_stay_in_the_rights_list():
    # A web page with one <p> per right: "Inzage — ... bewaren" names retention in its explanation, yet the
    # entry is still a right, and the entries after it stay in the list.
    lines = ["Inzage — u kunt opvragen welke gegevens wij van u bewaren", "Correctie — onjuiste gegevens laten aanpassen",
             "Verwijdering — uw gegevens laten wissen, voor zover wettelijk toegestaan", "Beperking — de verwerking laten beperken"]
    html = ("<h1>Privacyverklaring Schilderwerken</h1><h2>1. Contact</h2><p>Mail ons via info@voorbeeld.be.</p>"
            "<h2>2. Uw rechten</h2><p>Als betrokkene heeft u de volgende rechten:</p>"
            + "".join(f"<p>{line}</p>" for line in lines)
            + "<p>Om deze rechten uit te oefenen, kunt u contact opnemen via info@voorbeeld.be.</p>")
    assert analyze(import_text(html, "html").policy).item("right_restriction").status == "present"


def test_bulletless_data_list_after_a_lead_in_names_categories():
    text = (
        "Privacyverklaring Meubelen\n\n1. Wie zijn wij\n\nMeubelen BV, info@voorbeeld.be.\n\n"
        "2. Welke gegevens verzamelen wij?\n\n"
        "Via het contactformulier op onze website verzamelen wij de volgende persoonsgegevens:\n\n"
        "Naam\nE-mailadres\nBedrijfsnaam (optioneel)\nInhoud van uw bericht\n\n"
        "3. Cookies\n\nWij gebruiken geen cookies.\n"
    )
    report = analyze(import_text(text).policy).item("data_categories")
    assert report.status == "present"
    assert any(e.text == "E-mailadres" for e in report.evidence)


def test_a_title_naming_inspection_of_your_data_names_the_rights():
    text = ("Privacyverklaring Studentenvereniging\n\nContact: privacy@voorbeeld.be.\n\n"
            "Inspectie en wijziging van uw gegevens\n\n"
            "Voor vragen of verzoeken over uw privacy kunt u contact met ons opnemen per e-mail via privacy@voorbeeld.be.\n")
    assert _status(text, "right_access") == "present"
    assert _status(text, "right_rectification") == "present"


def test_a_negating_lead_in_makes_its_entry_a_statement_that_no_automated_decisions_are_taken():
    """"Wij gebruiken uw gegevens NIET voor: - Profilering of geautomatiseerde besluitvorming" says none take place;
    the same entry under "Wij gebruiken uw gegevens voor:" does not."""
    from editor.core.checklist import analyze
    from editor.core.importers import import_text

    def status(lead: str) -> str:
        text = (f"Privacyverklaring\n\nWaarvoor gebruiken wij uw gegevens?\n\n{lead}\n\n- Marketing zonder uw toestemming\n\n"
                "- Profilering of geautomatiseerde besluitvorming\n")
        return analyze(import_text(text).policy).item("automated_decisions").status

    assert status("Wij gebruiken uw gegevens NIET voor:") == "present"
    assert status("Wij gebruiken uw gegevens voor:") != "present"
