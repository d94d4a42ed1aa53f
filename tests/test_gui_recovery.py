"""Crash recovery with a real child process: type, autosave, SIGKILL, start again, recover."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from editor.gui import messages
from tests.conftest import CORPUS_FILES, ROOT

TYPED = "Hersteltekst na crash: één zin"

CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QKeyEvent, QTextCursor
    from PySide6.QtWidgets import QApplication
    import editor.gui.app as app_mod

    TYPED = {typed!r}
    original = app_mod.create_window

    def type_text(window):
        if not window.editor.toPlainText().strip():  # the file loads in the background: type into it, not before it
            QTimer.singleShot(100, lambda: type_text(window))
            return
        cursor = window.editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        window.editor.setTextCursor(cursor)
        window.editor.setFocus()
        # Real key events, character by character (keyClicks cannot send e.g. 'é').
        for ch in TYPED:
            for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
                QApplication.sendEvent(window.editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
        print("TYPED", flush=True)

    def create_window(*args, **kwargs):
        window = original(*args, **kwargs)
        QTimer.singleShot(300, lambda: type_text(window))
        return window

    app_mod.create_window = create_window
    from editor.cli import main
    sys.exit(main(sys.argv[1:]))
    """
)


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch):
    """A modal box would block an offscreen test forever: answer "discard" / fail loudly."""
    monkeypatch.setattr(messages, "ask_save_discard_cancel", lambda *a: messages.Choice.DISCARD)

    def unexpected(_parent, title, text):
        raise AssertionError(f"unexpected message box: {title}: {text}")

    monkeypatch.setattr(messages, "show_error", unexpected)


@pytest.mark.slow
def test_recovery_after_sigkill(qtbot, tmp_path, monkeypatch):
    source = tmp_path / "verklaring.txt"
    source.write_text(CORPUS_FILES[0].read_text(encoding="utf-8"), encoding="utf-8")
    script = tmp_path / "child.py"
    script.write_text(CHILD.format(typed=TYPED), encoding="utf-8")
    # A data folder of its own: recovery files other GUI tests left behind must not be offered first.
    monkeypatch.setenv("PRIVACY_EDITOR_DATA_DIR", str(tmp_path / "data"))
    # No LanguageTool in the child: nothing can stop a JVM whose parent dies by SIGKILL.
    from editor.core.settings import Settings

    Settings(grammar_mode="off").save()
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PRIVACY_EDITOR_AUTOSAVE_MS="200",
        PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
    )
    recovery = Path(env["PRIVACY_EDITOR_DATA_DIR"]) / "recovery"
    child = subprocess.Popen(
        [sys.executable, str(script), str(source)], env=env, cwd=str(ROOT),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        deadline = time.monotonic() + 60
        found = False
        while time.monotonic() < deadline and child.poll() is None:
            for f in recovery.glob("*.ppe") if recovery.is_dir() else []:
                try:
                    if TYPED in f.read_text(encoding="utf-8"):
                        found = True
                except OSError:
                    pass
            if found:
                break
            time.sleep(0.1)
        assert child.poll() is None, child.stderr.read()
        assert found, "no recovery file with the typed text appeared"
    finally:
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    assert child.returncode == -signal.SIGKILL

    # The next start offers the recovery; accepting it brings the typed text back.
    asked: list[str] = []

    def yes(_parent, _title, text):
        asked.append(text)
        return True

    monkeypatch.setattr(messages, "ask_yes_no", yes)
    from editor.gui.app import create_window

    window = create_window(str(source))
    qtbot.addWidget(window)
    assert asked and "verklaring.txt" in asked[0]
    assert TYPED in window.editor.toPlainText()
    assert window.editor.document().isModified()  # recovered work is not saved yet
    window.autosaver.close()
    window.editor.document().setModified(False)
    # The offer is made once: the recovery files are gone.
    assert not list(recovery.glob("*.ppe"))


def test_normal_close_leaves_no_recovery_file(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("PRIVACY_EDITOR_AUTOSAVE_MS", "100")
    from editor.gui.app import create_window
    from editor.gui.autosave import find_recoveries, recovery_dir

    window = create_window(str(CORPUS_FILES[1]), recover=False)
    qtbot.addWidget(window)
    window.editor.insertPlainText("getypt ")
    qtbot.waitUntil(lambda: any(recovery_dir().glob("*.ppe")), timeout=5000)
    assert find_recoveries() == []  # our own running session is never offered
    monkeypatch.setattr(messages, "ask_save_discard_cancel", lambda *a: messages.Choice.DISCARD)
    window.close()
    assert not list(recovery_dir().glob("*.ppe"))


def test_save_removes_the_recovery_file(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("PRIVACY_EDITOR_AUTOSAVE_MS", "100")
    from editor.gui.app import create_window
    from editor.gui.autosave import recovery_dir

    window = create_window(str(CORPUS_FILES[1]), recover=False)
    qtbot.addWidget(window)
    window.editor.insertPlainText("getypt ")
    qtbot.waitUntil(lambda: any(recovery_dir().glob("*.ppe")), timeout=5000)
    assert window._save_to(str(tmp_path / "opgeslagen.ppe"))
    assert not list(recovery_dir().glob("*.ppe"))
    window.autosaver.close()
