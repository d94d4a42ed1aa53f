"""Which paragraphs the grammar pass sends first: the one being typed in, then what is on screen.

A full pass over a long policy takes seconds on a cold engine; the user looks at the viewport,
so its paragraphs go out right after the cursor's own, and the rest of the document follows in
batches that LanguageTool's check threads work on at the same time (editor.core.grammar.batches).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QTextEdit

from editor.core.grammar.batches import plan

BATCH_CHARS = 3000  # per background request after the cursor's paragraph: results show progressively


def visible_span(edit: QTextEdit) -> tuple[int, int]:
    """Document positions of the first and last character in the viewport."""
    viewport = edit.viewport()
    first = edit.cursorForPosition(QPoint(0, 0)).position()
    last = edit.cursorForPosition(QPoint(max(0, viewport.width() - 1), max(0, viewport.height() - 1))).position()
    return first, max(first, last)


def groups(
    blocks: Iterable[tuple[int, int, str]],
    needed: Iterable[str],
    current: str,
    span: tuple[int, int],
    workers: int,
    batch_chars: int = BATCH_CHARS,
) -> list[list[str]]:
    """Request groups for the paragraph texts in `needed`: the cursor's paragraph alone, then
    the visible ones, then the rest in document order, each part cut by batches.plan."""
    wanted = set(needed)
    visible: list[str] = []
    rest: list[str] = []
    seen: set[str] = {current} if current in wanted else set()
    first, last = span
    for _n, pos, text in blocks:
        if text not in wanted or text in seen:
            continue
        seen.add(text)
        (visible if pos <= last and pos + len(text) >= first else rest).append(text)
    out = [[current]] if current in wanted else []
    for part in (visible, rest):
        if part:
            out += plan(part, batch_chars, workers)
    return out
