"""Two processes save the same clause at the same moment, 50 times, on a local folder: nothing is
lost, and every round has one winner and one kept conflict, or both kept as a conflict."""

from __future__ import annotations

import pytest
from library_race import CLAUSE, run_race, texts_on_share

from editor.core.library import Clause, ClauseLibrary

ROUNDS = 50


@pytest.mark.slow
def test_two_processes_saving_the_same_clause_lose_nothing(tmp_path):
    root = tmp_path / "clausules"
    root.mkdir()
    ClauseLibrary.open(root, use_cache=False).add(
        Clause(id=CLAUSE, title="Gedeeld", body="Start.", item_ids=["retention"]), author="setup"
    )
    result = run_race([str(root), str(root)], ROUNDS, reader_root=str(root))
    errors = [o for outs in result.outcomes.values() for _, o in outs if o not in ("saved", "conflict")]
    assert errors == []
    assert len(result.outcomes) == ROUNDS
    one_winner = result.count(("conflict", "saved"))
    both_kept = result.count(("conflict", "conflict"))
    assert one_winner + both_kept == ROUNDS, result.outcomes
    lost = [t for t in result.told_saved if t not in texts_on_share(root)]
    assert lost == [] and len(result.told_saved) == 2 * ROUNDS
    assert result.reader_errors == 0 and result.reader_reloads > 0, result.reader_messages
    print(f"local race: {ROUNDS} rounds, {one_winner} one winner + one conflict, {both_kept} both kept, "
          f"0 lost, reader {result.reader_reloads} reloads, {result.seconds:.1f} s")
    assert [p.name for p in root.rglob(".tmp-*")] == []
