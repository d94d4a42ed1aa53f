"""House rules: a legitimate interest must be described; a generic one ("voor de verbetering van onze
diensten", "bedrijfsvoering") describes none and leaves the item partial."""

from __future__ import annotations

import pytest

from editor.core.checklist import analyze
from editor.core.importers import import_text


def _item(line: str):
    text = "Privacyverklaring Voorbeeld BV\n\nRechtsgronden\n\n- Uitvoering van de overeenkomst: voor uw bestelling.\n- " + line + "\n"
    return analyze(import_text(text).policy).item("legitimate_interests")


def _legit(line: str) -> str:
    return _item(line).status


@pytest.mark.parametrize("line", [
    "Gerechtvaardigd belang: voor de verbetering van onze diensten",
    "Gerechtvaardigd belang: Voor het beheer en de promotie van de club",
    "Gerechtvaardigd belang: de verwerking is noodzakelijk voor onze gerechtvaardigde belangen, zoals bedrijfsvoering en kwaliteitsverbetering.",
])
def test_a_generic_interest_is_not_a_description(line):
    item = _item(line)
    assert item.status == "partial"
    assert "algemeen belang" in item.note  # the lawyer learns why: the interest named is only a generic one


@pytest.mark.parametrize("line", [
    "Gerechtvaardigd belang: voor het verbeteren van onze diensten en de beveiliging van de website.",
    "Gerechtvaardigd belang: fraudepreventie en direct marketing aan bestaande klanten.",
])
def test_a_specific_interest_is_a_description(line):
    assert _legit(line) == "present"
