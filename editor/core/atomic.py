"""Atomic file writes: write a temporary file in the same folder, then replace.

An interrupted write never harms the old file, and readers never see half a file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from editor.core.errors import WriteError


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike[str], mode: str = "wb", encoding: str | None = None) -> Iterator[IO]:
    """Open a temporary file beside `path`; on success it replaces `path` atomically."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
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
    atomic_write_bytes(path, text.encode("utf-8"))
