"""The real tools behind the export tests, and proof that each check can fail.

Helpers here run the W3C Nu HTML validator (vnu.jar from npm, with Java), headless Chromium with
axe-core (packaging/node/check_page.cjs via playwright-core), LibreOffice and poppler. All are
installed by packaging/setup.d/30-export-tools.sh. A missing tool fails the test when CI=true and
skips it (with the reason) on a developer machine that has not run `make setup` yet.

The tests in this file feed each tool something broken and check that the tool says so, so a
"zero errors" elsewhere means something.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NODE_MODULES = ROOT / ".cache" / "node" / "node_modules"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
CHECK_PAGE = ROOT / "packaging" / "node" / "check_page.cjs"
CORPUS_FILES = sorted((ROOT / "clause_library" / "corpus").glob("*.txt"))


def _missing(what: str) -> None:
    message = f"{what} is not installed (run `make setup`: packaging/setup.d/30-export-tools.sh)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


def require(tool: str) -> None:
    """Fail (CI) or skip (locally) when a real tool is missing."""
    if tool == "vnu":
        if shutil.which("java") is None or not VNU_JAR.is_file():
            _missing("the Nu HTML validator (java + vnu-jar)")
    elif tool == "chromium":
        if shutil.which("node") is None or not (NODE_MODULES / "playwright-core").is_dir() or not (
            NODE_MODULES / "axe-core"
        ).is_dir():
            _missing("node with playwright-core and axe-core")
        if not any(Path(p).exists() for p in ("/usr/lib/chromium/chromium", "/usr/bin/chromium")):
            _missing("chromium")
    elif tool == "soffice":
        if shutil.which("soffice") is None:
            _missing("LibreOffice (soffice)")
    elif tool == "poppler":
        if shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None:
            _missing("poppler-utils (pdftotext, pdfinfo)")
    else:  # pragma: no cover - programming error
        raise ValueError(tool)


def require_importer() -> None:
    """The round-trip and corpus tests read files through editor.core.importers (another issue)."""
    try:
        import editor.core.importers  # noqa: F401
    except ImportError:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("editor.core.importers is missing")
        pytest.skip("depends on editor.core.importers, which has not landed yet")


@functools.cache
def work_dir() -> Path:
    """One scratch folder per test process for the (slow) tool runs that several tests share."""
    path = Path(tempfile.mkdtemp(prefix="export-tests-"))
    import atexit

    atexit.register(shutil.rmtree, path, True)
    return path


def rich_policy():  # noqa: ANN201 - returns editor.core.model.Policy
    """A policy with every feature the exporters support: title, three heading levels, inline
    formats and links, nested and restarted lists, a table with a header row, metadata."""
    from editor.core.model import (
        Cell,
        Heading,
        ListItem,
        OrganisationProfile,
        Paragraph,
        Policy,
        PolicyMeta,
        Run,
        Table,
    )

    def p(*runs: Run) -> Paragraph:
        return Paragraph(runs=list(runs))

    return Policy(
        blocks=[
            Heading(runs=[Run("Privacyverklaring Voorbeeld bv")], level=1),
            p(Run("Wij, "), Run("Voorbeeld bv", bold=True), Run(", hechten belang aan uw privacy. Lees dit "),
              Run("aandachtig", italic=True), Run(" en "), Run("volledig", underline=True), Run(". Zie "),
              Run("onze website", link="https://example.be/privacy"), Run(" of mail "),
              Run("privacy@example.be", link="mailto:privacy@example.be"), Run(".")),
            Heading(runs=[Run("1. Wie zijn wij?")], level=2),
            p(Run("Voorbeeld bv, Kerkstraat 1, 9000 Gent, is de verwerkingsverantwoordelijke.")),
            ListItem(runs=[Run("Eerste doel")], ordered=True),
            ListItem(runs=[Run("Onderdeel a")], ordered=True, level=1),
            ListItem(runs=[Run("Onderdeel b")], ordered=True, level=1),
            ListItem(runs=[Run("Tweede doel")], ordered=True),
            ListItem(runs=[Run("een opmerking")], ordered=False, level=1),
            p(Run("Tussentekst tussen twee lijsten.")),
            ListItem(runs=[Run("Nieuwe lijst, eerste punt")], ordered=True),
            ListItem(runs=[Run("Nieuwe lijst, tweede punt")], ordered=True),
            Heading(runs=[Run("2. Bewaartermijnen")], level=2),
            Table(rows=[[Cell([Run("Gegevens")]), Cell([Run("Termijn")])],
                        [Cell([Run("Facturen")]), Cell([Run("7 jaar")])],
                        [Cell([Run("Sollicitaties")]), Cell([Run("1 jaar", bold=True)])]], header_rows=1),
            Heading(runs=[Run("2.1 Uw rechten")], level=3),
            ListItem(runs=[Run("Recht op inzage")]),
            ListItem(runs=[Run("Recht op verbetering")], level=1),
            ListItem(runs=[Run("ook van onvolledige gegevens")], level=2),
            ListItem(runs=[Run("Recht op "), Run("wissing", bold=True)]),
        ],
        meta=PolicyMeta(
            title="Privacyverklaring Voorbeeld bv", language="nl-BE", jurisdiction="BE", version="2.1",
            last_updated="2026-11-01", organisation=OrganisationProfile(name="Voorbeeld bv"),
        ),
    )


@functools.cache
def corpus_policies() -> dict:
    """The five corpus policies, imported once per test process (name -> Policy)."""
    require_importer()
    from editor.core.importers import load_document

    return {f.stem: load_document(f).policy for f in CORPUS_FILES}


def first_sentence(policy, words: int = 8) -> str:  # noqa: ANN001
    """The start of the first real paragraph: what a reader would look for in a rendering."""
    from editor.core.model import Paragraph

    for block in policy.blocks:
        if isinstance(block, Paragraph) and len(block.text.split()) >= words:
            return " ".join(block.text.split()[:words])
    raise AssertionError("no paragraph")


# -- Nu HTML validator ---------------------------------------------------------------------
def run_vnu(files: list[Path]) -> dict[str, list[dict]]:
    """Errors per file (empty list = valid) from one run of vnu.jar over all files."""
    require("vnu")
    proc = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(proc.stderr or proc.stdout)
    out: dict[str, list[dict]] = {str(f): [] for f in files}
    for msg in report.get("messages", []):
        url = msg.get("url", "")
        path = url[len("file:") :] if url.startswith("file:") else url
        key = next((k for k in out if Path(k).resolve() == Path(path).resolve()), path)
        out.setdefault(key, []).append(msg)
    return out


# -- Chromium + axe-core -------------------------------------------------------------------
def run_chromium(files: list[Path], out_dir: Path) -> list[dict]:
    """One report per page: DOM facts, dialogs fired, axe violations, screenshot path."""
    require("chromium")
    env = dict(os.environ, NODE_PATH=str(NODE_MODULES))
    proc = subprocess.run(
        ["node", str(CHECK_PAGE), str(out_dir), *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout)


def serious_violations(report: dict) -> list[dict]:
    return [v for v in report["violations"] if v["impact"] in ("serious", "critical")]


def png_ink_ratio(path: Path) -> float:
    """Share of pixels that are clearly not white (0.0 for a blank page)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), f"cannot read {path}"
    small = image.scaled(120, 160, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.FastTransformation)
    dark = 0
    for y in range(small.height()):
        for x in range(small.width()):
            c = small.pixelColor(x, y)
            if min(c.red(), c.green(), c.blue()) < 200:
                dark += 1
    return dark / (small.width() * small.height())


# -- LibreOffice and poppler ---------------------------------------------------------------
def libreoffice_to_pdf(files: list[Path], out_dir: Path) -> subprocess.CompletedProcess:
    """Convert with a fresh LibreOffice profile, all files in one soffice run."""
    require("soffice")
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    try:
        return subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
                str(out_dir),
                *map(str, files),
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def pdf_text(path: Path) -> str:
    require("poppler")
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def pdf_info(path: Path) -> dict[str, str]:
    require("poppler")
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines()) if v}


def squash(text: str) -> str:
    """Whitespace-insensitive text for comparing what a PDF shows with what the model holds."""
    return " ".join(text.split())


# -- the checks can fail -------------------------------------------------------------------
def test_vnu_reports_errors_in_broken_html(tmp_path: Path) -> None:
    good = tmp_path / "good.html"
    good.write_text('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>x</title></head>'
                    "<body><p>ok</p></body></html>", encoding="utf-8")
    bad = tmp_path / "bad.html"
    bad.write_text('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"></head>'
                   '<body><ul><p>x</p></ul><a href="javascript:alert(1)" href="x">y</a></body></html>',
                   encoding="utf-8")
    result = run_vnu([good, bad])
    assert result[str(good)] == []
    assert len(result[str(bad)]) >= 2  # missing <title>, <p> in <ul>, duplicate attribute


def test_axe_and_dialog_detection_catch_a_bad_page(tmp_path: Path) -> None:
    page = tmp_path / "bad.html"
    page.write_text('<!DOCTYPE html><html><head><meta charset="utf-8"><title>x</title></head><body>'
                    '<img src="missing.png"><input type="text"><script>alert("boo")</script>'
                    "<h1>Kop</h1></body></html>", encoding="utf-8")
    (report,) = run_chromium([page], tmp_path)
    ids = {v["id"] for v in serious_violations(report)}
    assert "image-alt" in ids  # critical: an image without alternative text
    assert report["dialogs"] and report["dialogs"][0]["message"] == "boo"
    assert report["scripts"] == 1
    assert [h["text"] for h in report["headings"]] == ["Kop"]


def test_blank_screenshot_has_no_ink(tmp_path: Path, qapp) -> None:  # noqa: ANN001 - pytest-qt fixture
    from PySide6.QtGui import QColor, QImage

    blank = QImage(200, 200, QImage.Format.Format_RGB32)
    blank.fill(QColor("white"))
    blank.save(str(tmp_path / "blank.png"))
    inked = QImage(blank)
    for y in range(40, 60):
        for x in range(20, 180):
            inked.setPixelColor(x, y, QColor("black"))
    inked.save(str(tmp_path / "inked.png"))
    assert png_ink_ratio(tmp_path / "blank.png") == 0.0
    assert png_ink_ratio(tmp_path / "inked.png") > 0.03


def test_libreoffice_fails_on_a_non_docx(tmp_path: Path) -> None:
    junk = tmp_path / "junk.docx"
    junk.write_bytes(b"PK\x03\x04 this is not a zip at all" * 10)
    libreoffice_to_pdf([junk], tmp_path)
    # LibreOffice may import garbage as text; what matters is that our checks would notice.
    pdf = tmp_path / "junk.pdf"
    assert not pdf.exists() or "Pagina" not in pdf_text(pdf)


if __name__ == "__main__":  # pragma: no cover - manual use: python tests/test_export_tools.py FILE.html
    print(json.dumps(run_vnu([Path(a) for a in sys.argv[1:]]), indent=1))
