"""`privacy-editor grammar FILE [--json]`: output shape, spans, exit codes."""

from __future__ import annotations

import json

import pytest

from editor.cli import main
from editor.core.importers import load_document
from editor.core.plaintext import PlainText
from editor.core.settings import Settings

POLICY_TXT = (
    "Privacyverklaring\n\n"
    "Hij vind dat het goed is.\n\n"
    "Dit is een verkeerdd woord.\n\n"
    "De verwerkingsverantwoordelijke verwerkt uw persoonsgegevens conform de AVG en de GDPR.\n"
)


def _use_server(url: str) -> None:
    Settings(grammar_mode="remote", grammar_url=url).save()


@pytest.fixture
def policy_file(tmp_path):
    path = tmp_path / "beleid.txt"
    path.write_text(POLICY_TXT, encoding="utf-8")
    return path


@pytest.mark.languagetool
def test_json_output_with_real_engine(lt_server, policy_file, capsys):
    _use_server(lt_server.url)
    assert main(["grammar", str(policy_file), "--json"]) == 0
    out = capsys.readouterr()
    data = json.loads(out.out)
    plain = PlainText.from_policy(load_document(str(policy_file)).policy).text
    assert set(data) == {"matches"}
    texts = [m["text"] for m in data["matches"]]
    assert texts == ["Hij vind", "verkeerdd"]
    for m in data["matches"]:
        assert {"start", "end", "text", "rule_id", "category", "message", "replacements"} <= set(m)
        assert plain[m["start"] : m["end"]] == m["text"]
        assert isinstance(m["replacements"], list) and m["message"]
    assert "Hij vindt" in data["matches"][0]["replacements"]
    assert "https" in out.err  # the team-server route warns about plain http


def test_text_output_from_recorded_responses(replay_url, tmp_path, capsys):
    _use_server(replay_url)
    path = tmp_path / "kort.txt"
    path.write_text("Privacyverklaring\n\nHij vind dat het goed is.\n", encoding="utf-8")
    assert main(["grammar", str(path)]) == 0
    out = capsys.readouterr().out
    start = len("Privacyverklaring\n")
    assert f"{start}-{start + 8}" in out and "NL_SIMPLE_REPLACE_HIJ_VIND" in out and "Hij vindt" in out


def test_clean_document_says_so(replay_url, tmp_path, capsys):
    _use_server(replay_url)
    path = tmp_path / "schoon.txt"
    path.write_text("Privacyverklaring\n\nWij verwerken uw gegevens zorgvuldig.\n", encoding="utf-8")
    assert main(["grammar", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"matches": []}


def test_engine_unavailable_exits_2_with_message(policy_file, capsys):
    Settings(grammar_mode="off").save()
    assert main(["grammar", str(policy_file)]) == 2
    err = capsys.readouterr().err
    assert "uit" in err and "Traceback" not in err


def test_unreachable_server_exits_2(policy_file, capsys):
    _use_server("http://127.0.0.1:9")
    assert main(["grammar", str(policy_file), "--json"]) == 2
    assert "niet bereikbaar" in capsys.readouterr().err


def test_bad_input_exits_2(tmp_path, capsys):
    assert main(["grammar", str(tmp_path / "bestaat-niet.docx")]) == 2
    err = capsys.readouterr().err
    assert err.strip() and "Traceback" not in err
