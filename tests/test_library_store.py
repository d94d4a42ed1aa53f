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
    layout,
    parse_clause,
)
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
    (root / "clauses" / "enorm.md").write_bytes(b"x" * (layout.MAX_CLAUSE_BYTES + 1))
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
    on_disk = ClauseLibrary.open(root, use_cache=False).get("toekomst")
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


def test_two_saves_from_one_parent_are_both_kept_as_a_conflict_and_resolved(tmp_path):
    root = new_library(tmp_path, 1)
    lib = ClauseLibrary.open(root)
    c = lib.get("clausule-0")
    v2 = lib.save(replace(c, body="Versie twee."), 1, author="An")
    with pytest.raises(ConflictError) as err:
        lib.save(replace(c, body="Mijn versie, gebaseerd op 1."), 1, author="Bert")
    assert err.value.kept and err.value.mine.body == "Mijn versie, gebaseerd op 1."
    assert err.value.theirs.body == "Versie twee." and err.value.theirs.author == "An"
    assert "opgeslagen" in err.value.message and "conflict" in err.value.message
    other = ClauseLibrary.open(root, use_cache=False)  # another workstation sees both texts
    heads = other.conflicts()["clausule-0"]
    assert sorted(h.body for h in heads) == ["Mijn versie, gebaseerd op 1.", "Versie twee."]
    chosen = next(h for h in heads if h.author == "Bert")
    resolved = other.resolve("clausule-0", chosen, author="Curator")
    assert resolved.revision == 3 and resolved.body == "Mijn versie, gebaseerd op 1."
    again = ClauseLibrary.open(root, use_cache=False)
    assert again.conflicts() == {} and again.get("clausule-0").body == "Mijn versie, gebaseerd op 1."
    again.retire("clausule-0", 3, author="An")
    history = again.history("clausule-0")
    assert [h.revision for h in history] == [1, 2, 2, 3, 4]
    assert history[-1].status == "retired" and history[0].body.startswith("Tekst nummer 0")
    assert again.search("versie") == [] and again.search("versie", status=None)[0].revision == 4
    assert v2.modified and v2.created
    with pytest.raises(ConflictError) as taken:
        again.add(make_clause("clausule-0"))  # id taken: refused, nothing written
    assert not taken.value.kept
    with pytest.raises(ConflictError):
        again.save(replace(c, body="Van een revisie die niet bestaat."), 17)
    # Nothing was ever overwritten: the format-1 file is as it was, every save is its own file.
    assert parse_clause((root / "clauses" / "clausule-0.md").read_bytes()).body.startswith("Tekst nummer 0")
    assert len(list((root / "revisions").glob("clausule-0~*.md"))) == 5  # migrated r1, 2, 2, 3, 4


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
    assert str(layout.clause_path(root, "klachten")) == r"\\server\juridisch\clausules\clauses\klachten.md"
    assert str(layout.slot_path(root, "klachten", 7)) == r"\\server\juridisch\clausules\history\klachten\r000007.md"
    assert root.anchor == "\\\\server\\juridisch\\"
    # The same share spelled differently gets the same offline copy.
    assert share_key(root) == share_key(PureWindowsPath("//SERVER/Juridisch/Clausules/"))
    assert share_key(root) != share_key(PureWindowsPath(r"\\server\juridisch\andere"))
    assert cache_folder(root, Path("/tmp/c")).parent == Path("/tmp/c/library")


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


def test_save_aside_keeps_the_users_text_locally(tmp_path):
    from editor.core.library import save_aside

    c = make_clause("bewaring", "Mijn tekst die niet verloren mag gaan.")
    first = save_aside(c)
    second = save_aside(c)
    assert first != second and parse_clause(first.read_bytes()).body == c.body
