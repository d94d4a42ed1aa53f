"""Revisions: every save is its own file; the current text of a clause is derived from them.

A revision is a clause file (clause.py format) with two more metadata fields, kept in
`Clause.extra`: "rev_id" (random, unique) and "parents" (the rev_ids it was edited from; a
resolved conflict names all the heads it replaces). A revision no other revision names as a
parent is a head. One head: that is the clause. Two or more: a conflict, all texts kept, until a
curator picks one (which becomes a new revision naming every head as its parent).

Format-1 files (clauses/<id>.md, and a sync client's copies of them such as "klachten (1).md")
take part as revisions whose rev_id is derived from their content: "legacy-<hash>". A save
from such a clause first writes it as a revision file with that same rev_id (migration), so
the old file is absorbed and nothing of it is lost.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import time
from dataclasses import dataclass, replace
from pathlib import Path

from editor.core.library import share
from editor.core.library.clause import Clause, ClauseFormatError, parse_clause
from editor.core.library.layout import RevisionName, new_revision_name, revisions_dir

REV_ID = "rev_id"
PARENTS = "parents"
CHECKSUM = "body_sha256"


def rev_id(clause: Clause) -> str:
    value = clause.extra.get(REV_ID)
    if isinstance(value, str) and value:
        return value
    digest = hashlib.sha256(clause.to_bytes()).hexdigest()[:16]
    return f"legacy-{digest}"


def parents(clause: Clause) -> list[str]:
    value = clause.extra.get(PARENTS)
    return [p for p in value if isinstance(p, str)] if isinstance(value, list) else []


def with_lineage(clause: Clause, new_id: str, parent_ids: list[str]) -> Clause:
    extra = dict(clause.extra)
    extra[REV_ID] = new_id
    extra[PARENTS] = list(parent_ids)
    return replace(clause, extra=extra)


def order_key(clause: Clause) -> tuple[int, str, str]:
    return (clause.revision, clause.modified, rev_id(clause))


@dataclass
class ClauseState:
    """What the revisions of one clause add up to."""

    current: Clause  # the one head, or in a conflict the newest head (shown until resolved)
    heads: list[Clause]  # newest first; more than one = a conflict

    @property
    def in_conflict(self) -> bool:
        return len(self.heads) > 1


def derive(revisions: list[Clause]) -> ClauseState | None:
    """Heads and current text of one clause from all its revisions (in any order, duplicates
    such as a sync client's copy of a revision file counted once)."""
    if len(revisions) == 1:  # the common case (most clauses were never edited concurrently): no hashing
        return ClauseState(revisions[0], [revisions[0]])
    unique: dict[str, Clause] = {}
    for rev in revisions:
        unique.setdefault(rev_id(rev), rev)
    if not unique:
        return None
    referenced = {p for rev in unique.values() for p in parents(rev)}
    heads = [rev for key, rev in unique.items() if key not in referenced]
    if not heads:  # a cycle can only come from hand-edited files: fall back to the newest
        heads = [max(unique.values(), key=order_key)]
    heads.sort(key=order_key, reverse=True)
    return ClauseState(heads[0], heads)


def write_revision(root: Path, clause: Clause, name: RevisionName) -> Path:
    """Write one revision file under its new, unique name and read it back.

    The file is written in place, not as temp-then-rename: rclone's write cache uploads a
    closed file in the background, and a rename during that upload left revisions stranded
    under their temp names on the server (seen in the SMB tests). Readers still never use a
    half-written revision: a file counts only when it parses completely (JSON header, the
    closing "--- end ---" line) and its body matches the checksum in its header; until then
    it is skipped as "being written". The name is new, so nothing is ever overwritten."""
    folder = Path(revisions_dir(root))
    clause = _with_checksum(clause)
    data = clause.to_bytes()
    final = folder / name.file_name

    def write() -> None:
        with open(final, "xb") as fh:  # "x": never overwrite, should the impossible name clash happen
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())

    for attempt in range(2):
        try:
            write()
            if _reads_back(final, data):
                remember_revision(final, clause)
                return final
        except FileExistsError:
            raise
        except OSError:
            if attempt:
                raise
        # Not confirmed (a failed write, or a client cache that served something else): write
        # the same revision once more under a fresh name. Both files hold the same rev_id, so
        # should the first one turn up whole after all, readers count it once.
        final = folder / replace(name, rand=secrets.token_hex(6)).file_name
    raise OSError(5, "revision read back differs from what was written", str(final))


def _reads_back(path: Path, data: bytes) -> bool:
    """Read the file back until it holds exactly `data` (a write cache may still be uploading)."""
    for delay in (*share.RETRY_DELAYS, 0.0):
        try:
            if share.read_bytes(path) == data:
                return True
        except OSError as exc:
            if not share.is_transient(exc, missing_too=True):
                raise
        time.sleep(delay)
    return False


def _with_checksum(clause: Clause) -> Clause:
    extra = dict(clause.extra)
    extra[CHECKSUM] = body_checksum(clause)
    return replace(clause, extra=extra)


def body_checksum(clause: Clause) -> str:
    return hashlib.sha256(clause.body.encode("utf-8")).hexdigest()[:16]


def check_complete(clause: Clause) -> None:
    """A revision whose body does not match its checksum was cut off or damaged."""
    expected = clause.extra.get(CHECKSUM)
    if expected is not None and expected != body_checksum(clause):
        raise ClauseFormatError("tekst klopt niet met de controlesom (onvolledig)", "text does not match its checksum (incomplete)")


def new_name(clause: Clause, author: str) -> RevisionName:
    return new_revision_name(clause.id, clause.revision, author)


# Revision files never change once written, so a parsed one is kept for the process: a save
# or reload then reads only the revisions it has not seen yet (each read is a network round trip).
_PARSED: dict[str, Clause] = {}
_PARSED_MAX = 200_000


def known_revision(path: Path | str) -> Clause | None:
    return _PARSED.get(str(path))


def remember_revision(path: Path, clause: Clause) -> None:
    if len(_PARSED) >= _PARSED_MAX:
        _PARSED.clear()
    _PARSED[str(path)] = clause


def read_revision(path: Path) -> Clause:
    """Parse one revision file; ClauseFormatError if it is not one."""
    known = known_revision(path)
    if known is not None:
        return known
    data = share.retry(lambda: share.read_bytes(path), missing_too=True)
    clause = parse_clause(data)
    if not isinstance(clause.extra.get(REV_ID), str):
        raise ClauseFormatError("revisie zonder rev_id", "revision without rev_id")
    check_complete(clause)
    remember_revision(path, clause)
    return clause
