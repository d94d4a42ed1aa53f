"""JVMs left behind by a SIGKILLed app are stopped at the next start; unrelated processes never are.

Dummy `python -c "sleep"` processes stand in for the JVM: their command line carries (or lacks)
the LanguageTool server class and port that the /proc check looks for. One test at the end uses
the real JVM.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

from editor.core.grammar import server as server_mod
from editor.core.grammar.server import (
    MAIN_CLASS,
    is_languagetool_server,
    pid_dir,
    stop_stale_servers,
    write_pid_file,
)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the /proc check is Linux only")

SLEEPER = (
    "import signal, sys, time\n"
    "if 'stubborn' in sys.argv: signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
    "print('ready', flush=True)\n"
    "time.sleep(120)\n"
)


def _spawn(*args: str) -> subprocess.Popen[str]:
    """A dummy long-running process whose command line ends with `args`, in its own session like the JVM."""
    proc = subprocess.Popen([sys.executable, "-c", SLEEPER, *args], stdout=subprocess.PIPE, text=True,
                            start_new_session=True)
    assert proc.stdout is not None and proc.stdout.readline() == "ready\n"  # set up, signal handler included
    return proc


def _dead_pid() -> int:
    """The pid of a finished process: an app that was killed."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


@pytest.fixture
def procs() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()


def _running(proc: subprocess.Popen[str]) -> bool:
    return proc.poll() is None


def test_a_left_over_server_of_a_killed_app_is_stopped(procs):
    jvm = _spawn(MAIN_CLASS, "--port", "48123", "--config", "x.properties")
    procs.append(jvm)
    assert is_languagetool_server(jvm.pid, 48123)
    path = write_pid_file(jvm.pid, 48123, owner=_dead_pid())
    assert path is not None and path.parent == pid_dir()
    assert json.loads(path.read_text())["pid"] == jvm.pid
    assert stop_stale_servers(wait=2.0) == [jvm.pid]
    jvm.wait(timeout=5)
    assert jvm.returncode == -15  # SIGTERM was enough
    assert not path.exists()


def test_a_server_that_ignores_sigterm_gets_sigkill(procs):
    jvm = _spawn(MAIN_CLASS, "--port", "48124", "stubborn")
    procs.append(jvm)
    write_pid_file(jvm.pid, 48124, owner=_dead_pid())
    t0 = time.monotonic()
    assert stop_stale_servers(wait=0.5) == [jvm.pid]
    jvm.wait(timeout=5)
    assert jvm.returncode == -9 and time.monotonic() - t0 < 5


def test_an_unrelated_process_with_the_same_pid_is_never_killed(procs):
    other = _spawn("--port", "48125", "some-other-program")  # no LanguageTool class on its command line
    wrong_port = _spawn(MAIN_CLASS, "--port", "48126")
    procs += [other, wrong_port]
    first = write_pid_file(other.pid, 48125, owner=_dead_pid())
    second = write_pid_file(wrong_port.pid, 48999, owner=_dead_pid())  # another server's port
    assert stop_stale_servers(wait=0.5) == []
    time.sleep(0.2)
    assert _running(other) and _running(wrong_port)
    assert first is not None and not first.exists() and second is not None and not second.exists()


def test_a_reused_pid_with_another_start_time_is_never_killed(procs):
    jvm = _spawn(MAIN_CLASS, "--port", "48127")
    procs.append(jvm)
    path = write_pid_file(jvm.pid, 48127, owner=_dead_pid())
    assert path is not None
    data = json.loads(path.read_text())
    data["start_time"] -= 1  # the recorded JVM started earlier: this is a new process with its pid
    path.write_text(json.dumps(data))
    assert stop_stale_servers(wait=0.5) == []
    assert _running(jvm)


def test_a_server_of_a_running_app_is_left_alone(procs):
    jvm = _spawn(MAIN_CLASS, "--port", "48128")
    procs.append(jvm)
    path = write_pid_file(jvm.pid, 48128)  # owned by this (running) process: another window's server
    assert stop_stale_servers(wait=0.5) == []
    assert _running(jvm) and path is not None and path.exists()


def test_garbage_pid_files_are_removed():
    pid_dir().mkdir(parents=True, exist_ok=True)
    bad = pid_dir() / "123.json"
    bad.write_text("{not json")
    assert stop_stale_servers(wait=0.5) == []
    assert not bad.exists()


def test_other_platforms_do_nothing(procs, monkeypatch):
    jvm = _spawn(MAIN_CLASS, "--port", "48129")
    procs.append(jvm)
    path = write_pid_file(jvm.pid, 48129, owner=_dead_pid())
    monkeypatch.setattr(server_mod.sys, "platform", "darwin")
    assert write_pid_file(jvm.pid, 48129) is None
    assert stop_stale_servers(wait=0.5) == []
    assert _running(jvm) and path is not None and path.exists()


@pytest.mark.languagetool
def test_sigkilled_app_leaves_a_jvm_that_the_next_start_stops(tmp_path, lt_server, monkeypatch):
    """The real thing: an app process is SIGKILLed, its JVM survives; the next start stops it."""
    script = (
        "import time\n"
        "from editor.core.grammar.server import LocalServer\n"
        "s = LocalServer(warm_up=False); s.start(); print(s.pid, flush=True); time.sleep(120)\n"
    )
    env = dict(os.environ, PRIVACY_EDITOR_CACHE_DIR=str(tmp_path))
    app = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=env)
    jvm_pid = 0
    try:
        line = app.stdout.readline() if app.stdout else ""
        assert line.strip(), "the app did not start its server"
        jvm_pid = int(line)
        app.kill()  # SIGKILL: no atexit, no signal handler
        app.wait(timeout=10)
        assert server_mod._alive(jvm_pid)  # the JVM is orphaned and keeps running
        assert (tmp_path / "languagetool" / "servers" / f"{jvm_pid}.json").exists()
        monkeypatch.setenv("PRIVACY_EDITOR_CACHE_DIR", str(tmp_path))
        assert stop_stale_servers() == [jvm_pid]  # what LocalServer.start() does first
        assert not server_mod._alive(jvm_pid)
        assert not list((tmp_path / "languagetool" / "servers").iterdir())
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(timeout=10)
        if jvm_pid and server_mod._alive(jvm_pid) and MAIN_CLASS in _cmdline(jvm_pid):
            os.killpg(jvm_pid, 9)  # never leave a JVM behind, even when the test fails
        if app.stdout is not None:
            app.stdout.close()


def _cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().replace(b"\0", b" ").decode()
    except OSError:
        return ""
