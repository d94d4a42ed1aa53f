"""Loading a library folder: list, take what the index already holds, read the rest in parallel.

A pure function of the folder: it returns a LoadResult and changes nothing in memory, so a
load that times out (share.bounded) and finishes later cannot disturb the library.

Revision files never change once written, so an index entry for one is valid for as long as the
name is listed. Format-1 live files can change in place: their entries carry size and mtime.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import queue
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor.core.atomic import atomic_write_bytes
from editor.core.errors import UserError
from editor.core.library import share
from editor.core.library.clause import SUFFIX, Clause, ClauseFormatError, parse_clause
from editor.core.library.errors import LoadProblem
from editor.core.library.layout import (
    CLAUSES_DIR,
    INDEX_FILE,
    INDEX_VERSION,
    MAX_CLAUSE_BYTES,
    REVISIONS_DIR,
    parse_revision_name,
    sync_copy_of,
)
from editor.core.library.revisions import (
    REV_ID,
    ClauseState,
    check_complete,
    derive,
    known_revision,
    parents,
    read_revision,
    remember_revision,
    rev_id,
)

READ_THREADS = 16  # parallel reads of changed files (network latency, not CPU, is the limit)
RACY_SECONDS = 2.0  # mtime granularity of SMB/FAT: files this close to the index's own time are re-read
IN_PROGRESS_SECONDS = 600  # an incomplete revision file younger than this is being written, not damaged
INDEX_REWRITE_MIN = 8  # files read before a reader rewrites the index (a few new revisions are cheap)


@dataclass
class LoadResult:
    clauses: dict[str, Clause]  # current text per id, sorted by id
    conflicts: dict[str, list[Clause]]  # id -> heads (newest first) of clauses in conflict
    problems: list[LoadProblem]
    files_read: int
    fingerprint: str
    revision_files: dict[str, list[str]] = field(default_factory=dict)  # id -> revision file names


def read_index(root: Path) -> tuple[dict[str, Any], dict[str, Any], int | None]:
    """(format-1 entries, revision entries, the index's mtime) or empty ones if unusable."""
    path = root / INDEX_FILE
    try:
        st = os.stat(path)
        data = json.loads(share.read_bytes(path).decode("utf-8"))
    except (OSError, ValueError):
        return {}, {}, None
    if not isinstance(data, dict) or data.get("index_version") != INDEX_VERSION:
        return {}, {}, None
    entries = data.get("entries")
    revisions = data.get("revisions")
    return (
        entries if isinstance(entries, dict) else {},
        revisions if isinstance(revisions, dict) else {},
        st.st_mtime_ns,
    )


def write_index(root: Path, entries: dict[str, Any], revisions: dict[str, Any]) -> None:
    data: dict[str, Any] = {"index_version": INDEX_VERSION, "entries": {k: entries[k] for k in sorted(entries)}}
    if revisions:
        data["revisions"] = {k: revisions[k] for k in sorted(revisions)}
    atomic_write_bytes(root / INDEX_FILE, json.dumps(data, ensure_ascii=False).encode("utf-8"))


def _read_many(items: list[tuple[str, Path]]) -> list[tuple[str, bytes | OSError]]:
    """Read files, in parallel when there are many: on a share each read is a round trip.

    Daemon threads, not a ThreadPoolExecutor: the interpreter joins executor threads at exit, so
    one read stuck on a dead mount would keep even `privacy-editor library list` from exiting."""

    def one(item: tuple[str, Path]) -> tuple[str, bytes | OSError]:
        try:
            return item[0], share.retry(lambda: share.read_bytes(item[1]), missing_too=True)
        except OSError as exc:
            return item[0], exc

    if len(items) <= 8:
        return [one(i) for i in items]
    results: list[tuple[str, bytes | OSError] | None] = [None] * len(items)
    jobs: queue.SimpleQueue[int] = queue.SimpleQueue()
    for i in range(len(items)):
        jobs.put(i)

    def work() -> None:
        while True:
            try:
                i = jobs.get_nowait()
            except queue.Empty:
                return
            results[i] = one(items[i])

    threads = [threading.Thread(target=work, daemon=True) for _ in range(min(READ_THREADS, len(items)))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()  # bounded by the caller: the whole load runs under share.bounded()
    return [r for r in results if r is not None]


def _scan(folder: Path) -> list[os.DirEntry[str]]:
    def listing() -> list[os.DirEntry[str]]:
        with os.scandir(folder) as it:
            return sorted(it, key=lambda e: e.name)

    try:
        return share.retry(listing)
    except FileNotFoundError:
        return []


def _young(name: str, seconds: float = IN_PROGRESS_SECONDS) -> bool:
    """Was this revision file named (started) so recently that it may still be being written?"""
    parsed = parse_revision_name(name)
    if parsed is None:
        return False
    try:
        started = dt.datetime.strptime(parsed.time, "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
    except ValueError:
        return False
    return (dt.datetime.now(dt.UTC) - started).total_seconds() < seconds


def _from_index(cached: Any) -> Clause | None:
    if not isinstance(cached, dict):
        return None
    try:
        return Clause.from_json(cached.get("clause"))
    except ClauseFormatError:
        return None


@dataclass
class _Rev:
    """One revision file as the loader knows it: its lineage always, its text only when needed."""

    key: str
    parents: list[str]
    clause: Clause | None = None
    cached: dict[str, Any] | None = None  # its index entry (with "clause" when it was a head)
    name: str = ""

    def materialise(self, root: Path) -> Clause | None:
        if self.clause is None and self.cached is not None and "clause" in self.cached:
            self.clause = _from_index(self.cached)
        if self.clause is None and self.name:  # the index kept no text for it: read the file
            with contextlib.suppress(OSError, ClauseFormatError):
                self.clause = read_revision(root / REVISIONS_DIR / self.name)
        return self.clause


def _lineage(cached: Any) -> tuple[str, list[str]] | None:
    if not isinstance(cached, dict):
        return None
    key, parent_ids = cached.get("rev_id"), cached.get("parents")
    if not isinstance(key, str) or not isinstance(parent_ids, list) or not all(isinstance(p, str) for p in parent_ids):
        return None
    return key, parent_ids


def _state(root: Path, revs: list[_Rev], live: list[Clause]) -> ClauseState | None:
    """derive() for the loader: heads from the lineage alone; only heads are turned into clauses."""
    if not revs and len(live) == 1:
        return ClauseState(live[0], [live[0]])
    items = revs + [_Rev(rev_id(c), parents(c), c) for c in live]
    unique: dict[str, _Rev] = {}
    for item in items:
        unique.setdefault(item.key, item)
    referenced = {p for item in unique.values() for p in item.parents}
    head_items = [item for key, item in unique.items() if key not in referenced] or list(unique.values())
    heads = [c for c in (item.materialise(root) for item in head_items) if c is not None]
    return derive(heads) if heads else None


def load_library(root: Path, *, write_index_ok: bool = True) -> LoadResult:
    """Load every clause of the library at `root`. Raises OSError if the folder is not there."""
    if not share.retry(root.is_dir):
        raise FileNotFoundError(2, "map niet gevonden / folder not found", str(root))
    entries, rev_entries, index_mtime = read_index(root)
    problems: list[LoadProblem] = []
    fingerprint = hashlib.sha256()
    live: dict[str, list[Clause]] = {}
    revs: dict[str, list[_Rev]] = {}
    by_name: dict[str, _Rev] = {}
    new_entries: dict[str, Any] = {}
    to_read: list[tuple[str, Path]] = []
    kinds: dict[str, tuple[str, str]] = {}  # file name -> (kind, expected id)
    stats: dict[str, os.stat_result] = {}

    for entry in _scan(root / CLAUSES_DIR):
        name = entry.name
        if name.startswith(".") or not name.endswith(SUFFIX):
            continue  # temp files of writers, foreign files
        st = entry.stat()
        stats[name] = st
        fingerprint.update(f"c\0{name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
        cached = entries.get(name)
        clause = None
        if (
            isinstance(cached, dict) and cached.get("size") == st.st_size and cached.get("mtime_ns") == st.st_mtime_ns
            and index_mtime is not None and st.st_mtime_ns < index_mtime - RACY_SECONDS * 1e9
        ):
            clause = _from_index(cached)
        if clause is not None and clause.id + SUFFIX == name:
            live.setdefault(clause.id, []).append(clause)
            new_entries[name] = cached
            continue
        if st.st_size > MAX_CLAUSE_BYTES:
            problems.append(LoadProblem(name, f"te groot voor een clausule ({st.st_size // 1024} kB)", f"too large for a clause ({st.st_size // 1024} kB)"))
            continue
        to_read.append((name, Path(entry.path)))
        kinds[name] = ("live", name[: -len(SUFFIX)])

    revision_files: dict[str, list[str]] = {}
    folder = str(root / REVISIONS_DIR)
    for entry in _scan(root / REVISIONS_DIR):
        name = entry.name
        parsed = parse_revision_name(name)
        if parsed is None:
            continue  # files being written under another name, foreign files
        fingerprint.update(f"r\0{name}\n".encode())
        revision_files.setdefault(parsed.clause_id, []).append(name)
        known = known_revision(f"{folder}{os.sep}{name}")
        cached = rev_entries.get(name)
        lineage = _lineage(cached)
        if known is not None and known.id == parsed.clause_id:
            item = _Rev(rev_id(known), parents(known), known, name=name)
        elif lineage is not None and cached.get("id") == parsed.clause_id:
            item = _Rev(lineage[0], lineage[1], cached=cached, name=name)
        else:
            to_read.append((name, Path(entry.path)))
            kinds[name] = ("revision", parsed.clause_id)
            continue
        revs.setdefault(parsed.clause_id, []).append(item)
        by_name[name] = item

    parsed_count = 0
    for name, result in _read_many(to_read):
        kind, expected = kinds[name]
        if isinstance(result, OSError):
            if not share.retry(root.is_dir):
                raise result  # the share went away while loading
            problems.append(LoadProblem(name, f"niet leesbaar: {result.strerror}", f"unreadable: {result.strerror}"))
            continue
        try:
            clause = parse_clause(result)
            if kind == "revision":
                check_complete(clause)
        except ClauseFormatError as err:
            if kind == "revision" and _young(name):
                continue  # being written right now: the next load will see it whole
            problems.append(LoadProblem(name, err.nl, err.en))
            continue
        if kind == "revision" and (clause.id != expected or not isinstance(clause.extra.get(REV_ID), str)):
            problems.append(LoadProblem(name, "past niet bij de bestandsnaam", "does not match the file name"))
            continue
        if kind == "live" and clause.id != expected and sync_copy_of(name) != clause.id:
            problems.append(LoadProblem(
                name, f"id '{clause.id}' past niet bij de bestandsnaam", f"id '{clause.id}' does not match the file name"
            ))
            continue
        parsed_count += 1
        if kind == "revision":
            remember_revision(root / REVISIONS_DIR / name, clause)
            item = _Rev(rev_id(clause), parents(clause), clause, name=name)
            revs.setdefault(clause.id, []).append(item)
            by_name[name] = item
        else:
            live.setdefault(clause.id, []).append(clause)
            st = stats[name]
            new_entries[name] = {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "clause": clause.to_json()}

    clauses: dict[str, Clause] = {}
    conflicts: dict[str, list[Clause]] = {}
    heads: set[str] = set()
    for cid in sorted(set(live) | set(revs)):
        state = _state(root, revs.get(cid, []), live.get(cid, []))
        if state is None:
            continue
        clauses[cid] = state.current
        heads.update(rev_id(h) for h in state.heads if isinstance(h.extra.get(REV_ID), str))
        if state.in_conflict:
            conflicts[cid] = state.heads
    stale_index = bool(set(entries) - set(new_entries) or set(rev_entries) - set(by_name))
    if write_index_ok and (parsed_count >= INDEX_REWRITE_MIN or (parsed_count and index_mtime is None)
                           or (stale_index and index_mtime is not None)):
        # Keep the index useful for the next reader; best effort, a reader never fails on it.
        with contextlib.suppress(OSError, UserError):
            write_index(root, new_entries, _revision_entries(by_name, heads))
    return LoadResult(clauses, conflicts, problems, len(to_read), fingerprint.hexdigest(), revision_files)


def _revision_entries(by_name: dict[str, _Rev], heads: set[str]) -> dict[str, Any]:
    """Lineage of every revision file; the text only of heads. A revision that has a child never
    becomes a head again (files are never deleted), so its text is not needed to load."""
    out: dict[str, Any] = {}
    for name, item in by_name.items():
        parsed = parse_revision_name(name)
        entry: dict[str, Any] = {"id": parsed.clause_id if parsed else "", "rev_id": item.key, "parents": item.parents}
        if item.key in heads:
            clause = item.clause or _from_index(item.cached)
            if clause is not None:
                entry["clause"] = clause.to_json()
        out[name] = entry
    return out
