"""The checklist vocabulary kept as data: resources/checklist/vocabulary/*.toml.

Two kinds of entries, each with example sentences (or tokens) that a test runs:
- `[[pattern]]`: a named regex that the combining logic (patterns.py, features.py, decide_*.py) searches,
  e.g. PURPOSE or RET_PERIOD. `regex` is a string or a list of pieces joined by "|"; `{name}` puts in a
  fragment of fragments.toml as it stands (each fragment is one group, so nothing is wrapped);
  `raw = true`: it runs on the original text, else on the lower-cased sentence; `topic`: a heading
  pattern names that section topic.
- `[[cue]]`: a token class (cues.py): a regex searched in one lower-case token, optionally led by the
  tokens of the services table.
`[lists]` hold plain word lists. Everything is read and compiled once, at import.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from editor.core.checklist.services import cue_regex
from editor.core.paths import resources_dir

VOCAB_DIR = "checklist/vocabulary"
_REF = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class VocabPattern:
    name: str
    regex: re.Pattern[str]
    raw: bool  # runs on the original text (case matters)
    match: tuple[str, ...]
    no_match: tuple[str, ...]
    source: str  # file name, for error messages
    topic: str = ""  # a heading pattern: the section topic it names (topics.py)


@dataclass(frozen=True)
class TokenClass:
    name: str
    regex: str  # searched in one lower-case token
    match: tuple[str, ...]
    no_match: tuple[str, ...]
    source: str


def vocab_dir() -> Path:
    return resources_dir() / VOCAB_DIR


@lru_cache(maxsize=1)
def _parsed() -> tuple[tuple[str, dict], ...]:
    """Every vocabulary file, parsed once (patterns, token classes and lists all come from this)."""
    return tuple((p.name, tomllib.loads(p.read_text(encoding="utf-8"))) for p in sorted(vocab_dir().glob("*.toml")))


def _files(prefix: str = "") -> list[tuple[str, dict]]:
    return [(name, data) for name, data in _parsed() if name.startswith(prefix)]


def _joined(value: str | list[str]) -> str:
    return value if isinstance(value, str) else "|".join(value)


@lru_cache(maxsize=1)
def fragments() -> dict[str, str]:
    return dict(_files("fragments.toml")[0][1]["fragments"])


def expand(pattern: str, frags: dict[str, str]) -> str:
    """Put in each {name} fragment as it stands (regex quantifiers are digits, never names)."""

    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in frags:
            raise ValueError(f"unknown vocabulary fragment {{{name}}} in {pattern[:60]!r}")
        return frags[name]

    return _REF.sub(sub, pattern)


@lru_cache(maxsize=1)
def load_patterns() -> tuple[VocabPattern, ...]:
    frags = fragments()
    out: list[VocabPattern] = []
    for fname, data in _files():
        for raw in data.get("pattern", ()):
            ex = raw.get("examples", {})
            flags = re.I if raw.get("ignore_case") else 0
            out.append(VocabPattern(
                name=raw["name"], regex=re.compile(expand(_joined(raw["regex"]), frags), flags), raw=bool(raw.get("raw")),
                match=tuple(ex.get("match", ())), no_match=tuple(ex.get("no_match", ())), source=fname, topic=raw.get("topic", ""),
            ))
    names = [p.name for p in out]
    if len(names) != len(set(names)):
        raise ValueError(f"vocabulary pattern defined twice: {sorted({n for n in names if names.count(n) > 1})}")
    return tuple(out)


@lru_cache(maxsize=1)
def load_token_classes() -> tuple[TokenClass, ...]:
    out: list[TokenClass] = []
    unions: list[tuple[int, list[str]]] = []
    for fname, data in _files("cues"):
        for raw in data.get("cue", ()):
            ex = raw.get("examples", {})
            parts = [cue_regex(raw["services"] == "outside_eea")] if raw.get("services") else []
            if raw.get("tokens"):
                parts.append(_joined(raw["tokens"]))
            if raw.get("union"):
                unions.append((len(out), list(raw["union"])))
            out.append(TokenClass(raw["name"], "|".join(parts), tuple(ex.get("match", ())), tuple(ex.get("no_match", ())), fname))
    # A class made of others (`union = [...]`) is derived from them, so it can never drift from its parts.
    by_name = {tc.name: tc for tc in out}
    for index, members in unions:
        tc = out[index]
        parts = [tc.regex] if tc.regex else []
        parts += [by_name[m].regex for m in members]
        out[index] = replace(tc, regex="|".join(parts))
    return tuple(out)


@lru_cache(maxsize=1)
def word_lists() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for _fname, data in _files():
        for name, words in data.get("lists", {}).items():
            out[name] = tuple(words)
    return out
