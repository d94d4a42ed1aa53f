"""The checklist analysis process (editor.core.analysis_service): the same Report as in-process,
the per-block cache kept between calls, and a dead or missing child never costs a report."""

from __future__ import annotations

import dataclasses
import os
import signal
import sys
import time

import pytest

from editor.core import i18n
from editor.core.analysis_service import AnalysisService
from editor.core.checklist import Analyzer
from editor.core.importers import import_text
from editor.core.model import Paragraph, Run
from tests.conftest import CORPUS_FILES


@pytest.fixture
def service():
    svc = AnalysisService()
    yield svc
    svc.stop()


def _policy(index: int = 0):
    return import_text(CORPUS_FILES[index].read_text(encoding="utf-8")).policy


def test_the_process_gives_the_same_report_as_in_process(service):
    assert service.wait_ready(60)
    for index in (0, 3):
        policy = _policy(index)
        assert service.analyze("w", policy) == Analyzer().analyze(policy)
        assert service.last_remote


def test_the_ui_language_reaches_the_process(service):
    policy = _policy(1)
    i18n.set_language("en")
    try:
        remote = service.analyze("w", policy)
        assert service.last_remote
        assert remote == Analyzer().analyze(policy)
        assert remote.items[0].title == Analyzer().analyze(policy).items[0].title
    finally:
        i18n.set_language("nl")
    assert service.analyze("w", policy).items[0].title == Analyzer().analyze(policy).items[0].title


def test_the_process_keeps_the_per_block_cache(service):
    policy = _policy(2)
    service.analyze("w", policy)
    assert service.last_reanalysed > 10
    edited = list(policy.blocks)
    index = next(i for i, b in enumerate(edited) if isinstance(b, Paragraph))
    edited[index] = Paragraph(id=edited[index].id, runs=[Run(edited[index].text + " Wij verkopen niets.")])
    report = service.analyze("w", dataclasses.replace(policy, blocks=edited))
    assert service.last_remote
    assert service.last_reanalysed == 1  # only the edited paragraph
    assert report == Analyzer().analyze(dataclasses.replace(policy, blocks=edited))
    service.analyze("other window", policy)
    assert service.last_reanalysed > 10  # each window has its own cache


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_process_costs_no_report_and_is_restarted(service):
    policy = _policy(0)
    expected = Analyzer().analyze(policy)
    assert service.analyze("w", policy) == expected
    first_pid = service.pid
    os.kill(first_pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while service.pid is not None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert service.analyze("w", policy) == expected  # answered in-process meanwhile
    assert not service.last_remote
    assert service.pid not in (None, first_pid)  # a fresh child was started
    assert service.analyze("w", policy) == expected
    assert service.last_remote
    assert service.starts == 2


def test_a_child_that_cannot_start_falls_back_in_process(tmp_path):
    service = AnalysisService(command=[str(tmp_path / "no-such-program")])
    policy = _policy(0)
    assert service.analyze("w", policy) == Analyzer().analyze(policy)
    assert not service.last_remote
    assert service.analyze("w", policy) == Analyzer().analyze(policy)
    assert service.pid is None


def test_a_child_that_dies_at_once_is_not_restarted_forever(tmp_path):
    service = AnalysisService(command=[sys.executable, "-c", "raise SystemExit(3)"])
    policy = _policy(0)
    for _ in range(10):
        assert service.analyze("w", policy) == Analyzer().analyze(policy)
    assert service.starts <= 6
    assert not service.last_remote


@pytest.mark.skipif(sys.platform != "linux", reason="SIGKILL and /proc")
def test_the_child_ends_when_the_editor_is_killed(tmp_path):
    import subprocess

    code = ("from editor.core.analysis_service import AnalysisService\n"
            "s = AnalysisService(); s.wait_ready(60); print(s.pid, flush=True)\n"
            "import time; time.sleep(120)\n")
    editor = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                              cwd=str(CORPUS_FILES[0].parents[2]))
    try:
        child = int(editor.stdout.readline())
        editor.kill()
        editor.wait(10)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.kill(child, 0)
            except ProcessLookupError:
                break
            if open(f"/proc/{child}/stat").read().split()[2] == "Z":
                break  # ended; waiting for init to reap it
            time.sleep(0.1)
        else:
            os.kill(child, signal.SIGKILL)
            pytest.fail("the analysis child outlived the editor")
    finally:
        if editor.poll() is None:
            editor.kill()
