"""Hostile document text in all three formats: nothing executes, validators stay clean, files stay valid.

The text: script and event-handler markup, javascript:/data:/file: links (also disguised with case,
whitespace and control characters), every C0 control character, and a 10,000-character word.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import html as lxml_html
from test_export_tools import (
    libreoffice_to_pdf,
    pdf_info,
    pdf_text,
    png_ink_ratio,
    run_chromium,
    run_vnu,
    serious_violations,
    squash,
    work_dir,
)

from editor.core.export import build_docx, export_docx, export_html, render_html
from editor.core.model import Cell, Heading, ListItem, OrganisationProfile, Paragraph, Policy, PolicyMeta, Run, Table

CONTROLS = "".join(chr(c) for c in range(32)) + "\x7f"
LONG_WORD = "Persoonsgegevensverwerkingsovereenkomst" * 257  # 10,023 characters, no break opportunity
SCRIPT = "<script>alert(1)</script>"
EVIL_LINKS = [
    "javascript:alert(2)",
    "JAVASCRIPT:alert(3)",
    " \tjava\nscript:alert(4)",
    "\x01javascript:alert(5)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==",
    "file:///etc/passwd",
    "vbscript:msgbox(7)",
]


def hostile_policy() -> Policy:
    blocks = [
        Heading(runs=[Run(f"Privacy {SCRIPT} verklaring{CONTROLS}")], level=1),
        Paragraph(runs=[Run(f"Tekst met {SCRIPT} en <img src=x onerror=alert(8)> en &amp; en ]]> en \"'")]),
        Paragraph(runs=[Run("Klik "), *[Run(f"link{i} ", link=url) for i, url in enumerate(EVIL_LINKS)],
                        Run("veilig", link="https://example.be/ok")]),
        Paragraph(runs=[Run(f"Stuurtekens:{CONTROLS}:einde")]),
        Heading(runs=[Run(f"<iframe src=javascript:alert(9)>{CONTROLS}")], level=2),
        Paragraph(runs=[Run(f"Een heel lang woord: {LONG_WORD} en verder.")]),
        ListItem(runs=[Run(SCRIPT, bold=True)], ordered=True),
        ListItem(runs=[Run("<b onmouseover=alert(10)>x</b>", link="javascript:alert(11)")], level=1),
        Table(rows=[[Cell([Run(f"<th>{SCRIPT}</th>")]), Cell([Run(LONG_WORD[:3000])])],
                    [Cell([Run(CONTROLS)]), Cell([Run("javascript:alert(12)", link="javascript:alert(12)")])]],
              header_rows=1),
    ]
    meta = PolicyMeta(title=f"</title>{SCRIPT}{CONTROLS}", version=f"1{CONTROLS}<b>", last_updated="2026-11-01",
                      organisation=OrganisationProfile(name=f"Evil {SCRIPT}{CONTROLS} bv"))
    return Policy(blocks=blocks, meta=meta)


@pytest.fixture(scope="module")
def files() -> dict[str, Path]:
    folder = work_dir() / "hostile"
    folder.mkdir(exist_ok=True)
    policy = hostile_policy()
    export_html(policy, folder / "hostile.html", toc=True)
    fragment = render_html(policy, fragment=True)
    (folder / "hostile-fragment.html").write_text(
        '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>CMS</title></head>'
        f"<body><main>{fragment}</main></body></html>", encoding="utf-8")
    export_docx(policy, folder / "hostile.docx", toc=True)
    return {"html": folder / "hostile.html", "fragment": folder / "hostile-fragment.html",
            "docx": folder / "hostile.docx"}


def test_html_source_has_no_markup_from_the_text(files: dict[str, Path]) -> None:
    text = files["html"].read_text(encoding="utf-8")
    root = lxml_html.document_fromstring(text, parser=lxml_html.HTMLParser(no_network=True))
    assert not root.xpath("//script | //img | //iframe | //b | //th[not(@scope)]")
    assert not [a for el in root.iter() for a in el.attrib if a.lower().startswith("on")]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    hrefs = [a.get("href") for a in root.iter("a")]
    assert all(h.startswith(("https://", "#")) for h in hrefs), hrefs
    assert "https://example.be/ok" in hrefs
    # The dangerous links are gone, their text is still there.
    para = root.xpath("//article/p")[2].text_content()
    assert all(f"link{i}" in para for i in range(len(EVIL_LINKS)))
    assert not any(ch in text for ch in CONTROLS if ch not in "\t\n")


def test_html_is_valid(files: dict[str, Path]) -> None:
    result = run_vnu([files["html"], files["fragment"]])
    assert {Path(k).name: v for k, v in result.items() if v} == {}


def test_nothing_executes_in_chromium(files: dict[str, Path], qapp) -> None:  # noqa: ANN001
    reports = run_chromium([files["html"], files["fragment"]], work_dir() / "hostile")
    for report in reports:
        assert report["dialogs"] == [], report["dialogs"]
        assert report["scripts"] == 0
        assert report["eventHandlers"] == 0
        assert report["consoleErrors"] == []
        assert all(h.startswith(("https:", "#")) for h in report["links"]), report["links"]
        assert report["overflowX"] is False, "the 10,000-character word must wrap"
        assert serious_violations(report) == []
        assert png_ink_ratio(Path(report["screenshot"])) > 0.01
    page = next(r for r in reports if r["file"].endswith("hostile.html"))
    assert page["title"] == f"</title>{SCRIPT}"
    assert page["headings"][0]["text"] == f"Privacy {SCRIPT} verklaring"


def test_docx_is_valid_and_reopens(files: dict[str, Path]) -> None:
    data = files["docx"].read_bytes()
    d = docx.Document(io.BytesIO(data))
    texts = [p.text for p in d.paragraphs]
    assert f"Privacy {SCRIPT} verklaring" in texts
    assert any(LONG_WORD in t for t in texts)
    # Tab, newline and carriage return survive as w:tab / w:br; every other control character is gone.
    assert "Stuurtekens:\t\n\n:einde" in texts
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        rels = zf.read("word/_rels/document.xml.rels").decode()
        assert "javascript" not in rels.lower() and "data:" not in rels and "file:" not in rels
        assert "https://example.be/ok" in rels
    assert d.core_properties.title == f"</title>{SCRIPT}"
    assert d.core_properties.author == f"Evil {SCRIPT} bv"


def test_libreoffice_converts_the_hostile_docx(files: dict[str, Path]) -> None:
    out = work_dir() / "hostile" / "lo"
    proc = libreoffice_to_pdf([files["docx"]], out)
    assert proc.returncode == 0, proc.stderr
    pdf = out / "hostile.pdf"
    text = squash(pdf_text(pdf))
    assert SCRIPT in text
    assert int(pdf_info(pdf)["Pages"]) >= 2  # the long word wraps over many lines instead of vanishing


def test_pdf_export_of_hostile_text(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    from editor.gui.pdf_export import export_pdf

    out = tmp_path / "hostile.pdf"
    export_pdf(hostile_policy(), out, toc=True)
    text = squash(pdf_text(out))
    assert SCRIPT in text and "Stuurtekens::einde" in text.replace(" ", "")
    raw = out.read_bytes()
    assert b"javascript" not in raw.lower() and b"/JS" not in raw
    assert "Persoonsgegevensverwerkingsovereenkomst" in text


def test_build_docx_in_memory_matches_file(files: dict[str, Path]) -> None:
    d1 = docx.Document(io.BytesIO(build_docx(hostile_policy(), toc=True)))
    d2 = docx.Document(str(files["docx"]))
    assert [p.text for p in d1.paragraphs] == [p.text for p in d2.paragraphs]
