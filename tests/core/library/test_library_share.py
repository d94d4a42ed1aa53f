"""The clause library on a real SMB share (smbd on 127.0.0.1) mounted twice with `rclone mount`:
two workstations. Runs in CI (as root); skipped locally only when the tools are missing."""

from __future__ import annotations

import time

import pytest
from library_race import CLAUSE, run_race, texts_on_share
from samba_share import SambaShare

from editor.core.library import Clause, ClauseLibrary

ROUNDS = 50
TIMEOUTS = {"LOAD_TIMEOUT": 15.0, "SAVE_TIMEOUT": 15.0, "CHECK_TIMEOUT": 4.0}
# rclone's VFS keeps directory listings for --dir-cache-time (default 5 min): a workstation would
# not see the other's new revisions for that long. A short cache is the setting to use for a
# shared library; the default is tested too (test_default_rclone_options_can_save_on_both).
FRESH = ("--dir-cache-time", "0s", "--attr-timeout", "0s")
MODES = {
    "vfs-off": ("--vfs-cache-mode", "off"),
    # rclone's write cache: files are uploaded after close, --vfs-write-back later (default 5 s).
    "vfs-writes": ("--vfs-cache-mode", "writes", "--vfs-write-back", "0s"),
}


def _seed(samba: SambaShare) -> None:
    ClauseLibrary.open(samba.export, use_cache=False).add(
        Clause(id=CLAUSE, title="Gedeeld", body="Start.", item_ids=["retention"]), author="setup"
    )


def _settled_texts(samba: SambaShare, wanted: list[str], seconds: float = 30.0) -> set[str]:
    """The texts on the server once pending uploads of a write cache have landed (bounded wait)."""
    deadline = time.monotonic() + seconds
    while True:
        found = texts_on_share(samba.export)
        if set(wanted) <= found or time.monotonic() > deadline:
            return found
        time.sleep(0.5)


@pytest.mark.slow
@pytest.mark.parametrize("mode", sorted(MODES))
def test_two_workstations_race_on_a_real_share_lose_nothing(samba: SambaShare, mode: str):
    _seed(samba)
    ws1 = samba.mount("ws1", *MODES[mode], *FRESH)
    ws2 = samba.mount("ws2", *MODES[mode], *FRESH)
    result = run_race([str(ws1), str(ws2)], ROUNDS, reader_root=str(ws2), timeouts=TIMEOUTS)
    errors = [(r, o) for r, outs in result.outcomes.items() for _, o in outs if o not in ("saved", "conflict")]
    assert errors == []
    one_winner = result.count(("conflict", "saved"))
    both_kept = result.count(("conflict", "conflict"))
    on_share = _settled_texts(samba, result.told_saved)
    lost = [t for t in result.told_saved if t not in on_share]
    print(f"\nSMB/rclone {mode}: {ROUNDS} rounds, {one_winner} one winner + one conflict, {both_kept} both kept, "
          f"{result.count(('saved', 'saved'))} both told saved, {len(lost)} lost; reader {result.reader_reloads} reloads, "
          f"{result.reader_errors} errors; {result.resolves_left_conflict} resolves left a conflict; {result.seconds:.1f} s")
    assert lost == [] and len(result.told_saved) == 2 * ROUNDS
    assert one_winner + both_kept == ROUNDS, result.outcomes
    assert result.reader_errors == 0 and result.reader_reloads > 0, result.reader_messages
