"""Regional usage (resources/grammar/regional_usage.toml): Belgian Dutch is not flagged as style in
an nl-BE document. Each entry's example sentences run through the real LanguageTool."""

from __future__ import annotations

import tomllib

import pytest

from editor.core.grammar import GrammarChecker, GrammarMatch, accepted_regional
from editor.core.grammar.wordlists import regional_usage_path
from editor.core.settings import Settings

ENTRIES = tomllib.loads(regional_usage_path().read_text(encoding="utf-8"))["accepted"]


def _belgian(text: str) -> GrammarMatch:
    start = text.index("bekomen")
    return GrammarMatch(start, start + 7, "bekomen", "ALLEEN_BE", "CAT_ALLEEN_BE", "Standaardtaal is 'verkrijgen'.",
                        ("verkrijgen",), "style")


def test_belgian_usage_is_accepted_in_nl_be_only():
    match = _belgian("U kunt uw gegevens bekomen.")
    assert accepted_regional("nl-BE", match)
    assert not accepted_regional("nl-NL", match)
    checker = GrammarChecker(Settings(grammar_mode="off"))
    text = "U kunt uw gegevens bekomen."
    assert checker.filter(text, [match], "nl-BE") == []
    assert checker.filter(text, [match], "nl-NL") == [match]


def test_every_entry_has_examples_and_a_reason():
    assert ENTRIES
    for entry in ENTRIES:
        assert entry["language"] in ("nl-BE", "nl-NL")
        assert entry["examples"] and entry["why"]
        assert entry.get("rules") or entry.get("categories")


@pytest.mark.languagetool
@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e["language"])
def test_examples_are_flagged_by_languagetool_and_kept_out_of_the_document_variant(lt_server, entry):
    checker = GrammarChecker(Settings(), server=lt_server)
    checker.start()
    try:
        for sentence in entry["examples"]:
            raw = checker.check_raw(sentence, entry["language"])
            regional = [m for m in raw if m.rule_id in entry.get("rules", []) or m.category in entry.get("categories", [])]
            # The rule really fires on the example (else the entry protects nothing) ...
            assert regional, f"LanguageTool no longer flags: {sentence}"
            # ... and the document's own variant does not show it.
            shown = checker.check_paragraph(sentence, entry["language"])
            assert not [m for m in shown if m in regional], sentence
    finally:
        checker.close()
