"""The grammar issues of the whole document, rebuilt cheaply: the filtered matches of a paragraph
are kept until its text, its raw results or the filter (word lists, ignored spots) change, so a
render during a long first pass does not filter 20k words again for every arriving batch."""

from __future__ import annotations

from collections.abc import Iterable

from editor.core.grammar import GrammarChecker, GrammarMatch
from editor.core.plaintext import to_utf16
from editor.gui.grammar.underline import Issue


class IssueBuilder:
    def __init__(self) -> None:
        self._token: tuple[object, ...] | None = None
        self._filtered: dict[tuple[str, str], tuple[tuple[GrammarMatch, ...], list[GrammarMatch]]] = {}

    def build(self, checker: GrammarChecker, blocks: Iterable[tuple[int, int, str]],
              raw: dict[tuple[str, str], tuple[GrammarMatch, ...]], language: str) -> list[Issue]:
        token = (id(checker), checker.filter_token())
        if token != self._token:
            self._token = token
            self._filtered.clear()
        issues: list[Issue] = []
        live: set[tuple[str, str]] = set()
        for number, pos, text in blocks:
            key = (language, text)
            found = raw.get(key)
            if not found:
                continue
            live.add(key)
            cached = self._filtered.get(key)
            if cached is None or cached[0] is not found:
                cached = (found, checker.filter(text, found, language))
                self._filtered[key] = cached
            for m in cached[1]:
                issues.append(Issue(pos + to_utf16(text, m.start), pos + to_utf16(text, m.end), number, text, m))
        if len(self._filtered) > 2 * len(live) + 100:  # forget paragraphs that are gone
            self._filtered = {k: v for k, v in self._filtered.items() if k in live}
        return issues
