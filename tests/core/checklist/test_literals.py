"""The derived literal prefilter of the data rules never hides a match."""

from __future__ import annotations

import pytest

from editor.core.checklist.literals import required
from editor.core.checklist.rulebook import load_rulebook


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\b(?:verkopen|verkoopt)\b", {"verkopen", "verkoopt"}),
    (r"(?:\w+ ){0,3}geen (?:\w+ ){0,3}gegevens", {"gegevens"}),
    (r"e-?mailadres", {"mailadres"}),
    (r"\w{3,}", None),  # nothing literal: the rule always runs
    (r"(?:a|b)c", None),  # too short to filter on
])
def test_required_literals(pattern, expected):
    assert required(pattern) == expected


@pytest.mark.parametrize("rule", load_rulebook().rules, ids=lambda r: r.id)
def test_every_example_that_matches_contains_a_derived_literal(rule):
    for sentence in (*rule.match, *rule.no_match):
        low = sentence.lower()
        if rule.regex.search(low) and rule.literals is not None:
            assert any(lit in low for lit in rule.literals), (rule.id, sentence, rule.literals)


def test_the_prefilter_agrees_with_the_full_regex_on_generated_sentences():
    words = "u je wij uw gegevens bewaren verwijderd zolang lid bent jaar 7 niet nodig correctie van vragen ons aan door zelf verstrekt".split()
    rng = __import__("random").Random(7)
    for _ in range(3000):
        low = " ".join(rng.choice(words) for _ in range(rng.randint(3, 14)))
        for rule in load_rulebook().rules:
            full = bool(rule.regex.search(low))
            if full and rule.literals is not None:
                assert any(lit in low for lit in rule.literals), (rule.id, low)
            if full:
                assert rule.guarded.search(low)  # the guarded quick form never misses a match
