"""The app's own LanguageTool accepts the legal word list (editor/core/grammar/server_words.py).

A listed privacy term is no spelling error for the server itself, so a cold check spends no time
on suggestions for it; a real misspelling is still flagged with suggestions; and results kept on
disk are never reused under another word list.
"""

from __future__ import annotations

import pytest

from editor.core.grammar import GrammarChecker, server_words
from editor.core.grammar.request import check_text
from editor.core.grammar.wordlists import legal_words
from editor.core.settings import Settings


def test_the_server_gets_the_single_words_of_the_legal_list(tmp_path):
    words = server_words.server_words()
    assert "gepseudonimiseerde" in words and "AVG" in words
    assert "Autoriteit Persoonsgegevens" in legal_words()  # multi-word terms stay with the client
    assert all(len(w.split()) == 1 for w in words)
    assert set(words) <= set(legal_words())
    folder = server_words.write_classpath_dir(tmp_path / "cp")
    written = (folder / server_words.RESOURCE).read_text(encoding="utf-8").splitlines()
    assert [w for w in written if not w.startswith("#")] == list(words)


def test_the_fingerprint_follows_the_list(monkeypatch):
    before = server_words.fingerprint()
    monkeypatch.setattr(server_words, "legal_words", lambda: (*legal_words(), "nieuwwoord"))
    assert server_words.fingerprint() != before


@pytest.mark.languagetool
def test_listed_terms_are_accepted_by_the_server_and_real_typos_keep_their_suggestions(lt_server):
    text = "Gepseudonimiseerde gegevens en webbeacons zijn geen fouten, maar dit verkeerdd woord wel."
    raw = check_text(lt_server.url, text, "nl-BE")
    flagged = {m.text: m for m in raw if m.kind == "spelling"}
    assert "Gepseudonimiseerde" not in flagged and "webbeacons" not in flagged  # capitalised too
    assert "verkeerd" in flagged["verkeerdd"].replacements  # the user still gets suggestions


@pytest.mark.languagetool
def test_results_on_disk_are_keyed_by_the_server_word_list(lt_server, tmp_path, monkeypatch):
    monkeypatch.setenv("PRIVACY_EDITOR_CACHE_DIR", str(tmp_path))
    checker = GrammarChecker(Settings(), server=lt_server)
    checker.start()
    try:
        assert checker._store is not None
        assert server_words.fingerprint() in checker._store.engine
        assert lt_server.version in checker._store.engine
    finally:
        checker.close()
