"""Cookies named only as a kind of data ("- Cookies en vergelijkbare technologieën" under "Welke gegevens")
do not inform about cookies (GUIDELINES.md, Scope); a sentence about the cookies themselves does."""

from __future__ import annotations

from editor.core.checklist import analyze
from editor.core.importers import import_text

_DATA = ("Privacyverklaring van Voorbeeld BV, www.voorbeeld.nl\n\n2. Welke gegevens verzamelen wij\n\n"
         "Wij verzamelen de volgende gegevens:\n\n- Naam en e-mailadres\n- IP-adres en browserinformatie\n"
         "- Cookies en vergelijkbare technologieën\n\n3. Hoe wij uw gegevens gebruiken\n\n"
         "Wij gebruiken uw gegevens om onze dienst te leveren.\n")


def _cookies(text: str):
    return analyze(import_text(text).policy).item("cookies")


def test_cookies_listed_only_as_a_data_category_are_not_cookie_information():
    item = _cookies(_DATA)
    assert item.status != "present"
    assert "soort gegevens" in item.note


def test_a_sentence_about_the_cookies_still_informs_about_them():
    item = _cookies(_DATA + "\n4. Cookies\n\nWij plaatsen alleen functionele cookies; zie ons cookiebeleid.\n")
    assert item.status == "present"
