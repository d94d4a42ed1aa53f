"""The one phone pattern the checklist, clause builder, grammar filter and profile dialog share."""

from __future__ import annotations

import pytest

from editor.core.patterns import PHONE


@pytest.mark.parametrize("text, number", [
    ("Bel ons op 0612345678.", "0612345678"),
    ("Tel. +32 9 123 45 67", "+32 9 123 45 67"),
    ("Voor vragen kun je bellen met de gemeente Groningen via tel: 14 050.", "14 050"),  # a Dutch municipality
    ("Bel 14 020 voor een afspraak.", "14 020"),
])
def test_phone_numbers_are_found(text, number):
    m = PHONE.search(text)
    assert m is not None and m.group(0) == number


@pytest.mark.parametrize("text", ["Zie artikel 14 050 van de wet.", "Een boete tot 14 0500 euro.", "In 2014 050 leden."])
def test_other_numbers_are_not_phone_numbers(text):
    assert PHONE.search(text) is None


# --- obfuscated e-mail addresses, as pasted web pages write them ---------------------------------
from editor.core.patterns import has_obfuscated_email  # noqa: E402


@pytest.mark.parametrize("text", [
    "mail naar privacy [at] invictokeerbergen.be",
    "e-mail: admin(at)levipe.be",
    "info (at) bakkerij (punt) be",
    "dpo[at]stad.gent",
    "robin punt kelchtermans at student punt kuleuven punt be",
])
def test_obfuscated_addresses_are_found(text):
    assert has_obfuscated_email(text)


@pytest.mark.parametrize("text", [
    "mail naar info@bakkerij.be",  # an ordinary address is EMAIL's
    "kijk op www.bakkerij.be",
    "we are at home. be careful",
    "het recht staat in de wet.",
])
def test_other_text_is_no_obfuscated_address(text):
    assert not has_obfuscated_email(text)
