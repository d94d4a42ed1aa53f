"""The grammar GUI's one background helper: a QRunnable whose results come back by signal.

Grammar work runs in its own single-thread QThreadPool so a JVM start-up (10-30 s) or a long
document check never occupies the global pool that the checklist analysis uses.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Relay(QObject):
    """Lives in the GUI thread; signals emitted from the pool thread arrive queued."""

    progress = Signal(str, float)  # engine start-up phase, seconds since launch
    partial = Signal(int, str, str, object)  # generation, language, paragraph text, raw matches
    done = Signal(str, int, object)  # job kind, generation, result
    failed = Signal(str, int, object)  # job kind, generation, exception


class _Task(QRunnable):
    def __init__(self, kind: str, generation: int, fn: Callable[[], Any], relay: Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._kind = kind
        self._generation = generation
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # reported to the GUI thread, never raised in the pool
            exc.__notes__ = [traceback.format_exc()]  # type: ignore[attr-defined]
            self._relay.failed.emit(self._kind, self._generation, exc)
            return
        self._relay.done.emit(self._kind, self._generation, result)


def make_pool(parent: QObject) -> QThreadPool:
    pool = QThreadPool(parent)
    pool.setMaxThreadCount(1)  # one pass at a time; its task keeps the engine's threads busy itself
    pool.setExpiryTimeout(-1)
    return pool


def submit(pool: QThreadPool, relay: Relay, kind: str, generation: int, fn: Callable[[], Any]) -> None:
    pool.start(_Task(kind, generation, fn, relay))
