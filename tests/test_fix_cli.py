"""`privacy-editor fix` and `export`'s refusal of unfilled placeholders, run as a user would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PROFILES = ROOT / "resources" / "profiles"
POLICY = """Privacyverklaring

Wij verwerken uw naam en e-mailadres om uw vragen te beantwoorden.

Contact

Vragen? Mail naar info@bakkerij.be.
"""


def cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PRIVACY_EDITOR_LANG": "nl"}
    return subprocess.run([sys.executable, "-m", "editor", *args], capture_output=True, text=True, env=env, timeout=300)


@pytest.fixture
def policy_file(tmp_path) -> Path:
    path = tmp_path / "beleid.txt"
    path.write_text(POLICY, encoding="utf-8")
    return path


def test_fix_writes_the_completed_policy_and_reports_json(policy_file, tmp_path):
    out = tmp_path / "af.md"
    r = cli("fix", str(policy_file), "--out", str(out), "--profile", str(PROFILES / "example-be.json"), "--json")
    assert r.returncode in (0, 1), r.stderr
    report = json.loads(r.stdout)
    assert report["jurisdiction"] == "BE" and report["form_of_address"] == "u"
    assert len(report["inserted"]) >= 15 and not report["unfilled_placeholders"]
    text = out.read_text(encoding="utf-8")
    assert "Bakkerij De Zonnebloem BV" in text and "Drukpersstraat 35" in text and "{{" not in text
    assert all(i["where"] for i in report["inserted"])
    # Clauses that state facts about the organisation say what the lawyer must check.
    reviews = {i["item"]: i["review"] for i in report["inserted"]}
    assert reviews["legal_basis"] and reviews["automated_decisions"] and reviews["retention"]
    check = cli("check", str(out), "--json")
    after = {i["id"]: i["status"] for i in json.loads(check.stdout)["items"]}
    assert all(after[i["item"]] == "present" for i in report["inserted"])


def test_fix_text_report_says_what_went_where(policy_file, tmp_path):
    r = cli("fix", str(policy_file), "--out", str(tmp_path / "af.ppe"), "--profile", str(PROFILES / "example-nl.json"))
    assert "Ingevoegd:" in r.stdout and "vóór 'Contact'" in r.stdout
    assert (tmp_path / "af.ppe").is_file()


def test_fix_without_profile_inserts_nothing_unfillable(policy_file, tmp_path):
    r = cli("fix", str(policy_file), "--out", str(tmp_path / "af.txt"), "--jurisdiction", "NL")
    assert r.returncode == 1  # required items stay open: the profile is empty
    assert "{{" not in (tmp_path / "af.txt").read_text(encoding="utf-8")
    assert "het profiel mist gegevens" in r.stdout


def test_fix_rejects_bad_arguments_with_one_line(policy_file, tmp_path):
    r = cli("fix", str(policy_file), "--out", str(tmp_path / "af.txt"), "--track-changes")
    assert r.returncode == 2 and "docx" in r.stderr and "Traceback" not in r.stderr
    bad = tmp_path / "p.json"
    bad.write_text("{not json", encoding="utf-8")
    r = cli("fix", str(policy_file), "--out", str(tmp_path / "af.txt"), "--profile", str(bad))
    assert r.returncode == 2 and "JSON" in r.stderr and "Traceback" not in r.stderr


def test_export_refuses_unfilled_placeholders_unless_allowed(tmp_path):
    src = tmp_path / "p.txt"
    src.write_text("Privacy\n\nDe verantwoordelijke is {{organisatie}}.\n", encoding="utf-8")
    r = cli("export", str(src), "--to", str(tmp_path / "p.html"))
    assert r.returncode == 2 and "{{organisatie}}" in r.stderr and "--allow-placeholders" in r.stderr
    assert not (tmp_path / "p.html").exists()
    r = cli("export", str(src), "--to", str(tmp_path / "p.html"), "--allow-placeholders")
    assert r.returncode == 0 and "{{organisatie}}" in (tmp_path / "p.html").read_text(encoding="utf-8")


def test_sample_profiles_are_valid_and_fictional():
    from editor.core.profile import load_profile

    for country in ("be", "nl"):
        p = load_profile(PROFILES / f"example-{country}.json")
        assert p.jurisdiction == country.upper()
        org = p.organisation
        assert all([org.name, org.address, org.enterprise_number, org.email, org.phone, org.website, org.dpo_contact])
        assert "voorbeeld" in org.email and "voorbeeld" in org.website  # fictional domains
