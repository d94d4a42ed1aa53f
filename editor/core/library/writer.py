"""Saving to the share: the steps one save or conflict resolution takes, run in a worker thread.

Each step is a plain file operation retried on transient errors. The only files created are
revision files with unique names (and once, the marker file); nothing is ever overwritten,
renamed onto an existing name or deleted.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import replace
from pathlib import Path

from editor.core.library import share
from editor.core.library.clause import SUFFIX, Clause, ClauseFormatError, parse_clause
from editor.core.library.errors import ConflictError
from editor.core.library.layout import (
    CLAUSES_DIR,
    MARKER_FILE,
    REVISIONS_DIR,
    SLOT_RE,
    history_dir,
    new_revision_name,
    parse_revision_name,
    sync_copy_of,
)
from editor.core.library.revisions import (
    REV_ID,
    ClauseState,
    derive,
    parents,
    read_revision,
    rev_id,
    with_lineage,
    write_revision,
)


class ShareWriter:
    def __init__(self, root: Path) -> None:
        self.root = root

    # --- what is on the share now -------------------------------------------------------

    def revisions(self, clause_id: str) -> tuple[list[Clause], set[str]]:
        """All versions of one clause on the share now: revision files, the format-1 live file and
        sync copies of it. Also returns the rev_ids that already have a revision file."""
        if not share.retry(self.root.is_dir):
            raise FileNotFoundError(2, "folder not found", str(self.root))
        out: list[Clause] = []
        filed: set[str] = set()
        for name in self._names(self.root / REVISIONS_DIR):
            parsed = parse_revision_name(name)
            if parsed is None or parsed.clause_id != clause_id:
                continue
            with contextlib.suppress(ClauseFormatError, FileNotFoundError):
                clause = read_revision(self.root / REVISIONS_DIR / name)
                if clause.id == clause_id:
                    out.append(clause)
                    filed.add(rev_id(clause))
        for name in self._names(self.root / CLAUSES_DIR):
            if name == clause_id + SUFFIX or sync_copy_of(name) == clause_id:
                with contextlib.suppress(ClauseFormatError, FileNotFoundError):
                    clause = parse_clause(share.retry(lambda n=name: share.read_bytes(self.root / CLAUSES_DIR / n), missing_too=True))
                    if clause.id == clause_id:
                        out.append(clause)
        return out, filed

    def history(self, clause_id: str) -> list[Clause]:
        revs, _ = self.revisions(clause_id)
        folder = Path(history_dir(self.root, clause_id))
        for name in self._names(folder):
            if SLOT_RE.match(name):
                with contextlib.suppress(ClauseFormatError, OSError):
                    revs.append(parse_clause(share.read_bytes(folder / name)))
        return revs

    @staticmethod
    def _names(folder: Path) -> list[str]:
        try:
            return sorted(share.retry(lambda: os.listdir(folder)))
        except (FileNotFoundError, NotADirectoryError):
            return []

    # --- writing ------------------------------------------------------------------------

    def save(self, new: Clause, base_revision: int, new_rev_id: str) -> tuple[Clause, ClauseState]:
        revs, filed = self.revisions(new.id)
        state = derive(revs)
        if base_revision == 0:
            if state is not None:
                raise ConflictError(new, state.current)  # the id is taken: nothing written
            parent: Clause | None = None
        else:
            if state is None:
                raise ConflictError(new, None)
            parent = self._parent(new, base_revision, revs, state)
            if parent is None:
                raise ConflictError(new, state.current)  # a base nobody has: refused, nothing written
        self._prepare()
        parent_ids: list[str] = []
        if parent is not None:
            self._migrate([parent], filed)
            parent_ids = [rev_id(parent)]
        created = parent.created if parent is not None and parent.created else new.created
        revision = (parent.revision if parent is not None else 0) + 1
        return self._write(replace(new, revision=revision, created=created), parent_ids, new_rev_id)

    def resolve(self, chosen: Clause, seen: list[str] | None, new_rev_id: str) -> tuple[Clause, ClauseState]:
        revs, filed = self.revisions(chosen.id)
        state = derive(revs)
        if state is None:
            raise ConflictError(chosen, None)
        heads = [h for h in state.heads if seen is None or rev_id(h) in seen]
        if not heads:
            raise ConflictError(chosen, state.current)  # what the curator saw is gone: nothing written
        self._prepare()
        self._migrate(heads, filed)
        created = min((h.created for h in heads if h.created), default=chosen.created)
        revision = max(h.revision for h in state.heads) + 1
        return self._write(replace(chosen, revision=revision, created=created), [rev_id(h) for h in heads], new_rev_id)

    @staticmethod
    def _parent(new: Clause, base_revision: int, revs: list[Clause], state: ClauseState) -> Clause | None:
        """The revision the user edited: the one named by the clause's own rev_id, else the head
        (or, for an edit of an older revision, the newest revision) with that number."""
        own = new.extra.get(REV_ID)
        by_id = {rev_id(r): r for r in revs}
        if isinstance(own, str) and own in by_id and by_id[own].revision == base_revision:
            return by_id[own]
        for head in state.heads:
            if head.revision == base_revision:
                return head
        older = [r for r in revs if r.revision == base_revision]
        return max(older, key=lambda r: r.modified) if older else None

    def _prepare(self) -> None:
        """revisions/ and the marker file; never parents=True, so a vanished share is not recreated."""
        share.retry(lambda: (self.root / REVISIONS_DIR).mkdir(exist_ok=True))
        marker = self.root / MARKER_FILE
        if not share.retry(marker.exists):
            with contextlib.suppress(OSError), open(marker, "xb") as fh:  # two first writers: same text
                fh.write(b"privacy-editor clause library, format 2 (revision files)\n")

    def _migrate(self, versions: list[Clause], filed: set[str]) -> None:
        """Write format-1 versions (live files, sync copies) as revision files before building on
        them, keeping their content-derived rev_id: their text is kept, and two migrating writers
        produce duplicates that readers count once."""
        for old in versions:
            key = rev_id(old)
            if key in filed:
                continue
            kept = with_lineage(old, key, parents(old))
            write_revision(self.root, kept, new_revision_name(old.id, old.revision, old.author or "migratie"))
            filed.add(key)

    def _write(self, new: Clause, parent_ids: list[str], new_rev_id: str) -> tuple[Clause, ClauseState]:
        new = with_lineage(new, new_rev_id, parent_ids)
        write_revision(self.root, new, new_revision_name(new.id, new.revision, new.author))
        revs, _ = self.revisions(new.id)  # what the share shows now, with any sibling saved meanwhile
        if all(rev_id(r) != new_rev_id for r in revs):
            revs.append(new)  # a client's stale listing: our own file was read back already
        state = derive(revs)
        assert state is not None
        return new, state
