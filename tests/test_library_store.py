"""The clause library on a folder: file format, damaged files, index, offline copy, UNC paths."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path, PureWindowsPath

import pytest

from editor.core.library import (
    Clause,
    ClauseLibrary,
    ConflictError,
    LibraryOfflineError,
    ReadOnlyError,
    fill_placeholders,
    parse_clause,
)
from editor.core.library import store as store_mod
from editor.core.library.cache import cache_folder, share_key
from editor.core.model import ListItem, OrganisationProfile, Paragraph


def make_clause(cid: str = "klachten", body: str = "U kunt een klacht indienen bij de {{toezichthouder}}.") -> Clause:
    return Clause(id=cid, title=cid.capitalize(), body=body, item_ids=["complaint_authority"], jurisdiction="any")


def new_library(tmp_path: Path, n: int = 3) -> Path:
    root = tmp_path / "share" / "clausules"
    (root / "clauses").mkdir(parents=True)
    for i in range(n):
        c = make_clause(f"clausule-{i}", f"Tekst nummer {i} over bewaartermijnen van gegevens.")
        (root / "clauses" / f"{c.id}.md").write_bytes(c.to_bytes())
    return root


def snapshot_tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_round_trip_keeps_text_and_metadata(tmp_path):
    c = replace(make_clause(), author="An Peeters", status="retired", outdated=True)
    again = parse_clause(c.to_bytes(), name="klachten.md")
    assert again.body == c.body and again.author == "An Peeters" and again.status == "retired" and again.outdated
    assert again.placeholders == ["toezichthouder"]
    # CRLF from a Windows editor and a BOM are accepted.
    crlf = b"\xef\xbb\xbf" + c.to_bytes().replace(b"\n", b"\r\n")
    assert parse_clause(crlf).body == c.body


def test_damaged_and_foreign_files_are_skipped_with_a_reason_rest_loads(tmp_path):
    root = new_library(tmp_path, 3)
    good = make_clause("halve").to_bytes()
    (root / "clauses" / "halve.md").write_bytes(good[: len(good) // 2])  # cut off half-way
    (root / "clauses" / "geen-json.md").write_bytes(b"---\n{nope\n---\ntekst\n--- end ---\n")
    (root / "clauses" / "binair.md").write_bytes(b"\xff\xfe\x00garbage")
    wrong_name = make_clause("echte-id").to_bytes()
    (root / "clauses" / "andere-naam.md").write_bytes(wrong_name)
    (root / "clauses" / ".klachten.md.abc.tmp").write_bytes(b"writer in progress")
    (root / "clauses" / "enorm.md").write_bytes(b"x" * (store_mod.MAX_CLAUSE_BYTES + 1))
    lib = ClauseLibrary.open(root)
    assert [c.id for c in lib.clauses] == ["clausule-0", "clausule-1", "clausule-2"]
    reasons = {p.file: p.message for p in lib.problems}
    assert set(reasons) == {"halve.md", "geen-json.md", "binair.md", "andere-naam.md", "enorm.md"}
    assert "te groot" in reasons["enorm.md"]
    assert "afsluitregel" in reasons["halve.md"] or "niet afgesloten" in reasons["halve.md"]
    assert "JSON" in reasons["geen-json.md"]
    assert "bestandsnaam" in reasons["andere-naam.md"]


def test_unknown_fields_are_kept_and_future_versions_skipped(tmp_path):
    root = new_library(tmp_path, 1)
    meta = make_clause("toekomst").metadata()
    meta["x_review"] = {"door": "Jan", "op": "2025-01-01"}
    text = "---\n" + json.dumps(meta) + "\n---\nTekst met extra velden.\n--- end ---\n"
    (root / "clauses" / "toekomst.md").write_text(text, encoding="utf-8")
    meta2 = make_clause("nieuwer").metadata()
    meta2["format_version"] = 99
    (root / "clauses" / "nieuwer.md").write_text(
        "---\n" + json.dumps(meta2) + "\n---\nOnbekend formaat.\n--- end ---\n", encoding="utf-8"
    )
    lib = ClauseLibrary.open(root)
    assert lib.get("nieuwer") is None
    assert any(p.file == "nieuwer.md" and "nieuwere formaatversie" in p.message for p in lib.problems)
    clause = lib.get("toekomst")
    assert clause is not None and clause.extra["x_review"] == {"door": "Jan", "op": "2025-01-01"}
    saved = lib.save(replace(clause, body="Aangepast."), clause.revision)
    on_disk = parse_clause((root / "clauses" / "toekomst.md").read_bytes())
    assert on_disk.extra["x_review"]["door"] == "Jan" and on_disk.body == "Aangepast." and saved.revision == 2


def test_hostile_clause_is_only_text(tmp_path):
    hostile = (
        "{{organisatie.__class__.__mro__}} {{ 7*7 }} {% for x in y %} <script>alert('x')</script> "
        "{0.__globals__} %(user)s ${HOME} `rm -rf /` {{organisatie}}"
    )
    meta = make_clause("gevaarlijk", hostile).metadata()
    meta["title"] = "!!python/object/apply:os.system ['echo pwned']"
    meta["__class__"] = "os.system"
    root = new_library(tmp_path, 0)
    (root / "clauses" / "gevaarlijk.md").write_text(
        "---\n" + json.dumps(meta) + "\n---\n" + hostile + "\n--- end ---\n", encoding="utf-8"
    )
    lib = ClauseLibrary.open(root)
    c = lib.get("gevaarlijk")
    assert c is not None and c.body == hostile and c.title.startswith("!!python")
    assert c.extra == {"__class__": "os.system"}
    filled = fill_placeholders(c.body, OrganisationProfile(name="Acme nv"), "BE")
    # Only the known placeholder changed; everything else is verbatim.
    assert filled.text == hostile.replace("{{organisatie}}", "Acme nv")
    blocks = c.to_blocks(OrganisationProfile(name="Acme nv"), "BE")
    assert "<script>alert('x')</script>" in blocks[1].text
    assert lib.search("script alert")[0].id == "gevaarlijk"


def test_to_blocks_gives_heading_paragraphs_and_list_items():
    c = make_clause("rechten", "U hebt deze rechten:\n\n- recht op inzage\n- recht op wissing\n\n{{organisatie}} antwoordt binnen een maand.")
    blocks = c.to_blocks(OrganisationProfile(), "NL")
    assert blocks[0].kind == "heading" and blocks[0].level == 2
    assert [type(b) for b in blocks[1:]] == [Paragraph, ListItem, ListItem, Paragraph]
    assert blocks[-1].text == "{{organisatie}} antwoordt binnen een maand."  # unfilled stays visible


def test_index_makes_second_load_read_no_files_and_notices_changes(tmp_path):
    root = new_library(tmp_path, 20)
    old = os.stat(root).st_mtime - 3600
    for p in (root / "clauses").iterdir():
        os.utime(p, (old, old))
    first = ClauseLibrary.open(root)
    assert first.files_read == 20 and (root / "index.json").is_file()
    second = ClauseLibrary.open(root)
    assert second.files_read == 0 and len(second) == 20
    # A curator edits one file by hand (new mtime): exactly that one is read again.
    c = second.get("clausule-7")
    (root / "clauses" / "clausule-7.md").write_bytes(replace(c, body="Nieuwe tekst.").to_bytes())
    (root / "clauses" / "clausule-3.md").unlink()
    third = ClauseLibrary.open(root)
    assert third.files_read == 1 and third.get("clausule-7").body == "Nieuwe tekst." and third.get("clausule-3") is None
    # A damaged index is ignored, not fatal.
    (root / "index.json").write_bytes(b"{garbage")
    assert len(ClauseLibrary.open(root)) == 19


def test_save_refuses_stale_revision_and_keeps_history(tmp_path):
    root = new_library(tmp_path, 1)
    lib = ClauseLibrary.open(root)
    c = lib.get("clausule-0")
    v2 = lib.save(replace(c, body="Versie twee."), 1, author="An")
    with pytest.raises(ConflictError) as err:
        lib.save(replace(c, body="Mijn versie, gebaseerd op 1."), 1, author="Bert")
    assert err.value.mine.body == "Mijn versie, gebaseerd op 1."
    assert err.value.theirs.body == "Versie twee." and err.value.theirs.author == "An"
    assert "revisie 2" in err.value.message
    lib.retire("clausule-0", 2, author="An")
    assert [h.revision for h in lib.history("clausule-0")] == [1, 2, 3]
    assert [h.status for h in lib.history("clausule-0")] == ["active", "active", "retired"]
    assert lib.search("versie") == [] and lib.search("versie", status=None)[0].revision == 3
    assert v2.modified and v2.created
    with pytest.raises(ConflictError):
        lib.add(make_clause("clausule-0"))  # id taken


def test_crashed_writer_slot_is_rolled_forward(tmp_path):
    root = new_library(tmp_path, 1)
    lib = ClauseLibrary.open(root)
    c = lib.get("clausule-0")
    # A writer claimed and wrote revision 2 but crashed before replacing the live file.
    (root / "history" / "clausule-0").mkdir(parents=True)
    (root / "history" / "clausule-0" / "r000002.md").write_bytes(replace(c, revision=2, body="Van de gecrashte schrijver.").to_bytes())
    with pytest.raises(ConflictError) as err:
        lib.save(replace(c, body="Nieuw"), 1)
    assert err.value.theirs.body == "Van de gecrashte schrijver."
    assert parse_clause((root / "clauses" / "clausule-0.md").read_bytes()).revision == 2
    assert lib.save(replace(c, body="Nieuw"), 2).revision == 3


def test_fresh_incomplete_slot_is_a_conflict_stale_one_is_skipped_and_kept(tmp_path):
    root = new_library(tmp_path, 1)
    lib = ClauseLibrary.open(root)
    c = lib.get("clausule-0")
    hist = root / "history" / "clausule-0"
    hist.mkdir(parents=True)
    slot = hist / "r000002.md"
    half = replace(c, revision=2).to_bytes()[:40]
    slot.write_bytes(half)
    with pytest.raises(ConflictError, match="op dit moment"):
        lib.save(c, 1)
    old = slot.stat().st_mtime - store_mod.STALE_SLOT_SECONDS - 5
    os.utime(slot, (old, old))
    saved = lib.save(replace(c, body="Na de crash."), 1)
    assert saved.revision == 3 and slot.read_bytes() == half  # the abandoned slot is left as it was
    assert [h.revision for h in lib.history("clausule-0")] == [1, 3]
    again = lib.save(replace(c, body="Daarna."), 3)
    assert again.revision == 4


def test_share_disappears_mid_session_cache_used_nothing_written(tmp_path):
    root = new_library(tmp_path, 3)
    lib = ClauseLibrary.open(root)
    assert not lib.read_only and lib.offline_since is None
    moved = root.with_name("clausules-weg")
    root.rename(moved)  # the share drops
    before = snapshot_tree(moved)
    c = lib.get("clausule-1")
    with pytest.raises(LibraryOfflineError) as err:
        lib.save(replace(c, body="Gewijzigd offline"), 1)
    assert "niet bereikbaar" in err.value.message and "niets opgeslagen" in err.value.message
    assert lib.read_only and lib.offline_since is not None and "lokale kopie" in lib.status_message
    assert not root.exists(), "nothing may be created where the share was"
    assert snapshot_tree(moved) == before
    with pytest.raises(LibraryOfflineError):
        lib.save(c, 1)  # stays refused
    # A fresh start while the share is gone uses the offline copy, read-only, with its date.
    offline = ClauseLibrary.open(root)
    assert offline.read_only and offline.offline_since is not None
    assert [x.id for x in offline.clauses] == ["clausule-0", "clausule-1", "clausule-2"]
    assert offline.offline_since.strftime("%d-%m-%Y") in offline.status_message
    assert offline.search("bewaartermijn")
    with pytest.raises(ReadOnlyError):
        offline.add(make_clause("nieuw"))
    assert not root.exists()
    # Polling notices the loss too, without a save.
    other = ClauseLibrary.open(moved)
    moved.rename(root.with_name("ook-weg"))
    assert other.check_available() is False and other.read_only and "niet bereikbaar" in other.status_message
    root.with_name("ook-weg").rename(moved)
    assert other.check_available() is True and not other.read_only
    # The share comes back: the library reloads and is writable again.
    moved.rename(root)
    assert offline.check_available() is True
    assert not offline.read_only and offline.offline_since is None and offline.status_message == ""
    assert offline.save(replace(c, body="Terug online"), 1).revision == 2


def test_unreachable_share_without_copy_is_a_clear_error(tmp_path):
    from editor.core.errors import UserError

    with pytest.raises(UserError, match="niet bereikbaar"):
        ClauseLibrary.open(tmp_path / "bestaat-niet")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root ignores file permissions")
def test_no_write_permission_makes_library_read_only(tmp_path):
    root = new_library(tmp_path, 1)
    lib = ClauseLibrary.open(root)
    os.chmod(root / "clauses", 0o555)
    try:
        before = snapshot_tree(root)
        with pytest.raises(ReadOnlyError, match="schrijfrechten"):
            lib.save(lib.get("clausule-0"), 1)
        assert snapshot_tree(root) == before
    finally:
        os.chmod(root / "clauses", 0o755)


def test_default_library_opened_read_only_refuses_writes(tmp_path):
    root = new_library(tmp_path, 1)
    lib = ClauseLibrary.open(root, read_only=True)
    with pytest.raises(ReadOnlyError, match="alleen-lezen"):
        lib.save(lib.get("clausule-0"), 1)
    assert not (root / "index.json").exists()


def test_unc_paths_are_handled_as_windows_paths():
    root = PureWindowsPath(r"\\server\juridisch\clausules")
    assert str(store_mod.clause_path(root, "klachten")) == r"\\server\juridisch\clausules\clauses\klachten.md"
    assert str(store_mod.slot_path(root, "klachten", 7)) == r"\\server\juridisch\clausules\history\klachten\r000007.md"
    assert root.anchor == "\\\\server\\juridisch\\"
    # The same share spelled differently gets the same offline copy.
    assert share_key(root) == share_key(PureWindowsPath("//SERVER/Juridisch/Clausules/"))
    assert share_key(root) != share_key(PureWindowsPath(r"\\server\juridisch\andere"))
    assert cache_folder(root, Path("/tmp/c")).parent == Path("/tmp/c/library")


def test_slot_claim_decides_when_both_writers_read_the_same_revision(tmp_path, monkeypatch):
    """The revision check alone is racy; the exclusive history slot is what picks one winner."""
    root = new_library(tmp_path, 1)
    a = ClauseLibrary.open(root)
    b = ClauseLibrary.open(root)
    c = a.get("clausule-0")
    stale = b._read_live(root / "clauses" / "clausule-0.md")
    a.save(replace(c, body="A was eerst."), 1)
    # B read the live file before A replaced it: it still believes revision 1 is current.
    monkeypatch.setattr(b, "_read_live", lambda live: stale)
    monkeypatch.setattr(b, "_settle", lambda mine, current: (current, current.revision + 1))
    with pytest.raises(ConflictError) as err:
        b.save(replace(c, body="B tegelijk."), 1)
    assert err.value.theirs.body == "A was eerst."
    assert parse_clause((root / "clauses" / "clausule-0.md").read_bytes()).body == "A was eerst."


def test_share_lost_between_probe_and_write_leaves_nothing(tmp_path, monkeypatch):
    root = new_library(tmp_path, 1)
    lib = ClauseLibrary.open(root)
    moved = root.with_name("kwijt")
    probe = lib._check_writable

    def probe_then_lose_share() -> None:
        probe()
        root.rename(moved)  # the share drops right after a successful probe

    monkeypatch.setattr(lib, "_check_writable", probe_then_lose_share)
    before = None
    with pytest.raises(LibraryOfflineError, match="niets opgeslagen"):
        lib.save(replace(lib.get("clausule-0"), body="Te laat."), 1)
    before = snapshot_tree(moved)
    assert not root.exists()
    assert set(before) == {"clauses/clausule-0.md", "index.json"}
    assert parse_clause(before["clauses/clausule-0.md"]).revision == 1
    assert lib.read_only and lib.offline_since is not None


def test_replace_is_retried_while_windows_readers_hold_the_file(tmp_path, monkeypatch):
    """On Windows os.replace fails with PermissionError while another client has the file open."""
    root = new_library(tmp_path, 1)
    lib = ClauseLibrary.open(root)
    real_replace = os.replace
    failures = {"left": 3}

    def flaky_replace(src, dst):
        if str(dst).endswith("clausule-0.md") and "clauses" in str(dst) and failures["left"]:
            failures["left"] -= 1
            raise PermissionError(13, "The process cannot access the file because it is being used")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", flaky_replace)
    saved = lib.save(replace(lib.get("clausule-0"), body="Na drie pogingen."), 1)
    assert failures["left"] == 0 and saved.revision == 2
    assert parse_clause((root / "clauses" / "clausule-0.md").read_bytes()).body == "Na drie pogingen."
    assert [p.name for p in (root / "clauses").iterdir() if p.name.startswith(".")] == []


def test_save_aside_keeps_the_users_text_locally(tmp_path):
    from editor.core.library import save_aside

    c = make_clause("bewaring", "Mijn tekst die niet verloren mag gaan.")
    first = save_aside(c)
    second = save_aside(c)
    assert first != second and parse_clause(first.read_bytes()).body == c.body
