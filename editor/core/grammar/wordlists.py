"""The word lists of the grammar filter (legal terms, the user's words) and the regional usage
that is standard in a document's variant (resources/grammar/regional_usage.toml). No Qt."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from editor.core import paths


class _Flagged(Protocol):
    rule_id: str
    category: str


def legal_words_path() -> Path:
    return paths.resources_dir() / "grammar" / "legal_words.txt"


@lru_cache(maxsize=4)
def _read_word_file(path: str) -> tuple[str, ...]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return ()
    return tuple(s for s in (line.split("#", 1)[0].strip() for line in lines) if s)


def legal_words() -> tuple[str, ...]:
    """The legal terms shipped with the app (resources/grammar/legal_words.txt)."""
    return _read_word_file(str(legal_words_path()))


def regional_usage_path() -> Path:
    return paths.resources_dir() / "grammar" / "regional_usage.toml"


@lru_cache(maxsize=4)
def _read_regional(path: str) -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    """(language, accepted rule ids, accepted categories) per entry of regional_usage.toml."""
    import tomllib

    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return ()
    return tuple(
        (str(e.get("language", "")), frozenset(e.get("rules", [])), frozenset(e.get("categories", [])))
        for e in data.get("accepted", []) if isinstance(e, dict)
    )


def accepted_regional(language: str, match: _Flagged) -> bool:
    """True when `match` flags usage that is standard in `language` (e.g. Belgian Dutch in nl-BE)."""
    return any(
        lang == language and (match.rule_id in rules or match.category in categories)
        for lang, rules, categories in _read_regional(str(regional_usage_path()))
    )


def _term_pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    terms = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    if not terms:
        return None
    # Multi-word names may wrap or use a non-breaking space in the text: any whitespace matches.
    body = "|".join(r"\s+".join(re.escape(part) for part in t.split()) for t in terms)
    # Whole words only, but let a term stand inside a hyphenated compound ("AVG-conform").
    return re.compile(rf"(?<![\w]){'(?:' + body + ')'}(?![\w])", re.IGNORECASE)
