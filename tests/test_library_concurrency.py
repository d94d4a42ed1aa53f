"""Two OS processes save the same clause at the same moment, 50 times over.

Each round exactly one wins and the other gets a conflict; no file is ever damaged and every
revision is kept in the history.
"""

from __future__ import annotations

import multiprocessing as mp
from dataclasses import replace
from pathlib import Path

import pytest

from editor.core.library import Clause, ClauseLibrary, ConflictError, parse_clause

ROUNDS = 50


def _worker(root: str, name: str, barrier, results) -> None:
    lib = ClauseLibrary.open(root, use_cache=False)
    clause = lib.get("gedeeld")
    for r in range(ROUNDS):
        base = 1 + r  # one save wins per round, so the revision grows by one each round
        barrier.wait(timeout=60)
        try:
            saved = lib.save(replace(clause, body=f"Ronde {r} door {name}."), base, author=name)
            results.put((r, name, "won", saved.revision))
        except ConflictError as exc:
            results.put((r, name, "conflict", exc.theirs.revision if exc.theirs else -1))
        except Exception as exc:  # reported to the parent, which fails the test
            results.put((r, name, f"error {type(exc).__name__}: {exc}", -1))
        barrier.wait(timeout=60)


@pytest.mark.slow
def test_two_processes_saving_same_clause_exactly_one_wins(tmp_path):
    root = tmp_path / "clausules"
    root.mkdir()
    ClauseLibrary.open(root, use_cache=False).add(
        Clause(id="gedeeld", title="Gedeeld", body="Start.", item_ids=["retention"]), author="setup"
    )
    ctx = mp.get_context("spawn")  # fresh interpreters, as on Windows
    barrier = ctx.Barrier(2)
    results = ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(str(root), n, barrier, results)) for n in ("An", "Bert")]
    for p in procs:
        p.start()
    rows = [results.get(timeout=120) for _ in range(2 * ROUNDS)]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    by_round: dict[int, list[tuple[str, str, int]]] = {}
    for r, name, outcome, rev in rows:
        by_round.setdefault(r, []).append((name, outcome, rev))
    winners: dict[int, str] = {}
    for r in range(ROUNDS):
        outcomes = sorted(o for _, o, _ in by_round[r])
        assert outcomes == ["conflict", "won"], (r, by_round[r])
        winners[r] = next(n for n, o, _ in by_round[r] if o == "won")
        assert next(rev for _, o, rev in by_round[r] if o == "won") == r + 2
    live = parse_clause((root / "clauses" / "gedeeld.md").read_bytes())
    assert live.revision == ROUNDS + 1 and live.body == f"Ronde {ROUNDS - 1} door {winners[ROUNDS - 1]}."
    hist = sorted((root / "history" / "gedeeld").iterdir())
    assert [p.name for p in hist] == [f"r{i:06d}.md" for i in range(1, ROUNDS + 2)]
    for i, p in enumerate(hist[1:]):
        c = parse_clause(p.read_bytes())  # every revision complete and readable
        assert c.revision == i + 2 and c.body == f"Ronde {i} door {winners[i]}." and c.author == winners[i]
    leftovers = [p.name for p in Path(root).rglob(".*")]
    assert leftovers == [], "no temp or probe files may remain"
    assert len(ClauseLibrary.open(root, use_cache=False).problems) == 0
