"""Autosave to a recovery file, and recovery after a crash.

Every session with unsaved changes writes <data_dir>/recovery/<session>.ppe (native format,
atomic) about 2 s after typing pauses (and at least every 4 s while typing goes on), so a
kill -9 loses at most a few seconds. The model is taken on the UI thread (cheap: the bridge
caches blocks); serialising and writing run in the worker pool. <session>.json beside it names
the original file. The session holds <session>.lock (QLockFile) while it runs. At the next start,
recovery files whose lock is stale (a crash or a kill) are offered back; a restored session
adopts the file, so it is only deleted when the user saves, closes normally or discards it.

PRIVACY_EDITOR_AUTOSAVE_MS overrides the pause (tests use a short one).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QThreadPool, QTimer, Signal

from editor.core import native
from editor.core.atomic import atomic_write_text
from editor.core.errors import UserError
from editor.core.model import Policy
from editor.core.settings import data_dir
from editor.gui.workers import Worker

DEFAULT_PAUSE_MS = 2_000
MAX_DELAY_FACTOR = 2  # while typing goes on, write at least every 2 pauses (4 s)


def recovery_dir() -> Path:
    return data_dir() / "recovery"


def pause_ms() -> int:
    raw = os.environ.get("PRIVACY_EDITOR_AUTOSAVE_MS", "")
    try:
        value = int(raw)
    except ValueError:
        return DEFAULT_PAUSE_MS
    return max(50, value)


@dataclass
class Recovery:
    """A recovery file left behind by a session that did not end normally."""

    policy_file: Path
    info_file: Path
    lock_file: Path
    original_path: str | None
    saved_at: str

    @property
    def session(self) -> str:
        return self.policy_file.stem

    @property
    def size(self) -> int:
        try:
            return self.policy_file.stat().st_size
        except OSError:
            return 0

    def display_name(self, untitled: str) -> str:
        return Path(self.original_path).name if self.original_path else untitled

    def load(self) -> Policy:
        return native.load(self.policy_file)

    def discard(self) -> None:
        for f in (self.policy_file, self.info_file, self.lock_file):
            with contextlib.suppress(OSError):
                f.unlink()


def find_recoveries() -> list[Recovery]:
    """Recovery files of sessions that are no longer running, newest first."""
    folder = recovery_dir()
    if not folder.is_dir():
        return []
    found: list[Recovery] = []
    for policy_file in folder.glob("*.ppe"):
        session = policy_file.stem
        lock_path = folder / f"{session}.lock"
        lock = QLockFile(str(lock_path))
        lock.setStaleLockTime(0)
        # A lock we can take belongs to no running process: that session crashed or was killed.
        if not lock.tryLock(0):
            continue
        lock.unlock()
        info_file = folder / f"{session}.json"
        original = None
        saved_at = ""
        try:
            info = json.loads(info_file.read_text(encoding="utf-8"))
            original = info.get("original_path") or None
            saved_at = str(info.get("saved_at", ""))
        except (OSError, ValueError, AttributeError):
            with contextlib.suppress(OSError):
                saved_at = dt.datetime.fromtimestamp(policy_file.stat().st_mtime).isoformat(timespec="seconds")
        found.append(Recovery(policy_file, info_file, lock_path, original, saved_at))
    found.sort(key=lambda r: r.saved_at, reverse=True)
    return found


class _Writer:
    """Runs in the pool: one write at a time, and an older snapshot never replaces a newer one."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._written = -1

    def __call__(self, seq: int, policy: Policy, policy_file: Path, info_file: Path, info: dict) -> int:
        with self._lock:
            if seq <= self._written:
                return seq
            native.save(policy, policy_file)
            atomic_write_text(info_file, json.dumps(info, ensure_ascii=False))
            self._written = seq
        return seq

    def forget(self, upto: int, files: tuple[Path, ...]) -> None:
        """Delete the files; snapshots up to `upto` still queued in the pool are skipped."""
        with self._lock:
            self._written = max(self._written, upto)
            for f in files:
                with contextlib.suppress(OSError):
                    f.unlink()


class Autosaver(QObject):
    """Writes the current document to this session's recovery file a moment after it changed."""

    saved = Signal(str)  # the recovery file written
    failed = Signal(str)  # a message for the user (the status bar shows it)

    def __init__(
        self,
        get_policy: Callable[[], Policy],
        is_modified: Callable[[], bool],
        get_path: Callable[[], str | None],
        revision: Callable[[], int],
        parent: QObject | None = None,
        *,
        changed: Signal | None = None,
        session: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._get_policy = get_policy
        self._is_modified = is_modified
        self._get_path = get_path
        self._revision = revision
        self._saved_revision: int | None = None
        self._first_change: float | None = None
        self._seq = 0
        self.session = session or f"{dt.datetime.now():%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:8]}"
        folder = recovery_dir()
        self.policy_file = folder / f"{self.session}.ppe"
        self.info_file = folder / f"{self.session}.json"
        self._lock: QLockFile | None = None
        self.pause = pause_ms()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.pause)
        self.timer.timeout.connect(self.save_now)
        self._writer = _Writer()
        # Its own thread: a recovery write never waits behind a long analysis or library load.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._worker = Worker(self, pool=self._pool)
        self._worker.result.connect(self._on_written)
        self._worker.error.connect(self._on_failed)
        self.last_error = ""
        if changed is not None:
            changed.connect(self.schedule)
        if session is not None:
            self._ensure_lock()  # an adopted recovery file: this session owns it from now on

    def schedule(self) -> None:
        """The text changed: write after a pause, or now when typing has gone on for a while."""
        now = time.monotonic()
        if self._first_change is None:
            self._first_change = now
        if (now - self._first_change) * 1000 >= self.pause * MAX_DELAY_FACTOR:
            self.save_now()
        else:
            self.timer.start()

    def _ensure_lock(self) -> None:
        if self._lock is None:
            recovery_dir().mkdir(parents=True, exist_ok=True)
            self._lock = QLockFile(str(recovery_dir() / f"{self.session}.lock"))
            self._lock.setStaleLockTime(0)
            self._lock.tryLock(0)

    def save_now(self) -> bool:
        """Start writing the recovery file if the document changed since the last one. True if started."""
        self.timer.stop()
        self._first_change = None
        if not self._is_modified():
            return False
        revision = self._revision()
        if revision == self._saved_revision:
            return False
        try:
            self._ensure_lock()
        except OSError as exc:
            self._report(str(exc))
            return False
        info = {
            "original_path": self._get_path(),
            "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
            "pid": os.getpid(),
        }
        self._seq += 1
        self._saved_revision = revision
        self._worker.submit(self._writer, self._seq, self._get_policy(), self.policy_file, self.info_file, info)
        return True

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until pending writes are done (tests, shutdown)."""
        deadline = time.monotonic() + msecs / 1000
        while self._worker.busy() and time.monotonic() < deadline:
            from PySide6.QtCore import QCoreApplication

            QCoreApplication.processEvents()
            time.sleep(0.01)
        return not self._worker.busy()

    def _on_written(self, _seq: object) -> None:
        self.last_error = ""
        self.saved.emit(str(self.policy_file))

    def _on_failed(self, exc: object) -> None:
        message = exc.message if isinstance(exc, UserError) else str(getattr(exc, "strerror", None) or exc)
        self._saved_revision = None  # try again at the next change
        self._report(message)

    def _report(self, message: str) -> None:
        self.last_error = message
        self.failed.emit(message)

    def discard(self) -> None:
        """The document was saved: the recovery file is no longer needed."""
        self.timer.stop()
        self._worker.cancel()
        self._writer.forget(self._seq, (self.policy_file, self.info_file))
        self._saved_revision = None
        self._first_change = None

    def close(self) -> None:
        """Normal end of the session: remove every file of it."""
        self.discard()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
