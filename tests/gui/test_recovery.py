"""Crash recovery with a real child process: type, autosave, SIGKILL, start again, recover."""

from __future__ import annotations

import os
import select
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
    import time
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
        print("TYPED", time.time(), flush=True)

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


def _start_child(script: Path, source: Path, env: dict) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(script), str(source)], env=env, cwd=str(ROOT),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _typed_at(child: subprocess.Popen, timeout: float = 90) -> float:
    """Wait for the child's "TYPED <time>" line (it has loaded the file and typed)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([child.stdout], [], [], 0.5)
        if ready:
            line = child.stdout.readline()
            if line.startswith("TYPED"):
                return float(line.split()[1])
            if not line and child.poll() is not None:
                break
    raise AssertionError(f"the child never typed: {child.stderr.read() if child.poll() is not None else ''}")


@pytest.mark.slow
def test_sigkill_loses_at_most_five_seconds_in_two_windows(qtbot, tmp_path, monkeypatch):
    """Two documents in two processes, killed with SIGKILL 5 s after the last keystroke (default
    autosave timing, no waiting for a file): both come back at the next start."""
    sources = []
    for i, name in enumerate(("klant-a.txt", "klant-b.txt")):
        source = tmp_path / name
        source.write_text(CORPUS_FILES[i].read_text(encoding="utf-8"), encoding="utf-8")
        sources.append(source)
    script = tmp_path / "child.py"
    script.write_text(CHILD.format(typed=TYPED), encoding="utf-8")
    monkeypatch.setenv("PRIVACY_EDITOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("PRIVACY_EDITOR_AUTOSAVE_MS", raising=False)
    # No LanguageTool in the children: nothing can stop a JVM whose parent dies by SIGKILL.
    from editor.core.settings import Settings

    Settings(grammar_mode="off").save()
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    recovery = Path(env["PRIVACY_EDITOR_DATA_DIR"]) / "recovery"
    children = [_start_child(script, source, env) for source in sources]
    try:
        for child in children:
            typed_at = _typed_at(child)
            time.sleep(max(0.0, typed_at + 5.0 - time.time()))
            assert child.poll() is None, child.stderr.read()
            os.kill(child.pid, signal.SIGKILL)
    finally:
        for child in children:
            if child.poll() is None:
                os.kill(child.pid, signal.SIGKILL)
            child.wait(10)
    assert all(child.returncode == -signal.SIGKILL for child in children)
    assert len(list(recovery.glob("*.ppe"))) == 2

    # "Later" keeps every recovery file.
    from editor.gui import app as app_mod
    from editor.gui.recovery_dialog import RecoveryDialog

    shown: list[list[str]] = []

    def later(dialog):
        assert isinstance(dialog, RecoveryDialog)
        shown.append([dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())])
        assert all(dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount()))
        dialog.reject()
        return False

    monkeypatch.setattr(messages, "exec_dialog", later)
    window = app_mod.create_window(None)
    qtbot.addWidget(window)
    assert sorted(shown[0]) == ["klant-a.txt", "klant-b.txt"]
    assert TYPED not in window.editor.toPlainText()
    window.autosaver.close()
    assert len(list(recovery.glob("*.ppe"))) == 2

    # "Alles herstellen" brings both back, each in its own window, marked modified.
    def restore_all(dialog):
        dialog.restore_all()
        return True

    monkeypatch.setattr(messages, "exec_dialog", restore_all)
    app_mod.open_windows.clear()
    window = app_mod.create_window(str(sources[0]))
    qtbot.addWidget(window)
    assert len(app_mod.open_windows) == 1
    other = app_mod.open_windows[0]
    qtbot.addWidget(other)
    for win, source in ((window, sources[0]), (other, sources[1])):
        assert TYPED in win.editor.toPlainText()
        assert win.editor.document().isModified()  # recovered work is not saved yet
        assert win.windowTitle().startswith(f"*{source.name}")
    # The restored sessions own their files until the user saves or closes: still on disk now.
    assert len(list(recovery.glob("*.ppe"))) == 2
    from editor.gui.autosave import find_recoveries

    assert find_recoveries() == []  # they belong to running windows now
    for win in (window, other):
        win.autosaver.close()
        win.editor.document().setModified(False)
    assert not list(recovery.glob("*.ppe"))
    app_mod.open_windows.clear()


def test_discard_removes_only_the_chosen_recovery(qtbot, tmp_path, monkeypatch):
    from editor.core import native
    from editor.core.importers import import_text
    from editor.gui.autosave import find_recoveries, recovery_dir
    from editor.gui.recovery_dialog import RecoveryDialog

    folder = recovery_dir()
    folder.mkdir(parents=True)
    for i, name in enumerate(("a", "b")):
        native.save(import_text(f"Tekst {name}").policy, folder / f"s{i}.ppe")
        (folder / f"s{i}.json").write_text(
            f'{{"original_path": "/tmp/{name}.ppe", "saved_at": "2026-01-0{i + 1}T10:00:00"}}', encoding="utf-8"
        )
    found = find_recoveries()
    assert [r.original_path for r in found] == ["/tmp/b.ppe", "/tmp/a.ppe"]
    dialog = RecoveryDialog(found)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(messages, "ask_yes_no", lambda *a: True)
    dialog.select_rows([1])
    dialog.discard_selected()
    assert [r.original_path for r in find_recoveries()] == ["/tmp/b.ppe"]
    assert dialog.table.rowCount() == 1


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
    window.autosaver.wait()
    assert window.documents.save_to(str(tmp_path / "opgeslagen.ppe"))
    assert not list(recovery_dir().glob("*.ppe"))
    window.autosaver.close()


def test_a_failed_autosave_is_told_in_the_status_bar(qtbot, monkeypatch):
    monkeypatch.setenv("PRIVACY_EDITOR_AUTOSAVE_MS", "50")
    from editor.gui.app import create_window
    from editor.gui.autosave import recovery_dir

    recovery_dir().parent.mkdir(parents=True, exist_ok=True)
    recovery_dir().write_text("not a folder", encoding="utf-8")  # the recovery folder cannot be made
    window = create_window(str(CORPUS_FILES[1]), recover=False)
    qtbot.addWidget(window)
    window.editor.insertPlainText("getypt ")
    qtbot.waitUntil(lambda: "Automatisch bewaren mislukt" in window.statusBar().currentMessage(), timeout=5000)
    window.autosaver.close()
    window.editor.document().setModified(False)
