"""DOCX export: real styles, real numbering, links, tables, properties, fields; LibreOffice renders it.

Golden file: tests/golden/export/rich_document.xml (word/document.xml with rsids and relationship
ids normalised). Regenerate after an intended change with UPDATE_GOLDEN=1.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree
from test_export_tools import (
    corpus_policies,
    first_sentence,
    libreoffice_to_pdf,
    pdf_info,
    pdf_text,
    rich_policy,
    squash,
    work_dir,
)

from editor.core.errors import BadInputError, WriteError
from editor.core.export import build_docx, export_docx
from editor.core.model import Heading, ListItem, Paragraph, Policy, PolicyMeta, Run

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"w": W, "r": R}
GOLDEN = Path(__file__).parent / "golden" / "export" / "rich_document.xml"


def _part(data: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return etree.fromstring(zf.read(name), etree.XMLParser(resolve_entities=False, no_network=True))


def _text(el: etree._Element) -> str:
    """Text of w:t descendants (python-docx's element classes make itertext() unreliable)."""
    return "".join(t.text or "" for t in el.iter(f"{{{W}}}t"))


def _paragraphs(data: bytes) -> list[tuple[str, str]]:
    d = docx.Document(io.BytesIO(data))
    return [(p.style.name, p.text) for p in d.paragraphs]


def normalised_document_xml(data: bytes) -> str:
    root = _part(data, "word/document.xml")
    rel_ids: dict[str, str] = {}
    for el in root.iter():
        for attr in list(el.attrib):
            local = etree.QName(attr).localname
            if local.startswith("rsid") or local in ("paraId", "textId"):
                del el.attrib[attr]
            elif attr == f"{{{R}}}id":
                el.set(attr, rel_ids.setdefault(el.get(attr), f"rId#{len(rel_ids) + 1}"))
    return etree.tostring(root, pretty_print=True, encoding="unicode")


@pytest.fixture(scope="module")
def rich_docx() -> bytes:
    return build_docx(rich_policy(), toc=False)


def test_styles_are_real_word_styles(rich_docx: bytes) -> None:
    paras = _paragraphs(rich_docx)
    assert paras[0] == ("Title", "Privacyverklaring Voorbeeld bv")
    assert paras[1] == ("Subtitle", "Laatst bijgewerkt op 1 november 2026 (versie 2.1)")
    styles = dict((text, style) for style, text in paras)
    # With a Title, the policy's level-2 sections are Heading 1 and level 3 is Heading 2.
    assert styles["1. Wie zijn wij?"] == "Heading 1"
    assert styles["2.1 Uw rechten"] == "Heading 2"
    assert styles["Eerste doel"] == "List Number"
    assert styles["Onderdeel a"] == "List Number 2"
    assert styles["een opmerking"] == "List Bullet 2"
    assert styles["Recht op verbetering"] == "List Bullet 2"
    assert styles["ook van onvolledige gegevens"] == "List Bullet 3"
    assert styles["Tussentekst tussen twee lijsten."] == "Normal"


def test_heading_levels_kept_when_there_is_no_single_title() -> None:
    policy = Policy(blocks=[Heading(runs=[Run("Deel A")], level=1), Paragraph(runs=[Run("tekst")]),
                            Heading(runs=[Run("Deel B")], level=1), Heading(runs=[Run("B.1")], level=2)])
    styles = [s for s, _ in _paragraphs(build_docx(policy, updated_line=False))]
    assert styles == ["Heading 1", "Normal", "Heading 1", "Heading 2"]


def test_lists_use_numbering_part_and_restart(rich_docx: bytes) -> None:
    doc = _part(rich_docx, "word/document.xml")
    numbering = _part(rich_docx, "word/numbering.xml")

    def num_of(text: str) -> tuple[str, str]:
        p = next(p for p in doc.iter(f"{{{W}}}p") if _text(p) == text)
        ilvl = p.find("w:pPr/w:numPr/w:ilvl", NS).get(f"{{{W}}}val")
        num = p.find("w:pPr/w:numPr/w:numId", NS).get(f"{{{W}}}val")
        return num, ilvl

    def fmt(num_id: str, ilvl: str) -> str:
        num = numbering.find(f"w:num[@w:numId='{num_id}']", NS)
        abstract = num.find("w:abstractNumId", NS).get(f"{{{W}}}val")
        lvl = numbering.find(f"w:abstractNum[@w:abstractNumId='{abstract}']/w:lvl[@w:ilvl='{ilvl}']", NS)
        return lvl.find("w:numFmt", NS).get(f"{{{W}}}val")

    first, second = num_of("Eerste doel"), num_of("Tweede doel")
    assert first == second and first[1] == "0" and fmt(*first) == "decimal"
    sub = num_of("Onderdeel a")
    assert sub[1] == "1" and fmt(*sub) == "lowerLetter" and num_of("Onderdeel b") == sub
    assert fmt(*num_of("een opmerking")) == "bullet"
    restarted = num_of("Nieuwe lijst, eerste punt")
    assert restarted[0] != first[0], "a new list must get its own numbering instance"
    start = numbering.find(f"w:num[@w:numId='{restarted[0]}']/w:lvlOverride[@w:ilvl='0']/w:startOverride", NS)
    assert start is not None and start.get(f"{{{W}}}val") == "1"
    assert num_of("ook van onvolledige gegevens")[1] == "2"
    # The schema order Word insists on: every abstractNum before the first num.
    tags = [etree.QName(c).localname for c in numbering if etree.QName(c).localname in ("abstractNum", "num")]
    assert tags == sorted(tags, key=lambda t: t != "abstractNum")


def test_runs_and_hyperlinks(rich_docx: bytes) -> None:
    d = docx.Document(io.BytesIO(rich_docx))
    intro = d.paragraphs[2]
    formats = {r.text: (r.bold, r.italic, r.underline) for r in intro.runs}
    assert formats["Voorbeeld bv"] == (True, None, None)
    assert formats["aandachtig"] == (None, True, None)
    assert formats["volledig"] == (None, None, True)
    links = intro._p.findall("w:hyperlink", NS)
    targets = {_text(h): d.part.rels[h.get(f"{{{R}}}id")].target_ref for h in links}
    assert targets == {"onze website": "https://example.be/privacy", "privacy@example.be": "mailto:privacy@example.be"}
    assert all(d.part.rels[h.get(f"{{{R}}}id")].is_external for h in links)
    run_style = links[0].find("w:r/w:rPr/w:rStyle", NS)
    assert run_style is not None and run_style.get(f"{{{W}}}val") == "Hyperlink"


def test_table_has_style_and_repeating_header(rich_docx: bytes) -> None:
    d = docx.Document(io.BytesIO(rich_docx))
    (table,) = d.tables
    assert table.style.name == "Policy Table"
    assert [c.text for c in table.rows[0].cells] == ["Gegevens", "Termijn"]
    assert table.rows[0]._tr.find("w:trPr/w:tblHeader", NS) is not None
    assert table.rows[1]._tr.find("w:trPr/w:tblHeader", NS) is None
    assert table.rows[2].cells[1].paragraphs[0].runs[0].bold is True


def test_core_properties(rich_docx: bytes) -> None:
    props = docx.Document(io.BytesIO(rich_docx)).core_properties
    assert props.title == "Privacyverklaring Voorbeeld bv"
    assert props.author == "Voorbeeld bv"
    assert props.version == "2.1"
    assert "versie 2.1" in props.keywords
    assert props.language == "nl-BE"
    assert props.modified.date() == dt.date(2026, 11, 1)


def test_page_number_fields_in_footer(rich_docx: bytes) -> None:
    d = docx.Document(io.BytesIO(rich_docx))
    footer = d.sections[0].footer._element
    instr = [t.text.strip() for t in footer.iter(f"{{{W}}}instrText")]
    assert instr == ["PAGE", "NUMPAGES"]
    assert "Pagina" in _text(footer) and " van " in _text(footer)
    section = d.sections[0]
    assert abs(section.page_width.cm - 21.0) < 0.05 and abs(section.page_height.cm - 29.7) < 0.05


def test_updated_line_optional_and_dutch() -> None:
    policy = rich_policy()
    texts = [t for _, t in _paragraphs(build_docx(policy, updated_line=False))]
    assert not any(t.startswith("Laatst bijgewerkt") for t in texts)
    policy.meta.last_updated = "2025-03-09"
    policy.meta.version = ""
    texts = [t for _, t in _paragraphs(build_docx(policy))]
    assert "Laatst bijgewerkt op 9 maart 2025" in texts


def test_toc_field_lists_the_headings() -> None:
    data = build_docx(rich_policy(), toc=True)
    doc = _part(data, "word/document.xml")
    instr = " ".join(t.text for t in doc.iter(f"{{{W}}}instrText"))
    assert 'TOC \\o "1-3"' in instr
    paras = _paragraphs(data)
    assert paras[2] == ("TOC Heading", "Inhoud")
    assert [t for s, t in paras if s.startswith("toc")] == ["1. Wie zijn wij?", "2. Bewaartermijnen", "2.1 Uw rechten"]
    # The entries link to bookmarks on the headings.
    anchors = [h.get(f"{{{W}}}anchor") for h in doc.iter(f"{{{W}}}hyperlink") if h.get(f"{{{W}}}anchor")]
    bookmarks = {b.get(f"{{{W}}}name") for b in doc.iter(f"{{{W}}}bookmarkStart")}
    assert anchors and set(anchors) <= bookmarks
    settings = _part(data, "word/settings.xml")
    assert settings.find("w:updateFields", NS) is not None


def test_golden_document_xml(rich_docx: bytes) -> None:
    actual = normalised_document_xml(rich_docx)
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(actual, encoding="utf-8")
    assert actual == GOLDEN.read_text(encoding="utf-8")


def test_shipped_template_is_the_house_style(tmp_path: Path) -> None:
    from editor.core.export import default_template

    tpl = docx.Document(str(default_template()))
    names = {s.name for s in tpl.styles}
    wanted = {"Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "List Bullet", "List Bullet 2",
              "List Bullet 3", "List Number", "List Number 2", "List Number 3", "Hyperlink", "Policy Table",
              "TOC Heading", "toc 1", "toc 2", "toc 3", "Footer"}
    assert wanted <= names
    assert tpl.paragraphs == [] and tpl.tables == []
    section = tpl.sections[0]
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7
    defaults = tpl.styles.element.find("w:docDefaults/w:rPrDefault/w:rPr", NS)
    assert defaults.find("w:rFonts", NS).get(f"{{{W}}}ascii") == "Calibri"
    assert defaults.find("w:lang", NS).get(f"{{{W}}}val") == "nl-BE"
    # The committed file is what packaging/build_docx_template.py builds (no forgotten rebuild).
    import subprocess
    import sys

    fresh = tmp_path / "fresh.docx"
    script = Path(__file__).resolve().parents[1] / "packaging" / "build_docx_template.py"
    subprocess.run([sys.executable, str(script), str(fresh)], check=True, capture_output=True)
    for part in ("word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/document.xml"):
        with zipfile.ZipFile(fresh) as a, zipfile.ZipFile(default_template()) as b:
            assert a.read(part) == b.read(part), part


def test_user_template_styles_are_used(tmp_path: Path) -> None:
    from editor.core.export import default_template

    tpl = docx.Document(str(default_template()))
    tpl.styles["Heading 1"].font.name = "Liberation Serif"
    tpl.add_paragraph("Briefhoofd dat niet in de export hoort")
    path = tmp_path / "huisstijl.docx"
    tpl.save(str(path))
    out = docx.Document(io.BytesIO(build_docx(rich_policy(), template=path)))
    assert out.styles["Heading 1"].font.name == "Liberation Serif"
    assert not any("Briefhoofd" in p.text for p in out.paragraphs)


def test_template_without_list_styles_still_numbers(tmp_path: Path) -> None:
    tpl = docx.Document(str(Path(docx.__file__).parent / "templates" / "default.docx"))
    styles = tpl.styles.element
    for style in list(styles):
        name = style.find(f"{{{W}}}name")
        if name is not None and name.get(f"{{{W}}}val", "").startswith(("List Number", "List Bullet")):
            styles.remove(style)
    path = tmp_path / "kaal.docx"
    tpl.save(str(path))
    data = build_docx(rich_policy(), template=path)
    doc = _part(data, "word/document.xml")
    p = next(p for p in doc.iter(f"{{{W}}}p") if _text(p) == "Eerste doel")
    assert p.find("w:pPr/w:numPr/w:numId", NS) is not None


@pytest.mark.parametrize("content", [b"", b"not a zip", b"PK\x03\x04garbage"])
def test_bad_template_is_a_clear_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "kapot.docx"
    path.write_bytes(content)
    with pytest.raises(BadInputError) as err:
        build_docx(rich_policy(), template=path)
    assert "sjabloon" in err.value.nl and "template" in err.value.en


def test_missing_template_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="sjabloon"):
        build_docx(rich_policy(), template=tmp_path / "bestaat-niet.docx")


def test_unwritable_target_raises_write_error_and_keeps_old_file(tmp_path: Path) -> None:
    with pytest.raises(WriteError):
        export_docx(rich_policy(), tmp_path / "geen-map" / "uit.docx")
    target = tmp_path / "uit.docx"
    target.write_bytes(b"oud")
    with pytest.raises(BadInputError):
        export_docx(rich_policy(), target, template=tmp_path / "bestaat-niet.docx")
    assert target.read_bytes() == b"oud"
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left behind


def test_empty_policy_still_makes_a_valid_docx() -> None:
    data = build_docx(Policy(blocks=[], meta=PolicyMeta()))
    d = docx.Document(io.BytesIO(data))
    assert d.core_properties.title == "Privacyverklaring"


def test_skipped_list_levels_are_normalised() -> None:
    policy = Policy(blocks=[ListItem(runs=[Run("a")]), ListItem(runs=[Run("c")], level=5)])
    styles = [s for s, _ in _paragraphs(build_docx(policy, updated_line=False))]
    assert styles == ["List Bullet", "List Bullet 2"]


# Schema order of children (ECMA-376). Word refuses a file whose children are out of order
# ("unreadable content") even where LibreOffice and python-docx accept it.
SCHEMA_ORDER: dict[str, tuple[str, ...]] = {
    "pPr": ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
            "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
            "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
            "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
            "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"),
    "rPr": ("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
            "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w",
            "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign",
            "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath"),
    "style": ("name", "aliases", "basedOn", "next", "link", "autoRedefine", "hidden", "uiPriority", "semiHidden",
              "unhideWhenUsed", "qFormat", "locked", "personal", "personalCompose", "personalReply", "rsid", "pPr",
              "rPr", "tblPr", "trPr", "tcPr", "tblStylePr"),
    "tblPr": ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize", "tblW",
              "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook",
              "tblCaption", "tblDescription"),
    "lvl": ("start", "numFmt", "lvlRestart", "pStyle", "isLgl", "suff", "lvlText", "lvlPicBulletId", "legacy",
            "lvlJc", "pPr", "rPr"),
    "abstractNum": ("nsid", "multiLevelType", "tmpl", "name", "styleLink", "numStyleLink", "lvl"),
    "numbering": ("numPicBullet", "abstractNum", "num", "numIdMacAtCleanup"),
    "settings": ("zoom", "proofState", "defaultTabStop", "characterSpacingControl", "updateFields", "compat",
                 "rsids", "mathPr", "themeFontLang", "clrSchemeMapping", "shapeDefaults", "decimalSymbol",
                 "listSeparator"),
}


def _order_problems(data: bytes) -> list[str]:
    problems = []
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = [n for n in zf.namelist() if n.startswith("word/") and n.endswith(".xml")]
    for name in names:
        root = _part(data, name)
        for el in root.iter():
            if not isinstance(el.tag, str) or not el.tag.startswith(f"{{{W}}}"):
                continue
            order = SCHEMA_ORDER.get(etree.QName(el).localname)
            if not order:
                continue
            seen = [etree.QName(c).localname for c in el if isinstance(c.tag, str) and c.tag.startswith(f"{{{W}}}")]
            ranks = [order.index(n) for n in seen if n in order]
            if ranks != sorted(ranks):
                problems.append(f"{name}: <{etree.QName(el).localname}> children {seen}")
    return problems


def test_children_in_schema_order() -> None:
    from editor.core.export import default_template

    assert _order_problems(default_template().read_bytes()) == []
    assert _order_problems(build_docx(rich_policy(), toc=True)) == []


def test_schema_order_check_notices_a_misplaced_child() -> None:
    data = build_docx(rich_policy())
    d = docx.Document(io.BytesIO(data))
    ppr = d.paragraphs[0]._p.get_or_add_pPr()
    ppr.append(etree.fromstring(f'<w:keepNext xmlns:w="{W}"/>'))  # keepNext after pStyle... and after nothing else
    ppr.insert(0, etree.fromstring(f'<w:jc xmlns:w="{W}" w:val="center"/>'))
    out = io.BytesIO()
    d.save(out)
    assert _order_problems(out.getvalue())


# -- real LibreOffice ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def converted() -> dict[str, tuple[Path, Path]]:
    """Every corpus policy (and the rich sample with a TOC) as DOCX, converted by LibreOffice."""
    policies = dict(corpus_policies())
    policies["rich"] = rich_policy()
    folder = work_dir() / "docx"
    folder.mkdir(exist_ok=True)
    files = []
    for name, policy in policies.items():
        export_docx(policy, folder / f"{name}.docx", toc=(name == "rich"))
        files.append(folder / f"{name}.docx")
    proc = libreoffice_to_pdf(files, folder / "pdf")
    assert proc.returncode == 0, proc.stderr
    return {name: (folder / f"{name}.docx", folder / "pdf" / f"{name}.pdf") for name in policies}


def test_libreoffice_renders_every_corpus_policy(converted: dict[str, tuple[Path, Path]]) -> None:
    for name, policy in corpus_policies().items():
        docx_path, pdf_path = converted[name]
        assert pdf_path.is_file(), f"LibreOffice did not convert {name}"
        text = squash(pdf_text(pdf_path))
        for heading in policy.headings():
            assert squash(heading.text) in text, (name, heading.text)
        assert first_sentence(policy) in text, name
        assert "Pagina 1 van" in text
        words = sum(len(b.text.split()) for b in policy.blocks)
        pages = int(pdf_info(pdf_path)["Pages"])
        assert 1 <= pages <= words // 150 + 3, (name, pages, words)
        assert "A4" in pdf_info(pdf_path)["Page size"]
        assert docx.Document(str(docx_path)).paragraphs  # python-docx reopens it


def test_libreoffice_shows_numbering_and_toc(converted: dict[str, tuple[Path, Path]]) -> None:
    text = pdf_text(converted["rich"][1])
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert "1. Eerste doel" in lines and "2. Tweede doel" in lines
    assert "a. Onderdeel a" in lines and "b. Onderdeel b" in lines
    assert "1. Nieuwe lijst, eerste punt" in lines, "numbering must restart for a new list"
    assert "Inhoud" in lines
    assert re.search(r"Pagina 1 van 1", text)
