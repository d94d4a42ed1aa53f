"""Two curators in two long-lived processes save the same clause at the same moment, round after
round, while a reader reloads; used on a local folder and on a real SMB share mounted twice.

Each round: curator 0 resolves the previous round's conflict (as a curator would), both reload,
a barrier releases both saves at once. Every text a curator was told is saved (outright or kept
as one side of a conflict) must be on the share at the end.
"""

from __future__ import annotations

import multiprocessing as mp
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from editor.core.library import ClauseLibrary, ConflictError
from editor.core.library.revisions import rev_id

CLAUSE = "gedeeld"


def _open(root: str, timeouts: dict[str, float]) -> ClauseLibrary:
    """A curator's library, live on the share before the race starts.

    A freshly mounted share can miss the first bounded check on a loaded machine (a cold FUSE
    mount); the race is about concurrent saves, so each workstation first waits until its share
    answers, as a curator would before starting to edit."""
    lib = ClauseLibrary(Path(root))
    lib._use_cache = False
    for key, value in timeouts.items():
        setattr(lib, key, value)
    deadline = time.monotonic() + 90
    lib.reload()
    while lib.offline_since is not None and time.monotonic() < deadline:
        time.sleep(1.0)
        lib.reload()
    return lib


def curator(root: str, name: str, index: int, rounds: int, barrier: Any, results: Any, timeouts: dict[str, float]) -> None:
    lib = _open(root, timeouts)
    for r in range(rounds):
        try:
            barrier.wait(timeout=120)
            if index == 0:
                lib.reload()
                heads = lib.conflicts().get(CLAUSE)
                if heads:
                    try:
                        lib.resolve(CLAUSE, heads[0], author=name, seen=[rev_id(h) for h in heads])
                    except ConflictError as exc:
                        if not exc.kept:
                            raise
                        results.put((r, name, "resolve-left-conflict", ""))  # a head it had not seen yet
            barrier.wait(timeout=120)
            lib.reload()
            current = lib.get(CLAUSE)
            assert current is not None
            barrier.wait(timeout=120)
            body = f"Ronde {r} door {name}."
            try:
                lib.save(replace(current, body=body), current.revision, author=name)
                results.put((r, name, "saved", body))
            except ConflictError as exc:
                results.put((r, name, "conflict" if exc.kept else "refused", body))
        except Exception as exc:  # reported to the parent, which fails the test
            import traceback

            results.put((r, name, f"error {type(exc).__name__}: {exc}\n{traceback.format_exc()}", ""))
            barrier.abort()
            return


def reader(root: str, stop: Any, results: Any, timeouts: dict[str, float]) -> None:
    lib = _open(root, timeouts)
    reloads = errors = 0
    messages: list[str] = []
    while not stop.is_set():
        try:
            lib.reload()
            if lib.offline_since is not None or lib.get(CLAUSE) is None:
                errors += 1
                messages.append(lib.status_message or "clause missing")
            reloads += 1
        except Exception as exc:
            errors += 1
            messages.append(f"{type(exc).__name__}: {exc}")
        time.sleep(0.2)
    results.put(("reader", reloads, errors, messages[:5]))


@dataclass
class RaceResult:
    rounds: int
    outcomes: dict[int, list[tuple[str, str]]] = field(default_factory=dict)  # round -> [(name, outcome)]
    told_saved: list[str] = field(default_factory=list)  # texts a curator was told are on the share
    reader_reloads: int = 0
    reader_errors: int = 0
    reader_messages: list[str] = field(default_factory=list)
    seconds: float = 0.0
    resolves_left_conflict: int = 0

    def count(self, pattern: tuple[str, ...]) -> int:
        return sum(1 for o in self.outcomes.values() if tuple(sorted(x for _, x in o)) == pattern)


def run_race(roots: list[str], rounds: int, reader_root: str | None = None, timeouts: dict[str, float] | None = None) -> RaceResult:
    ctx = mp.get_context("spawn")  # fresh interpreters, as on two workstations
    barrier = ctx.Barrier(2)
    results = ctx.Queue()
    stop = ctx.Event()
    timeouts = timeouts or {}
    names = ["An", "Bert"]
    procs = [ctx.Process(target=curator, args=(roots[i], names[i], i, rounds, barrier, results, timeouts)) for i in range(2)]
    read_proc = ctx.Process(target=reader, args=(reader_root, stop, results, timeouts)) if reader_root else None
    started = time.monotonic()
    for p in procs + ([read_proc] if read_proc else []):
        p.start()
    out = RaceResult(rounds)
    got = 0
    while got < 2 * rounds:
        row = results.get(timeout=600)
        if row[0] == "reader":
            continue
        r, name, outcome, body = row
        if outcome == "resolve-left-conflict":
            out.resolves_left_conflict += 1
            continue
        out.outcomes.setdefault(r, []).append((name, outcome))
        if outcome in ("saved", "conflict"):
            out.told_saved.append(body)
        got += 1
        if outcome.startswith("error"):
            break
    for p in procs:
        p.join(timeout=120)
    out.seconds = time.monotonic() - started
    if read_proc:
        stop.set()
        row = results.get(timeout=120)
        _, out.reader_reloads, out.reader_errors, out.reader_messages = row
        read_proc.join(timeout=60)
    return out


def texts_on_share(root: Path) -> set[str]:
    """Every text the share holds for the race clause, read straight from the server's folder."""
    from editor.core.library.clause import parse_clause

    return {parse_clause(p.read_bytes()).body for p in (root / "revisions").glob(f"{CLAUSE}~*.md")}
