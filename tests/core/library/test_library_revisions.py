"""Revision files, sync folders and a flaky share, on local folders (the real SMB share is in
test_library_share.py)."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

from editor.core.library import Clause, ClauseLibrary, ConflictError, LibraryOfflineError, parse_clause, share
from editor.core.library.layout import parse_revision_name
from editor.core.library.revisions import rev_id


def _clause(cid: str = "klachten", body: str = "U kunt een klacht indienen.") -> Clause:
    return Clause(id=cid, title=cid.capitalize(), body=body, item_ids=["complaint_authority"])


def _legacy_library(tmp_path: Path, name: str = "clausules") -> Path:
    root = tmp_path / name
    (root / "clauses").mkdir(parents=True)
    (root / "clauses" / "klachten.md").write_bytes(_clause().to_bytes())
    return root


def test_revision_names_are_unique_and_say_what_they_hold(tmp_path):
    root = _legacy_library(tmp_path)
    lib = ClauseLibrary.open(root, use_cache=False)
    saved = lib.save(replace(lib.get("klachten"), body="Nieuw."), 1, author="Jan Peeters")
    names = sorted(p.name for p in (root / "revisions").iterdir())
    assert len(names) == 2  # the migrated format-1 text and the new revision
    new = parse_revision_name(names[1] if "jan-peeters" in names[1] else names[0])
    assert new is not None and new.clause_id == "klachten" and new.revision == 2 and new.author == "jan-peeters"
    assert len(new.rand) == 12 and new.time.endswith("Z")
    assert saved.extra["rev_id"] and saved.extra["parents"]


def test_migration_on_first_write_keeps_the_old_text_and_old_apps_files(tmp_path):
    root = _legacy_library(tmp_path)
    old_bytes = (root / "clauses" / "klachten.md").read_bytes()
    lib = ClauseLibrary.open(root, use_cache=False)
    lib.save(replace(lib.get("klachten"), body="Na migratie."), 1, author="An")
    assert (root / "clauses" / "klachten.md").read_bytes() == old_bytes  # never overwritten
    again = ClauseLibrary.open(root, use_cache=False)
    assert again.get("klachten").body == "Na migratie." and again.conflicts() == {}
    assert [h.body for h in again.history("klachten")] == ["U kunt een klacht indienen.", "Na migratie."]


def test_sync_client_copies_are_absorbed_as_conflicts_and_resolved(tmp_path):
    root = _legacy_library(tmp_path)
    (root / "clauses" / "klachten (1).md").write_bytes(_clause(body="Kopie van laptop.").to_bytes())
    (root / "clauses" / "klachten-PC-JAN.md").write_bytes(_clause(body="Kopie van PC-JAN.").to_bytes())
    (root / "clauses" / "klachten (2).md").write_bytes(_clause().to_bytes())  # same text: counted once
    lib = ClauseLibrary.open(root, use_cache=False)
    assert lib.problems == []
    heads = lib.conflicts()["klachten"]
    assert sorted(h.body for h in heads) == ["Kopie van PC-JAN.", "Kopie van laptop.", "U kunt een klacht indienen."]
    lib.resolve("klachten", next(h for h in heads if h.body == "Kopie van laptop."), author="Curator")
    after = ClauseLibrary.open(root, use_cache=False)
    assert after.conflicts() == {} and after.get("klachten").body == "Kopie van laptop."
    kept = {h.body for h in after.history("klachten")}
    assert {"Kopie van PC-JAN.", "U kunt een klacht indienen."} <= kept  # migrated, never lost
    # A sync client's copy of a revision file holds the same revision: counted once.
    rev = next((root / "revisions").glob("klachten~r000002~*.md"))
    shutil.copy(rev, rev.with_name(rev.stem + " (1).md"))
    assert ClauseLibrary.open(root, use_cache=False).conflicts() == {}


def test_half_written_revision_is_never_shown(tmp_path):
    root = _legacy_library(tmp_path)
    lib = ClauseLibrary.open(root, use_cache=False)
    saved = lib.save(replace(lib.get("klachten"), body="Volledig opgeslagen."), 1, author="An")
    name = "klachten~r000003~" + time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()) + "~bert~0123456789ab.md"
    data = replace(saved, body="Dit wordt nog geschreven " * 20, revision=3).to_bytes()
    (root / "revisions" / name).write_bytes(data[: len(data) // 2])
    other = ClauseLibrary.open(root, use_cache=False)
    assert other.get("klachten").body == "Volledig opgeslagen." and other.problems == []


def test_transient_io_errors_and_a_stale_entry_are_retried(tmp_path, monkeypatch):
    root = _legacy_library(tmp_path)
    lib = ClauseLibrary.open(root, use_cache=False)
    real = share.read_bytes
    failures = {"eio": 2, "missing": 1}

    def flaky(path):
        if failures["eio"]:
            failures["eio"] -= 1
            raise OSError(errno.EIO, "Input/output error", str(path))
        if failures["missing"]:
            failures["missing"] -= 1
            raise FileNotFoundError(errno.ENOENT, "stale entry", str(path))
        return real(path)

    monkeypatch.setattr(share, "read_bytes", flaky)
    saved = lib.save(replace(lib.get("klachten"), body="Ondanks haperingen."), 1, author="An")
    assert failures == {"eio": 0, "missing": 0} and saved.revision == 2
    assert not lib.read_only and lib.status_message == ""
    failures.update(eio=1, missing=1)
    lib.reload()
    assert lib.get("klachten").body == "Ondanks haperingen." and lib.offline_since is None


def test_one_failed_check_is_not_unreachable_but_a_dead_share_is(tmp_path, monkeypatch):
    root = _legacy_library(tmp_path)
    real_probe = share._probe
    calls = {"n": 0}

    def flaky_probe(path):
        calls["n"] += 1
        if calls["n"] == 1:
            raise OSError(errno.EIO, "Input/output error")
        return real_probe(path)

    monkeypatch.setattr(share, "_probe", flaky_probe)
    assert share.share_reachable(root, 5) is True and calls["n"] == 2
    monkeypatch.setattr(share, "_probe", lambda path: time.sleep(30))  # a hung mount
    started = time.monotonic()
    assert share.share_reachable(root, 0.5) is False
    assert time.monotonic() - started < 2


def test_a_hanging_share_falls_back_to_the_offline_copy_in_bounded_time(tmp_path, monkeypatch):
    root = _legacy_library(tmp_path)
    ClauseLibrary.open(root, tmp_path / "cache")  # leaves the offline copy
    release = threading.Event()
    monkeypatch.setattr(share, "read_bytes", lambda path: release.wait(60) or b"")
    monkeypatch.setattr(share, "_probe", lambda path: release.wait(60))
    monkeypatch.setattr(ClauseLibrary, "LOAD_TIMEOUT", 0.5)
    monkeypatch.setattr(ClauseLibrary, "CHECK_TIMEOUT", 0.5)
    monkeypatch.setattr(ClauseLibrary, "SAVE_TIMEOUT", 0.5)
    started = time.monotonic()
    lib = ClauseLibrary.open(root, tmp_path / "cache")
    assert time.monotonic() - started < 3
    assert lib.offline_since is not None and "niet bereikbaar" in lib.status_message
    assert lib.get("klachten").body == "U kunt een klacht indienen."
    with pytest.raises(LibraryOfflineError):
        lib.save(replace(lib.get("klachten"), body="Nu niet."), 1)
    release.set()


@pytest.mark.skipif(shutil.which("rsync") is None and not os.environ.get("CI"), reason="needs rsync")
def test_sync_folder_replicas_written_apart_keep_both_edits(tmp_path):
    """Two machines with a sync folder (OneDrive-like): each saves while apart, then the folders
    are synced both ways with rsync. Both edits are kept and shown as a conflict."""
    a = _legacy_library(tmp_path, "laptop")
    b = tmp_path / "pc"
    rsync = ["rsync", "-a"]
    subprocess.run([*rsync, f"{a}/", f"{b}/"], check=True)
    lib_a = ClauseLibrary.open(a, use_cache=False)
    lib_b = ClauseLibrary.open(b, use_cache=False)
    lib_a.save(replace(lib_a.get("klachten"), body="Op de laptop."), 1, author="An")
    lib_b.save(replace(lib_b.get("klachten"), body="Op de pc."), 1, author="Bert")
    lib_b.add(_clause("nieuw", "Alleen op de pc gemaakt."), author="Bert")
    subprocess.run([*rsync, f"{a}/", f"{b}/"], check=True)
    subprocess.run([*rsync, f"{b}/", f"{a}/"], check=True)
    for root in (a, b):
        lib = ClauseLibrary.open(root, use_cache=False)
        heads = lib.conflicts()["klachten"]
        assert sorted(h.body for h in heads) == ["Op de laptop.", "Op de pc."]
        assert lib.get("nieuw").body == "Alleen op de pc gemaakt."
        assert {h.author for h in heads} == {"An", "Bert"}
    chosen = ClauseLibrary.open(a, use_cache=False)
    heads = chosen.conflicts()["klachten"]
    chosen.resolve("klachten", next(h for h in heads if h.author == "Bert"), author="An", seen=[rev_id(h) for h in heads])
    subprocess.run([*rsync, f"{a}/", f"{b}/"], check=True)
    final = ClauseLibrary.open(b, use_cache=False)
    assert final.conflicts() == {} and final.get("klachten").body == "Op de pc."
    assert {"Op de laptop.", "Op de pc."} <= {parse_clause(p.read_bytes()).body for p in (b / "revisions").iterdir()}


def test_add_of_a_taken_id_is_refused_and_nothing_written(tmp_path):
    root = _legacy_library(tmp_path)
    lib = ClauseLibrary.open(root, use_cache=False)
    with pytest.raises(ConflictError) as err:
        lib.add(_clause(body="Andere tekst."), author="An")
    assert not err.value.kept and not (root / "revisions").exists()


def test_index_lets_a_new_process_load_revisions_without_reading_them(tmp_path):
    import json

    from editor.core.library import revisions

    root = _legacy_library(tmp_path)
    old = time.time() - 3600
    os.utime(root / "clauses" / "klachten.md", (old, old))  # not "racy" against the index's own time
    lib = ClauseLibrary.open(root, use_cache=False)
    current = lib.get("klachten")
    for n in range(10):
        current = lib.save(replace(current, body=f"Versie {n}."), current.revision, author="An")
    revisions._PARSED.clear()  # as a fresh process on another workstation
    first = ClauseLibrary.open(root, use_cache=False)
    assert first.files_read == 11 and first.get("klachten").body == "Versie 9."  # the 11 revision files
    revisions._PARSED.clear()
    second = ClauseLibrary.open(root, use_cache=False)
    assert second.files_read == 0 and second.get("klachten").body == "Versie 9." and second.conflicts() == {}
    entries = json.loads((root / "index.json").read_text(encoding="utf-8"))["revisions"]
    with_text = [e for e in entries.values() if "clause" in e]
    assert len(entries) == 11 and len(with_text) == 1 and with_text[0]["clause"]["body"] == "Versie 9."


def test_a_share_that_answers_but_cannot_be_read_is_not_called_unreachable(tmp_path, monkeypatch):
    from editor.core.library import loader, store

    root = _legacy_library(tmp_path)
    ClauseLibrary.open(root, tmp_path / "cache")

    def failing(*_args, **_kwargs):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(store, "load_library", failing)
    monkeypatch.setattr(share, "RETRY_DELAYS", (0.01, 0.01, 0.01, 0.01))
    lib = ClauseLibrary.open(root, tmp_path / "cache")
    assert lib.read_only and "kon niet worden gelezen" in lib.status_message and "niet bereikbaar" not in lib.status_message
    assert lib.get("klachten") is not None
    monkeypatch.setattr(store, "load_library", loader.load_library)
    lib.reload()
    assert not lib.read_only and lib.status_message == ""
