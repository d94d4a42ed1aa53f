"""The checklist analysis in a long-lived child process (editor.core.analysis_worker). Qt-free.

Why a process: the analysis is pure Python (~200 ms of CPU for 20k words). In a thread of the
editor's process it holds the GIL, and the Python code that runs on every keystroke waits for it:
typing stutters. In a child process it runs on the other core. The editor starts the child when
its first window is created, so it is warm before a document opens.

analyze() blocks its caller (a worker-pool thread, never the UI thread) until the report is
there. When the child is gone (crashed, killed, never started) or does not answer, that call runs
the analysis in-process and a fresh child is started for the next one; after MAX_STARTS starts the
service stays in-process for good. Nothing about the child is ever raised to the caller: errors of
the analysis itself are raised by the in-process re-run, exactly as without a child.
"""

from __future__ import annotations

import atexit
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING

from editor.core import i18n
from editor.core.analysis_worker import read_frame, write_frame
from editor.core.model import Policy

if TYPE_CHECKING:
    from editor.core.checklist import Analyzer, Report

WORKER_FLAG = "--checklist-worker"  # the packaged app runs the worker with this (editor/__main__.py)
MAX_STARTS = 6
REPLY_TIMEOUT_S = 60.0  # a child this slow is hung: killed, and the call runs in-process


class _WorkerGone(Exception):
    pass


class _WorkerFailed(Exception):
    pass


def worker_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_FLAG]
    root = str(Path(__file__).resolve().parents[2])
    code = f"import sys; sys.path.insert(0, {root!r}); from editor.core.analysis_worker import main; main()"
    return [sys.executable, "-c", code]


def _read_replies(stream: IO[bytes], replies: queue.Queue) -> None:
    """Reader thread: every frame from the child into the queue; None when the child is gone."""
    while True:
        try:
            replies.put(read_frame(stream))
        except Exception:  # EOF, a broken pipe or a torn frame: the child is gone either way
            replies.put(None)
            return


class AnalysisService:
    """Thread-safe client of the analysis child; one request at a time."""

    def __init__(self, command: list[str] | None = None, reply_timeout: float = REPLY_TIMEOUT_S) -> None:
        self._command = command
        self._reply_timeout = reply_timeout
        self._lock = threading.Lock()
        self._proc: subprocess.Popen | None = None
        self._replies: queue.Queue = queue.Queue()
        self._seq = 0
        self._local: dict[tuple[str, str], Analyzer] = {}
        self.starts = 0  # children started (the first one and every restart)
        self.fallbacks = 0  # calls that ran in-process
        self.ready_ms: float | None = None  # the running child's warm-up time
        self.last_ms = 0.0  # analysis time of the last call, wherever it ran
        self.last_remote = False  # whether the last call was answered by the child
        self.last_reanalysed = 0  # blocks the last call analysed afresh (the rest came from the cache)

    # ------------------------------------------------------------------ life cycle

    @property
    def pid(self) -> int | None:
        proc = self._proc
        return proc.pid if proc is not None and proc.poll() is None else None

    @property
    def enabled(self) -> bool:
        return self.starts < MAX_STARTS or self.pid is not None

    def start(self) -> None:
        """Start the child if it is not running (returns at once; it warms up on its own)."""
        with self._lock:
            self._ensure()

    def stop(self) -> None:
        with self._lock:
            self._discard(graceful=True)

    def _ensure(self) -> bool:
        if self._proc is not None and self._proc.poll() is None:
            return True
        self._discard()
        if self.starts >= MAX_STARTS:
            return False
        self.starts += 1
        try:
            proc = subprocess.Popen(
                self._command or worker_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL, creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
        except (OSError, ValueError):
            self.starts = MAX_STARTS  # cannot start at all: in-process from now on
            return False
        replies: queue.Queue = queue.Queue()
        assert proc.stdout is not None
        threading.Thread(target=_read_replies, args=(proc.stdout, replies), daemon=True,
                         name="checklist-worker-reader").start()
        self._proc, self._replies, self.ready_ms = proc, replies, None
        return True

    def _discard(self, graceful: bool = False) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        try:
            if graceful and proc.poll() is None and proc.stdin is not None:
                write_frame(proc.stdin, ("stop",))
            if proc.stdin is not None:
                proc.stdin.close()
        except OSError:
            pass
        if proc.poll() is None:
            try:
                proc.wait(0.5 if graceful else 0)
            except subprocess.TimeoutExpired:
                pass
        if proc.poll() is None:
            proc.kill()
            try:
                proc.wait(2)
            except subprocess.TimeoutExpired:
                pass

    # ------------------------------------------------------------------ analysis

    def analyze(self, client: str, policy: Policy) -> Report:
        """The report of `policy`; `client` names whose incremental cache to use (one per window)."""
        language = i18n.language()
        started = time.perf_counter()
        with self._lock:
            died = self._proc is not None and self._proc.poll() is not None
            if died:  # since the last call: restart it for the next one, run this one here
                self._discard()
                self._ensure()
            elif self._ensure():
                try:
                    report = self._remote(client, language, policy)
                    self.last_ms, self.last_remote = (time.perf_counter() - started) * 1000, True
                    return report
                except _WorkerGone:
                    self._discard()
                    self._ensure()  # a fresh child for the next call; this one runs here
                except _WorkerFailed:
                    pass  # the child is fine; the in-process run raises the error the usual way
            self.fallbacks += 1
            report = self._here(client, language, policy)
            self.last_ms, self.last_remote = (time.perf_counter() - started) * 1000, False
            return report

    def _remote(self, client: str, language: str, policy: Policy) -> Report:
        proc = self._proc
        assert proc is not None and proc.stdin is not None
        self._seq += 1
        seq = self._seq
        try:
            write_frame(proc.stdin, ("analyze", seq, client, language, policy))
        except (OSError, ValueError) as exc:
            raise _WorkerGone from exc
        deadline = time.monotonic() + self._reply_timeout
        while True:
            try:
                message = self._replies.get(timeout=0.25)
            except queue.Empty:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise _WorkerGone from None
                continue
            if message is None:
                raise _WorkerGone
            if message[0] == "ready":
                self.ready_ms = message[1]
            elif message[1] != seq:
                continue  # an answer to a request whose caller gave up
            elif message[0] == "report":
                self.last_reanalysed = message[4]
                return message[2]
            else:
                raise _WorkerFailed(message[2])

    def _here(self, client: str, language: str, policy: Policy) -> Report:
        from editor.core.checklist import Analyzer

        analyser = self._local.get((client, language))
        if analyser is None:
            analyser = self._local[(client, language)] = Analyzer()
        report = analyser.analyze(policy)
        self.last_reanalysed = analyser.last_reanalysed
        return report

    def wait_ready(self, timeout: float = 30.0) -> bool:
        """Block until the child finished warming up (tests and benchmarks)."""
        deadline = time.monotonic() + timeout
        with self._lock:
            if not self._ensure():
                return False
            while self.ready_ms is None and time.monotonic() < deadline:
                try:
                    message = self._replies.get(timeout=0.1)
                except queue.Empty:
                    continue
                if message is None:
                    return False
                if message[0] == "ready":
                    self.ready_ms = message[1]
            return self.ready_ms is not None


_shared: AnalysisService | None = None
_shared_lock = threading.Lock()


def shared_service(factory: Callable[[], AnalysisService] = AnalysisService) -> AnalysisService:
    """The editor's one analysis child, shared by its windows (each window is its own client)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = factory()
            atexit.register(_shared.stop)
        return _shared
