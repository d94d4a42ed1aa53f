"""`privacy-editor library ...` from the command line, including a conflict."""

from __future__ import annotations

from pathlib import Path

from editor.cli import main
from editor.core.library import ClauseLibrary, parse_clause
from editor.core.settings import Settings, data_dir


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_list_search_show_edit_retire(tmp_path, capsys):
    lib = tmp_path / "clausules"
    lib.mkdir()
    body = tmp_path / "tekst.txt"
    body.write_text("U kunt uw toestemming altijd intrekken via {{email}}.\n", encoding="utf-8")
    code, out, _ = run(capsys, "library", "add", "--library", str(lib), "--title", "Toestemming intrekken",
                       "--body-file", str(body), "--item", "withdraw_consent", "--author", "An Peeters")
    assert code == 0 and "toestemming-intrekken" in out
    saved = ClauseLibrary.open(lib, use_cache=False).get("toestemming-intrekken")
    assert saved.origin == "team" and saved.author == "An Peeters" and saved.placeholders == ["email"]

    code, out, _ = run(capsys, "library", "list", "--library", str(lib))
    assert code == 0 and out.startswith("toestemming-intrekken\tr1\tany\twithdraw_consent\tToestemming intrekken")
    code, out, _ = run(capsys, "library", "search", "INTREKKING toestemming", "--library", str(lib))
    assert "toestemming-intrekken" in out
    code, out, _ = run(capsys, "library", "search", "intrekken", "--item", "retention", "--library", str(lib))
    assert out == ""

    code, out, _ = run(capsys, "library", "edit", "toestemming-intrekken", "--library", str(lib),
                       "--body", "Nieuwe tekst.", "--author", "Bert")
    assert code == 0 and "revisie 2" in out
    code, out, _ = run(capsys, "library", "retire", "toestemming-intrekken", "--library", str(lib), "--author", "An")
    assert code == 0
    code, out, _ = run(capsys, "library", "list", "--library", str(lib))
    assert out == ""
    code, out, _ = run(capsys, "library", "list", "--status", "all", "--library", str(lib))
    assert "ingetrokken" in out
    code, out, _ = run(capsys, "library", "show", "toestemming-intrekken", "--history", "--library", str(lib))
    assert out.count("--- r") == 3 and "Nieuwe tekst." in out


def test_edit_conflict_keeps_both_texts_and_resolve_picks_one(tmp_path, capsys):
    lib = tmp_path / "clausules"
    lib.mkdir()
    run(capsys, "library", "add", "--library", str(lib), "--title", "Bewaring", "--body", "Tien jaar.",
        "--item", "retention", "--author", "An")
    run(capsys, "library", "edit", "bewaring", "--library", str(lib), "--body", "Vijf jaar.",
        "--base-revision", "1", "--author", "Bert")
    code, out, err = run(capsys, "library", "edit", "bewaring", "--library", str(lib), "--body", "Zeven jaar.",
                         "--base-revision", "1", "--author", "Carla")
    assert code == 2 and "conflict" in err and "Vijf jaar." in err and "library resolve bewaring" in err
    code, out, _ = run(capsys, "library", "conflicts", "--library", str(lib))
    assert code == 0 and "bewaring: 2 versies" in out and "Vijf jaar." in out and "Zeven jaar." in out
    pick_n = 1 if out.index("Zeven jaar.") < out.index("Vijf jaar.") else 2
    code, out, _ = run(capsys, "library", "resolve", "bewaring", "--pick", str(pick_n), "--library", str(lib),
                       "--author", "Dirk")
    assert code == 0 and "revisie 3" in out
    after = ClauseLibrary.open(lib, use_cache=False)
    assert after.conflicts() == {} and after.get("bewaring").body == "Zeven jaar."
    assert sorted(h.body for h in after.history("bewaring")) == ["Tien jaar.", "Vijf jaar.", "Zeven jaar.", "Zeven jaar."]
    code, out, _ = run(capsys, "library", "conflicts", "--library", str(lib))
    assert "Geen conflicten" in out
    code, _, err = run(capsys, "library", "edit", "bewaring", "--library", str(lib), "--body", "Twaalf jaar.",
                       "--base-revision", "9", "--author", "Eva")
    assert code == 2 and "intussen gewijzigd" in err
    aside = list((data_dir() / "library-conflicts").glob("bewaring-*.md"))
    assert len(aside) == 1 and parse_clause(aside[0].read_bytes()).body == "Twaalf jaar."


def test_library_path_from_settings_and_clear_errors(tmp_path, capsys):
    lib = tmp_path / "gedeeld"
    lib.mkdir()
    Settings(library_path=str(lib)).save()
    code, _, _ = run(capsys, "library", "add", "--title", "X", "--body", "Tekst hier.", "--author", "An")
    assert code == 0 and ClauseLibrary.open(lib, use_cache=False).get("x") is not None
    code, _, err = run(capsys, "library", "show", "bestaat-niet")
    assert code == 2 and "Onbekende clausule" in err and "Traceback" not in err
    code, _, err = run(capsys, "library", "list", "--library", str(tmp_path / "weg"))
    assert code == 2 and "niet bereikbaar" in err
    code, _, err = run(capsys, "library", "add", "--library", str(lib), "--title", "Y", "--author", "An")
    assert code == 2 and "--body" in err


def test_default_library_is_read_only_from_the_cli(tmp_path, capsys):
    code, out, _ = run(capsys, "library", "list")
    assert code == 0  # the shipped library lists
    code, _, err = run(capsys, "library", "add", "--title", "X", "--body", "Tekst.", "--author", "An")
    assert code == 2 and "alleen-lezen" in err
    assert not (Path(__file__).resolve().parents[1] / "clause_library" / "history").exists()
