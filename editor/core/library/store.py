"""The clause library as a folder on a share: load with an index, save with optimistic concurrency.

Layout of a library folder (a UNC path such as \\\\server\\juridisch\\clausules or a POSIX mount):

    clauses/<id>.md            one human-readable file per clause (see clause.py)
    history/<id>/r000003.md    every revision ever saved; the slot file is also the write lock
    index.json                 metadata + text of every clause with the size and mtime it had

Readers never lock. They list clauses/, stat each file and take a clause from the index when
size and mtime still match; only changed files are read. A damaged file is skipped and
reported; the rest loads.

Writers never overwrite a revision. save(clause, base_revision) checks the live file is still
at base_revision, then claims history/<id>/r<base+1>.md with O_CREAT|O_EXCL. Exclusive create
is honoured by SMB and NFS (unlike byte-range locks), so of two simultaneous savers exactly
one gets the slot; the other gets a ConflictError carrying both texts. The winner then
replaces the live file atomically (temp file + os.replace). No SQLite, no lock files that a
crashed client could leave behind forever: a slot is complete (rolled forward by the next
writer) or visibly incomplete (set aside after STALE_SLOT_SECONDS).

All file reads go through read_bytes() so a benchmark can add latency in one place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
import json
import os
import re
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path, PurePath
from typing import Any

from editor.core.atomic import atomic_write_bytes
from editor.core.errors import UserError, WriteError
from editor.core.i18n import pick
from editor.core.library import cache as _cache
from editor.core.library.clause import (
    FORMAT_VERSION,
    ID_RE,
    SUFFIX,
    Clause,
    ClauseFormatError,
    parse_clause,
    slugify,
)
from editor.core.library.search import SearchIndex, search, suggest
from editor.core.model import Policy, PolicyMeta
from editor.core.plaintext import PlainText

CLAUSES_DIR = "clauses"
HISTORY_DIR = "history"
INDEX_FILE = "index.json"
INDEX_VERSION = 1
STALE_SLOT_SECONDS = 600  # an incomplete history slot older than this was abandoned by a crashed writer
MAX_CLAUSE_BYTES = 1_000_000  # a clause is a few kB; anything this big is not one
READ_THREADS = 16  # parallel reads of changed files (network latency, not CPU, is the limit)
RACY_SECONDS = 2.0  # mtime granularity of SMB/FAT: files this close to the index's own time are re-read
_SLOT_RE = re.compile(r"^r(\d{6,})\.md$")


def read_bytes(path: Path) -> bytes:
    """Every read of a library file goes through here (benchmarks wrap it to add latency)."""
    with open(path, "rb") as fh:
        return fh.read()


def clause_path(root: PurePath, clause_id: str) -> PurePath:
    return root / CLAUSES_DIR / f"{clause_id}{SUFFIX}"


def history_dir(root: PurePath, clause_id: str) -> PurePath:
    return root / HISTORY_DIR / clause_id


def slot_path(root: PurePath, clause_id: str, revision: int) -> PurePath:
    return history_dir(root, clause_id) / f"r{revision:06d}{SUFFIX}"


def save_aside(clause: Clause, folder: Path | None = None) -> Path:
    """Keep a curator's text on the local disk (after a conflict or when offline), so nothing
    typed is lost: <data dir>/library-conflicts/<id>-<time>.md. Returns the file's path."""
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


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass
class LoadProblem:
    file: str
    nl: str
    en: str

    @property
    def message(self) -> str:
        return f"{self.file}: {pick(self.nl, self.en)}"


class ConflictError(UserError):
    """The clause moved on since the user started editing. Both versions are kept here."""

    def __init__(self, mine: Clause, theirs: Clause | None, nl: str = "", en: str = "") -> None:
        if theirs is None:
            default_nl = f"Clausule '{mine.id}' staat niet (meer) in de bibliotheek. Uw tekst is niet verloren."
            default_en = f"Clause '{mine.id}' is not (or no longer) in the library. Your text is not lost."
        else:
            who = f" ({theirs.author})" if theirs.author else ""
            default_nl = f"Clausule '{mine.id}' is intussen gewijzigd (nu revisie {theirs.revision}{who}). Uw tekst is niet verloren; vergelijk beide versies."
            default_en = f"Clause '{mine.id}' was changed meanwhile (now revision {theirs.revision}{who}). Your text is not lost; compare both versions."
        super().__init__(nl or default_nl, en or default_en)
        self.mine = mine
        self.theirs = theirs


class ReadOnlyError(UserError):
    """Writing is refused: offline copy, no write permission or the shipped library."""


class LibraryOfflineError(ReadOnlyError):
    """The share became unreachable; the library now runs from the offline copy."""


_DEFAULT_READ_ONLY = (
    "De standaardbibliotheek is alleen-lezen; kies een gedeelde map om clausules te bewerken.",
    "The default library is read-only; choose a shared folder to edit clauses.",
)


@lru_cache(maxsize=64)
def _item_topic(item_id: str) -> str:
    """The checklist item's Dutch title, used to prefer clauses whose title is about it."""
    try:
        from editor.core.checklist import load_catalogue

        item = load_catalogue().item(item_id)
        return str(getattr(item, "title_nl", "") or "")
    except Exception:  # unknown item or no catalogue: rank without it
        return ""


@lru_cache(maxsize=8192)
def _statuses_on_own(title: str, body: str, jurisdiction: str) -> dict[str, str]:
    """{item id: status} of a clause analysed on its own (heading + body, placeholders filled as
    when the library is tagged). Keyed by the text, so an edited clause is analysed again; a few
    ms per clause, once per process."""
    try:
        from editor.core.checklist import analyze
        from editor.core.library.build import _filled_blocks

        juris = jurisdiction if jurisdiction in ("BE", "NL") else None
        blocks = _filled_blocks(title, body)
        report = analyze(Policy(blocks=blocks, meta=PolicyMeta(jurisdiction=juris)), juris)
    except Exception:  # no checklist engine or a clause it cannot read: rank without completeness
        return {}
    return {item.id: item.status for item in report.items}


def clause_coverage(clause: Clause) -> dict[str, str]:
    """What the checklist makes of `clause` alone: {item id: present/partial/missing/not_applicable}."""
    return _statuses_on_own(clause.title, clause.body, clause.jurisdiction)


class ClauseLibrary:
    def __init__(self, root: PurePath, cache_dir: Path | None = None) -> None:
        self.root = root
        self.cache_dir = cache_dir
        self._clauses: dict[str, Clause] = {}
        self.problems: list[LoadProblem] = []
        self.read_only = False
        self.read_only_reason: tuple[str, str] | None = None
        self.offline_since: dt.datetime | None = None
        self.loaded_at: dt.datetime | None = None
        self.files_read = 0  # how many clause files were actually read (not taken from the index)
        self._index: SearchIndex | None = None
        self._fixed_read_only = False

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

    _use_cache = True

    def reload(self) -> None:
        """Read the share again; fall back to (or stay on) the offline copy if it is unreachable."""
        gc_was_enabled = gc.isenabled()
        gc.disable()  # loading creates many small objects and no cycles: skip needless collections
        try:
            self._load_from_share()
        except OSError as exc:
            self._load_offline(exc)
            return
        finally:
            if gc_was_enabled:
                gc.enable()
        self.offline_since = None
        if self._fixed_read_only:
            self._set_read_only(*_DEFAULT_READ_ONLY)
        else:
            self.read_only = False
            self.read_only_reason = None
        if self._use_cache:
            with contextlib.suppress(OSError, UserError):
                _cache.update_snapshot(
                    self._cache_folder(), self.root, self.clauses, self.loaded_at or dt.datetime.now(dt.UTC), self._fingerprint
                )

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
        try:
            with os.scandir(self.root) as it:  # listable, not just present
                next(it, None)
            return True
        except OSError:
            return False

    def _cache_folder(self) -> Path:
        return _cache.cache_folder(self.root, self.cache_dir)

    def _load_offline(self, exc: OSError) -> None:
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
        self._index = None
        self._sorted = None
        self.problems = []
        self._go_offline(snapshot.copied_at)

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

    # --- loading ------------------------------------------------------------------------

    def _load_from_share(self) -> None:
        root = Path(self.root)
        if not root.is_dir():
            raise FileNotFoundError(2, "map niet gevonden / folder not found", str(root))
        folder = root / CLAUSES_DIR
        index, index_mtime = self._read_index(root / INDEX_FILE)
        clauses: dict[str, Clause] = {}
        problems: list[LoadProblem] = []
        new_entries: dict[str, Any] = {}
        files_read = 0
        fingerprint = hashlib.sha256()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except FileNotFoundError:
            if not root.is_dir():
                raise
            entries = []  # a new, empty library
        to_read: list[tuple[str, str]] = []  # (name, path) of files whose index entry is stale
        stats: dict[str, os.stat_result] = {}
        for entry in entries:
            name = entry.name
            if name.startswith(".") or not name.endswith(SUFFIX):
                continue  # temp files of writers in progress, probes, foreign files
            st = entry.stat()
            stats[name] = st
            fingerprint.update(f"{name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
            cached = index.get(name)
            clause = None
            if (
                isinstance(cached, dict)
                and cached.get("size") == st.st_size
                and cached.get("mtime_ns") == st.st_mtime_ns
                and index_mtime is not None
                and st.st_mtime_ns < index_mtime - RACY_SECONDS * 1e9
            ):
                try:
                    clause = Clause.from_json(cached.get("clause"))
                except ClauseFormatError:
                    clause = None
                if clause is not None and clause.id + SUFFIX != name:
                    clause = None
            if clause is None:
                if st.st_size > MAX_CLAUSE_BYTES:
                    problems.append(LoadProblem(
                        name,
                        f"te groot voor een clausule ({st.st_size // 1024} kB)",
                        f"too large for a clause ({st.st_size // 1024} kB)",
                    ))
                    continue
                to_read.append((name, entry.path))
            else:
                clauses[clause.id] = clause
                new_entries[name] = cached
        parsed = 0  # files read and understood: what a rewritten index would gain
        for name, result in self._read_many(to_read):
            if isinstance(result, OSError):
                if not root.is_dir():
                    raise result  # the share went away while loading
                problems.append(LoadProblem(name, f"niet leesbaar: {result.strerror}", f"unreadable: {result.strerror}"))
                continue
            try:
                clause = parse_clause(result, name=name)
            except ClauseFormatError as err:
                problems.append(LoadProblem(name, err.nl, err.en))
                continue
            clauses[clause.id] = clause
            parsed += 1
        files_read = len(to_read)
        for cid, clause in clauses.items():
            if cid + SUFFIX not in new_entries:
                st = stats[cid + SUFFIX]
                new_entries[cid + SUFFIX] = {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "clause": clause.to_json()}
        clauses = {k: clauses[k] for k in sorted(clauses)}
        self._clauses = clauses
        self.problems = problems
        self.files_read = files_read
        self._index = None
        self._sorted = None
        self._fingerprint = fingerprint.hexdigest()
        self.loaded_at = dt.datetime.now(dt.UTC)
        if parsed or set(new_entries) != set(index):
            # Keep the index useful for the next reader; best effort, a reader never fails on it.
            # (A damaged file alone does not cause a rewrite: it would be re-read anyway.)
            with contextlib.suppress(OSError, UserError):
                if not self._fixed_read_only:
                    self._write_index(new_entries)

    _fingerprint = ""

    @staticmethod
    def _read_many(items: list[tuple[str, str]]) -> list[tuple[str, bytes | OSError]]:
        """Read files, in parallel when there are many: on a share each read is a round trip."""

        def one(item: tuple[str, str]) -> tuple[str, bytes | OSError]:
            try:
                return item[0], read_bytes(Path(item[1]))
            except OSError as exc:
                return item[0], exc

        if len(items) <= 8:
            return [one(i) for i in items]
        with ThreadPoolExecutor(max_workers=READ_THREADS) as pool:
            return list(pool.map(one, items))

    def _read_index(self, path: Path) -> tuple[dict[str, Any], int | None]:
        try:
            st = os.stat(path)
            data = json.loads(read_bytes(path).decode("utf-8"))
        except (OSError, ValueError):
            return {}, None
        if not isinstance(data, dict) or data.get("index_version") != INDEX_VERSION:
            return {}, None
        entries = data.get("entries")
        return (entries if isinstance(entries, dict) else {}), st.st_mtime_ns

    def _write_index(self, entries: dict[str, Any]) -> None:
        data = {"index_version": INDEX_VERSION, "entries": {k: entries[k] for k in sorted(entries)}}
        atomic_write_bytes(Path(self.root) / INDEX_FILE, json.dumps(data, ensure_ascii=False).encode("utf-8"))

    # --- reading ------------------------------------------------------------------------

    @property
    def clauses(self) -> list[Clause]:
        """All loaded clauses (retired ones too), sorted by id. Treat the list as read-only."""
        if self._sorted is None or len(self._sorted) != len(self._clauses):
            self._sorted = [self._clauses[k] for k in sorted(self._clauses)]
        return self._sorted

    _sorted: list[Clause] | None = None

    def prepare_search(self) -> None:
        """Build the search index now (e.g. in the loading thread) instead of at the first search."""
        if self._index is None:
            self._index = SearchIndex(self.clauses)

    def prepare_suggestions(self) -> None:
        """Analyse every active clause on its own now (e.g. in the loading thread), so the first
        suggestions for an item need no analysis; results are kept per clause text."""
        for clause in self.clauses:
            if clause.active:
                clause_coverage(clause)

    def get(self, clause_id: str) -> Clause | None:
        return self._clauses.get(clause_id)

    def __len__(self) -> int:
        return len(self._clauses)

    def search(
        self,
        query: str,
        item_id: str | None = None,
        jurisdiction: str | None = None,
        status: str | None = "active",
        limit: int | None = None,
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
            self.clauses,
            item_id,
            text,
            juris,
            include_outdated=include_outdated,
            limit=limit,
            topic=_item_topic(item_id),
            coverage=clause_coverage,
        )

    def history(self, clause_id: str) -> list[Clause]:
        """Every kept revision of a clause, oldest first (incomplete slots are left out)."""
        folder = Path(history_dir(self.root, clause_id))
        out: list[Clause] = []
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            return out
        for name in names:
            if not _SLOT_RE.match(name):
                continue
            try:
                out.append(parse_clause(read_bytes(folder / name)))
            except (ClauseFormatError, OSError):
                continue
        return sorted(out, key=lambda c: c.revision)

    def new_id(self, title: str) -> str:
        used = set(self._clauses)
        with contextlib.suppress(OSError):
            used |= {n[: -len(SUFFIX)] for n in os.listdir(Path(self.root) / CLAUSES_DIR) if n.endswith(SUFFIX)}
        return slugify(title, used)

    # --- writing ------------------------------------------------------------------------

    def add(self, clause: Clause, *, author: str = "") -> Clause:
        """Save a new clause (revision 1). Fails with ConflictError if the id is taken."""
        now = _now()
        return self.save(replace(clause, created=clause.created or now), 0, author=author)

    def retire(self, clause_id: str, base_revision: int, *, author: str = "") -> Clause:
        current = self.get(clause_id)
        if current is None:
            raise UserError(f"Onbekende clausule '{clause_id}'.", f"Unknown clause '{clause_id}'.")
        return self.save(replace(current, status="retired"), base_revision, author=author)

    def save(self, clause: Clause, base_revision: int, *, author: str = "") -> Clause:
        """Save `clause` as revision base_revision + 1.

        Raises ConflictError (with both versions) if the clause is no longer at base_revision,
        ReadOnlyError/LibraryOfflineError when writing is not possible. Nothing is left half
        written: on any failure the slot this call claimed is removed again.
        """
        if not ID_RE.match(clause.id):
            raise UserError(f"Ongeldige id '{clause.id}'.", f"Invalid id '{clause.id}'.")
        if clause.origin == "team" and not (author or clause.author):
            raise UserError(
                "Een clausule van het team vermeldt altijd de auteur.", "A clause written by the team always names its author."
            )
        self._check_writable()
        root = Path(self.root)
        live = Path(clause_path(root, clause.id))
        current = self._read_live(live)
        current, free_slot = self._settle(clause, current)
        cur_rev = current.revision if current else 0
        if cur_rev != base_revision:
            raise ConflictError(clause, current)
        now = _now()
        new = replace(
            clause,
            revision=free_slot,  # base_revision + 1 unless a crashed writer left a slot behind
            modified=now,
            created=(current.created if current and current.created else clause.created or now),
            author=author or clause.author,
            format_version=FORMAT_VERSION,
        )
        data = new.to_bytes()
        hist = Path(history_dir(root, clause.id))
        try:
            (root / CLAUSES_DIR).mkdir(exist_ok=True)  # never parents=True: do not recreate a vanished share
            (root / HISTORY_DIR).mkdir(exist_ok=True)
            hist.mkdir(exist_ok=True)
        except OSError as exc:
            raise self._write_failed(exc) from exc
        if current is not None:
            # Hand-made or shipped clauses have no history yet: keep the base revision too.
            self._create_exclusive(Path(slot_path(root, clause.id, cur_rev)), current.to_bytes(), ignore_exists=True)
        slot = Path(slot_path(root, clause.id, new.revision))
        try:
            self._create_exclusive(slot, data)
        except FileExistsError:
            theirs = self._read_slot(slot) or self._read_live(live)
            raise ConflictError(clause, theirs) from None
        try:
            latest = self._read_live(live)
            # Only move forward: a writer that stalled for minutes must not undo a newer revision.
            if latest is None or latest.revision < new.revision:
                self._replace(live, data)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(slot)
            raise
        self._clauses[new.id] = new
        self._index = None
        self._sorted = None
        with contextlib.suppress(OSError, UserError):
            self._update_index_entry(live, new)
        return new

    def _check_writable(self) -> None:
        if self.read_only:
            nl, en = self.read_only_reason or ("Alleen-lezen.", "Read-only.")
            if self.offline_since is not None:
                raise LibraryOfflineError(nl, en)
            raise ReadOnlyError(nl, en)
        root = Path(self.root)
        # Probe before touching anything: a share that is gone or half-available gets no files.
        try:
            if not root.is_dir():
                raise FileNotFoundError(2, "folder not found", str(root))
            target = root / CLAUSES_DIR if (root / CLAUSES_DIR).is_dir() else root
            probe = target / f".probe-{uuid.uuid4().hex}.tmp"
            fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
            try:
                os.write(fd, b"probe")
            finally:
                os.close(fd)
                with contextlib.suppress(OSError):
                    os.unlink(probe)
        except PermissionError as exc:
            if root.is_dir():
                self._set_read_only(
                    f"U hebt geen schrijfrechten op {root}; de bibliotheek is alleen-lezen.",
                    f"You have no write permission on {root}; the library is read-only.",
                )
                raise ReadOnlyError(*self.read_only_reason) from exc  # type: ignore[misc]
            raise self._write_failed(exc) from exc
        except OSError as exc:
            raise self._write_failed(exc) from exc

    def _write_failed(self, exc: OSError) -> UserError:
        """The share failed during a write: switch to offline mode and tell the user."""
        if not self._share_reachable():
            self._go_offline(self.loaded_at or dt.datetime.now(dt.UTC))
            nl, en = self.read_only_reason  # type: ignore[misc]
            return LibraryOfflineError(nl + " Er is niets opgeslagen.", en + " Nothing was saved.")
        return WriteError(
            f"Kan niet schrijven naar {self.root}: {exc.strerror or exc}",
            f"Cannot write to {self.root}: {exc.strerror or exc}",
        )

    def _read_live(self, live: Path) -> Clause | None:
        try:
            return parse_clause(read_bytes(live), name=live.name)
        except FileNotFoundError as exc:
            if not Path(self.root).is_dir():
                raise self._write_failed(exc) from exc  # the share is gone, not the clause
            return None
        except ClauseFormatError:
            # A damaged live file: its last good revision is in the history.
            hist = self.history(live.name[: -len(SUFFIX)])
            return hist[-1] if hist else None
        except OSError as exc:
            raise self._write_failed(exc) from exc

    def _read_slot(self, slot: Path) -> Clause | None:
        try:
            return parse_clause(read_bytes(slot))
        except (OSError, ClauseFormatError):
            return None

    def _settle(self, mine: Clause, current: Clause | None) -> tuple[Clause | None, int]:
        """Look at the history slots above the live revision; return (current, free slot).

        A complete slot there is a save that claimed its slot but did not replace the live file
        (crash, lost share): it is rolled forward. An incomplete slot is a save in progress
        (conflict) or, after STALE_SLOT_SECONDS, abandoned by a crashed writer: it is skipped and
        left in place. Nothing is renamed or deleted, so two writers can never disturb each
        other's slots; they only ever compete for the same free slot."""
        root = Path(self.root)
        rev = current.revision if current else 0
        k = rev + 1
        while True:
            slot = Path(slot_path(root, mine.id, k))
            try:
                st = os.stat(slot)
            except FileNotFoundError:
                return current, k
            except OSError as exc:
                raise self._write_failed(exc) from exc
            done = self._read_slot(slot)
            if done is None or done.revision != k or done.id != mine.id:
                if time.time() - st.st_mtime < STALE_SLOT_SECONDS:
                    raise ConflictError(
                        mine,
                        current,
                        f"Clausule '{mine.id}' wordt op dit moment door iemand anders opgeslagen. Probeer het zo opnieuw; uw tekst is niet verloren.",
                        f"Clause '{mine.id}' is being saved by someone else right now. Try again shortly; your text is not lost.",
                    )
                k += 1  # abandoned by a crashed writer: kept as it is, never reused
                continue
            try:
                self._replace(Path(clause_path(root, mine.id)), read_bytes(slot))
            except OSError as exc:
                raise self._write_failed(exc) from exc
            current, k = done, k + 1

    def _create_exclusive(self, path: Path, data: bytes, *, ignore_exists: bool = False) -> None:
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            if ignore_exists:
                return
            raise
        except OSError as exc:
            raise self._write_failed(exc) from exc
        try:
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(path)
            raise self._write_failed(exc) from exc

    def _replace(self, path: Path, data: bytes) -> None:
        # On Windows os.replace fails while a reader has the file open: retry briefly.
        for attempt in range(20):
            try:
                atomic_write_bytes(path, data)
                return
            except WriteError as exc:
                cause = exc.__cause__
                if isinstance(cause, PermissionError) and attempt < 19 and path.parent.is_dir():
                    time.sleep(0.05)
                    continue
                if isinstance(cause, OSError):
                    raise self._write_failed(cause) from cause
                raise

    def _update_index_entry(self, live: Path, clause: Clause) -> None:
        st = os.stat(live)
        path = Path(self.root) / INDEX_FILE
        entries, _ = self._read_index(path)
        entries[live.name] = {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "clause": clause.to_json()}
        self._write_index(entries)
