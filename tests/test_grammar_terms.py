"""The organisation profile's names are no spelling errors: term derivation, filter, GUI, CLI, real engine."""

from __future__ import annotations

import json

import pytest

from editor.cli import main
from editor.core import native
from editor.core.grammar import GrammarChecker, GrammarMatch, profile_terms
from editor.core.model import OrganisationProfile, Paragraph, Policy, PolicyMeta, Run
from editor.core.settings import Settings

PROFILE = OrganisationProfile(
    name="Webassur NV",
    legal_form="naamloze vennootschap",
    address="Koning Albert II-laan 35 bus 3, 1030 Schaarbeek",
    enterprise_number="BE 0123.456.789",
    email="privacy@webassur.be",
    phone="+32 2 123 45 67",
    website="https://www.webassur.be/",
    dpo_name="Jan Van den Broeck",
    dpo_contact="dpo@webassur.be, Rue de la Loi 16, 1000 Brussel",
)


# --------------------------------------------------------------------------- term derivation


def test_profile_gives_names_words_and_addresses():
    terms = profile_terms(PROFILE)
    for expected in ("Webassur NV", "Webassur", "Koning Albert II-laan", "Schaarbeek", "Jan Van den Broeck",
                     "Broeck", "naamloze vennootschap", "privacy@webassur.be", "www.webassur.be",
                     "dpo@webassur.be", "Rue de la Loi", "Brussel"):
        assert expected in terms, expected


def test_numbers_short_tokens_and_particles_are_not_terms():
    terms = {t.casefold() for t in profile_terms(PROFILE)}
    for absent in ("nv", "be", "35", "3", "1030", "0123.456.789", "+32", "123", "van", "den", "de", "la", "bus",
                   "naamloze", "16"):
        assert absent not in terms, absent
    # a house number with a letter neither becomes a term nor joins the street into a phrase
    assert profile_terms(OrganisationProfile(address="Zwijnaardsesteenweg 316A, 9052 Zwijnaarde")) == [
        "Zwijnaardsesteenweg", "Zwijnaarde"]


def test_empty_profile_and_duplicates():
    assert profile_terms(OrganisationProfile()) == []
    terms = profile_terms(OrganisationProfile(name="Webassur", dpo_contact="WEBASSUR", address="webassur"))
    assert terms == ["Webassur"]


def test_multi_word_name_keeps_its_inner_punctuation():
    terms = profile_terms(OrganisationProfile(name="Van Dijk & Zonen", dpo_name="Li\u00a0Na"))
    assert "Van Dijk & Zonen" in terms and "Li Na" in terms
    assert "Li" not in terms and "Na" not in terms


# --------------------------------------------------------------------------- the filter (no server)


def _match(text: str, word: str, kind: str = "spelling", rule: str = "MORFOLOGIK_RULE_NL_NL") -> GrammarMatch:
    start = text.index(word)
    return GrammarMatch(start, start + len(word), word, rule, "TYPOS" if kind == "spelling" else "GRAMMAR", "?",
                        kind=kind)


def test_filter_drops_spelling_matches_on_the_profile_names():
    checker = GrammarChecker(Settings())
    text = "Hij vind dat Webassur en Li\u00a0Na uw gegevens in Schaarbeek bewaren."
    raw = [_match(text, "Hij vind", "grammar", "NL_SIMPLE_REPLACE_HIJ_VIND"), _match(text, "Webassur"),
           _match(text, "Na"), _match(text, "Schaarbeek")]
    assert checker.filter(text, raw) == raw  # nothing known yet
    checker.set_document_terms(profile_terms(OrganisationProfile(name="Webassur", address="1030 Schaarbeek",
                                                                 dpo_name="Li Na")))
    assert [m.text for m in checker.filter(text, raw)] == ["Hij vind"]
    assert checker.settings.user_words == []  # per document, never saved as the user's words
    checker.set_document_terms([])
    assert checker.filter(text, raw) == raw  # another document: the names are unknown again


def test_a_misspelt_name_is_still_flagged():
    checker = GrammarChecker(Settings())
    checker.set_document_terms(profile_terms(PROFILE))
    text = "Webassurr en Webassur'tje zijn niet hetzelfde."
    raw = [_match(text, "Webassurr"), _match(text, "Webassur'tje")]
    assert [m.text for m in checker.filter(text, raw)] == ["Webassurr"]


# --------------------------------------------------------------------------- replay server: GUI and CLI


def test_controller_rerenders_without_asking_the_server(qtbot, replay_server, replay_url):
    from PySide6.QtWidgets import QTextEdit

    from editor.gui.grammar import GrammarController

    edit = QTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText("Privacyverklaring\nDit is een verkeerdd woord.")
    settings = Settings()
    ctrl = GrammarController(edit, settings, lambda: "nl-BE", checker=GrammarChecker(settings, url=replay_url))
    ctrl.attach()
    qtbot.waitUntil(lambda: len(ctrl.issues()) == 1 and ctrl.state == "ready", timeout=10_000)
    requests = len(replay_server.requests)
    ctrl.set_document_terms(["Verkeerdd"])
    assert ctrl.issues() == [] and ctrl.underlines() == []
    ctrl.set_document_terms([])
    assert [i.match.text for i in ctrl.issues()] == ["verkeerdd"] and len(ctrl.underlines()) == 1
    assert len(replay_server.requests) == requests  # filtered from the cached results
    ctrl.set_document_terms(["Verkeerdd"])
    ctrl.set_settings(Settings(grammar_mode="remote", grammar_url=replay_url))  # a new engine keeps the terms
    qtbot.waitUntil(lambda: ctrl.state == "ready" and ("nl-BE", "Dit is een verkeerdd woord.") in ctrl._raw,
                    timeout=10_000)
    assert ctrl.checker.document_terms == ("Verkeerdd",) and ctrl.issues() == []
    ctrl.shutdown()


def test_main_window_follows_the_profile(qtbot, replay_server, replay_url, tmp_path, monkeypatch):
    import dataclasses

    from editor.gui.main_window import MainWindow

    path = tmp_path / "beleid.ppe"
    policy = Policy(meta=PolicyMeta(language="nl-BE", organisation=OrganisationProfile(name="Verkeerdd")),
                    blocks=[Paragraph(runs=[Run("Privacyverklaring")]),
                            Paragraph(runs=[Run("Dit is een verkeerdd woord.")])])
    native.save(policy, path)
    window = MainWindow(Settings(grammar_mode="remote", grammar_url=replay_url))
    qtbot.addWidget(window)
    assert window.open_path(str(path))
    ctrl = window.grammar
    qtbot.waitUntil(lambda: ctrl.state == "ready" and ("nl-BE", "Dit is een verkeerdd woord.") in ctrl._raw,
                    timeout=10_000)
    assert ctrl.issues() == []  # the opened document's profile names it
    requests = len(replay_server.requests)
    # the user edits the profile: another organisation name, so the word is an error again
    window.apply_meta(dataclasses.replace(window.bridge.meta, organisation=OrganisationProfile(name="Webassur")))
    assert [i.match.text for i in ctrl.issues()] == ["verkeerdd"]
    assert len(replay_server.requests) == requests
    window.editor.document().setModified(False)  # closing must not ask to save
    ctrl.shutdown()


def test_cli_applies_the_documents_profile(replay_url, tmp_path, capsys):
    Settings(grammar_mode="remote", grammar_url=replay_url).save()
    blocks = [Paragraph(runs=[Run("Privacyverklaring")]), Paragraph(runs=[Run("Dit is een verkeerdd woord.")])]
    plain = tmp_path / "zonder.ppe"
    native.save(Policy(meta=PolicyMeta(language="nl-BE"), blocks=blocks), plain)
    assert main(["grammar", str(plain), "--json"]) == 0
    assert [m["text"] for m in json.loads(capsys.readouterr().out)["matches"]] == ["verkeerdd"]
    named = tmp_path / "met.ppe"
    meta = PolicyMeta(language="nl-BE", organisation=OrganisationProfile(name="Verkeerdd bv"))
    native.save(Policy(meta=meta, blocks=blocks), named)
    assert main(["grammar", str(named), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"matches": []}


# --------------------------------------------------------------------------- the real LanguageTool


@pytest.mark.languagetool
def test_real_engine_flags_the_name_only_without_the_profile(lt_server):
    checker = GrammarChecker(Settings(), server=lt_server)
    checker.start()
    texts = ["Webassur verwerkt uw persoonsgegevens zorgvuldig.", "Hij vind dat Webassur goed werkt."]
    try:
        for text in texts:
            flagged = [m.text for m in checker.check_paragraph(text, "nl-BE") if m.kind == "spelling"]
            assert flagged == ["Webassur"], text
        checker.set_document_terms(profile_terms(PROFILE))
        assert checker.check_paragraph(texts[0], "nl-BE") == []
        assert [m.text for m in checker.check_paragraph(texts[1], "nl-BE")] == ["Hij vind"]  # grammar still found
    finally:
        checker.close()
