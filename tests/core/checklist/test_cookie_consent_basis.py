"""Consent asked for cookies is no legal basis for processing the reader's data (house rules: a generic
promise to ask consent does not count); it leaves the legal basis partial, with a note that says why."""

from __future__ import annotations

from editor.core.checklist import analyze
from editor.core.importers import import_text


def _legal_basis(body: str):
    return analyze(import_text("Privacyverklaring Voorbeeld BV\n\n" + body).policy).item("legal_basis")


def test_consent_in_the_cookie_banner_alone_leaves_the_basis_partial():
    item = _legal_basis("Wij gebruiken uw gegevens om bestellingen te leveren.\n\n"
                        "Marketingcookies plaatsen wij alleen als je daarvoor toestemming hebt gegeven in onze cookiebanner.\n")
    assert item.status == "partial"
    assert "cookies" in item.note


def test_no_cookies_that_need_consent_is_no_basis_at_all():
    item = _legal_basis("We gebruiken geen tracking cookies waarvoor we je toestemming nodig hebben.\n")
    assert item.status != "present"


def test_consent_for_the_newsletter_is_a_basis():
    item = _legal_basis("Wij sturen u de nieuwsbrief op basis van uw toestemming.\n")
    assert item.status == "present"
