"""Temporary files of a save killed half-way (kill -9) are removed at the next save (issue 15, part 5)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from editor.core.atomic import STALE_AFTER, atomic_write_text, is_temp_name, sweep_stale_temps

ROOT = Path(__file__).resolve().parents[2]

# A save that is killed after writing half of its data: the temporary file stays behind.
_KILLED_SAVE = """
import sys, time
from editor.core.atomic import atomic_open
with atomic_open(sys.argv[1], "wb") as fh:
    fh.write(b"x" * 1_000_000)
    fh.flush()
    print("writing", flush=True)
    time.sleep(60)
"""


def _killed_save(target: Path) -> Path:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-c", _KILLED_SAVE, str(target)], stdout=subprocess.PIPE, env=env)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == b"writing"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    temps = [p for p in target.parent.iterdir() if is_temp_name(p.name)]
    assert len(temps) == 1, temps
    return temps[0]


def _age(path: Path, seconds: float) -> None:
    old = time.time() - seconds
    os.utime(path, (old, old))


@pytest.mark.slow
def test_next_save_removes_the_temporary_file_of_a_killed_save(tmp_path: Path) -> None:
    target = tmp_path / "beleid.ppe"
    target.write_text("oude versie", encoding="utf-8")
    leftover = _killed_save(target)
    assert target.read_text(encoding="utf-8") == "oude versie"  # the kill harmed nothing
    assert leftover.stat().st_size == 1_000_000

    # Right after the crash the file may still belong to a save in progress: it stays.
    atomic_write_text(target, "tweede versie")
    assert leftover.exists()

    _age(leftover, STALE_AFTER + 60)
    other = tmp_path / "ander.ppe"
    atomic_write_text(other, "een ander document in dezelfde map")
    assert not leftover.exists()
    assert target.read_text(encoding="utf-8") == "tweede versie"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ander.ppe", "beleid.ppe"]


def test_only_old_files_with_the_apps_name_pattern_are_removed(tmp_path: Path) -> None:
    ours_old = tmp_path / ".beleid.ppe.k3j_9x2a.tmp"
    ours_new = tmp_path / ".beleid.ppe.abcdefgh.tmp"
    users = [tmp_path / "beleid.ppe.tmp", tmp_path / ".notities.tmp", tmp_path / ".beleid.ppe.TOOLONG99.tmp",
             tmp_path / "beleid.ppe"]
    for path in [ours_old, ours_new, *users]:
        path.write_text("x", encoding="utf-8")
        _age(path, STALE_AFTER + 60)
    os.utime(ours_new)  # just written: a save in progress
    (tmp_path / ".map.abcdefgh.tmp").mkdir()  # a folder is never touched
    _age(tmp_path / ".map.abcdefgh.tmp", STALE_AFTER + 60)

    removed = sweep_stale_temps(tmp_path)

    assert removed == [ours_old]
    assert ours_new.exists() and all(p.exists() for p in users)
    assert (tmp_path / ".map.abcdefgh.tmp").is_dir()


def test_sweep_of_a_missing_folder_does_nothing(tmp_path: Path) -> None:
    assert sweep_stale_temps(tmp_path / "weg") == []


def test_a_lone_surrogate_never_blocks_a_save(tmp_path: Path) -> None:
    target = tmp_path / "beleid.txt"
    atomic_write_text(target, "tekst \ud800 einde")
    assert target.read_text(encoding="utf-8") == "tekst ? einde"
