"""Shared by the phrasing tests of the blind rounds: one policy text in, one checklist item out."""

from __future__ import annotations

from editor.core.checklist import analyze
from editor.core.checklist.report import ItemResult
from editor.core.importers import import_text


def item_of(text: str, item: str) -> ItemResult:
    """The checklist's result for `item` on the policy `text` (imported as plain text, analysed afresh)."""
    return analyze(import_text(text).policy).item(item)
