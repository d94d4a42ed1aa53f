"""Sentences that use an item's words about something else: staff access is no access right, a pointer to
the authority's website is no complaint right, an ID copy for a request lists no categories, and a pasted
title line shares no data. Each comes from a real policy the checklist misread."""

from __future__ import annotations

from editor.core.checklist import analyze
from editor.core.importers import import_text

_HEAD = "Privacyverklaring Voorbeeld BV\n\nVoorbeeld BV, Kerkstraat 1, 9000 Gent, info@voorbeeld.be.\n\n"


def _item(body: str, item: str):
    return analyze(import_text(_HEAD + body).policy).item(item)


def test_staff_who_get_access_give_the_reader_no_access_right():
    body = "Klantendatabases\n\nVerwerkt volgens uw instructies. Ons supportteam kan toegang krijgen voor probleemoplossing of op uw verzoek.\n"
    assert _item(body, "right_access").status != "present"
    # the reader's own access still counts
    assert _item("Uw rechten\n\nU kunt op uw verzoek toegang krijgen tot uw gegevens.\n", "right_access").status == "present"


def test_a_pointer_to_the_authoritys_website_is_no_complaint_right():
    body = ("Meer informatie\n\nVoor alle aanvullende informatie over de bescherming van persoonsgegevens kunt u terecht "
            "op de website van de Autoriteit Persoonsgegevens: autoriteitpersoonsgegevens.nl.\n")
    assert _item(body, "complaint_authority").status != "present"
    complaint = "Klachten\n\nVoor een klacht kunt u terecht bij de Autoriteit Persoonsgegevens.\n"
    assert _item(complaint, "complaint_authority").status == "present"


def test_the_id_copy_a_request_needs_lists_no_data_categories():
    body = ("Uw rechten\n\nIeder verzoek daartoe dient te worden vergezeld van een kopie van een geldig identiteitsbewijs, "
            "waarop u uw handtekening heeft gezet en onder vermelding van het adres waarop er met u contact kan worden opgenomen.\n")
    assert _item(body, "data_categories").status != "present"


def test_a_pasted_title_line_about_sharing_is_no_recipient():
    # a web page that sets its titles as plain paragraphs: the title is no statement that data are shared
    html = ("<h1>Privacyverklaring Voorbeeld BV</h1><p>Voorbeeld BV, Kerkstraat 1, 9000 Gent, info@voorbeeld.be.</p>"
            "<p>Delen van persoonsgegevens met derden<br>Voorbeeld BV verstrekt uitsluitend aan derden en alleen als dit "
            "nodig is voor de uitvoering van onze overeenkomst met jou of om te voldoen aan een wettelijke verplichting.</p>")
    item = analyze(import_text(html, "html").policy).item("recipients")
    assert all(e.text != "Delen van persoonsgegevens met derden" for e in item.evidence)
    assert item.status != "present"


def test_the_avg_definition_of_processing_gives_no_rights():
    """"Verwerking: elke bewerking ..., zoals het afschermen, wissen of vernietigen" defines a term (art. 4(2) AVG);
    it tells the reader of no right, for the data rules as for the patterns."""
    from editor.core.checklist import analyze
    from editor.core.importers import import_text

    text = ("Privacyreglement\n\nDefinities\n\n- Verwerken, Verwerkt of Verwerking: elke bewerking of elk geheel van bewerkingen "
            "met betrekking tot Persoonsgegevens, zoals het verzamelen, bewaren, afschermen, uitwissen of vernietigen van gegevens.\n\n"
            "Uw rechten\n\nU kan SPOTT te allen tijde verwijderen van uw mobiel toestel.\n")
    report = analyze(import_text(text).policy)
    assert report.item("right_restriction").status == "missing"
    assert report.item("right_erasure").status != "present"
