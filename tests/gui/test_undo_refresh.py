"""Issue 13 part 2: after "Invoegen" and Ctrl+Z the gap is back, and so are its suggestions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from editor.core.importers import import_text
from tests.conftest import analysed, forbid_message_boxes
from tests.gui.test_gap_filler import POLICY_TEXT

ITEM = "complaint_authority"


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch):
    forbid_message_boxes(monkeypatch)


def _status(report, item_id: str) -> str:
    return next(i.status for i in report.items if i.id == item_id)


def test_ctrl_z_after_insert_brings_the_gap_and_its_suggestions_back(qtbot, window):
    window.load_library()
    qtbot.waitUntil(lambda: window.library is not None, timeout=30000)
    report = analysed(qtbot, window, lambda: window.load_policy(import_text(POLICY_TEXT, "txt").policy, None))
    assert _status(report, ITEM) == "missing"
    original = window.editor.toPlainText()
    panel = window.checklist
    panel.select_item(ITEM)
    view = panel.suggestions
    assert view.isVisible() and view.list.count() > 0
    first = view.current_clause().id
    report = analysed(qtbot, window, lambda: qtbot.mouseClick(view.insert_button, Qt.MouseButton.LeftButton))
    assert _status(report, ITEM) == "present"
    assert not view.isVisible()  # a present item offers no suggestions
    assert window.editor.hasFocus()
    report = analysed(qtbot, window, lambda: QTest.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier))
    assert window.editor.toPlainText() == original
    assert _status(report, ITEM) == "missing"
    assert panel.current_item_id() == ITEM
    assert view.isVisible() and view.list.count() > 0
    assert view.current_clause().id == first and view.insert_button.isEnabled()
