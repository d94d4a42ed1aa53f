"""DOCX without heading styles (issue 14): headings inferred from bold, larger or numbered short lines.

The files are built with python-docx as clients make them (direct formatting on Normal
paragraphs), and one is written by real LibreOffice from HTML whose headings are bold paragraphs.
"""

from __future__ import annotations

import html
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.shared import Pt

from editor.core.checklist import analyze
from editor.core.importers import describe, import_text, load_document
from editor.core.model import Heading, ListItem, Paragraph
from tests.conftest import CORPUS_FILES
from tests.test_export_tools import require

RETENTION_BODY = "Facturen: zeven jaar. Sollicitaties: een jaar na de procedure."
SECTIONS = [
    ("Wie zijn wij?", "Wij zijn Bakkerij Janssens BV, Kerkstraat 1, 9000 Gent, ondernemingsnummer 0123.456.789."),
    ("Welke gegevens verwerken wij", "Wij verwerken uw naam, adres en e-mailadres wanneer u een bestelling plaatst."),
    ("Hoe lang bewaren wij uw gegevens?", RETENTION_BODY),
    ("Uw rechten", "U kunt uw gegevens inzien, laten verbeteren of laten wissen via privacy@janssens.be."),
]


def outline(path: Path) -> list[tuple[int, str]]:
    """What the user sees in the outline pane: the level and text of every heading."""
    return [(b.level, b.text) for b in load_document(path).policy.blocks if isinstance(b, Heading)]


def _line(d, text: str, *, bold: bool = False, size: float | None = None, style: str | None = None):  # noqa: ANN001, ANN202
    p = d.add_paragraph(style=style)
    run = p.add_run(text)
    run.bold = bold or None
    if size is not None:
        run.font.size = Pt(size)
    return p


def bold_heading_docx(path: Path) -> Path:
    d = docx.Document()
    _line(d, "Privacyverklaring Bakkerij Janssens", bold=True)
    for head, body in SECTIONS:
        _line(d, head, bold=True)
        p = d.add_paragraph("Dit is ")
        p.add_run("belangrijk").bold = True  # a bold phrase inside a paragraph
        p.add_run(". " + body)
    d.save(path)
    return path


def test_manual_bold_headings_become_the_outline(tmp_path: Path) -> None:
    path = bold_heading_docx(tmp_path / "vet.docx")
    assert outline(path) == [(1, "Privacyverklaring Bakkerij Janssens")] + [(2, h) for h, _ in SECTIONS]
    policy = load_document(path).policy
    assert policy.meta.title == "Privacyverklaring Bakkerij Janssens"
    # The body paragraphs with a bold phrase stay paragraphs and keep their bold run.
    paras = [b for b in policy.blocks if isinstance(b, Paragraph)]
    assert len(paras) == len(SECTIONS)
    assert [r.text for r in paras[0].runs if r.bold] == ["belangrijk"]
    # A heading's own bold is the heading now, not a run flag.
    assert not any(r.bold for b in policy.blocks if isinstance(b, Heading) for r in b.runs)


def test_larger_font_headings_with_sub_sections(tmp_path: Path) -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    _line(d, "Privacyverklaring", size=20)
    _line(d, "Inleiding", size=14)
    d.add_paragraph("Deze verklaring legt uit hoe wij met uw persoonsgegevens omgaan, en waarom.")
    _line(d, "Welke gegevens", size=14)
    d.add_paragraph("Wij verwerken alleen de gegevens die u ons zelf geeft bij een bestelling.")
    _line(d, "Gegevens van klanten", size=12)
    d.add_paragraph("Naam, adres en betaalgegevens, zodat wij uw bestelling kunnen leveren.")
    _line(d, "Kort", size=11)  # body size: not larger, not bold
    d.add_paragraph("Nog een zin in de gewone lettergrootte, zoals de rest van de tekst.")
    d.save(tmp_path / "groot.docx")
    assert outline(tmp_path / "groot.docx") == [
        (1, "Privacyverklaring"), (2, "Inleiding"), (2, "Welke gegevens"), (3, "Gegevens van klanten"),
    ]


def test_size_from_the_paragraph_style_counts_too(tmp_path: Path) -> None:
    d = docx.Document()
    big = d.styles.add_style("Grote tekst", 1)  # a custom paragraph style, not a heading style
    big.font.size = Pt(16)
    big.base_style = d.styles["Normal"]
    for head, body in SECTIONS:
        d.add_paragraph(head, style="Grote tekst")
        d.add_paragraph(body)
    d.save(tmp_path / "stijl.docx")
    assert [t for _, t in outline(tmp_path / "stijl.docx")] == [h for h, _ in SECTIONS]


def test_numbered_headings_get_section_and_sub_section_levels(tmp_path: Path) -> None:
    d = docx.Document()
    _line(d, "Privacyverklaring", bold=True)
    d.add_paragraph("1. Wie zijn wij")
    d.add_paragraph("Wij zijn Bakkerij Janssens BV uit Gent, een familiebedrijf sinds 1952.")
    d.add_paragraph("2. Uw gegevens")
    d.add_paragraph("2.1 Klanten")
    d.add_paragraph("Van klanten verwerken wij naam, adres en bestelgeschiedenis.")
    d.add_paragraph("2.2 Sollicitanten")
    d.add_paragraph("Van sollicitanten verwerken wij het cv en de motivatiebrief.")
    d.add_paragraph("3. Uw rechten")
    d.add_paragraph("U kunt de volgende stappen zetten:")
    d.add_paragraph("1. Stuur ons een e-mail")  # a typed list: two numbered neighbours
    d.add_paragraph("2. Wij antwoorden binnen een maand")
    d.add_paragraph("Einde van de verklaring.")
    d.save(tmp_path / "nummers.docx")
    assert outline(tmp_path / "nummers.docx") == [
        (1, "Privacyverklaring"), (2, "1. Wie zijn wij"), (2, "2. Uw gegevens"), (3, "2.1 Klanten"),
        (3, "2.2 Sollicitanten"), (2, "3. Uw rechten"),
    ]


def test_bold_that_is_not_a_heading_stays_text(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Privacyverklaring", style="Title")
    _line(d, "Uw gegevens", bold=True)
    p = d.add_paragraph("Wij delen uw gegevens ")
    p.add_run("nooit met derden").bold = True
    p.add_run(", tenzij de wet het vraagt.")
    _line(d, "Wij verkopen uw gegevens nooit aan adverteerders.", bold=True)  # a bold sentence
    _line(d, "Deze lange vetgedrukte regel zonder punt telt veel te veel woorden om ooit een kop te zijn in deze tekst", bold=True)
    for item in ("Naam", "Adres"):
        _line(d, item, bold=True, style="List Bullet")
    table = d.add_table(rows=2, cols=1)
    table.cell(0, 0).paragraphs[0].add_run("Bewaartermijn").bold = True
    table.cell(1, 0).text = "Twee jaar"
    for line in ("Bakkerij Janssens BV", "Kerkstraat 1", "9000 Gent"):  # a bold address block
        _line(d, line, bold=True)
    d.add_paragraph("Vragen? Mail ons. " + SECTIONS[0][1] + " " + SECTIONS[1][1] + " " + SECTIONS[3][1])
    d.save(tmp_path / "gemengd.docx")
    result = load_document(tmp_path / "gemengd.docx")
    assert outline(tmp_path / "gemengd.docx") == [(1, "Privacyverklaring"), (2, "Uw gegevens")]
    kinds = describe(result).splitlines()
    assert kinds[2].startswith("P Wij delen uw gegevens nooit met derden")
    assert [b.text for b in result.policy.blocks if isinstance(b, ListItem)] == ["Naam", "Adres"]


def test_documents_with_heading_styles_import_as_before(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_heading("Wie zijn wij?", level=1)
    _line(d, "Vetgedrukt maar geen kop", bold=True)  # with heading styles, bold is only bold
    d.add_paragraph("Wij zijn Bakkerij Janssens.")
    d.save(tmp_path / "stijlen.docx")
    assert describe(load_document(tmp_path / "stijlen.docx")).splitlines() == [
        "H1 Wie zijn wij?", "P Vetgedrukt maar geen kop", "P Wij zijn Bakkerij Janssens.",
    ]


def test_checklist_on_a_bold_heading_docx_matches_the_same_text_as_txt(tmp_path: Path) -> None:
    policy = load_document(bold_heading_docx(tmp_path / "vet.docx")).policy
    text = "Privacyverklaring Bakkerij Janssens\n\n" + "".join(f"{h}\n\nDit is belangrijk. {b}\n\n" for h, b in SECTIONS)
    as_txt = import_text(text).policy
    assert [(b.level, b.text) for b in policy.blocks if isinstance(b, Heading)] == [
        (b.level, b.text) for b in as_txt.blocks if isinstance(b, Heading)
    ]
    report = analyze(policy)
    assert [(i.id, i.status) for i in report.items] == [(i.id, i.status) for i in analyze(as_txt).items]
    retention = report.item("retention")
    # "Hoe lang bewaren wij uw gegevens?" is the section heading; the sentences under it are the evidence.
    assert retention.status == "present"
    assert [ev.text for ev in retention.evidence] == ["Facturen: zeven jaar.", "Sollicitaties: een jaar na de procedure."]


def libreoffice_to_docx(sources: list[Path], out_dir: Path) -> None:
    """Real LibreOffice, headless, with a fresh profile: HTML in, Word out (one soffice run)."""
    require("soffice")  # fails under CI=true, skips on a machine without `make setup`
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    try:
        run = subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
             "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out_dir), *map(str, sources)],
            capture_output=True, text=True, timeout=300,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    for src in sources:
        out = out_dir / f"{src.stem}.docx"
        assert out.is_file(), run.stderr
        styles = {p.style.name.lower() for p in docx.Document(str(out)).paragraphs}
        assert not any(name.startswith(("heading", "kop", "title")) for name in styles), styles


def test_libreoffice_round_trip_keeps_direct_formatted_headings(tmp_path: Path) -> None:
    html = "<html><body><p><b>Privacyverklaring Bakkerij Janssens</b></p>" + "".join(
        f'<p><span style="font-size:14pt"><b>{head}</b></span></p><p>{body}</p>' for head, body in SECTIONS
    ) + "</body></html>"
    src = tmp_path / "beleid.html"
    src.write_text(html, encoding="utf-8")
    libreoffice_to_docx([src], tmp_path)
    assert outline(tmp_path / "beleid.docx") == [(1, "Privacyverklaring Bakkerij Janssens")] + [
        (2, h) for h, _ in SECTIONS
    ]


def test_corpus_policies_through_libreoffice_keep_their_txt_outline(tmp_path: Path) -> None:
    """Issue 14: the same text as .txt gave 27 headings, the LibreOffice DOCX none. Each corpus
    policy is written as HTML with its headings as bold paragraphs (no h1-h6, so LibreOffice uses
    no heading style), converted by LibreOffice, and imported again."""
    sources = []
    for path in CORPUS_FILES:
        policy = load_document(path).policy
        parts = []
        for block in policy.blocks:
            text = html.escape(block.text)
            if isinstance(block, Heading):
                parts.append(f"<p><b>{text}</b></p>")
            elif isinstance(block, ListItem):
                parts.append(f"<ul><li>{text}</li></ul>")
            elif isinstance(block, Paragraph):
                parts.append(f"<p>{text}</p>")
        sources.append(tmp_path / f"{path.stem}.html")
        sources[-1].write_text("<html><body>" + "".join(parts) + "</body></html>", encoding="utf-8")
    libreoffice_to_docx(sources, tmp_path)
    for path in CORPUS_FILES:
        assert outline(tmp_path / f"{path.stem}.docx") == outline(path), path.stem
