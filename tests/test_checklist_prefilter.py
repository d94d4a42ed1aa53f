"""The checklist's speed-up for sentence patterns must never change a match.

prefilter.py lets the checklist skip a regex (or some of its top-level alternatives) when a sentence lacks every
word fragment a match would need. These tests search every sentence of the corpus and of our
own annotated policies with each guarded pattern, both through the guard and directly, and
require the very same match; they also pin the parsing helpers on tricky pattern syntax.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from editor.core.checklist import cues as CU
from editor.core.checklist import patterns as P
from editor.core.checklist import prefilter as PF
from editor.core.checklist import terms as TM
from editor.core.checklist import topics as TP
from editor.core.checklist import vocab as V
from editor.core.checklist import vocab_rights as VR
from editor.core.checklist.text import normalise, split_sentences
from tests.conftest import CORPUS_FILES

OWN = Path(__file__).parent / "annotations" / "own"


def _guarded() -> list[tuple[str, PF._Prefiltered]]:
    out = [(f"{mod.__name__}.{name}", v) for mod in (V, VR, TP, TM, P) for name, v in vars(mod).items()
           if isinstance(v, PF._Prefiltered)]
    from editor.core.checklist.rulebook import load_rulebook

    out += [(f"rule {r.id}", r.guarded) for r in load_rulebook().rules if isinstance(r.guarded, PF._Prefiltered)]
    for right, pair in VR.RIGHTS.items():
        out += [(f"RIGHTS[{right}][{i}]", rx) for i, rx in enumerate(pair) if isinstance(rx, PF._Prefiltered)]
    return out


def _sentences() -> list[str]:
    out: list[str] = []
    for path in list(CORPUS_FILES) + sorted(OWN.glob("*.txt")):
        for block in path.read_text(encoding="utf-8").split("\n"):
            low = normalise(block)
            out += [low[s:e] for s, e in split_sentences(block)]
    return out


def _sig(m: re.Match[str] | None):
    return None if m is None else (m.span(), m.group(0))


@pytest.mark.parametrize("compile_after", [1, 10**9])
def test_guarded_patterns_find_exactly_what_the_plain_regexes_find(monkeypatch, compile_after):
    # 1: every combination of alternatives compiled at once; 10**9: always the plain fallback path
    monkeypatch.setattr(PF, "_COMPILE_AFTER", compile_after)
    guarded = _guarded()
    assert len(guarded) > 50  # the guard is in use for most sentence patterns
    sentences = _sentences()
    assert len(sentences) > 1500
    skipped = 0
    for low in sentences:
        CU.cues_of(low)  # records the sentence's fragments for the guarded patterns
        mask = PF._current[1]
        for name, rx in guarded:
            got = rx.search(low)
            assert _sig(got) == _sig(rx.rx.search(low)), (name, low)
            skipped += not mask & rx.bit
    assert skipped > len(sentences) * len(guarded) // 2  # most searches can be skipped


def test_another_string_is_searched_with_the_plain_regex():
    CU.cues_of("wij bewaren uw gegevens 7 jaar")
    other = "u kunt een klacht indienen bij de gegevensbeschermingsautoriteit"
    # the fragments recorded are those of the first sentence (no "klacht"): they must not be used here
    found = VR.COMPLAINT.search(other)
    assert found is not None and _sig(found) == _sig(VR.COMPLAINT.rx.search(other))


def test_top_level_alternatives_respect_groups_classes_and_escapes():
    assert PF._top_alternatives(r"a|(?:b|c)|[|x]|\||d") == ["a", "(?:b|c)", "[|x]", r"\|", "d"]
    assert PF._top_alternatives(r"[]|]x|y") == ["[]|]x", "y"]


def test_required_fragments():
    def req(pattern: str):
        return PF._fragments(pattern, 0)

    assert req(r"\bfoo(?:bar|baz)\b") == [frozenset({"foo"}), frozenset({"bar", "baz"})]  # both are needed
    assert req(r"\bfo(?:bar|qux)\b") == [frozenset({"bar", "qux"})]  # "fo" is too short to be worth a guard
    assert req(r"(?:recht|right)s? op") == [frozenset({"recht", "right"})]
    assert req(r"x?y*") is None  # can match the empty string: no guard
    assert req(r"(?:abc|)") is None  # one alternative needs nothing
    assert req(r"(?i:kbo)") is None  # inline flags: no guard
    assert req(r"(?P<name>kbo)x") is None  # named groups: no guard
    assert req(r"sociale media") == [frozenset({"sociale"}), frozenset({"media"})]
    assert req(r"e-?mailadres") == [frozenset({"mailadres"})]
    assert req(r"[^]x]abc") == [frozenset({"abc"})]
    # a conjunction: "verplicht" and one of the verbs; the strongest sets first, at most three
    assert req(r"\b(?:u|je)\b[^.]{0,30}\bverplicht\b[^.]{0,60}(?:te verstrekken|te geven)") == [
        frozenset({"verplicht"}), frozenset({"verstrekken", "geven"})]
    assert req(r"(?:ab|cd) wxyz (?:efg|hij) klmno pqrstu") == [frozenset({"pqrstu"}), frozenset({"klmno"}), frozenset({"wxyz"})]


def test_token_classes_skipped_by_fragment_are_the_ones_that_do_not_match():
    # cues.py searches a token class only in a token holding one of its fragments: same classes as searching all
    tokens = {tok for low in _sentences() for tok in PF._TOKEN.findall(low)}
    assert len(tokens) > 3000
    for tok in tokens:
        plain = 0
        for name, rx in CU._CUE_RES:
            if rx.search(tok):
                plain |= CU._CUE_BIT[name]
        assert CU._token_cue_bits(tok) == plain, tok


def test_data_rules_asked_by_token_mask_give_the_tags_of_all_rules():
    # rulebook.py asks only the rules whose guard can pass on the sentence's tokens
    from editor.core.checklist.rulebook import load_rulebook, sentence_rule_tags

    rules = load_rulebook().rules
    found = 0
    for low in _sentences():
        CU.cues_of(low)
        got = sentence_rule_tags(low)
        every = {}
        for r in rules:
            tag = r.tag_for(low)
            if tag:
                every[tag] = r.reason
        assert got == every, low
        found += bool(got)
    assert found > 100  # the rules do tag real sentences
