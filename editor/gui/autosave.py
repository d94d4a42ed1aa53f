"""Autosave to a recovery file, and recovery after a crash.

Every session with unsaved changes writes <data_dir>/recovery/<session>.ppe (native format,
atomic) every 30 s and when the window loses focus, with <session>.json beside it naming the
original file. The session holds <session>.lock (QLockFile) while it runs. At the next start,
recovery files whose lock is stale (its process is gone: a crash or a kill) are offered back.
Saving or closing normally removes the session's files.

PRIVACY_EDITOR_AUTOSAVE_MS overrides the interval (tests use a short one).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer

from editor.core import native
from editor.core.atomic import atomic_write_text
from editor.core.errors import UserError
from editor.core.model import Policy
from editor.core.settings import data_dir

DEFAULT_INTERVAL_MS = 30_000


def recovery_dir() -> Path:
    return data_dir() / "recovery"


def interval_ms() -> int:
    raw = os.environ.get("PRIVACY_EDITOR_AUTOSAVE_MS", "")
    try:
        value = int(raw)
    except ValueError:
        return DEFAULT_INTERVAL_MS
    return max(50, value)


@dataclass
class Recovery:
    """A recovery file left behind by a session that did not end normally."""

    policy_file: Path
    info_file: Path
    lock_file: Path
    original_path: str | None
    saved_at: str

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
            pass
        found.append(Recovery(policy_file, info_file, lock_path, original, saved_at))
    found.sort(key=lambda r: r.saved_at, reverse=True)
    return found


class Autosaver(QObject):
    """Writes the current document to this session's recovery file when it has changed."""

    def __init__(
        self,
        get_policy: Callable[[], Policy],
        is_modified: Callable[[], bool],
        get_path: Callable[[], str | None],
        revision: Callable[[], int],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._get_policy = get_policy
        self._is_modified = is_modified
        self._get_path = get_path
        self._revision = revision
        self._saved_revision: int | None = None
        self.session = f"{dt.datetime.now():%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:8]}"
        folder = recovery_dir()
        self.policy_file = folder / f"{self.session}.ppe"
        self.info_file = folder / f"{self.session}.json"
        self._lock: QLockFile | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms())
        self.timer.timeout.connect(self.save_now)
        self.timer.start()
        self.last_error = ""

    def _ensure_lock(self) -> None:
        if self._lock is None:
            recovery_dir().mkdir(parents=True, exist_ok=True)
            self._lock = QLockFile(str(recovery_dir() / f"{self.session}.lock"))
            self._lock.setStaleLockTime(0)
            self._lock.tryLock(0)

    def save_now(self) -> bool:
        """Write the recovery file if the document changed since the last one. True if written."""
        if not self._is_modified():
            return False
        revision = self._revision()
        if revision == self._saved_revision:
            return False
        try:
            self._ensure_lock()
            native.save(self._get_policy(), self.policy_file)
            info = {
                "original_path": self._get_path(),
                "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
                "pid": os.getpid(),
            }
            atomic_write_text(self.info_file, json.dumps(info, ensure_ascii=False))
        except (UserError, OSError) as exc:
            # Autosave must never interrupt the user; the status bar shows the problem.
            self.last_error = str(exc)
            return False
        self._saved_revision = revision
        return True

    def discard(self) -> None:
        """The document was saved: the recovery file is no longer needed."""
        for f in (self.policy_file, self.info_file):
            with contextlib.suppress(OSError):
                f.unlink()
        self._saved_revision = None

    def close(self) -> None:
        """Normal end of the session: remove every file of it."""
        self.timer.stop()
        self.discard()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
