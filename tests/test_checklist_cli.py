"""`privacy-editor check`: readable report, JSON contract, exit codes 0/1/2."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from editor.cli import main
from tests.conftest import CORPUS_FILES, ROOT

COMPLETE = """Privacyverklaring

Wie zijn wij?

Bakkerij Brood BV, Kerkstraat 1, 9000 Gent, ondernemingsnummer 0123.456.789, info@brood.be, 09 123 45 67.

Waarvoor gebruiken wij uw gegevens?

Wij gebruiken uw naam, adres en e-mailadres om uw bestelling te leveren. De rechtsgrond is de uitvoering van de overeenkomst.
U bent niet verplicht uw gegevens te geven, maar zonder deze gegevens kunnen wij niet leveren.

Met wie delen wij uw gegevens?

Wij delen uw gegevens alleen met onze koerier. Uw gegevens blijven binnen de Europese Unie.

Hoe lang bewaren wij uw gegevens?

Wij bewaren uw gegevens 7 jaar na de laatste bestelling (boekhoudkundige bewaarplicht).

Uw rechten

U heeft het recht op inzage, verbetering, wissing, beperking van de verwerking, overdraagbaarheid en bezwaar. Mail naar info@brood.be.
U kunt een klacht indienen bij de Gegevensbeschermingsautoriteit, Drukpersstraat 35, 1000 Brussel.
Wij nemen geen beslissingen op basis van uitsluitend geautomatiseerde verwerking.
"""


@pytest.fixture
def complete_file(tmp_path):
    path = tmp_path / "volledig.txt"
    path.write_text(COMPLETE, encoding="utf-8")
    return path


def test_json_output_has_the_contract_shape(capsys):
    code = main(["check", str(CORPUS_FILES[2]), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 1  # automated decisions are missing in this policy
    assert data["file"] == str(CORPUS_FILES[2])
    assert data["jurisdiction"] == "BE"
    item = next(i for i in data["items"] if i["id"] == "retention")
    assert item["articles"][0] == "13(2)(a)" and item["level"] == "always" and item["status"] == "partial"
    assert {"start", "end", "text"} <= set(item["evidence"][0])
    texts = [o["text"] for o in data["outdated_references"]]
    assert any("Privacy Shield" in t for t in texts)
    assert all({"start", "end", "text", "replacement", "reason"} <= set(o) for o in data["outdated_references"])
    assert set(data["readability"]) >= {"flesch_douma", "long_sentences"}
    assert "automated_decisions" in data["summary"]["missing_required"]


def test_readable_report_in_dutch_lists_gaps_and_outdated_law(capsys):
    code = main(["check", str(CORPUS_FILES[0])])
    out = capsys.readouterr().out
    assert code == 1
    assert "Rechtsgebied: BE" in out
    assert "Ontbrekend (verplicht):" in out and "Recht om klacht in te dienen" in out
    assert "Verouderde verwijzingen" in out and "wet van 8 december 1992" in out
    assert "Flesch-Douma" in out
    assert "[x]" in out and "[v]" in out


def test_readable_report_in_english(capsys):
    code = main(["--lang", "en", "check", str(CORPUS_FILES[0])])
    out = capsys.readouterr().out
    assert code == 1
    assert "Missing (required):" in out and "Outdated references" in out


def test_exit_zero_when_no_required_item_is_missing(complete_file, capsys):
    code = main(["check", str(complete_file), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert data["summary"]["missing_required"] == []
    assert code == 0


def test_jurisdiction_option_overrides_the_guess(complete_file, capsys):
    main(["check", str(complete_file), "--json", "--jurisdiction", "nl"])
    assert json.loads(capsys.readouterr().out)["jurisdiction"] == "NL"


def test_bad_input_exits_two_with_one_line(tmp_path, capsys):
    assert main(["check", str(tmp_path / "bestaat-niet.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    empty = tmp_path / "leeg.txt"
    empty.write_text("   \n", encoding="utf-8")
    assert main(["check", str(empty)]) == 2
    with pytest.raises(SystemExit) as exc:
        main(["check", str(empty), "--jurisdiction", "FR"])
    assert exc.value.code == 2


def test_check_runs_as_a_real_process_on_every_corpus_file():
    for path in CORPUS_FILES:
        proc = subprocess.run([sys.executable, "-m", "editor.cli", "check", str(path), "--json"],
                              capture_output=True, text=True, cwd=ROOT, timeout=60)
        assert proc.returncode in (0, 1), proc.stderr
        data = json.loads(proc.stdout)
        assert len(data["items"]) == 24
