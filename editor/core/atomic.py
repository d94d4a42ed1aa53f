"""Atomic file writes: write a temporary file in the same folder, then replace.

An interrupted write never harms the old file, and readers never see half a file.
A write killed half-way (kill -9, power cut) leaves its temporary file behind: every save
sweeps such leftovers from its folder, and `sweep_stale_temps` can be called at start.
Only files the app made are touched: a name of the form ".NAME.XXXXXXXX.tmp" (what
`tempfile.mkstemp` with our prefix and suffix makes), a regular file we own, untouched for
STALE_AFTER seconds (a save in progress, also by another process, keeps its file fresh).
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from editor.core.errors import WriteError

STALE_AFTER = 10 * 60.0  # seconds; a real save takes well under a minute
# ".policy.ppe.k3j_9x2a.tmp": mkstemp puts 8 characters from [a-z0-9_] between prefix and suffix.
TEMP_NAME = re.compile(r"^\.(?P<target>.+)\.[a-z0-9_]{8}\.tmp$")


def is_temp_name(name: str) -> bool:
    return TEMP_NAME.match(name) is not None


def sweep_stale_temps(folder: str | os.PathLike[str], *, now: float | None = None) -> list[Path]:
    """Remove the temporary files of interrupted saves in `folder`; returns what was removed.

    Never raises: a folder that cannot be listed (network drive gone) is simply skipped.
    """
    removed: list[Path] = []
    now = time.time() if now is None else now
    uid = os.getuid() if hasattr(os, "getuid") else None
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not is_temp_name(entry.name):
            continue
        try:
            st = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(st.st_mode) or (uid is not None and st.st_uid != uid):
                continue
            if now - st.st_mtime < STALE_AFTER:
                continue
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike[str], mode: str = "wb", encoding: str | None = None) -> Iterator[IO]:
    """Open a temporary file beside `path`; on success it replaces `path` atomically."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    sweep_stale_temps(folder)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise WriteError(
            f"Kan niet schrijven naar {target}: {exc.strerror or exc}",
            f"Cannot write to {target}: {exc.strerror or exc}",
        ) from exc
    try:
        with os.fdopen(fd, mode, encoding=encoding) if "b" not in mode else os.fdopen(fd, mode) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp_name, target.stat().st_mode & 0o777)
        else:
            with contextlib.suppress(OSError):
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(tmp_name, 0o666 & ~umask)
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    try:
        with atomic_open(path, "wb") as fh:
            fh.write(data)
    except OSError as exc:
        raise WriteError(
            f"Kan niet schrijven naar {path}: {exc.strerror or exc}",
            f"Cannot write to {path}: {exc.strerror or exc}",
        ) from exc


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    # A lone surrogate that slipped into the text must never block a save: it is written as "?".
    atomic_write_bytes(path, text.encode("utf-8", errors="replace"))
