"""The status bar says, in plain words, when grammar is restarting or off (issue 15, part 4).

The real LanguageTool server is killed with SIGKILL twice while a user types; the third time
it cannot start again (its jars are gone), and grammar is switched off with a plain message.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit

from editor.core.grammar import GrammarChecker
from editor.core.grammar.server import EngineUnavailable, LocalServer
from editor.core.settings import Settings
from editor.gui.grammar import GrammarController

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
pytestmark = [pytest.mark.languagetool, pytest.mark.slow]


def _type(edit: QTextEdit, text: str) -> None:
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    edit.setTextCursor(cursor)
    edit.insertPlainText(text)


def _kill(server: LocalServer) -> None:
    assert server.pid is not None and server._proc is not None
    os.kill(server.pid, signal.SIGKILL)
    server._proc.wait(timeout=10)


def test_status_bar_says_restarting_then_off_in_plain_words(qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PRIVACY_EDITOR_CACHE_DIR", str(tmp_path))
    server = LocalServer(warm_up=False)
    try:
        server.start()
    except EngineUnavailable as exc:
        server.stop()
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"LanguageTool must run in CI but did not start: {exc.en}")
        pytest.skip(f"LanguageTool not available here: {exc.en}")
    edit = QTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText("Privacyverklaring\nHij vind het goed.")
    settings = Settings()
    ctrl = GrammarController(edit, settings, lambda: "nl-BE", checker=GrammarChecker(settings, server=server))
    shown: list[tuple[str, str]] = []
    ctrl.state_changed.connect(lambda state, text: shown.append((state, text)))
    ctrl.attach()
    try:
        qtbot.waitUntil(lambda: len(ctrl.issues()) == 1 and ctrl.state == "ready", timeout=180_000)
        for attempt, sentence in ((1, "\nZij vind het fijn."), (2, "\nWij vind het prima.")):
            _kill(server)
            _type(edit, sentence)
            qtbot.waitUntil(lambda n=attempt + 1: len(ctrl.issues()) == n and ctrl.state == "ready", timeout=180_000)
            assert ("restarting", f"Taalcontrole herstart na een storing (poging {attempt})…") in shown
        # A third crash, and the server cannot start any more: grammar goes off, said plainly.
        server._jars = [tmp_path / "weg.jar"]
        _kill(server)
        _type(edit, "\nJij vind het goed.")
        qtbot.waitUntil(lambda: ctrl.state == "unavailable", timeout=120_000)
        assert ctrl.state_text.startswith("Taalcontrole staat uit: de taalserver start niet meer.")
        texts = " ".join(text for _state, text in shown)
        assert "HTTPConnectionPool" not in texts and "Connection refused" not in texts and "Errno" not in texts
        assert len(ctrl.issues()) == 3  # what was found before stays underlined
    finally:
        ctrl.shutdown()
        server.stop()
