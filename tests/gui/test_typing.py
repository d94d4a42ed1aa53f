"""Typing into a long policy while the checklist analysis runs does not block the editor."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from bench.util import synthetic_policy_text
from editor.core.importers import import_text
from editor.gui import messages


def _type(widget, ch: str) -> float:
    t0 = time.perf_counter()
    for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
    return (time.perf_counter() - t0) * 1000


def test_typing_while_analysis_runs(qtbot, monkeypatch):
    monkeypatch.setattr(messages, "ask_save_discard_cancel", lambda *a: messages.Choice.DISCARD)
    from editor.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.analysis_finished, timeout=60000):
        window.load_policy(import_text(synthetic_policy_text(20_000)).policy, None)
    cursor = window.editor.textCursor()
    cursor.setPosition(window.editor.document().characterCount() // 2)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.editor.setTextCursor(cursor)

    typed = "Wij bewaren uw gegevens zes maanden — één keer per jaar €0."
    key_ms: list[float] = []
    busy_keys = 0
    window.run_analysis()  # a full check of 20k words is now running in the pool
    for ch in typed:
        if window.checks.worker.busy():
            busy_keys += 1
        key_ms.append(_type(window.editor, ch))
        QApplication.processEvents()
    assert busy_keys > 0, "the analysis finished before typing began; nothing was measured"
    assert typed in window.editor.toPlainText()
    key_ms.sort()
    # Each keystroke is handled at once, not after the analysis (which takes far longer).
    assert key_ms[len(key_ms) // 2] < 20, key_ms
    assert key_ms[-1] < 100, key_ms
    # The live check catches up with what was typed.
    qtbot.waitUntil(lambda: typed in window.checks.plain.text, timeout=60000)
    window.editor.document().setModified(False)
