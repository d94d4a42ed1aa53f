"""Real LanguageTool tests: one loopback server for the whole session (grammar_fixtures.lt_server).

In CI these never skip: `make test` installs Java and the jars, and a server that cannot
start fails the `lt_server` fixture when CI=true.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from grammar_fixtures import EMOJI_SENTENCE, LEGAL_SENTENCES, PLACEHOLDER_SENTENCE

from editor.core.grammar import GrammarChecker
from editor.core.grammar.server import LOOPBACK, LocalServer, http_get_json
from editor.core.model import Paragraph, Policy, PolicyMeta, Run
from editor.core.plaintext import PlainText
from editor.core.settings import Settings

pytestmark = pytest.mark.languagetool


@pytest.fixture
def checker(lt_server):
    c = GrammarChecker(Settings(), server=lt_server)
    c.start()
    yield c
    c.close()


def test_hij_vind_is_flagged_with_vindt(checker):
    text = "Hij vind dat het goed is."
    matches = checker.check_paragraph(text, "nl-BE")
    [m] = [m for m in matches if "vind" in m.text]
    assert text[m.start : m.end] == m.text
    assert m.start <= text.index("vind") and text.index("vind") + 4 <= m.end
    assert any("vindt" in r for r in m.replacements)


def test_misspelled_word_is_flagged_by_the_dutch_dictionary(checker):
    text = "Wij bewaren uw gegevens in een beveiligde databank en een verkeerdd archief."
    [m] = [m for m in checker.check_paragraph(text, "nl-BE") if m.kind == "spelling"]
    assert m.text == "verkeerdd"
    assert (m.start, m.end) == (text.index("verkeerdd"), text.index("verkeerdd") + 9)
    assert "verkeerd" in m.replacements


def test_doubled_word_is_flagged(checker):
    text = "Wij delen de de gegevens niet met derden."
    matches = checker.check_paragraph(text, "nl-BE")
    assert any(m.text == "de de" and m.start == text.index("de de") for m in matches)


def test_correct_legal_sentences_raise_nothing(checker):
    for sentence in LEGAL_SENTENCES:
        assert checker.check_paragraph(sentence, "nl-BE") == [], sentence
    assert checker.check_paragraph(LEGAL_SENTENCES[3], "nl-NL") == []


@pytest.mark.parametrize("prefix", ["😀 ", "café ", "5 € ", "👩‍⚖️ é € 😀 "])
def test_astral_and_accented_text_before_the_error(checker, prefix):
    text = prefix + "Hij vind dat het goed is."
    [m] = [m for m in checker.check_paragraph(text, "nl-BE") if "vind" in m.text]
    assert text[m.start : m.end] == m.text == "Hij vind"


def test_recorded_emoji_sentence_still_matches_the_live_server(checker):
    # guards the replay recordings against drift of the real engine
    [m] = checker.check_paragraph(EMOJI_SENTENCE, "nl-BE")
    assert m.text == "Hij vind"


def test_batched_paragraphs_give_the_same_spans_as_single_ones(lt_server):
    paras = ["😀 Hij vind dat het goed is.", "Wij delen de de gegevens niet met derden.", "Dit is een verkeerdd woord."]
    batched = GrammarChecker(Settings(), server=lt_server)
    batched.start()
    raw = batched.check_many(paras, "nl-BE")
    single = GrammarChecker(Settings(), server=lt_server)
    single.start()
    for para in paras:
        assert [(m.start, m.end, m.rule_id) for m in raw[para]] == [
            (m.start, m.end, m.rule_id) for m in single._query(para, "nl-BE")
        ]


def test_placeholders_never_flagged(checker):
    kept = checker.check_paragraph(PLACEHOLDER_SENTENCE, "nl-BE")
    assert kept and all("{{" not in m.text and "telefoon" not in m.text for m in kept)


def test_user_word_silences_a_spelling_error(checker):
    text = "Onze dienst Privaxo beschermt uw gegevens."
    assert [m.text for m in checker.check_paragraph(text, "nl-BE") if m.kind == "spelling"] == ["Privaxo"]
    checker.add_word("Privaxo")
    assert checker.check_paragraph(text, "nl-BE") == []


def test_check_policy_spans(checker):
    policy = Policy(
        meta=PolicyMeta(language="nl-NL"),
        blocks=[Paragraph(runs=[Run("Uw rechten")]), Paragraph(runs=[Run("Hij vind het goed.")])],
    )
    plain = PlainText.from_policy(policy)
    [m] = checker.check_policy(policy)
    assert plain.text[m.start : m.end] == "Hij vind"
    assert plain.locate(m.start)[0] == policy.blocks[1].id


def test_default_checkers_share_one_server(lt_server):
    first, second = GrammarChecker(Settings()), GrammarChecker(Settings())
    first.start()
    second.start()
    assert first.server is second.server is lt_server  # the session's server is the shared one here
    first.close()
    assert lt_server.is_running()  # closing a checker never stops a shared server


def test_server_reports_its_version(lt_server, checker):
    assert lt_server.version.startswith("6.")
    assert checker.engine_version == lt_server.version


def test_the_warm_up_builds_both_variants_of_dutch(lt_server):
    """Each variant has its own pipelines: both are warmed before the first document, nl-BE first."""
    log = lt_server.log_path.read_text(encoding="utf-8", errors="replace")
    done = [line for line in log.splitlines() if "Check done:" in line]  # LanguageTool logs every check
    n = lt_server.check_threads
    assert len(done) >= 2 * n
    assert all(", nl-BE," in line for line in done[:n])
    assert all(", nl," in line for line in done[n:2 * n])  # LanguageTool names nl-NL "nl"


def test_server_listens_on_loopback_only(lt_server):
    assert lt_server.url.startswith(f"http://{LOOPBACK}:")
    cmd = lt_server.command(lt_server.port, "x.properties")
    assert "--public" not in cmd and "--port" in cmd and "--config" in cmd
    # the port is not reachable on a non-loopback address of this machine
    import socket

    try:
        hostname_ip = socket.gethostbyname(socket.gethostname())
    except OSError:
        hostname_ip = LOOPBACK
    if not hostname_ip.startswith("127."):
        with pytest.raises(OSError):
            http_get_json(f"http://{hostname_ip}:{lt_server.port}/v2/languages", timeout=2)


def test_server_restarts_after_a_crash_and_stops_cleanly():
    server = LocalServer(warm_up=False)  # the check after the restart loads Dutch anyway
    checker = GrammarChecker(Settings(), server=server)
    try:
        checker.start()
        first_pid = server.pid
        os.kill(first_pid, 9)  # a crash
        server._proc.wait(timeout=10)
        [m] = checker.check_paragraph("Hij vind het goed.", "nl-BE")  # transparently restarted
        assert m.text == "Hij vind"
        assert server.restarts == 1 and server.pid != first_pid
        os.kill(server.pid, 9)
        server._proc.wait(timeout=10)
        assert server.ensure_running() is True  # every crash is restarted (issue 15)
        assert server.restarts == 2
    finally:
        checker.close()
        server.stop()
    assert not server.is_running()


def test_no_jvm_left_behind_when_python_exits(tmp_path):
    """A process that starts a server and exits normally takes its JVM with it (atexit)."""
    script = (
        "from editor.core.grammar.server import LocalServer\n"
        "s = LocalServer(warm_up=False); s.start(); print(s.pid, flush=True)\n"
    )
    env = dict(os.environ, PRIVACY_EDITOR_CACHE_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=240, env=env)
    assert out.returncode == 0, out.stderr
    pid = int(out.stdout.split()[0])
    for _ in range(40):
        if not _alive(pid):
            break
        time.sleep(0.25)
    assert not _alive(pid)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie is dead for our purposes
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split()[2] != "Z"
    except OSError:
        return False
