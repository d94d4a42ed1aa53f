"""Highlight layers (grammar underlines, checklist marks) applied in short UI-thread slices.

Creating a QTextCursor and an ExtraSelection per mark costs a few microseconds of Python each; a
20k-word policy has thousands of grammar marks, and doing them all in one go stalls typing for tens
of milliseconds. A SlicedLayer therefore:
- reuses the selections already shown whose current span and kind are unchanged (a QTextCursor
  follows edits, so an untouched mark stays right without being rebuilt);
- creates the new ones at most SLICE_MS per event-loop turn, the visible part of the text first,
  and waits with marks in blocks Qt has not laid out yet (a freshly opened document is laid out
  in idle steps; Qt would lay out everything up to such a mark at once to paint it);
- hands the layer to the editor after every slice, so a keystroke waits for one slice at most.
Marks still waiting follow edits (their spans shift with the text), and are never set outside
the document.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, QTimer
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

SLICE_MS = 3.0
MIN_BATCH, FIRST_BATCH, MAX_BATCH = 8, 32, 256  # marks per slice
LAYOUT_WAIT_MS = 20  # a mark in a block Qt has not laid out yet waits for its layout ...
MAX_LAYOUT_WAITS = 100  # ... but not for ever (e.g. a hidden editor)
Mark = tuple[int, int, str]  # Qt start, Qt end, kind (a key of the layer's formats)
Shown = tuple[QTextEdit.ExtraSelection, str, QTextCursor]  # the selection, its kind, a cursor that follows edits


class SlicedLayer(QObject):
    """One named highlight layer of a text edit."""

    def __init__(self, edit: QTextEdit, formats: dict[str, QTextCharFormat],
                 apply: Callable[[list[QTextEdit.ExtraSelection]], None], parent: QObject | None = None) -> None:
        super().__init__(parent or edit)
        self._edit = edit
        self._formats = formats
        self._apply = apply
        self._shown: list[Shown] = []
        # The spans of _shown as of the last edit seen; after an edit they are read from the cursors.
        self._keys: list[Mark] = []
        self._keys_valid = True
        self._pending: list[Mark] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)
        edit.document().contentsChange.connect(self._on_contents_change)
        self.slices = 0  # slices run so far (tests and benchmarks)
        self._batch = FIRST_BATCH
        self._layout_waits = 0
        self._changed = False  # the shown list changed without being handed over yet

    def show(self, marks: list[Mark]) -> None:
        """Show exactly `marks` (replacing the layer); new marks appear slice by slice."""
        keys = self._keys if self._keys_valid else [(c.selectionStart(), c.selectionEnd(), k) for _s, k, c in self._shown]
        shown: dict[Mark, Shown] = {}
        for key, item in zip(keys, self._shown, strict=True):
            shown.setdefault(key, item)
        kept: list[Shown] = []
        kept_keys: list[Mark] = []
        todo: list[Mark] = []
        for mark in marks:
            hit = shown.pop(mark, None)
            if hit is not None:
                kept.append(hit)
                kept_keys.append(mark)
            else:
                todo.append(mark)
        if todo:
            first, last = self._visible_range()
            todo.sort(key=lambda m: 0 if m[1] >= first and m[0] <= last else 1)  # stable: document order kept
        self._changed = len(kept) != len(self._shown) or any(a[0] is not b[0] for a, b in zip(kept, self._shown, strict=True))
        self._shown, self._keys, self._keys_valid = kept, kept_keys, True
        self._pending = todo
        self._timer.stop()
        self._slice()

    def pending(self) -> int:
        return len(self._pending)

    def flush(self) -> None:
        """Create every waiting mark now (tests, and before reading the marks back)."""
        self._timer.stop()
        while self._pending:
            self._slice(budget_ms=1e9)

    def selections(self) -> list[QTextEdit.ExtraSelection]:
        return [sel for sel, _kind, _cursor in self._shown]

    def _slice(self, budget_ms: float = SLICE_MS) -> None:
        """Make up to `_batch` waiting marks and hand the layer over. The batch adapts to what a
        mark costs, Qt's part included (setExtraSelections lays out the blocks of new marks)."""
        self.slices += 1
        started = time.perf_counter()
        deadline = started + budget_ms / 1000
        doc = self._edit.document()
        last = doc.characterCount() - 1
        pending = self._pending
        force = budget_ms > SLICE_MS or self._layout_waits >= MAX_LAYOUT_WAITS
        limit = len(pending) if force else self._batch
        i = 0
        unlaid = False
        while i < len(pending) and i < limit:
            start, end, kind = pending[i]
            if not force and 0 <= start <= last and doc.findBlock(start).layout().lineCount() == 0:
                unlaid = True  # Qt lays out a new document in idle steps; forcing it here would stall
                break
            i += 1
            if 0 <= start < end <= last:
                cursor = QTextCursor(doc)
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                sel = QTextEdit.ExtraSelection()
                sel.cursor = cursor
                sel.format = self._formats[kind]
                self._shown.append((sel, kind, cursor))
                self._keys.append((start, end, kind))
            if i % 16 == 0 and time.perf_counter() >= deadline:
                break
        self._pending = pending[i:]
        if i or self._changed:
            self._changed = False
            self._apply(self.selections())
        if i:
            per_mark = (time.perf_counter() - started) / i
            self._batch = max(MIN_BATCH, min(MAX_BATCH, int(SLICE_MS / 1000 / max(per_mark, 1e-7))))
        if unlaid and i == 0:
            self._layout_waits += 1
        elif i:
            self._layout_waits = 0
        if self._pending:
            self._timer.start(LAYOUT_WAIT_MS if unlaid else 0)

    def _visible_range(self) -> tuple[int, int]:
        viewport = self._edit.viewport()
        first = self._edit.cursorForPosition(QPoint(0, 0)).position()
        last = self._edit.cursorForPosition(QPoint(viewport.width() - 1, viewport.height() - 1)).position()
        return first, last

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        """Waiting marks follow the text; one that overlaps the edit is dropped (a re-check redoes it)."""
        if removed == added == 0:
            return
        self._keys_valid = False
        if not self._pending:
            return
        delta = added - removed
        moved: list[Mark] = []
        for start, end, kind in self._pending:
            if end <= position:
                moved.append((start, end, kind))
            elif start >= position + removed:
                moved.append((start + delta, end + delta, kind))
        self._pending = moved
