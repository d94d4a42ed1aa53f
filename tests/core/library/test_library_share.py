"""The clause library on a real SMB share (smbd on 127.0.0.1) mounted twice with `rclone mount`:
two workstations. Runs in CI (as root); skipped locally only when the tools are missing."""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import replace

import pytest
from library_race import CLAUSE, run_race, texts_on_share
from samba_share import SambaShare

from editor.core.library import Clause, ClauseLibrary, ConflictError, LibraryOfflineError
from editor.core.library.revisions import rev_id

ROUNDS = 50
TIMEOUTS = {"LOAD_TIMEOUT": 15.0, "SAVE_TIMEOUT": 15.0, "CHECK_TIMEOUT": 4.0}
# The race is about concurrent saves: generous bounds, as CI runs it beside the rest of the suite on two
# cores (the bounds themselves are tested by the outage tests below).
RACE_TIMEOUTS = {"LOAD_TIMEOUT": 30.0, "SAVE_TIMEOUT": 30.0, "CHECK_TIMEOUT": 10.0}
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
    result = run_race([str(ws1), str(ws2)], ROUNDS, reader_root=str(ws2), timeouts=RACE_TIMEOUTS)
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


@pytest.mark.slow
def test_smbd_stopped_and_restarted_offline_copy_then_live_share_nothing_lost(samba: SambaShare, tmp_path):
    _seed(samba)
    ws1 = samba.mount("ws1", "--vfs-cache-mode", "off", *FRESH, "--contimeout", "3s", "--timeout", "5s")
    lib = _open(ws1, tmp_path / "cache")
    before = lib.get(CLAUSE)
    lib.save(replace(before, body="Voor de storing."), before.revision, author="An")
    samba.stop()
    started = time.monotonic()
    assert lib.check_available() is False  # the bounded check fails for real
    assert time.monotonic() - started < 10
    assert lib.read_only and "niet bereikbaar" in lib.status_message
    with pytest.raises(LibraryOfflineError):
        lib.save(replace(lib.get(CLAUSE), body="Tijdens de storing."), 2, author="An")
    started = time.monotonic()
    offline = _open(ws1, tmp_path / "cache")  # a fresh start during the outage: the offline copy, no hang
    assert time.monotonic() - started < 3 * TIMEOUTS["LOAD_TIMEOUT"]
    assert offline.offline_since is not None and offline.get(CLAUSE).body == "Voor de storing."
    samba.start()
    deadline = time.monotonic() + 60
    while not lib.check_available():  # rclone reconnects on its own
        assert time.monotonic() < deadline, "the share came back but the library stays offline"
        time.sleep(1)
    assert not lib.read_only and lib.offline_since is None
    after = lib.save(replace(lib.get(CLAUSE), body="Na de storing."), 2, author="An")
    assert after.revision == 3
    assert {"Start.", "Voor de storing.", "Na de storing."} <= texts_on_share(samba.export)
    assert ClauseLibrary.open(samba.export, use_cache=False).get(CLAUSE).body == "Na de storing."


@pytest.mark.slow
def test_default_rclone_options_can_save_on_both_workstations(samba: SambaShare, tmp_path):
    """rclone's defaults: no write cache, directory listings cached for 5 minutes. Both
    workstations can save; what one cannot see yet is kept as a conflict, never lost."""
    _seed(samba)
    ws1, ws2 = samba.mount("ws1"), samba.mount("ws2")
    a = _open(ws1, tmp_path / "c1")
    b = _open(ws2, tmp_path / "c2")
    assert not a.read_only and not b.read_only and b.status_message == ""
    base = a.get(CLAUSE)
    a.save(replace(base, body="Van werkplek 1."), 1, author="An")
    try:
        b.save(replace(b.get(CLAUSE), body="Van werkplek 2."), 1, author="Bert")
    except ConflictError as exc:
        assert exc.kept
    truth = ClauseLibrary.open(samba.export, use_cache=False)
    assert sorted(h.body for h in truth.conflicts()[CLAUSE]) == ["Van werkplek 1.", "Van werkplek 2."]


@pytest.mark.slow
def test_cli_race_on_the_share_keeps_every_text(samba: SambaShare):
    """Two `privacy-editor library edit` runs from the same revision, at the same moment, 30 times."""
    _seed(samba)
    ws1 = samba.mount("ws1", *FRESH)
    ws2 = samba.mount("ws2", *FRESH)
    curator = _open(ws1, None)
    outcomes: list[tuple[str, ...]] = []
    told_saved: list[str] = []
    for r in range(CLI_ROUNDS):
        curator.reload()
        heads = curator.conflicts().get(CLAUSE)
        if heads:
            curator.resolve(CLAUSE, heads[0], author="Curator", seen=[rev_id(h) for h in heads])
        base = curator.get(CLAUSE).revision
        procs = []
        for ws, name in ((ws1, "An"), (ws2, "Bert")):
            cmd = [sys.executable, "-m", "editor.cli", "library", "edit", CLAUSE, "--library", str(ws),
                   "--body", f"CLI ronde {r} door {name}.", "--base-revision", str(base), "--author", name]
            procs.append((name, subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)))
        round_outcome = []
        for name, proc in procs:
            out, err = proc.communicate(timeout=120)
            if proc.returncode == 0 and "Opgeslagen" in out:
                round_outcome.append("saved")
            elif proc.returncode == 2 and "conflict" in err:
                round_outcome.append("conflict")
            else:
                round_outcome.append(f"error {proc.returncode}: {err[-500:]}")
            if round_outcome[-1] in ("saved", "conflict"):
                told_saved.append(f"CLI ronde {r} door {name}.")
        outcomes.append(tuple(sorted(round_outcome)))
    lost = [t for t in told_saved if t not in texts_on_share(samba.export)]
    one_winner = outcomes.count(("conflict", "saved"))
    both_kept = outcomes.count(("conflict", "conflict"))
    print(f"\nCLI on SMB/rclone: {CLI_ROUNDS} rounds, {one_winner} one winner + one conflict, {both_kept} both kept, "
          f"{outcomes.count(('saved', 'saved'))} both told saved, {len(lost)} lost")
    assert lost == [] and len(told_saved) == 2 * CLI_ROUNDS, outcomes
    assert one_winner + both_kept == CLI_ROUNDS, outcomes


CLI_ROUNDS = 30


def _open(root, cache) -> ClauseLibrary:
    lib = ClauseLibrary(root, cache)
    for key, value in TIMEOUTS.items():
        setattr(lib, key, value)
    lib._use_cache = cache is not None
    lib.reload()
    return lib


@pytest.mark.slow
def test_cli_list_on_a_hung_share_answers_from_the_offline_copy_in_bounded_time(samba: SambaShare, tmp_path):
    """smbd frozen (SIGSTOP): every call into the mount blocks. `library list` must answer from
    the offline copy within its own timeout (it hung for over 600 s before).

    A thread blocked in a FUSE request cannot be interrupted, so the process itself exits only
    when the client gives up on the server: rclone's --timeout here (default 5 min), "soft"
    mounts for the kernel's CIFS client. The answer must not wait for that."""
    _seed(samba)
    ws1 = samba.mount("ws1", *FRESH, "--timeout", "40s", "--contimeout", "5s")
    cmd = [sys.executable, "-m", "editor.cli", "library", "list", "--library", str(ws1)]
    first = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0 and CLAUSE in first.stdout  # leaves the offline copy
    out, err = tmp_path / "out.txt", tmp_path / "err.txt"
    samba.freeze()
    try:
        started = time.monotonic()
        with open(out, "wb") as fo, open(err, "wb") as fe:
            proc = subprocess.Popen(cmd, stdout=fo, stderr=fe)
        answered = None
        while time.monotonic() - started < 120:
            if CLAUSE in out.read_text(errors="replace") and proc.poll() is None or proc.poll() is not None:
                answered = time.monotonic() - started
                break
            time.sleep(0.5)
        code = proc.wait(timeout=180)  # bounded by rclone's --timeout once the answer is out
        exited = time.monotonic() - started
    finally:
        samba.thaw()
    print(f"\nlibrary list on a frozen share: answer after {answered:.1f} s, process exit after {exited:.1f} s")
    assert code == 0 and CLAUSE in out.read_text()
    assert "lokale kopie" in err.read_text() and "Traceback" not in err.read_text()
    assert answered is not None and answered < 45
