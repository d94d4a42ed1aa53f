"""`privacy-editor check` on several files or a folder: one JSON object per line, or a summary
table; exit 1 when any policy misses a required item, 2 when a file cannot be read."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_checklist_policies import NL_TEMPLATE

THIN = "Privacyverklaring\n\nWij zijn Bakkerij Test. Wij gebruiken uw gegevens.\n"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "editor", *args], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    (tmp_path / "clients").mkdir()
    (tmp_path / "clients" / "a_complete.txt").write_text(NL_TEMPLATE, encoding="utf-8")
    (tmp_path / "clients" / "b_thin.md").write_text(THIN, encoding="utf-8")
    (tmp_path / "clients" / "notes.xyz").write_text("not a policy", encoding="utf-8")  # not a policy type: skipped
    return tmp_path / "clients"


def test_folder_as_json_lines_one_per_policy_and_exit_1_for_a_gap(folder):
    r = _cli("check", str(folder), "--json")
    lines = [json.loads(line) for line in r.stdout.splitlines()]
    assert [Path(x["file"]).name for x in lines] == ["a_complete.txt", "b_thin.md"]
    assert all("items" in x and "summary" in x for x in lines)
    assert r.returncode == 1  # the thin policy misses required items


def test_summary_table_names_each_file_with_jurisdiction_gaps_and_outdated(folder):
    r = _cli("check", str(folder / "a_complete.txt"), str(folder / "b_thin.md"))
    out = r.stdout.splitlines()
    assert out[0].split()[:5] == ["bestand", "recht", "gegeven", "lacunes", "verouderd"]
    row = next(line for line in out if "a_complete.txt" in line)
    assert " NL " in row
    thin = next(line for line in out if "b_thin.md" in line)
    assert "ontbre" in thin
    assert r.returncode == 1


def test_only_complete_policies_exit_0(folder):
    r = _cli("check", str(folder / "a_complete.txt"), str(folder / "a_complete.txt"), "--json")
    assert r.returncode == 0, r.stdout[-300:]
    assert len(r.stdout.splitlines()) == 2


def test_an_unreadable_file_is_reported_in_its_row_and_the_batch_goes_on(folder):
    (folder / "c_broken.docx").write_bytes(b"\x00\x01 not a zip")
    r = _cli("check", str(folder), "--json")
    lines = [json.loads(line) for line in r.stdout.splitlines()]
    broken = next(x for x in lines if x["file"].endswith("c_broken.docx"))
    assert "error" in broken and "Traceback" not in r.stderr
    assert len(lines) == 3
    assert r.returncode == 2


def test_one_file_keeps_the_single_report_contract(folder):
    r = _cli("check", str(folder / "a_complete.txt"), "--json")
    data = json.loads(r.stdout)  # one pretty-printed object, as the scorer reads it
    assert data["jurisdiction"] == "NL" and len(data["items"]) == 24
