"""Linter for outdated legal references in Belgian and Dutch privacy policies.

The facts live in resources/checklist/outdated.toml: what replaced what, since when, and a
replacement that fits the jurisdiction, each law with example sentences that a test runs. This
module applies them. Findings are (start, end) spans into the text given, so the engine can shift
them by a block's offset. Current terms are left alone: "verwerker" and "bewerking" are not
"bewerker", and the AVG's own title "tot intrekking van Richtlijn 95/46/EG" is not a reference to
the directive as law in force.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass

from editor.core.checklist import vocab as V
from editor.core.i18n import pick
from editor.core.paths import resources_dir

KINDS = ("plain", "notification", "repeal", "invalidated", "term")


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    text: str
    key: str


@dataclass(frozen=True)
class Rule:
    key: str
    kind: str
    pattern: re.Pattern[str]
    replacement: dict[str, str]  # by jurisdiction
    reason_nl: str
    reason_en: str
    date: str  # ISO date from which the reference is outdated
    guard: tuple[str, ...]  # cheap lower-case substrings; the regex runs only if one occurs
    match: tuple[str, ...] = ()
    no_match: tuple[str, ...] = ()
    url_marker: str = ""
    url_replacement: tuple[tuple[str, str], ...] = ()
    reason_nl_jurisdiction: tuple[str, str] | None = None
    jurisdictions: tuple[str, ...] = ()  # empty: outdated wherever the policy applies; else only there


def _load() -> tuple[Rule, ...]:
    data = tomllib.loads((resources_dir() / "checklist" / "outdated.toml").read_text(encoding="utf-8"))
    rules = []
    for raw in data["law"]:
        if raw["kind"] not in KINDS:
            raise ValueError(f"outdated.toml: {raw['key']}: unknown kind {raw['kind']}")
        nl_j = raw.get("reason_nl_jurisdiction")
        ex = raw.get("examples", {})
        rules.append(Rule(
            key=raw["key"], kind=raw["kind"],
            pattern=re.compile("".join(raw["pattern"]), re.I if raw.get("ignore_case") else 0),
            replacement=dict(raw["replacement"]), reason_nl=raw["reason"]["nl"], reason_en=raw["reason"]["en"],
            date=raw["date"], guard=tuple(raw["guard"]), match=tuple(ex.get("match", ())), no_match=tuple(ex.get("no_match", ())),
            url_marker=raw.get("url_marker", ""), url_replacement=tuple(raw.get("url_replacement", {}).items()),
            reason_nl_jurisdiction=(nl_j["nl"], nl_j["en"]) if nl_j else None,
            jurisdictions=tuple(raw.get("jurisdictions", ())),
        ))
    return tuple(rules)


RULES: tuple[Rule, ...] = _load()
RULES_BY_KEY = {r.key: r for r in RULES}
# Substring pre-check, leaving out guards that contain a shorter one ("cbpl" holds "cbp").
_GUARD_WORDS = tuple(dict.fromkeys(
    g for rule in RULES for g in rule.guard
    if not any(o != g and o in g for r2 in RULES for o in r2.guard)
))

# The context that makes a reference no finding: resources/checklist/vocabulary/outdated_context.toml.
_REPEAL_CONTEXT = V.REPEAL_BEFORE
_INVALID_CONTEXT = V.INVALID_CONTEXT
_HISTORIC_CONTEXT = V.HISTORIC_CONTEXT
_BREACH = V.BREACH_CONTEXT
_SENTENCE_END = re.compile(r"[.!?\n]")


def _any_guard(low: str) -> bool:
    return any(g in low for g in _GUARD_WORDS)


def _sentence_around(text: str, start: int, end: int) -> str:
    s = start
    while s > 0 and not _SENTENCE_END.match(text[s - 1]):
        s -= 1
    e = end
    while e < len(text) and not _SENTENCE_END.match(text[e]):
        e += 1
    return text[s:e]


def _whole_sentence(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and not _SENTENCE_END.match(text[start - 1]):
        start -= 1
    while end < len(text) and not _SENTENCE_END.match(text[end]):
        end += 1
    if end < len(text) and text[end] in ".!?":
        end += 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def lint(text: str) -> list[Finding]:
    """Outdated references in one block's text, without overlaps, in text order."""
    found: list[Finding] = []
    if not _any_guard(text.lower()):
        return found
    low = text.lower()
    for rule in RULES:
        if not any(g in low for g in rule.guard):
            continue
        for m in rule.pattern.finditer(text):
            start, end = m.start(), m.end()
            sentence = _sentence_around(text, start, end)
            if rule.kind != "term" and _HISTORIC_CONTEXT.search(sentence):
                continue  # the text itself says the reference is history
            if rule.kind == "notification":
                if _BREACH.search(sentence):
                    continue  # breach notifications and police reports are current law
                start, end = _whole_sentence(text, start, end)  # its replacement rewrites the sentence
            elif rule.kind == "repeal":
                if _REPEAL_CONTEXT.search(text[max(0, start - 80): start]) or V.REPEAL_SAID.search(sentence):
                    continue
            elif rule.kind == "invalidated" and _INVALID_CONTEXT.search(sentence):
                continue
            # Findings do not overlap, except that a notification sentence may contain other findings
            # (its replacement rewrites the whole sentence; the inner ones explain the details).
            if any(f.start < end and start < f.end and (f.key == "notification") == (rule.kind == "notification") for f in found):
                continue
            found.append(Finding(start, end, text[start:end], rule.key))
    found.sort(key=lambda f: f.start)
    return found


def replacement_for(key: str, jurisdiction: str, text: str) -> str:
    rule = RULES_BY_KEY[key]
    repl = rule.replacement.get(jurisdiction) or rule.replacement.get("BE", "")
    if rule.kind == "term":
        plural = text.lower().endswith(("s", "en"))
        repl = repl + ("s" if plural and not repl.endswith("overeenkomst") else "en" if plural else "")
        if text[:1].isupper():
            repl = repl[0].upper() + repl[1:]
    elif rule.url_marker and rule.url_marker in text.lower():
        urls = dict(rule.url_replacement)
        repl = urls.get(jurisdiction) or urls.get("BE", repl)
    elif rule.kind != "notification":
        repl = _fit_article(repl, text)
    return repl


_ARTICLE = V.LEADING_ARTICLE  # resources/checklist/vocabulary/outdated_context.toml (lower-case text)


def _fit_article(repl: str, text: str) -> str:
    """The replacement fits where the finding stood: "aan de W.b.p." has its article before the finding, so
    "de AVG" loses its own; "De wet van 8 december 1992" opens a sentence, so "De AVG" keeps the capital."""
    if _ARTICLE.match(repl.lower()) and not _ARTICLE.match(text.lower()):
        repl = repl.split(None, 1)[1]
    if text[:1].isupper() and repl[:1].islower():
        repl = repl[0].upper() + repl[1:]
    return repl


def reason_for(key: str, jurisdiction: str) -> str:
    rule = RULES_BY_KEY[key]
    nl, en = rule.reason_nl, rule.reason_en
    if jurisdiction == "NL" and rule.reason_nl_jurisdiction:
        nl, en = rule.reason_nl_jurisdiction
    return pick(nl, en)


def applies_in(key: str, jurisdiction: str) -> bool:
    """Whether a finding of this rule is an outdated reference in a policy of this jurisdiction."""
    only = RULES_BY_KEY[key].jurisdictions
    return not only or jurisdiction in only


def date_for(key: str) -> str:
    return RULES_BY_KEY[key].date
