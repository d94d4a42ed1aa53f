"""Highlight layers applied in slices (editor.gui.highlight_slices): the visible marks come first,
the rest follow without one long stall, marks waiting for their slice follow the user's typing,
and marks already shown are kept rather than rebuilt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtGui import QTextCharFormat, QTextCursor

from bench.util import synthetic_policy_text
from editor.core.importers import import_text
from editor.gui.text_editor import PolicyTextEdit


@pytest.fixture
def long_editor(qtbot):
    edit = _shown_editor(qtbot)
    edit.bridge.load(import_text(synthetic_policy_text(20_000)).policy)
    qtbot.waitExposed(edit)
    return edit


def _shown_editor(qtbot) -> PolicyTextEdit:
    edit = PolicyTextEdit()
    qtbot.addWidget(edit)
    edit.resize(900, 700)
    edit.show()
    return edit


def _type_at_start(edit: PolicyTextEdit, text: str) -> None:
    """Text typed before every mark, shown or waiting."""
    cursor = QTextCursor(edit.document())
    cursor.setPosition(0)
    cursor.insertText(text)


def _word_marks(edit: PolicyTextEdit, word: str) -> list[tuple[int, int, str]]:
    text = edit.document().toPlainText()
    marks, at = [], text.find(word)
    while at >= 0:
        marks.append((at, at + len(word), "mark"))
        at = text.find(word, at + 1)
    return marks


def _fmt() -> dict[str, QTextCharFormat]:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    return {"mark": fmt}


def _selected(edit: PolicyTextEdit, layer: str) -> list[str]:
    return [sel.cursor.selectedText() for sel in edit._layers.get(layer, [])]


def test_many_marks_come_in_slices_visible_first(qtbot, long_editor):
    edit = long_editor
    layer = edit.sliced_layer("grammar", _fmt())
    marks = _word_marks(edit, "gegevens")
    assert len(marks) > 1000
    layer.show(marks)
    assert 0 < len(_selected(edit, "grammar")) < len(marks)  # not all in one go
    visible_end = edit.cursorForPosition(edit.viewport().rect().bottomRight()).position()
    shown = {sel.cursor.selectionStart() for sel in edit._layers["grammar"]}
    assert all(start in shown for start, _end, _k in marks if start < visible_end)  # what the user sees first
    qtbot.waitUntil(lambda: layer.pending() == 0, timeout=10000)
    assert layer.slices > 2
    assert _selected(edit, "grammar") == ["gegevens"] * len(marks)


def test_waiting_marks_follow_typing(qtbot, long_editor):
    edit = long_editor
    layer = edit.sliced_layer("grammar", _fmt())
    marks = _word_marks(edit, "gegevens")
    layer.show(marks)
    assert layer.pending() > 0
    _type_at_start(edit, "Nieuw: ")
    qtbot.waitUntil(lambda: layer.pending() == 0, timeout=10000)
    assert _selected(edit, "grammar") == ["gegevens"] * len(marks)


def test_marks_already_shown_are_kept(qtbot, long_editor):
    edit = long_editor
    layer = edit.sliced_layer("grammar", _fmt())
    marks = _word_marks(edit, "recht")
    layer.show(marks)
    layer.flush()
    before = list(edit._layers["grammar"])
    _type_at_start(edit, "Nieuw: ")
    layer.show([(a + 7, b + 7, k) for a, b, k in marks])  # the same marks, seen after the edit
    assert layer.pending() == 0
    assert all(a is b for a, b in zip(edit._layers["grammar"], before, strict=True))
    layer.show(marks[1:])  # one mark less
    assert len(edit.highlights("grammar")) == len(marks) - 1


def test_highlights_of_a_layer_include_waiting_marks(qtbot, long_editor):
    edit = long_editor
    layer = edit.sliced_layer("long", _fmt())
    marks = _word_marks(edit, "uw")
    layer.show(marks)
    assert [s.cursor.selectedText() for s in edit.highlights("long")] == ["uw"] * len(marks)
    layer.show([])
    assert edit.highlights("long") == []


def test_marks_outside_the_document_are_skipped(qtbot, long_editor):
    edit = long_editor
    layer = edit.sliced_layer("grammar", _fmt())
    end = edit.document().characterCount()
    layer.show([(5, 9, "mark"), (end + 10, end + 20, "mark"), (30, 30, "mark")])
    assert len(edit.highlights("grammar")) == 1


def test_marks_wait_for_the_layout_of_a_fresh_document(qtbot):
    """Painting a mark far down a just-opened policy would make Qt lay out everything above it at once."""
    edit = _shown_editor(qtbot)
    qtbot.waitExposed(edit)
    edit.bridge.load(import_text(synthetic_policy_text(20_000)).policy)
    last = edit.document().lastBlock()
    assert last.layout().lineCount() == 0  # Qt lays out a new document in idle steps
    layer = edit.sliced_layer("grammar", _fmt())
    start = last.position()
    layer.show([(start, start + 4, "mark")])
    assert last.layout().lineCount() == 0  # not forced
    assert layer.pending() == 1
    qtbot.waitUntil(lambda: layer.pending() == 0, timeout=10000)
    assert [s.cursor.selectionStart() for s in edit._layers["grammar"]] == [start]
