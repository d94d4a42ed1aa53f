"""Withdrawing consent said without the word: "Je kunt je keuze altijd wijzigen" counts when the text
just before asks consent, also when that text is the previous block (a cookie table)."""

from __future__ import annotations

from editor.core.checklist import analyze
from editor.core.importers import import_text

_TABLE = (
    "Cookies\n\n"
    "Soort\tDoel\tGrondslag\n"
    "Statistiek\tInzicht in gebruik.\tAlleen na jouw toestemming.\n"
    "Marketing\tCampagnemeting.\tAlleen na jouw expliciete toestemming.\n\n"
)


def _withdraw(text: str) -> str:
    return analyze(import_text(text).policy).item("withdraw_consent").status


def test_changing_the_choice_right_after_a_consent_table_is_a_withdrawal():
    text = "Privacyverklaring Voorbeeld BV\n\n" + _TABLE + 'Je kunt je keuze altijd wijzigen via "Cookie-instellingen" onderaan de pagina.\n'
    assert _withdraw(text) == "present"


def test_changing_the_choice_far_from_any_consent_is_not_a_withdrawal():
    text = ("Privacyverklaring Voorbeeld BV\n\n" + _TABLE + "Wij bewaren uw gegevens twee jaar.\n\n"
            "Je kunt je keuze altijd wijzigen via je account.\n")
    assert _withdraw(text) != "present"


def test_keeping_data_until_consent_is_withdrawn_is_a_retention_period_not_the_right():
    text = ("Privacyverklaring Voorbeeld BV\n\nWij sturen u nieuws op basis van uw toestemming.\n\n"
            "Bewaartermijnen\n\nMarketinggegevens worden bewaard tot het intrekken van de toestemming.\n")
    assert _withdraw(text) != "present"
    told = text + "\nU kunt uw toestemming altijd intrekken via info@voorbeeld.be.\n"
    assert _withdraw(told) == "present"
