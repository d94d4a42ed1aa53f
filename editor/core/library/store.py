"""The clause library on a shared folder: load with an index, save without ever overwriting.

Every save writes a new, uniquely named revision file (revisions.py); the current text of a
clause is derived from its revisions. Two saves from the same parent are both kept and shown
as a conflict that a curator resolves. No lock, no exclusive create, no replace of a clause
file: that holds on SMB, on FUSE clients such as rclone and on sync folders (OneDrive) alike.

Every call that touches the share runs with a timeout (share.bounded) and transient errors are
retried with back-off (share.retry). The library calls the share unreachable only after the
bounded marker check fails (share.share_reachable); then it runs from the offline copy.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import os
import secrets
import time
from dataclasses import replace
from pathlib import Path, PurePath

from editor.core.errors import UserError, WriteError
from editor.core.i18n import pick
from editor.core.library import cache as _cache
from editor.core.library import share
from editor.core.library.clause import FORMAT_VERSION, ID_RE, Clause
from editor.core.library.coverage import clause_coverage, item_topic
from editor.core.library.errors import ConflictError, LibraryOfflineError, LoadProblem, ReadOnlyError
from editor.core.library.layout import (
    CLAUSES_DIR,
    HISTORY_DIR,
    INDEX_FILE,
    INDEX_VERSION,
    clause_path,
    history_dir,
    slot_path,
)
from editor.core.library.loader import LoadResult, load_library
from editor.core.library.offline import save_aside
from editor.core.library.revisions import ClauseState, order_key, rev_id
from editor.core.library.search import SearchIndex, search, suggest
from editor.core.library.writer import ShareWriter
from editor.core.model import Policy
from editor.core.plaintext import PlainText

__all__ = [
    "CLAUSES_DIR", "HISTORY_DIR", "INDEX_FILE", "INDEX_VERSION", "ClauseLibrary", "ConflictError",
    "LibraryOfflineError", "LoadProblem", "ReadOnlyError", "clause_coverage", "clause_path", "history_dir",
    "read_bytes", "save_aside", "slot_path",
]

read_bytes = share.read_bytes  # kept for callers of the old module; the hook benchmarks wrap is share.read_bytes

_DEFAULT_READ_ONLY = (
    "De standaardbibliotheek is alleen-lezen; kies een gedeelde map om clausules te bewerken.",
    "The default library is read-only; choose a shared folder to edit clauses.",
)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class ClauseLibrary:
    LOAD_TIMEOUT = 30.0  # seconds for a whole load from the share
    SAVE_TIMEOUT = 20.0  # seconds for a save, read-back included
    CHECK_TIMEOUT = 5.0  # seconds for the reachability check (marker file)
    LOAD_ATTEMPTS = 3  # a failed load is tried again while the share passes the check

    def __init__(self, root: PurePath, cache_dir: Path | None = None) -> None:
        self.root = root
        self.cache_dir = cache_dir
        self._clauses: dict[str, Clause] = {}
        self._conflicts: dict[str, list[Clause]] = {}
        self.problems: list[LoadProblem] = []
        self.read_only = False
        self.read_only_reason: tuple[str, str] | None = None
        self.offline_since: dt.datetime | None = None
        self.loaded_at: dt.datetime | None = None
        self.files_read = 0  # how many files were actually read (not taken from the index)
        self._index: SearchIndex | None = None
        self._sorted: list[Clause] | None = None
        self._fixed_read_only = False
        self._use_cache = True
        self._fingerprint = ""
        self._unreadable = False

    # --- opening ------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        cache_dir: str | os.PathLike[str] | None = None,
        *,
        read_only: bool = False,
        use_cache: bool = True,
    ) -> ClauseLibrary:
        """Load the library at `path`; if the share is unreachable, the offline copy read-only.

        Raises UserError only when the share is unreachable and there is no copy either.
        """
        lib = cls(Path(path), Path(cache_dir) if cache_dir else None)
        lib._use_cache = use_cache
        if read_only:
            lib._fixed_read_only = True
            lib._set_read_only(*_DEFAULT_READ_ONLY)
        lib.reload()
        return lib

    def reload(self) -> None:
        """Read the share again; fall back to (or stay on) the offline copy if that fails."""
        try:
            result = self._load_with_retries()
        except OSError as exc:
            self._load_offline(exc)
            return
        self._apply(result)
        self.offline_since = None
        if self._fixed_read_only:
            self._set_read_only(*_DEFAULT_READ_ONLY)
        else:
            self.read_only = False
            self.read_only_reason = None
        self._update_offline_copy()

    def _update_offline_copy(self) -> None:
        if self._use_cache:
            with contextlib.suppress(OSError, UserError):
                _cache.update_snapshot(
                    self._cache_folder(), self.root, self.clauses, self.loaded_at or dt.datetime.now(dt.UTC), self._fingerprint
                )

    def _load_with_retries(self) -> LoadResult:
        root = Path(self.root)
        for attempt in range(self.LOAD_ATTEMPTS):
            gc_was_enabled = gc.isenabled()
            gc.disable()  # loading creates many small objects and no cycles: skip needless collections
            try:
                return share.bounded(
                    lambda: load_library(root, write_index_ok=not self._fixed_read_only), self.LOAD_TIMEOUT, "load"
                )
            except share.ShareTimeout:
                raise  # a hung share: do not wait for it again
            except OSError:
                if not self._share_reachable():
                    raise
                if attempt + 1 == self.LOAD_ATTEMPTS:
                    self._unreadable = True  # reachable, yet every attempt to load failed
                    raise
            finally:
                if gc_was_enabled:
                    gc.enable()
            time.sleep(share.RETRY_DELAYS[min(attempt, len(share.RETRY_DELAYS) - 1)])
        raise AssertionError("unreachable")

    def _apply(self, result: LoadResult) -> None:
        self._clauses = result.clauses
        self._conflicts = result.conflicts
        self.problems = result.problems
        self.files_read = result.files_read
        self._fingerprint = result.fingerprint
        self._index = None
        self._sorted = None
        self.loaded_at = dt.datetime.now(dt.UTC)

    def check_available(self) -> bool:
        """Is the share reachable? Call it on a timer. When the share drops, the library turns
        read-only on what it has (status_message says so); when it comes back, it reloads."""
        reachable = self._share_reachable()
        if reachable and self.offline_since is not None:
            self.reload()
            return self.offline_since is None
        if not reachable and self.offline_since is None:
            self._go_offline(self.loaded_at or dt.datetime.now(dt.UTC))
        return reachable

    def _share_reachable(self) -> bool:
        return share.share_reachable(Path(self.root), self.CHECK_TIMEOUT)

    def _cache_folder(self) -> Path:
        return _cache.cache_folder(self.root, self.cache_dir)

    def _load_offline(self, exc: OSError) -> None:
        unreadable, self._unreadable = self._unreadable, False
        snapshot = _cache.read_snapshot(self._cache_folder()) if self._use_cache else None
        if snapshot is None:
            if self.loaded_at is not None:
                # Lost the share during a session with no copy on disk: keep what is in memory.
                self._go_offline(self.loaded_at)
                return
            reason = exc.strerror or str(exc)
            raise UserError(
                f"De clausulebibliotheek {self.root} is niet bereikbaar ({reason}) en er is geen lokale kopie.",
                f"The clause library {self.root} is unreachable ({reason}) and there is no local copy.",
            ) from exc
        self._clauses = {c.id: c for c in snapshot.clauses}
        self._conflicts = {}
        self._index = None
        self._sorted = None
        self.problems = []
        self._go_offline(snapshot.copied_at)
        if unreadable:  # the bounded check passed: not "niet bereikbaar", but the reads failed
            reason = exc.strerror or str(exc)
            date = snapshot.copied_at.astimezone().strftime("%d-%m-%Y %H:%M")
            self._set_read_only(
                f"De clausulebibliotheek op {self.root} kon niet worden gelezen ({reason}). U werkt met de lokale kopie van {date}; de app probeert het opnieuw.",
                f"The clause library at {self.root} could not be read ({reason}). You are working from the local copy of {date}; the app will try again.",
            )

    def _go_offline(self, since: dt.datetime) -> None:
        self.offline_since = since
        date = since.astimezone().strftime("%d-%m-%Y %H:%M")
        self._set_read_only(
            f"De clausulebibliotheek op {self.root} is niet bereikbaar. U werkt met de lokale kopie van {date}; bewerken kan pas weer als de map terug is.",
            f"The clause library at {self.root} is unreachable. You are working from the local copy of {date}; editing is possible again once the folder is back.",
        )

    def _set_read_only(self, nl: str, en: str) -> None:
        self.read_only = True
        self.read_only_reason = (nl, en)

    @property
    def status_message(self) -> str:
        """One line for the status bar: empty when the library is online and writable."""
        return pick(*self.read_only_reason) if self.read_only_reason else ""

    # --- reading ------------------------------------------------------------------------

    @property
    def clauses(self) -> list[Clause]:
        """All loaded clauses (retired ones too), sorted by id. Treat the list as read-only."""
        if self._sorted is None or len(self._sorted) != len(self._clauses):
            self._sorted = [self._clauses[k] for k in sorted(self._clauses)]
        return self._sorted

    def conflicts(self) -> dict[str, list[Clause]]:
        """Clauses with more than one current version: id -> every head, newest first."""
        return {k: list(v) for k, v in sorted(self._conflicts.items())}

    def prepare_search(self) -> None:
        """Build the search index now (e.g. in the loading thread) instead of at the first search."""
        if self._index is None:
            self._index = SearchIndex(self.clauses)

    def prepare_suggestions(self) -> None:
        """Analyse every active clause on its own now (e.g. in the loading thread)."""
        for clause in self.clauses:
            if clause.active:
                clause_coverage(clause)

    def get(self, clause_id: str) -> Clause | None:
        return self._clauses.get(clause_id)

    def __len__(self) -> int:
        return len(self._clauses)

    def search(
        self, query: str, item_id: str | None = None, jurisdiction: str | None = None,
        status: str | None = "active", limit: int | None = None,
    ) -> list[Clause]:
        if self._index is None:
            self._index = SearchIndex(self.clauses)
        return search(self._index, query, item_id=item_id, jurisdiction=jurisdiction, status=status, limit=limit)

    def suggest(
        self, item_id: str, policy: Policy | None, *, jurisdiction: str | None = None, include_outdated: bool = False, limit: int = 10
    ) -> list[Clause]:
        text = PlainText.from_policy(policy).text if policy is not None else ""
        juris = jurisdiction or (policy.meta.jurisdiction if policy is not None else None)
        if juris is None and text.strip():
            try:  # unknown jurisdiction: guess it from the text as the checklist does
                from editor.core.checklist import guess_jurisdiction

                juris = guess_jurisdiction(text, policy.meta.language if policy is not None else "")
            except ImportError:
                juris = None
        return suggest(
            self.clauses, item_id, text, juris, include_outdated=include_outdated, limit=limit,
            topic=item_topic(item_id), coverage=clause_coverage,
        )

    def history(self, clause_id: str) -> list[Clause]:
        """Every kept revision of a clause, oldest first (format-1 history included)."""
        try:
            revs = share.bounded(lambda: self._writer().history(clause_id), self.LOAD_TIMEOUT, "history")
        except OSError:
            return []
        unique: dict[str, Clause] = {}
        for rev in revs:
            unique.setdefault(rev_id(rev), rev)
        return sorted(unique.values(), key=order_key)

    def new_id(self, title: str) -> str:
        from editor.core.library.clause import slugify

        return slugify(title, set(self._clauses))

    # --- writing ------------------------------------------------------------------------

    def _writer(self) -> ShareWriter:
        return ShareWriter(Path(self.root))

    def add(self, clause: Clause, *, author: str = "") -> Clause:
        """Save a new clause (revision 1). Fails with ConflictError if the id is taken."""
        return self.save(replace(clause, created=clause.created or _now()), 0, author=author)

    def retire(self, clause_id: str, base_revision: int, *, author: str = "") -> Clause:
        current = self.get(clause_id)
        if current is None:
            raise UserError(f"Onbekende clausule '{clause_id}'.", f"Unknown clause '{clause_id}'.")
        return self.save(replace(current, status="retired"), base_revision, author=author)

    def save(self, clause: Clause, base_revision: int, *, author: str = "") -> Clause:
        """Save `clause`, edited from revision `base_revision`, as a new revision file.

        Returns the saved revision once it was read back from the share. If another version was
        saved from the same parent, both are kept and ConflictError(kept=True) says so. A stale
        base_revision that no revision has, or an id that is taken (add), is refused with
        ConflictError(kept=False). ReadOnlyError/LibraryOfflineError/WriteError: nothing saved.
        """
        self._validate(clause, author)
        self._check_writable()
        now = _now()
        new = replace(clause, modified=now, author=author or clause.author, format_version=FORMAT_VERSION,
                      created=clause.created or now)
        saved, state = self._bounded_write(lambda: self._writer().save(new, base_revision, secrets.token_hex(8)))
        return self._after_write(saved, state)

    def resolve(self, clause_id: str, chosen: Clause, *, author: str = "", seen: list[str] | None = None) -> Clause:
        """End a conflict: `chosen` (one of the versions, possibly edited) becomes a new revision
        that replaces every head in `seen` (rev_ids; default: the heads on the share now)."""
        self._validate(chosen, author)
        self._check_writable()
        now = _now()
        new = replace(chosen, id=clause_id, modified=now, author=author or chosen.author, format_version=FORMAT_VERSION)
        saved, state = self._bounded_write(lambda: self._writer().resolve(new, seen, secrets.token_hex(8)))
        return self._after_write(saved, state)

    def _validate(self, clause: Clause, author: str) -> None:
        if not ID_RE.match(clause.id):
            raise UserError(f"Ongeldige id '{clause.id}'.", f"Invalid id '{clause.id}'.")
        if clause.origin == "team" and not (author or clause.author):
            raise UserError(
                "Een clausule van het team vermeldt altijd de auteur.", "A clause written by the team always names its author."
            )

    def _bounded_write(self, fn):  # type: ignore[no-untyped-def]
        try:
            return share.bounded(fn, self.SAVE_TIMEOUT, "save")
        except (ConflictError, UserError):
            raise
        except PermissionError as exc:
            if self._share_reachable():
                self._set_read_only(
                    f"U hebt geen schrijfrechten op {self.root}; de bibliotheek is alleen-lezen.",
                    f"You have no write permission on {self.root}; the library is read-only.",
                )
                raise ReadOnlyError(*self.read_only_reason) from exc  # type: ignore[misc]
            raise self._write_failed(exc) from exc
        except OSError as exc:
            raise self._write_failed(exc) from exc

    def _after_write(self, saved: Clause, state: ClauseState) -> Clause:
        self._clauses[saved.id] = state.current
        if state.in_conflict:
            self._conflicts[saved.id] = state.heads
        else:
            self._conflicts.pop(saved.id, None)
        self._index = None
        self._sorted = None
        self._fingerprint = f"{self._fingerprint}+{rev_id(saved)}"
        self._update_offline_copy()  # the offline copy holds what this user just saved too
        if state.in_conflict:
            theirs = next((h for h in state.heads if rev_id(h) != rev_id(saved)), None)
            raise ConflictError(saved, theirs, kept=True)
        return saved

    def _check_writable(self) -> None:
        if self.read_only:
            nl, en = self.read_only_reason or ("Alleen-lezen.", "Read-only.")
            if self.offline_since is not None:
                raise LibraryOfflineError(nl, en)
            raise ReadOnlyError(nl, en)

    def _write_failed(self, exc: OSError) -> UserError:
        """The share failed during a write: offline only if the bounded check fails too."""
        if not self._share_reachable():
            self._go_offline(self.loaded_at or dt.datetime.now(dt.UTC))
            nl, en = self.read_only_reason  # type: ignore[misc]
            return LibraryOfflineError(nl + " Er is niets opgeslagen.", en + " Nothing was saved.")
        reason = exc.strerror or str(exc)
        return WriteError(
            f"Opslaan in {self.root} is niet gelukt of niet bevestigd ({reason}). Probeer het opnieuw; uw tekst is niet verloren.",
            f"Saving to {self.root} failed or was not confirmed ({reason}). Try again; your text is not lost.",
        )
