"""Pid files of running LanguageTool servers, and stopping the ones a killed app left behind.

A SIGKILLed app cannot stop its JVM, so every running server has a pid file in the user's cache
folder; the next start stops servers whose app is gone (Linux only: identity is checked in /proc).
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import signal
import sys
import threading
import time
import weakref
from collections.abc import Callable
from pathlib import Path

from editor.core.atomic import atomic_write_text
from editor.core.errors import UserError
from editor.core.settings import cache_dir

MAIN_CLASS = "org.languagetool.server.HTTPServer"


PID_SUFFIX = ".json"
STALE_TERM_WAIT = 3.0  # seconds between SIGTERM and SIGKILL for a left-over JVM


def pid_dir() -> Path:
    return cache_dir() / "languagetool" / "servers"


def _proc_supported() -> bool:
    """Only Linux's /proc lets us prove a pid is still our JVM; elsewhere stale servers are left alone."""
    return sys.platform.startswith("linux") and Path("/proc/self/stat").exists()


def _proc_stat(pid: int) -> tuple[str, int] | None:
    """(state, start time in clock ticks since boot) of a process, or None when it does not exist."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    fields = raw.rsplit(")", 1)[-1].split()  # the command name may hold spaces and brackets
    try:
        return fields[0], int(fields[19])
    except (IndexError, ValueError):
        return None


def _alive(pid: int, start_time: int | None = None) -> bool:
    """Running (not a zombie) and, when given, started at `start_time` (not a reused pid)."""
    stat = _proc_stat(pid)
    if stat is None or stat[0] in ("Z", "X"):
        return False
    return start_time is None or stat[1] == start_time


def is_languagetool_server(pid: int, port: int) -> bool:
    """True when pid's command line is a LanguageTool HTTP server on `port` (Linux /proc)."""
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    args = [a.decode("utf-8", "replace") for a in args]
    if MAIN_CLASS not in args:
        return False
    return any(a == "--port" and b == str(port) for a, b in zip(args, args[1:], strict=False))


def write_pid_file(pid: int, port: int, owner: int | None = None) -> Path | None:
    """Record a started JVM and the app process that owns it; None where stale servers are not handled."""
    if not _proc_supported():
        return None
    owner = os.getpid() if owner is None else owner
    jvm, app = _proc_stat(pid), _proc_stat(owner)
    data = {
        "pid": pid,
        "port": port,
        "start_time": jvm[1] if jvm else None,
        "owner": owner,
        "owner_start_time": app[1] if app else None,
        "main_class": MAIN_CLASS,
        "written": time.time(),
    }
    folder = pid_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{pid}{PID_SUFFIX}"
        atomic_write_text(path, json.dumps(data))
    except (OSError, UserError):
        return None  # a read-only cache folder must not stop the grammar check
    return path


def _terminate(pid: int, wait: float) -> None:
    """SIGTERM the JVM's process group (its own session), then SIGKILL after `wait` seconds."""
    try:
        group = os.getpgid(pid)
    except OSError:
        return
    send: Callable[[int], None] = (lambda sig: os.killpg(pid, sig)) if group == pid else (
        lambda sig: os.kill(pid, sig))
    for sig, timeout in ((signal.SIGTERM, wait), (signal.SIGKILL, wait)):
        with contextlib.suppress(OSError):
            send(sig)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not _alive(pid):
                return
            time.sleep(0.05)


def stop_stale_servers(wait: float = STALE_TERM_WAIT) -> list[int]:
    """Stop JVMs left behind by app processes that are gone (e.g. killed with SIGKILL).

    A pid file is acted on only when its owner no longer runs and the pid is still the very
    process we started: same start time, and a LanguageTool server command line on the
    recorded port. An unrelated process that reused the pid is never touched. Returns the
    pids stopped.
    """
    if not _proc_supported():
        return []
    folder = pid_dir()
    try:
        files = sorted(folder.glob(f"*{PID_SUFFIX}"))
    except OSError:
        return []
    stopped: list[int] = []
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            pid, port = int(data["pid"]), int(data["port"])
            owner = int(data.get("owner") or 0)
            start_time = data.get("start_time")
            owner_start = data.get("owner_start_time")
        except (OSError, ValueError, TypeError, KeyError):
            with contextlib.suppress(OSError):
                path.unlink()  # unreadable: it cannot identify anything
            continue
        if owner and _alive(owner, owner_start if isinstance(owner_start, int) else None):
            continue  # another running app (or this one) still uses that server
        expected = start_time if isinstance(start_time, int) else None
        if _alive(pid, expected) and is_languagetool_server(pid, port):
            _terminate(pid, wait)
            stopped.append(pid)
        with contextlib.suppress(OSError):
            path.unlink()
    return stopped


# --------------------------------------------------------------------------- our own servers


_LIVE: weakref.WeakSet = weakref.WeakSet()  # the LocalServers this process started
_HANDLERS_INSTALLED = False


def stop_all() -> None:
    """Stop every server this process started (atexit and signal handlers call this)."""
    for server in list(_LIVE):
        with contextlib.suppress(Exception):
            server.stop()


atexit.register(stop_all)


def install_signal_handlers() -> None:
    """Turn SIGTERM/SIGHUP into a clean stop of our JVMs, then the default action.

    Only the main thread can install handlers: the GUI calls this at start-up, because its
    servers start in a background thread where this call is a no-op.
    """
    global _HANDLERS_INSTALLED
    if _HANDLERS_INSTALLED or os.name == "nt" or threading.current_thread() is not threading.main_thread():
        return
    _HANDLERS_INSTALLED = True
    for sig in (signal.SIGTERM, signal.SIGHUP):
        if signal.getsignal(sig) is not signal.SIG_DFL:
            continue  # the application has its own handler; atexit still covers a normal exit

        def _handler(signum: int, _frame: object) -> None:
            stop_all()
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)

        signal.signal(sig, _handler)
