"""The checklist vocabulary kept as data (resources/checklist/vocabulary): every pattern and every token
class runs its examples both ways, every fragment is defined and used, and the logic reads the data."""

from __future__ import annotations

import re
import tomllib

import pytest

from editor.core.checklist import cues as CU
from editor.core.checklist import vocab as V
from editor.core.checklist import vocab_rights as VR
from editor.core.checklist.prefilter import _TOKEN
from editor.core.checklist.vocabulary import _REF, fragments, load_patterns, load_token_classes, vocab_dir, word_lists

PATTERNS = load_patterns()
CLASSES = load_token_classes()


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.name)
def test_every_pattern_has_examples_both_ways_and_they_hold(pattern):
    assert pattern.match, f"{pattern.source}: {pattern.name} has no examples.match"
    assert pattern.no_match, f"{pattern.source}: {pattern.name} has no examples.no_match"
    for sentence in pattern.match:
        assert pattern.regex.search(sentence), f"{pattern.source}: {pattern.name} should match: {sentence}"
    for sentence in pattern.no_match:
        assert not pattern.regex.search(sentence), f"{pattern.source}: {pattern.name} should not match: {sentence}"


@pytest.mark.parametrize("pattern", [p for p in PATTERNS if not p.raw], ids=lambda p: p.name)
def test_examples_of_a_lower_case_pattern_are_written_as_it_sees_them(pattern):
    for sentence in (*pattern.match, *pattern.no_match):
        assert sentence == sentence.lower(), f"{pattern.name} runs on lower-cased text; example: {sentence}"


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.name)
def test_every_token_class_has_examples_both_ways_and_they_hold(cls):
    assert cls.match and cls.no_match, f"{cls.source}: token class {cls.name} needs examples both ways"
    for token in (*cls.match, *cls.no_match):
        assert _TOKEN.fullmatch(token), f"{cls.name}: an example is one lower-case token, not {token!r}"
    for token in cls.match:
        assert CU.cues_of(token) >= {cls.name}, f"{cls.name} should hold the token {token!r}"
    for token in cls.no_match:
        assert cls.name not in CU.cues_of(token), f"{cls.name} should not hold the token {token!r}"


def test_the_cues_the_logic_asks_are_the_token_classes_of_the_data():
    assert set(CU.CUE_RULES) == {c.name for c in CLASSES}
    assert {"recip", "share", "transfer", "service"} <= set(CU.CUE_RULES)
    assert "recip" in CU.cues_of("wij delen uw gegevens met onze boekhouder.")


def test_every_pattern_is_reachable_under_its_name_and_guarded_once():
    for p in PATTERNS:
        got = getattr(V, p.name)
        assert getattr(got, "rx", got).pattern == p.regex.pattern
        assert getattr(VR, p.name) is got  # one object: one prefilter guard
    assert VR.RIGHTS["right_access"][0] is V.RIGHT_ACCESS


def test_every_fragment_is_defined_and_used():
    frags = fragments()
    used: set[str] = set()
    for path in vocab_dir().glob("*.toml"):
        for raw in tomllib.loads(path.read_text(encoding="utf-8")).get("pattern", ()):
            text = raw["regex"] if isinstance(raw["regex"], str) else "|".join(raw["regex"])
            used.update(_REF.findall(text))
    assert used <= set(frags), used - set(frags)
    assert set(frags) <= used, f"unused fragments: {set(frags) - used}"
    for name, text in frags.items():
        re.compile(text)  # each fragment is one whole regex group, put in as it stands
        assert text.startswith("(") and text.endswith(")"), name


def test_a_fragment_edit_reaches_every_pattern_that_uses_it():
    assert "{your}" in (vocab_dir() / "basis.toml").read_text(encoding="utf-8")
    assert fragments()["your"] in V.BASIS_EXPLICIT.pattern


def test_pattern_names_are_unique_across_files():
    names = [p.name for p in PATTERNS]
    assert len(names) == len(set(names))


def test_word_lists_are_data():
    assert "youtube.com" in word_lists()["third_party_domains"]
    assert not VR._own_domain("bekijk onze video op youtube.com")
    assert VR._own_domain("bestel op bakkerijpeeters.be")


def test_no_hand_kept_substring_guards_remain_in_cues():
    # The token prefilter (prefilter.py) derives what each pattern needs from its regex; a hand-kept
    # word tuple in front of a pattern silently disables it for a new phrasing.
    hand_kept = [name for name, value in vars(CU).items()
                 if name.endswith(("_GUARD", "_WORDS", "_STRONG")) and isinstance(value, tuple)]
    assert hand_kept == []


@pytest.mark.parametrize(("sentence", "tag"), [
    # phrasings that a hand-kept guard in front of the pattern used to drop (no " na ", no "art")
    ("Na afloop van de cursus bewaren we je gegevens nog twee jaar.", "retention:criteria_ctx"),
    ("Na beëindiging van het lidmaatschap bewaren wij je gegevens niet langer.", "retention:criteria_ctx"),
    ("De inning van het lesgeld (6.1 e) volgt uit de uitvoering van het contract.", "legal_basis:explicit"),
])
def test_a_pattern_is_not_silenced_by_a_word_list_in_front_of_it(sentence, tag):
    from editor.core.checklist.patterns import sentence_tags
    from editor.core.checklist.text import normalise

    assert tag in sentence_tags(sentence, normalise(sentence))
