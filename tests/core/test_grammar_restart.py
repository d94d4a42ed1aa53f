"""LanguageTool keeps running (issue 15, part 4), with the real server killed by SIGKILL.

Every crash is restarted after a back-off, also a crash during warm-up; the crashed server's
log is kept (rotated); listeners hear "restarting" / "ready" / "off" for the status bar.
"""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import pytest

from editor.core.grammar import GrammarChecker
from editor.core.grammar.restart import BACKOFF_MAX, backoff_delay, kept_logs, rotate_logs
from editor.core.grammar.server import EngineUnavailable, LocalServer
from editor.core.settings import Settings

pytestmark = [pytest.mark.languagetool, pytest.mark.slow]


def _start_or_skip(server: LocalServer, progress=None) -> None:
    try:
        server.start(progress)
    except EngineUnavailable as exc:
        server.stop()
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"LanguageTool must run in CI but did not start: {exc.en}")
        pytest.skip(f"LanguageTool not available here: {exc.en}")


def _kill(server: LocalServer) -> int:
    pid = server.pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    assert server._proc is not None
    server._proc.wait(timeout=10)
    return pid


def test_every_crash_is_restarted_and_the_crashed_logs_are_kept(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PRIVACY_EDITOR_CACHE_DIR", str(tmp_path))
    server = LocalServer(warm_up=False)  # the first check after each restart loads Dutch anyway
    events: list[tuple[str, int]] = []
    server.add_listener(lambda event, attempt: events.append((event, attempt)))
    checker = GrammarChecker(Settings(), server=server)
    try:
        _start_or_skip(server)
        checker.start()
        [before] = checker.check_paragraph("Hij vind het goed.", "nl-BE")
        pids = [_kill(server)]
        [after_one] = checker.check_paragraph("Hij vind het heel goed.", "nl-BE")  # restarted transparently
        pids.append(_kill(server))
        [after_two] = checker.check_paragraph("Hij vind het prima.", "nl-BE")  # and again
        # The same finding each time (other texts: a repeated text would come from the cache).
        assert before.text == after_one.text == after_two.text == "Hij vind"
        assert before.rule_id == after_one.rule_id == after_two.rule_id
        assert server.restarts == 2 and server.pid not in pids and server.is_running()
        assert events == [("restarting", 1), ("ready", 1), ("restarting", 2), ("ready", 2)]
        # Two crashed servers: their logs are kept beside the running server's own.
        log = server.log_path
        assert log is not None and log.exists()
        old = kept_logs(log)
        assert len(old) == 2 and all(p.stat().st_size > 0 for p in old)
    finally:
        checker.close()
        server.stop()
    assert not server.is_running()


def test_a_crash_during_warm_up_is_retried(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PRIVACY_EDITOR_CACHE_DIR", str(tmp_path))
    server = LocalServer()  # with the Dutch warm-up check
    killed: list[int] = []
    events: list[str] = []
    server.add_listener(lambda event, attempt: events.append(event))
    lock = threading.Lock()

    def progress(phase: str, _elapsed: float) -> None:
        with lock:
            if phase == "warming" and not killed and server.pid is not None:
                killed.append(server.pid)
                os.kill(server.pid, signal.SIGKILL)  # dies just as the warm-up check is sent

    try:
        _start_or_skip(server, progress)
        assert killed and server.pid != killed[0] and server.is_running()
        assert events == ["restarting"]
        assert server.version  # the second launch finished its warm-up check
        assert kept_logs(server.log_path)  # the log of the launch that crashed
    finally:
        server.stop()


def test_backoff_grows_and_is_capped() -> None:
    delays = [backoff_delay(n) for n in range(1, 10)]
    assert delays[:4] == [1.0, 2.0, 4.0, 8.0]
    assert max(delays) == BACKOFF_MAX and delays == sorted(delays)


def test_logs_rotate_without_overwriting(tmp_path: Path) -> None:
    log = tmp_path / "server.log"
    for n in range(7):
        log.write_text(f"run {n}", encoding="utf-8")
        rotate_logs(log)
    assert [p.read_text(encoding="utf-8") for p in kept_logs(log)] == ["run 6", "run 5", "run 4", "run 3", "run 2"]
