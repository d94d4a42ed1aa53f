"""`privacy-editor convert` end to end, in a child process like a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.core.importers import import_text, load_document
from tests.conftest import CORPUS_FILES, ROOT


def convert(*args: str, lang: str = "nl") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "editor", "--lang", lang, "convert", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )


def assert_clean_failure(proc: subprocess.CompletedProcess[str]) -> str:
    """Exit 2, exactly one line on stderr, no traceback."""
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    return lines[0]


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.stem)
def test_convert_corpus_to_json_is_the_native_format(path: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    proc = convert(str(path), "--to", str(out))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "privacy-policy-editor"
    kinds = [b["type"] for b in data["blocks"]]
    assert kinds[0] == "heading" and kinds.count("heading") >= 6
    # Every warning is one line with the Dutch prefix.
    for line in proc.stderr.splitlines():
        assert line.startswith("waarschuwing: ")


def test_convert_to_txt_puts_blank_lines_between_blocks(tmp_path: Path) -> None:
    src = CORPUS_FILES[2]  # 002: articles, numbered sub-sections, numbered lists
    out = tmp_path / "out.txt"
    assert convert(str(src), "--to", str(out)).returncode == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("Privacybeleid\n\n")
    assert "\n\nArtikel 1 – Contactgegevens Webassur\n\n" in text
    assert "1. Telefonisch via +32 456 15 44 87\n2. Per e-mail via info@webassur.be\n" in text
    assert "&lt" not in text and "3.2 Geboortedatum\n" in text


def test_convert_to_md_round_trips_the_block_structure(tmp_path: Path) -> None:
    from editor.core.importers import describe

    for src in CORPUS_FILES:
        out = tmp_path / f"{src.stem}.md"
        assert convert(str(src), "--to", str(out)).returncode == 0
        md = out.read_text(encoding="utf-8")
        assert md.startswith("# ")
        again = import_text(md, "md")
        assert describe(again) == describe(load_document(src)), src.name


def test_convert_prints_warnings_as_single_lines(tmp_path: Path) -> None:
    proc = convert(str(CORPUS_FILES[4]), "--to", str(tmp_path / "o.md"))
    assert proc.returncode == 0
    lines = proc.stderr.strip().splitlines()
    assert any("shortcode" in line for line in lines)
    assert all(line.startswith("waarschuwing: ") for line in lines)
    english = convert(str(CORPUS_FILES[4]), "--to", str(tmp_path / "o2.md"), lang="en")
    assert all(line.startswith("warning: ") for line in english.stderr.strip().splitlines())


def test_unknown_target_extension_exits_2(tmp_path: Path) -> None:
    line = assert_clean_failure(convert(str(CORPUS_FILES[0]), "--to", str(tmp_path / "out.pdf")))
    assert ".pdf" in line
    assert not (tmp_path / "out.pdf").exists()


def test_unwritable_target_exits_2(tmp_path: Path) -> None:
    line = assert_clean_failure(convert(str(CORPUS_FILES[0]), "--to", str(tmp_path / "missing" / "out.json")))
    assert "schrijven" in line


def test_missing_input_exits_2(tmp_path: Path) -> None:
    line = assert_clean_failure(convert(str(tmp_path / "nope.txt"), "--to", str(tmp_path / "out.json")))
    assert "bestaat niet" in line


def test_missing_to_option_is_a_usage_error(tmp_path: Path) -> None:
    assert_clean_failure(convert(str(CORPUS_FILES[0])))


def test_existing_target_is_replaced_atomically(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    out.write_text("oud", encoding="utf-8")
    assert convert(str(CORPUS_FILES[0]), "--to", str(out)).returncode == 0
    assert out.read_text(encoding="utf-8").startswith("Privacybeleid")
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]  # no temporary files left


def test_convert_docx_and_html_inputs(tmp_path: Path) -> None:
    from tests.test_import_docx import build_policy_docx

    src = build_policy_docx(tmp_path / "beleid.docx")
    out = tmp_path / "beleid.md"
    proc = convert(str(src), "--to", str(out))
    assert proc.returncode == 0, proc.stderr
    md = out.read_text(encoding="utf-8")
    assert md.startswith("# Privacyverklaring Bakkerij Janssens\n\n## Wie zijn wij?\n\n")
    assert "**Bakkerij Janssens**" in md and "[Gegevensbeschermingsautoriteit](https://" in md
    assert "| Cookie | Duur |" in md

    page = tmp_path / "beleid.html"
    page.write_text("<h1>Beleid</h1><nav>Menu</nav><ol><li>een</li><li>twee</li></ol>", encoding="utf-8")
    out = tmp_path / "beleid.txt"
    assert convert(str(page), "--to", str(out)).returncode == 0
    assert out.read_text(encoding="utf-8") == "Beleid\n\n1. een\n2. twee\n"
