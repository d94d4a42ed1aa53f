"""Small shops often name themselves only by the brand their e-mail domain spells; the checklist then
finds the controller's name (GDPR Art. 13(1)(a)), and a policy with an e-mail but no name stays partial."""

from __future__ import annotations

from editor.core.checklist import analyze
from editor.core.importers import import_text


def _identity(text: str) -> str:
    return analyze(import_text(text).policy).item("controller_identity").status


_BODY = (
    "{brand} verwerkt je gegevens alleen om je bestelling te leveren.\n\n"
    "{brand} gebruikt alleen functionele cookies.\n\n"
    "{brand} bewaart je gegevens twee jaar.\n\n"
    "Wil je je gegevens inzien, neem dan contact op via info@{domain}.nl\n"
)


def test_a_brand_the_text_keeps_using_and_the_domain_spells_names_the_controller():
    assert _identity(_BODY.format(brand="Doedels", domain="doedelskindermode")) == "present"


def test_a_brand_written_with_spaces_that_the_domain_spells_names_the_controller():
    text = "Privacyverklaring Genieten van Meditatie\n\n" + _BODY.format(brand="Wij", domain="genietenvanmeditatie")
    assert _identity(text) == "present"


def test_an_email_without_any_name_in_the_text_stays_partial():
    assert _identity(_BODY.format(brand="Wij", domain="kindermodeshop")) == "partial"


def test_an_unfilled_placeholder_is_no_contact_detail():
    """A clause inserted before the profile was complete leaves {{email}} in the text: the
    controller's contact details are still not given, and the item must say so."""
    text = ("Voorbeeld BV is verantwoordelijk voor de verwerking van uw persoonsgegevens.\n\n"
            "U kunt uw toestemming altijd intrekken door te mailen naar {{email}}.\n")
    assert _identity(text) == "partial"
    assert _identity(text.replace("{{email}}", "privacy@voorbeeld.be")) == "present"
