"""Keep a curator's text on the local disk when the share cannot take it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from editor.core.atomic import atomic_write_bytes
from editor.core.library.clause import Clause


def save_aside(clause: Clause, folder: Path | None = None) -> Path:
    """Keep a curator's text on the local disk (after a refused save or when offline), so
    nothing typed is lost: <data dir>/library-conflicts/<id>-<time>.md. Returns the file's path."""
    from editor.core.settings import data_dir

    target_dir = folder or data_dir() / "library-conflicts"
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = target_dir / f"{clause.id}-{stamp}.md"
    n = 2
    while target.exists():
        target = target_dir / f"{clause.id}-{stamp}-{n}.md"
        n += 1
    atomic_write_bytes(target, clause.to_bytes())
    return target
