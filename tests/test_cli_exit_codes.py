"""An internal error in the CLI exits with its own code 3, never 1 or 2 (issue 15)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor import cli
from editor.commands import convert

ROOT = Path(__file__).resolve().parents[1]


def _boom(args: argparse.Namespace) -> int:
    raise RuntimeError("a bug")


def test_internal_error_exits_3_with_where_to_report(monkeypatch, capsys, tmp_path: Path) -> None:
    monkeypatch.delenv(cli.DEBUG_ENV, raising=False)
    monkeypatch.setattr(convert, "run", _boom)
    src = tmp_path / "a.txt"
    src.write_text("Tekst\n", encoding="utf-8")
    code = cli.main(["convert", str(src), "--to", str(tmp_path / "b.md"), "--lang", "en"])
    err = capsys.readouterr().err
    assert code == 3
    assert "internal error (RuntimeError)" in err and "issue tracker" in err
    assert "Traceback" not in err and err.count("\n") == 1


def test_internal_error_in_dutch_by_default_and_traceback_in_debug_mode(monkeypatch, capsys, tmp_path: Path) -> None:
    monkeypatch.setenv(cli.DEBUG_ENV, "1")
    monkeypatch.setattr(convert, "run", _boom)
    code = cli.main(["convert", "x.txt", "--to", str(tmp_path / "b.md"), "--lang", "nl"])
    err = capsys.readouterr().err
    assert code == 3
    assert "interne fout" in err and "Traceback" in err


def test_bad_input_still_exits_2_and_a_finding_1(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PRIVACY_EDITOR_LANG="en")
    bad = tmp_path / "kapot.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    run = subprocess.run([sys.executable, "-m", "editor", "convert", str(bad), "--to", str(tmp_path / "o.md")],
                         capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr


def test_usage_errors_exit_2(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["convert"])  # argparse: missing arguments
    assert info.value.code == 2
    assert cli.main(["export", "x", "--to", "y.xyz"]) == 2  # UserError
