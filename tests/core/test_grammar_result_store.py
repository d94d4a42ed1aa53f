"""Grammar results kept between sessions (editor/core/grammar/result_store.py).

A reopened policy is underlined without asking LanguageTool again; a new LanguageTool version,
another language or another text is never served an old answer; a broken file is only a miss.
"""

from __future__ import annotations

import pytest

from editor.core.grammar import GrammarChecker
from editor.core.grammar.match import GrammarMatch
from editor.core.grammar.result_store import ResultStore
from editor.core.importers import load_document
from editor.core.paths import corpus_dir
from editor.core.settings import Settings, cache_dir

M = GrammarMatch(4, 8, "vind", "NL_VERB", "GRAMMAR", "Bedoelt u ‘vindt’?", ("vindt",), "grammar")


def test_round_trip_and_what_never_matches(tmp_path):
    store = ResultStore(tmp_path / "r.sqlite3", "LanguageTool 6.8")
    store.put_many("nl-BE", {"Hij vind het goed.": (M,), "Goed zo.": ()})
    assert store.get("nl-BE", "Hij vind het goed.") == (M,)
    assert store.get("nl-BE", "Goed zo.") == ()
    assert store.get("nl-NL", "Hij vind het goed.") is None
    assert store.get("nl-BE", "Hij vind het goed") is None
    store.close()
    again = ResultStore(tmp_path / "r.sqlite3", "LanguageTool 6.8")  # the next session
    assert again.get("nl-BE", "Hij vind het goed.") == (M,)
    assert ResultStore(tmp_path / "r.sqlite3", "LanguageTool 6.9").get("nl-BE", "Hij vind het goed.") is None


def test_oldest_results_go_first_beyond_the_limit(tmp_path):
    store = ResultStore(tmp_path / "r.sqlite3", "e", limit=3)
    for i in range(5):
        store.put_many("nl-BE", {f"zin {i}": ()})
    store.close()
    store = ResultStore(tmp_path / "r.sqlite3", "e", limit=3)
    assert [store.get("nl-BE", f"zin {i}") for i in range(5)] == [None, None, (), (), ()]


def test_a_corrupt_or_unwritable_file_is_only_a_miss(tmp_path):
    bad = tmp_path / "r.sqlite3"
    bad.write_bytes(b"this is not a database" * 100)
    store = ResultStore(bad, "e")
    assert store.get("nl-BE", "x") is None
    store.put_many("nl-BE", {"x": (M,)})  # no exception
    folder_as_file = tmp_path / "blocked"
    folder_as_file.write_text("a file where the folder should be")
    assert not ResultStore(folder_as_file / "r.sqlite3", "e").available


@pytest.mark.languagetool
def test_a_reopened_policy_needs_no_request(lt_server, monkeypatch):
    path = sorted(corpus_dir().glob("001_*.txt"))[0]
    policy = load_document(str(path)).policy
    first = GrammarChecker(Settings(), server=lt_server)
    first.start()
    found = first.check_policy(policy)
    first.close()
    assert found and (cache_dir() / "languagetool" / "results.sqlite3").exists()

    reopened = GrammarChecker(Settings(), server=lt_server)  # a new session: empty memory cache
    reopened.start()

    def no_request(*_args):
        raise AssertionError("LanguageTool was asked again")

    monkeypatch.setattr(reopened, "_query", no_request)
    assert reopened.check_policy(policy) == found
    reopened.close()

    fresh = GrammarChecker(Settings(), server=lt_server, persistent=False)  # the store can be off
    fresh.start()
    calls: list[str] = []
    real = fresh._query
    monkeypatch.setattr(fresh, "_query", lambda text, lang: calls.append(text) or real(text, lang))
    assert fresh.check_policy(policy) == found and calls


def test_a_damaged_entry_is_a_miss_not_a_wrong_underline(tmp_path):
    import sqlite3

    from editor.core.grammar.result_store import _key

    store = ResultStore(tmp_path / "r.sqlite3", "e")
    store.put_many("nl-BE", {"Kort.": ()})
    store.close()
    db = sqlite3.connect(tmp_path / "r.sqlite3")
    damaged = '[{"start": 2, "end": 40, "rule_id": "R", "category": "C", "message": "m", "replacements": [], "kind": "grammar"}]'
    db.execute("UPDATE results SET value = ? WHERE key = ?", (damaged, _key("e", "nl-BE", "Kort.")))
    db.commit()
    db.close()
    assert ResultStore(tmp_path / "r.sqlite3", "e").get("nl-BE", "Kort.") is None
