"""After a sentence that names automated decisions, the next sentence may say "we do not do that"; any other
sentence with "wij ... niet" (a condition, "al dan niet") says nothing about it (GUIDELINES: automated_decisions)."""

from __future__ import annotations

from editor.core.checklist import analyze
from editor.core.importers import import_text

_HEAD = "Privacyverklaring\n\nUw rechten\n\n"


def _adm(body: str) -> str:
    return analyze(import_text(_HEAD + body).policy).item("automated_decisions").status


def test_a_denial_after_the_mention_is_a_statement():
    assert _adm("U krijgt informatie over het bestaan van geautomatiseerde besluitvorming. Wij doen hier niet aan.\n") == "present"


def test_a_condition_after_the_mention_is_no_statement():
    body = ("U krijgt informatie over de bewaartermijn en het bestaan van geautomatiseerde besluitvorming. Als wij u geen "
            "toegang kunnen geven tot uw persoonsgegevens, laten wij u weten waarom dat niet mogelijk is.\n")
    assert _adm(body) == "partial"
