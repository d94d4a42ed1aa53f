"""Checklist rules kept as data: resources/checklist/rules/*.toml.

Each rule names its item, the status it proves (or `not_evidence`: a veto), a regex over the lower-cased sentence (with
{fragment} references into fragments.toml), an optional `requires` regex that the same sentence
must also match, and example sentences that a test runs. Rules tag sentences like the built-in
patterns do ("rule:<id>"), so they take part in the incremental block cache; the engine then lets a
present rule lift an item that the older pattern code left below the house bar.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from editor.core.checklist import prefilter
from editor.core.checklist.literals import required
from editor.core.checklist.prefilter import _Prefiltered, guard_pattern
from editor.core.checklist.text import normalise
from editor.core.checklist.vocabulary import fragments as vocabulary_fragments
from editor.core.i18n import pick
from editor.core.paths import resources_dir

RULES_DIR = "checklist/rules"
_REF = re.compile(r"\{([a-z_]+)\}")
_VERDICTS_MAX = 20_000  # texts remembered per rule (Rule.matches): bounded for a long editing session


@dataclass(frozen=True)
class Rule:
    id: str
    item: str
    status: str  # present | not_evidence (the sentence does not give the item, whatever else matched)
    reason: str
    regex: re.Pattern[str]
    requires: re.Pattern[str] | None
    unless: re.Pattern[str] | None  # the rule does not apply to a sentence that also matches this
    literals: tuple[str, ...] | None  # one of these occurs in every match (derived from the pattern); None: unknown
    guarded: Any  # the pattern's quick form behind the token prefilter (prefilter.py): a cheap necessary condition
    match: tuple[str, ...]
    no_match: tuple[str, ...]
    source: str  # file name, for error messages
    section: str = ""  # a section topic (see engine heading topics) where `requires` is waived
    section_only: bool = False  # the rule counts only in such a section (a bare list entry "Mailchimp: nieuwsbrief")
    headings: bool = False  # a heading-like line counts too ("Laatst bijgewerkt: 1 maart 2024")
    exact: bool = False  # the quick form is the pattern itself: the guarded search already answers it
    # text -> matches_text(text): a veto is asked about the same evidence sentences after every edit
    verdicts: dict[str, bool] = field(default_factory=dict, compare=False, hash=False, repr=False)

    @property
    def tag(self) -> str:
        return "rule:" + self.id

    @property
    def bare_tag(self) -> str:
        """The pattern matched but `requires` did not: counts only inside the rule's section."""
        return "rule:" + self.id + ":bare"

    def tag_for(self, low: str) -> str | None:
        """The tag this rule gives a sentence. `low` must be the string object cues_of classified
        last (features.py passes one slice to both), so the guarded pattern can skip it cheaply."""
        if not self.guarded.search(low):
            return None
        if (not self.exact and not self.regex.search(low)) or (self.unless is not None and self.unless.search(low)):
            return None
        if not self.section_only and (self.requires is None or self.requires.search(low)):
            return self.tag
        return self.bare_tag if self.section else None

    def matches(self, low: str) -> bool:
        return (bool(self.regex.search(low)) and (self.requires is None or bool(self.requires.search(low)))
                and (self.unless is None or not self.unless.search(low)))

    def matches_text(self, text: str) -> bool:
        """matches() on a sentence as written (normalised here), remembered per text."""
        got = self.verdicts.get(text)
        if got is None:
            got = self.matches(normalise(text))
            if len(self.verdicts) >= _VERDICTS_MAX:
                self.verdicts.clear()
            self.verdicts[text] = got
        return got


@dataclass(frozen=True)
class Rulebook:
    rules: tuple[Rule, ...]
    reasons: dict[str, tuple[str, str]]
    items: dict[str, tuple[Rule, ...]] = field(default_factory=dict)  # item id -> its rules (every analysis asks)
    notes: dict[str, tuple[str, str]] = field(default_factory=dict)  # status notes, messages.toml [notes]

    def by_item(self, item: str) -> tuple[Rule, ...]:
        return self.items.get(item, ())

    def reason_text(self, key: str) -> str | None:
        got = self.reasons.get(key)
        return pick(*got) if got else None


def expand(pattern: str, fragments: dict[str, str], depth: int = 0) -> str:
    """Replace {name} by its fragment (fragments may use fragments); regex quantifiers are digits, never names."""
    if depth > 8:
        raise ValueError(f"fragment nesting too deep in {pattern[:60]!r}")

    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in fragments:
            raise ValueError(f"unknown fragment {{{name}}}")
        return "(?:" + expand(fragments[name], fragments, depth + 1) + ")"

    return _REF.sub(sub, pattern)


def _top_alternatives(pattern: str) -> list[str]:
    parts, cur, depth, esc, cls = [], "", 0, False, False
    for ch in pattern:
        if esc:
            cur, esc = cur + ch, False
            continue
        if ch == "\\":
            cur, esc = cur + ch, True
            continue
        if cls:
            cls = ch != "]"
        elif ch == "[":
            cls = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(cur)
            cur = ""
            continue
        cur += ch
    return [*parts, cur]


def quick_form(pattern: str) -> str:
    """The pattern without a leading \\b on each top-level alternative.

    Dropping an assertion only widens what matches, so a sentence the quick form misses cannot match
    the rule; and without a leading assertion Python's regex engine skips ahead on the first letters,
    several times faster on sentences that do not match (most of them).
    """
    return "|".join(alt[2:] if alt.startswith("\\b") else alt for alt in _top_alternatives(pattern))


def _literals(pattern: str) -> tuple[str, ...] | None:
    got = required(pattern)
    return tuple(sorted(got)) if got else None


def _rules_dir() -> Path:
    return resources_dir() / RULES_DIR


@lru_cache(maxsize=1)
def load_rulebook() -> Rulebook:
    folder = _rules_dir()
    # A rule may also use a vocabulary fragment (vocabulary/fragments.toml) that this folder does not define:
    # one definition for words that both a vocabulary pattern and a rule need.
    fragments = {**vocabulary_fragments(),
                 **tomllib.loads((folder / "fragments.toml").read_text(encoding="utf-8"))["fragments"]}
    messages = tomllib.loads((folder / "messages.toml").read_text(encoding="utf-8"))
    reasons = {k: (v["nl"], v["en"]) for k, v in messages.get("reasons", {}).items()}
    notes = {k: (v["nl"], v["en"]) for k, v in messages.get("notes", {}).items()}
    rules: list[Rule] = []
    for path in sorted(folder.glob("*.toml")):
        if path.name in ("fragments.toml", "messages.toml"):
            continue
        for raw in tomllib.loads(path.read_text(encoding="utf-8")).get("rule", []):
            ex = raw.get("examples", {})
            req = raw.get("requires")
            unless = raw.get("unless")
            pattern = expand(raw["pattern"], fragments)
            quick = quick_form(pattern)
            rules.append(Rule(
                id=raw["id"], item=raw["item"], status=raw.get("status", "present"), reason=raw["reason"],
                regex=re.compile(pattern), literals=_literals(pattern), exact=quick == pattern,
                guarded=guard_pattern(re.compile(quick)),
                requires=re.compile(expand(req, fragments)) if req else None,
                unless=re.compile(expand(unless, fragments)) if unless else None,
                match=tuple(ex.get("match", ())), no_match=tuple(ex.get("no_match", ())), source=path.name,
                section=raw.get("section", ""), section_only=bool(raw.get("section_only", False)),
                headings=bool(raw.get("headings", False)),
            ))
    by_item: dict[str, tuple[Rule, ...]] = {}
    for rule in rules:
        by_item[rule.item] = (*by_item.get(rule.item, ()), rule)
    return Rulebook(tuple(rules), reasons, by_item, notes)


_Candidate = tuple[int, tuple[int, ...], Rule]  # (all its guard bits, the bits of each alternative; () = always asked, rule)


def _candidates(rules: tuple[Rule, ...]) -> tuple[int, list[_Candidate]]:
    """(mask of all rule guard bits, one _Candidate per rule)."""
    out: list[_Candidate] = []
    every = 0
    for r in rules:
        g = r.guarded
        alts = () if not isinstance(g, _Prefiltered) or g.always else tuple(b for b, _src in g.parts)
        bits = 0
        for b in alts:
            bits |= b
        every |= bits
        out.append((bits, alts, r))
    return every, out


def _asked(key: int, candidates: list[_Candidate]) -> tuple[Rule, ...]:
    """The rules with an alternative whose fragment sets are all present in `key`."""
    got: list[Rule] = []
    for bits, alts, r in candidates:
        if not alts:
            got.append(r)
        elif bits & key:
            for b in alts:
                if b & key == b:
                    got.append(r)
                    break
    return tuple(got)


_by_mask: dict[int, tuple[Rule, ...]] = {}
_index_of: tuple[Rulebook, int, list[_Candidate]] | None = None


def sentence_rule_tags(low: str) -> dict[str, str]:
    """The rule tags of one lower-cased sentence: {"rule:<id>": reason key}.

    When `low` is the sentence cues_of classified last, its token mask says which rules' guards can
    pass at all; only those are asked (a skipped rule's guard would have said no: same result)."""
    global _index_of
    book = load_rulebook()
    rules = book.rules
    cur = prefilter._current
    if cur[0] is low:
        if _index_of is None or _index_of[0] is not book:
            _by_mask.clear()
            _index_of = (book, *_candidates(rules))
        key = cur[1] & _index_of[1]
        got = _by_mask.get(key)
        if got is None:
            got = _asked(key, _index_of[2])
            if len(_by_mask) < 65_536:
                _by_mask[key] = got
        rules = got
    out: dict[str, str] = {}
    for r in rules:
        tag = r.tag_for(low)
        if tag:
            out[tag] = r.reason
    return out
