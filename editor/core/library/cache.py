"""The offline copy of a shared library in the user's cache folder (platformdirs).

After every successful load the whole library (every clause with its metadata) is kept as
one snapshot file, written atomically, so the copy is never half old and half new:

    <cache_dir>/library/<hash of the share path>/snapshot.json

If the share is unreachable the app loads this copy read-only and shows its date.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path, PurePath, PureWindowsPath
from typing import Any

from editor.core.atomic import atomic_write_bytes
from editor.core.library.clause import Clause, ClauseFormatError
from editor.core.settings import cache_dir as default_cache_dir

CACHE_VERSION = 1
SNAPSHOT = "snapshot.json"


def share_key(root: PurePath) -> str:
    """A stable folder name for a library path; Windows paths compare case-insensitively."""
    text = str(root)
    if isinstance(root, PureWindowsPath) or text.startswith("\\\\"):
        text = text.replace("/", "\\").rstrip("\\").casefold()
    else:
        text = text.rstrip("/") or "/"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def cache_folder(root: PurePath, base: Path | None = None) -> Path:
    return Path(base or default_cache_dir()) / "library" / share_key(root)


@dataclass
class Snapshot:
    source: str
    copied_at: dt.datetime  # when the share was last read successfully
    clauses: list[Clause]
    digest: str


CHECKED = "checked.json"


def update_snapshot(folder: Path, root: PurePath, clauses: list[Clause], when: dt.datetime, fingerprint: str) -> bool:
    """Refresh the copy after a successful load. The big snapshot is only rewritten when the
    library changed (fingerprint of file names, sizes, times and revisions); otherwise just the
    small 'checked' stamp is, so the offline date stays right. Returns True if rewritten."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = when.astimezone(dt.UTC).isoformat(timespec="seconds")
    previous = _read_checked(folder)
    rewrite = previous.get("digest") != fingerprint or not (folder / SNAPSHOT).is_file()
    if rewrite:
        data: dict[str, Any] = {
            "cache_version": CACHE_VERSION,
            "source": str(root),
            "copied_at": stamp,
            "digest": fingerprint,
            "clauses": [c.to_json() for c in clauses],
        }
        atomic_write_bytes(folder / SNAPSHOT, json.dumps(data, ensure_ascii=False).encode("utf-8"))
    checked = {"source": str(root), "checked_at": stamp, "digest": fingerprint}
    atomic_write_bytes(folder / CHECKED, json.dumps(checked).encode("utf-8"))
    return rewrite


def _read_checked(folder: Path) -> dict[str, Any]:
    try:
        data = json.loads((folder / CHECKED).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def read_snapshot(folder: Path) -> Snapshot | None:
    """The cached copy, or None if there is none or it cannot be read."""
    try:
        data = json.loads((folder / SNAPSHOT).read_bytes().decode("utf-8"))
        if not isinstance(data, dict) or data.get("cache_version") != CACHE_VERSION:
            return None
        when = dt.datetime.fromisoformat(str(data["copied_at"]))
        clauses = []
        for item in data.get("clauses", []):
            try:
                clauses.append(Clause.from_json(item))
            except ClauseFormatError:
                continue
        digest = str(data.get("digest", ""))
        checked = _read_checked(folder)
        if checked.get("digest") == digest and checked.get("checked_at"):
            # The share was read again later and had not changed: the copy is that recent.
            when = max(when, dt.datetime.fromisoformat(str(checked["checked_at"])))
        return Snapshot(str(data.get("source", "")), when, clauses, digest)
    except (OSError, ValueError, KeyError, TypeError):
        return None
