"""The one helper for background work: QRunnables on QThreadPool, results back by signal.

Each `Worker` numbers its jobs (a generation counter). Only the result of the newest job is
delivered; a result of a job that a newer submit superseded is dropped, so a slow, stale
analysis can never overwrite a fresh one.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Lives in the GUI thread; signals emitted from the pool thread arrive queued."""

    done = Signal(int, object)
    failed = Signal(int, object, str)


class _Job(QRunnable):
    def __init__(self, generation: int, fn: Callable[..., Any], args: tuple, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._generation = generation
        self._fn = fn
        self._args = args
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn(*self._args)
        except Exception as exc:  # reported to the GUI thread, never raised in the pool
            self._deliver(self._relay.failed, self._generation, exc, traceback.format_exc())
            return
        self._deliver(self._relay.done, self._generation, result)

    @staticmethod
    def _deliver(signal, *args: object) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:
            pass  # the window that asked for this result is gone: nobody needs it any more


class Worker(QObject):
    """Runs jobs of one kind in the shared pool and delivers only the newest job's outcome."""

    result = Signal(object)
    error = Signal(object)  # the exception; details are in `last_traceback`

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._generation = 0
        self._running = 0
        self.last_traceback = ""
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)

    @property
    def generation(self) -> int:
        return self._generation

    def busy(self) -> bool:
        return self._running > 0

    def submit(self, fn: Callable[..., Any], *args: Any) -> int:
        """Run fn(*args) in the pool; returns the job's generation number."""
        self._generation += 1
        self._running += 1
        self._pool.start(_Job(self._generation, fn, args, self._relay))
        return self._generation

    def cancel(self) -> None:
        """Drop the outcome of every job submitted so far (they still finish in the pool)."""
        self._generation += 1

    def _on_done(self, generation: int, value: object) -> None:
        self._running -= 1
        if generation == self._generation:
            self.result.emit(value)

    def _on_failed(self, generation: int, exc: object, tb: str) -> None:
        self._running -= 1
        if generation == self._generation:
            self.last_traceback = tb
            self.error.emit(exc)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle (tests and shutdown)."""
        return self._pool.waitForDone(msecs)
