"""The live checklist through the analysis process: the panel shows what the in-process engine
decides, and a killed process costs neither the checklist nor a traceback (it is restarted)."""

from __future__ import annotations

import os
import signal
import sys
import time

import pytest
from PySide6.QtGui import QTextCursor

from editor.core.checklist import Analyzer
from editor.core.importers import import_text
from tests.conftest import CORPUS_FILES, analysed, forbid_message_boxes


def _type(window, text: str) -> None:
    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    window.editor.insertPlainText(text)


def test_the_panel_shows_the_report_the_process_made(qtbot, window, monkeypatch):
    forbid_message_boxes(monkeypatch)
    service = window.checks._job.service
    assert service.wait_ready(60)
    policy = import_text(CORPUS_FILES[2].read_text(encoding="utf-8")).policy
    report = analysed(qtbot, window, lambda: window.load_policy(policy, None))
    assert service.last_remote
    assert report == Analyzer().analyze(window.current_policy())
    assert window.checklist.report() is report


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_process_is_restarted_and_the_checklist_still_appears(qtbot, window, monkeypatch, capfd):
    forbid_message_boxes(monkeypatch)
    service = window.checks._job.service
    policy = import_text(CORPUS_FILES[0].read_text(encoding="utf-8")).policy
    analysed(qtbot, window, lambda: window.load_policy(policy, None))
    pid = service.pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while service.pid is not None and time.monotonic() < deadline:
        time.sleep(0.05)

    # The user types on: the next check runs in the editor's process, the one after in a new child.
    report = analysed(qtbot, window, lambda: (_type(window, " Wij verkopen uw gegevens nooit."), window.run_analysis()))
    assert not service.last_remote
    assert report == Analyzer().analyze(window.current_policy())
    assert window.checks.analysis_error == ""
    assert service.pid not in (None, pid)
    report = analysed(qtbot, window, lambda: (_type(window, " Ook niet aan partners."), window.run_analysis()))
    assert service.last_remote
    assert report == Analyzer().analyze(window.current_policy())
    assert window.checklist.report() is report
    assert "Traceback" not in capfd.readouterr().err


def test_an_opened_policy_is_analysed_once(qtbot, window, monkeypatch):
    """The analysis starts while the editor fills; the check after loading waits for that one."""
    forbid_message_boxes(monkeypatch)
    service = window.checks._job.service
    calls = []
    original = service.analyze
    monkeypatch.setattr(service, "analyze", lambda client, policy: (calls.append(policy), original(client, policy))[1])
    policy = import_text(CORPUS_FILES[4].read_text(encoding="utf-8")).policy
    report = analysed(qtbot, window, lambda: window.load_policy(policy, None))
    qtbot.wait(200)  # a second analysis would be submitted by now
    assert len(calls) == 1
    assert report == Analyzer().analyze(window.current_policy())


def test_the_word_count_follows_typing(qtbot, window, monkeypatch):
    from editor.core.plaintext import PlainText

    forbid_message_boxes(monkeypatch)
    policy = import_text(CORPUS_FILES[1].read_text(encoding="utf-8")).policy
    analysed(qtbot, window, lambda: window.load_policy(policy, None))
    analysed(qtbot, window, lambda: (_type(window, " drie nieuwe woorden"), window.run_analysis()))
    words = len(PlainText.from_policy(window.current_policy()).text.split())
    assert window.menu.words_label.text() == f"{words:,}".replace(",", ".") + " woorden"
    assert words == len(PlainText.from_policy(policy).text.split()) + 3
