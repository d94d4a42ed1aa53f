"""Talking to a share that may be slow, flaky or gone: timeouts, retries, a bounded check.

A call into a dead SMB or FUSE mount can block in the kernel for minutes. Every library call
that touches the share therefore runs in a daemon thread and is waited for with a timeout; a
call that does not come back is abandoned (its thread may finish later, harmlessly, because
workers only return results and never change the library themselves).
"""

from __future__ import annotations

import errno
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from editor.core.library.layout import MARKER_FILE

T = TypeVar("T")

RETRY_DELAYS = (0.05, 0.15, 0.4, 1.0)  # back-off between attempts of one file operation
# Errors that say "try again", not "this is the answer": I/O hiccups of SMB and FUSE clients.
_TRANSIENT = {errno.EIO, errno.EAGAIN, errno.EBUSY, errno.ETIMEDOUT, errno.ECONNRESET, errno.ESTALE, errno.EINTR}


class ShareTimeout(OSError):
    """A call into the share did not return in time."""

    def __init__(self, what: str, seconds: float) -> None:
        super().__init__(errno.ETIMEDOUT, f"{what}: no answer within {seconds:g} s")


def read_bytes(path: Path) -> bytes:
    """Every read of a library file goes through here (benchmarks wrap it to add latency)."""
    with open(path, "rb") as fh:
        return fh.read()


def is_transient(exc: OSError, *, missing_too: bool = False) -> bool:
    if missing_too and isinstance(exc, FileNotFoundError):
        return True  # a stale directory entry on a FUSE or SMB client: look again
    if isinstance(exc, PermissionError) and os.name == "nt":
        return True  # Windows: another client holds the file open
    return exc.errno in _TRANSIENT and not isinstance(exc, ShareTimeout)


def retry(fn: Callable[[], T], *, missing_too: bool = False, delays: tuple[float, ...] = RETRY_DELAYS) -> T:
    """fn(), retried with back-off while it fails with a transient OSError."""
    for delay in delays:
        try:
            return fn()
        except OSError as exc:
            if not is_transient(exc, missing_too=missing_too):
                raise
        time.sleep(delay)
    return fn()


def bounded(fn: Callable[[], T], seconds: float, what: str) -> T:
    """fn() in a daemon thread, waited for at most `seconds`; ShareTimeout if it does not return."""
    box: dict[str, object] = {}
    done = threading.Event()

    def run() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # handed to the caller's thread
            box["error"] = exc
        finally:
            done.set()

    threading.Thread(target=run, name=f"library: {what}", daemon=True).start()
    if not done.wait(seconds):
        raise ShareTimeout(what, seconds)
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]


def _probe(root: Path) -> None:
    marker = root / MARKER_FILE
    try:
        with open(marker, "rb") as fh:
            fh.read(256)
        return
    except FileNotFoundError:
        pass
    with os.scandir(root) as it:  # no marker yet (a library nobody wrote to): listable is enough
        next(it, None)


def share_reachable(root: Path, seconds: float = 5.0, attempts: int = 3) -> bool:
    """The bounded check behind "niet bereikbaar": read the marker file (or list the folder) in a
    worker thread with a timeout, a few times with back-off. One stale entry or one I/O error
    does not make a share unreachable; no answer in time, or failing every attempt, does."""
    deadline = time.monotonic() + seconds
    for attempt in range(attempts):
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        try:
            bounded(lambda: _probe(root), left, "check")
            return True
        except ShareTimeout:
            return False
        except OSError:
            if attempt + 1 < attempts:
                time.sleep(min(RETRY_DELAYS[min(attempt, len(RETRY_DELAYS) - 1)], max(0.0, deadline - time.monotonic())))
    return False
