"""Word lists the grammar check never flags: the shipped legal terms and compiled term patterns."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from editor.core import paths


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


def _term_pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    terms = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    if not terms:
        return None
    # Multi-word names may wrap or use a non-breaking space in the text: any whitespace matches.
    body = "|".join(r"\s+".join(re.escape(part) for part in t.split()) for t in terms)
    # Whole words only, but let a term stand inside a hyphenated compound ("AVG-conform").
    return re.compile(rf"(?<![\w]){'(?:' + body + ')'}(?![\w])", re.IGNORECASE)
