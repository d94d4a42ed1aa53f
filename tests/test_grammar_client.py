"""Fast grammar-client tests: recorded LanguageTool responses replayed over loopback HTTP.

The client code path is the real one (plain HTTP to /v2/check, request.py); only the
server is a replay of tests/recordings/grammar/ (recorded from LanguageTool 6.8).
"""

from __future__ import annotations

import pytest
from grammar_fixtures import EMOJI_SENTENCE, LEGAL_SENTENCES, PLACEHOLDER_SENTENCE

from editor.core.grammar import (
    EngineUnavailable,
    GrammarChecker,
    classify,
    is_insecure_url,
    legal_words,
    privacy_notice,
)
from editor.core.model import Paragraph, Policy, PolicyMeta, Run
from editor.core.plaintext import PlainText, to_utf16
from editor.core.settings import Settings


@pytest.fixture
def checker(replay_url):
    c = GrammarChecker(Settings(), url=replay_url)
    c.start()
    yield c
    c.close()


def test_wrong_verb_form_span_and_suggestion(checker):
    text = "Hij vind dat het goed is."
    [m] = checker.check_paragraph(text, "nl-BE")
    assert (m.start, m.end) == (0, 8)
    assert text[m.start : m.end] == m.text == "Hij vind"
    assert "vind" in m.text and m.replacements[0] == "Hij vindt"
    assert m.kind == "grammar"


def test_misspelling_is_spelling_with_suggestions(checker):
    text = "Dit is een verkeerdd woord."
    [m] = checker.check_paragraph(text, "nl-BE")
    assert m.text == "verkeerdd" and m.kind == "spelling"
    assert "verkeerd" in m.replacements


def test_doubled_word(checker):
    text = "Wij bewaren de de gegevens niet langer dan nodig."
    [m] = checker.check_paragraph(text, "nl-BE")
    assert m.text == "de de" and m.replacements == ("de",)


def test_emoji_euro_and_accent_before_error_map_to_code_points(checker):
    # "€" and "é" are one UTF-16 unit, the emoji two: LanguageTool's raw offset is one higher
    text = EMOJI_SENTENCE
    [m] = checker.check_paragraph(text, "nl-BE")
    assert text[m.start : m.end] == "Hij vind"
    assert m.start == text.index("Hij vind")
    assert to_utf16(text, m.start) == m.start + 1  # the emoji's second surrogate


def test_variant_is_sent_to_the_server(checker, replay_server):
    checker.check_paragraph("Hij vind dat het goed is.", "nl-NL")
    assert replay_server.requests[-1] == ("nl-NL", "Hij vind dat het goed is.")


def test_legal_word_list_terms_raise_nothing(checker):
    for sentence in LEGAL_SENTENCES:
        assert checker.check_paragraph(sentence, "nl-BE") == [], sentence
    # LanguageTool's long-word style rule does fire on one of them: the list silences it
    raw = checker.check_raw(LEGAL_SENTENCES[1], "nl-BE")
    assert any(m.text == "Gegevensbeschermingsautoriteit" for m in raw)


def test_word_list_ships_at_least_forty_real_terms():
    words = legal_words()
    assert len(words) >= 40
    for term in ("Gegevensbeschermingsautoriteit", "verwerkingsverantwoordelijke", "verwerkersovereenkomst",
                 "persoonsgegevens", "ondernemingsnummer", "AVG", "GDPR", "KBO", "UAVG", "KvK"):
        assert term in words


def test_placeholders_are_never_flagged_but_the_rest_is(checker):
    text = PLACEHOLDER_SENTENCE
    raw = checker.check_raw(text, "nl-BE")
    assert any(m.text == "telefoonnumer" for m in raw)  # LanguageTool itself flags inside {{...}}
    kept = checker.check_paragraph(text, "nl-BE")
    assert [m.rule_id for m in kept] == ["NL_SIMPLE_REPLACE_WANT_HIJ_VIND"]
    assert "{{" not in kept[0].text


def test_user_word_disabled_rule_and_ignored_occurrence(checker):
    misspelt = "Dit is een verkeerdd woord."
    checker.add_word("verkeerdd")
    assert checker.check_paragraph(misspelt, "nl-BE") == []
    assert checker.settings.user_words == ["verkeerdd"]

    doubled = "Wij bewaren de de gegevens niet langer dan nodig."
    [m] = checker.check_paragraph(doubled, "nl-BE")
    checker.disable_rule(m.rule_id)
    assert checker.check_paragraph(doubled, "nl-BE") == []
    assert checker.settings.disabled_rules == ["DUBBEL_DE"]

    verb = "Hij vind dat het goed is."
    [m] = checker.check_paragraph(verb, "nl-BE")
    checker.ignore(verb, m)
    assert checker.check_paragraph(verb, "nl-BE") == []
    # ignoring is per occurrence: the same rule elsewhere still shows
    assert len(checker.check_paragraph("Hij vind het goed.", "nl-BE")) == 1


def test_results_are_cached_per_paragraph_text(checker, replay_server):
    checker.check_paragraph("Hij vind het goed.", "nl-BE")
    checker.check_paragraph("Hij vind het goed.", "nl-BE")
    assert replay_server.requests.count(("nl-BE", "Hij vind het goed.")) == 1
    assert checker.check_paragraph("   ", "nl-BE") == []  # blank: no request at all
    assert ("nl-BE", "   ") not in replay_server.requests


def test_check_policy_reports_spans_in_the_plain_text_view(checker):
    policy = Policy(
        meta=PolicyMeta(language="nl-BE"),
        blocks=[
            Paragraph(runs=[Run("Privacyverklaring")]),
            Paragraph(runs=[Run("Wij verwerken uw gegevens "), Run("zorgvuldig.", bold=True)]),
            Paragraph(runs=[Run(EMOJI_SENTENCE)]),
            Paragraph(runs=[Run("Dit is een verkeerdd woord.")]),
        ],
    )
    policy.ensure_ids()
    plain = PlainText.from_policy(policy)
    matches = checker.check_policy(policy)
    assert [plain.text[m.start : m.end] for m in matches] == ["Hij vind", "verkeerdd"]
    assert plain.locate(matches[1].start)[0] == policy.blocks[3].id


def test_unrecorded_text_is_an_engine_error_not_a_crash(checker):
    with pytest.raises(EngineUnavailable):
        checker.check_paragraph("Deze zin is nooit opgenomen.", "nl-BE")


def test_unreachable_team_server_is_reported():
    settings = Settings(grammar_mode="remote", grammar_url="http://127.0.0.1:9")
    with pytest.raises(EngineUnavailable) as info:
        GrammarChecker(settings).start()
    assert "niet bereikbaar" in info.value.nl


def test_team_server_without_https_warns(replay_url):
    checker = GrammarChecker(Settings(grammar_mode="remote", grammar_url=replay_url))
    checker.start()
    assert checker.warnings and "https" in checker.warnings[0]
    assert is_insecure_url("http://lt.example.be") and not is_insecure_url("https://lt.example.be")


def test_grammar_off_in_settings():
    with pytest.raises(EngineUnavailable):
        GrammarChecker(Settings(grammar_mode="off")).start()


def test_missing_engine_gives_a_clear_message(monkeypatch, tmp_path):
    monkeypatch.setenv("PRIVACY_EDITOR_LT_JARS", str(tmp_path))
    from editor.core.grammar import server as server_mod

    monkeypatch.setattr(server_mod, "project_jar_dir", lambda: tmp_path / "none")
    monkeypatch.setattr(server_mod, "bundle_dir", lambda: tmp_path / "none")
    with pytest.raises(EngineUnavailable) as info:
        server_mod.LocalServer(java="/bin/true").start()
    assert "LanguageTool" in info.value.nl


@pytest.mark.parametrize(
    ("rule_id", "category", "issue_type", "kind"),
    [
        ("MORFOLOGIK_RULE_NL_NL", "TYPOS", "misspelling", "spelling"),
        ("NL_SIMPLE_REPLACE_HIJ_VIND", "VERGISSINGEN", "misspelling", "grammar"),
        ("DUBBEL_DE", "REPETITIONS", "uncategorized", "grammar"),
        ("ERG_LANG_WOORD", "LEESBAARHEID", "style", "style"),
    ],
)
def test_classification(rule_id, category, issue_type, kind):
    assert classify(rule_id, category, issue_type) == kind


def test_privacy_notice_for_the_settings_dialog():
    assert "verlaat geen tekst" in privacy_notice(Settings())
    remote = privacy_notice(Settings(grammar_mode="remote", grammar_url="http://lt.firma.be"))
    assert "lt.firma.be" in remote and "https" in remote
    assert "Let op" not in privacy_notice(Settings(grammar_mode="remote", grammar_url="https://lt.firma.be"))


def test_batched_check_splits_results_back_per_paragraph(checker, replay_server, replay_url):
    paras = ["Hij vind dat het goed is.", EMOJI_SENTENCE, "Privacyverklaring", "Dit is een verkeerdd woord.",
             PLACEHOLDER_SENTENCE]
    raw = checker.check_many(paras, "nl-BE")
    assert len(replay_server.requests) == 1 and "\n\n" in replay_server.requests[0][1]
    single = GrammarChecker(Settings(), url=replay_url)
    single.start()
    for para in paras:
        assert raw[para] == single.check_raw(para, "nl-BE"), para
    assert [m.text for m in raw[EMOJI_SENTENCE]] == ["Hij vind"]
    # a second batch is served from the per-paragraph cache
    before = len(replay_server.requests)
    checker.check_many(reversed(paras), "nl-BE")
    assert len(replay_server.requests) == before


@pytest.mark.parametrize(
    ("banner", "major"),
    [('openjdk version "17.0.15" 2025-04-15', 17), ('java version "1.8.0_292"', 8), ('openjdk version "21" 2023-09-19', 21)],
)
def test_java_version_detection_rejects_old_runtimes(tmp_path, monkeypatch, banner, major):
    from editor.core.grammar import server as server_mod

    fake = tmp_path / "java"
    fake.write_text(f"#!/bin/sh\necho '{banner}' >&2\n")
    fake.chmod(0o755)
    assert server_mod.java_major_version(fake) == major
    monkeypatch.setenv("PRIVACY_EDITOR_JAVA", str(fake))
    found = server_mod.find_java()
    assert found != fake if major < 17 else found == fake


def test_setup_script_is_a_fast_no_op_when_the_jars_are_there():
    import subprocess
    import time
    from pathlib import Path

    from editor.core.grammar import find_jars
    from editor.core.grammar.server import project_jar_dir

    root = Path(__file__).resolve().parents[1]
    if not find_jars() or find_jars()[0].parent != project_jar_dir():
        pytest.skip("the jars are not in the project cache here")
    before = project_jar_dir().stat().st_mtime
    t0 = time.perf_counter()
    out = subprocess.run(["bash", "packaging/setup.d/40-languagetool.sh"], cwd=root, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert time.perf_counter() - t0 < 5
    assert project_jar_dir().stat().st_mtime == before


def test_pom_fetches_dutch_only():
    from pathlib import Path

    pom = (Path(__file__).resolve().parents[1] / "packaging" / "languagetool" / "pom.xml").read_text()
    assert "<artifactId>language-all</artifactId>" in pom.split("<exclusions>")[1]  # excluded, not depended on
    for artifact in ("languagetool-server", "language-nl", "dutch-pos-dict"):
        assert f"<artifactId>{artifact}</artifactId>" in pom
