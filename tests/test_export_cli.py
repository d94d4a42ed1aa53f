"""`privacy-editor export`: formats by extension, options, exit codes 0/2, one-line errors, atomic writes."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from test_export_tools import ROOT, pdf_info, require_importer, rich_policy

from editor.core import native


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    full_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PRIVACY_EDITOR_LANG="nl")
    full_env.pop("DISPLAY", None)  # the CLI must make its own offscreen Qt for PDF
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "editor", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env=full_env)


@pytest.fixture
def ppe(tmp_path: Path) -> Path:
    path = tmp_path / "beleid.ppe"
    native.save(rich_policy(), path)
    return path


def _assert_clean_error(proc: subprocess.CompletedProcess, *needles: str) -> None:
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    for needle in needles:
        assert needle in proc.stderr


def test_docx_html_pdf(ppe: Path, tmp_path: Path) -> None:
    out = tmp_path / "uit"
    out.mkdir()
    for ext in ("docx", "html", "htm", "pdf"):
        proc = cli("export", str(ppe), "--to", str(out / f"beleid.{ext}"))
        assert proc.returncode == 0, proc.stderr
        assert proc.stderr == ""
    assert docx.Document(str(out / "beleid.docx")).paragraphs[0].text == "Privacyverklaring Voorbeeld bv"
    assert (out / "beleid.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (out / "beleid.htm").read_bytes() == (out / "beleid.html").read_bytes()
    assert (out / "beleid.pdf").read_bytes().startswith(b"%PDF-")
    assert int(pdf_info(out / "beleid.pdf")["Pages"]) == 1


def test_options(ppe: Path, tmp_path: Path) -> None:
    frag = tmp_path / "frag.html"
    assert cli("export", str(ppe), "--to", str(frag), "--fragment", "--toc", "--no-updated-line").returncode == 0
    text = frag.read_text(encoding="utf-8")
    assert text.startswith('<div class="privacy-policy"') and "<nav" in text and "Laatst bijgewerkt" not in text
    out = tmp_path / "toc.docx"
    assert cli("export", str(ppe), "--to", str(out), "--toc").returncode == 0
    styles = [p.style.name for p in docx.Document(str(out)).paragraphs]
    assert "TOC Heading" in styles and "Subtitle" in styles


def test_template_option_and_setting(ppe: Path, tmp_path: Path) -> None:
    from editor.core.export import default_template

    tpl = docx.Document(str(default_template()))
    tpl.styles["Title"].font.name = "Liberation Serif"
    custom = tmp_path / "huis.docx"
    tpl.save(str(custom))
    out = tmp_path / "a.docx"
    assert cli("export", str(ppe), "--to", str(out), "--template", str(custom)).returncode == 0
    assert docx.Document(str(out)).styles["Title"].font.name == "Liberation Serif"
    # Without --template the template from Settings is used.
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").write_text(f'{{"docx_template": "{custom}"}}', encoding="utf-8")
    out2 = tmp_path / "b.docx"
    assert cli("export", str(ppe), "--to", str(out2), env={"PRIVACY_EDITOR_CONFIG_DIR": str(config)}).returncode == 0
    assert docx.Document(io.BytesIO(out2.read_bytes())).styles["Title"].font.name == "Liberation Serif"


def test_bad_template_exit_2_and_target_untouched(ppe: Path, tmp_path: Path) -> None:
    bad = tmp_path / "kapot.docx"
    bad.write_bytes(b"geen docx")
    target = tmp_path / "uit.docx"
    target.write_bytes(b"vorige versie")
    proc = cli("export", str(ppe), "--to", str(target), "--template", str(bad))
    _assert_clean_error(proc, "sjabloon", "kapot.docx")
    assert target.read_bytes() == b"vorige versie"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["beleid.ppe", "kapot.docx", "uit.docx"]


@pytest.mark.parametrize("ext", ["docx", "html", "pdf"])
def test_unwritable_target_exit_2(ppe: Path, tmp_path: Path, ext: str) -> None:
    _assert_clean_error(cli("export", str(ppe), "--to", str(tmp_path / "bestaat-niet" / f"x.{ext}")),
                        "Kan niet schrijven")
    folder = tmp_path / f"map.{ext}"  # a folder where the file should go
    folder.mkdir()
    _assert_clean_error(cli("export", str(ppe), "--to", str(folder)), "Kan niet schrijven")


def test_bad_input_and_usage(ppe: Path, tmp_path: Path) -> None:
    _assert_clean_error(cli("export", str(ppe), "--to", str(tmp_path / "x.odt")), "Onbekend exportformaat")
    _assert_clean_error(cli("export", str(ppe), "--to", str(tmp_path / "x")), "Onbekend exportformaat")
    _assert_clean_error(cli("export", str(tmp_path / "weg.ppe"), "--to", str(tmp_path / "x.docx")), "niet gevonden")
    _assert_clean_error(cli("export", str(ppe)))  # --to missing
    proc = cli("--lang", "en", "export", str(ppe), "--to", str(tmp_path / "x.rtf"))
    _assert_clean_error(proc, "Unknown export format")


def test_corpus_text_file_exports(tmp_path: Path) -> None:
    require_importer()
    src = ROOT / "clause_library" / "corpus" / "003_f5b7ab7d7d479ac4.txt"
    out = tmp_path / "c.html"
    proc = cli("export", str(src), "--to", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "<h1" in out.read_text(encoding="utf-8")
