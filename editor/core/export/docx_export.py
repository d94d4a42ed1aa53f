"""DOCX export via python-docx, styled by a template (the shipped house style or the user's).

Everything a lawyer sees in Word is real: paragraph styles (Title, Heading 1-3, List Bullet /
List Number with levels 2-3), numbering through numbering.xml that restarts for every list,
character formatting on runs, hyperlinks with relationships, tables with a repeated header row
and a table style, document properties, "Pagina X van Y" page fields and an optional TOC field.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run as DocxRun
from lxml import etree

from editor.core.atomic import atomic_write_bytes
from editor.core.export.common import (
    ListGroup,
    clean_line,
    clean_runs,
    clean_text,
    group_blocks,
    html_language,
    normalised_levels,
    title_block_index,
)
from editor.core.export.common import updated_line as updated_line_text
from editor.core.export.docx_fields import (  # noqa: F401 - the TOC texts are re-exported
    SETTINGS_AFTER_UPDATE_FIELDS,
    TOC_PLACEHOLDER,
    TOC_TITLE,
    FieldsMixin,
)
from editor.core.export.docx_properties import _set_language, _set_properties
from editor.core.export.docx_template import MAX_TEMPLATE_BYTES, _open_template, default_template  # noqa: F401
from editor.core.model import Heading, ListItem, Paragraph, Policy, Run, Table

# Which style to use and what to fall back to when a user's template lacks it.
STYLE_FALLBACKS: dict[str, tuple[str, ...]] = {
    "Title": ("Title", "Heading 1"),
    "Heading 1": ("Heading 1",),
    "Heading 2": ("Heading 2", "Heading 1"),
    "Heading 3": ("Heading 3", "Heading 2", "Heading 1"),
    "Subtitle": ("Subtitle",),
    "List Bullet": ("List Bullet", "List Paragraph"),
    "List Bullet 2": ("List Bullet 2", "List Bullet", "List Paragraph"),
    "List Bullet 3": ("List Bullet 3", "List Bullet 2", "List Bullet", "List Paragraph"),
    "List Number": ("List Number", "List Paragraph"),
    "List Number 2": ("List Number 2", "List Number", "List Paragraph"),
    "List Number 3": ("List Number 3", "List Number 2", "List Number", "List Paragraph"),
    "TOC Heading": ("TOC Heading", "Heading 1"),
    "Footer": ("Footer",),
    "Policy Table": ("Policy Table", "Table Grid"),
    "Hyperlink": ("Hyperlink",),
}

BULLET_SYMBOLS = ("\u2022", "\u25e6", "\u25aa")
NUMBER_FORMATS = (("decimal", "%{n}."), ("lowerLetter", "%{n}."), ("lowerRoman", "%{n}."))

_TAB_OR_BREAK = re.compile(r"(\t|\n)")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _append_run(p_el: etree._Element, run: Run) -> None:
    """Append <w:r> for `run` with lxml directly: python-docx's add_run() and its font setters
    cost ~0.3 ms per run, which made a 45,000-paragraph export take half a minute."""
    r = etree.SubElement(p_el, qn("w:r"))
    if run.bold or run.italic or run.underline:
        rpr = etree.SubElement(r, qn("w:rPr"))
        if run.bold:
            etree.SubElement(rpr, qn("w:b"))
        if run.italic:
            etree.SubElement(rpr, qn("w:i"))
        if run.underline:
            etree.SubElement(rpr, qn("w:u")).set(qn("w:val"), "single")
    for piece in _TAB_OR_BREAK.split(run.text):
        if piece == "\t":
            etree.SubElement(r, qn("w:tab"))
        elif piece == "\n":
            etree.SubElement(r, qn("w:br"))
        elif piece:
            t = etree.SubElement(r, qn("w:t"))
            t.text = piece
            if len(piece.strip()) < len(piece):  # as python-docx does
                t.set(_XML_SPACE, "preserve")


class _DocxWriter(FieldsMixin):
    def __init__(self, doc: DocxDocument, policy: Policy) -> None:
        # Which Word paragraphs each policy block became (for track changes: track_changes.py).
        self.current_block_id = ""
        self.paragraphs_of: dict[str, list] = {}
        self.doc = doc
        self.policy = policy
        self.body = doc.element.body
        self.sect_pr = self.body.find(qn("w:sectPr"))
        self._style_cache: dict[str, object | None] = {}
        # Style names as Word shows them, looked up case-insensitively ("toc 1" vs "TOC 1").
        self._available = {s.name.lower(): s.name for s in doc.styles if s.name}
        self.numbering = doc.part.numbering_part.element
        self._next_num_id = 1 + max([int(n.get(qn("w:numId"))) for n in self.numbering.findall(qn("w:num"))] + [0])
        self._bullet_abstract = self._add_abstract_num(ordered=False)
        self._number_abstract = self._add_abstract_num(ordered=True)
        self._bullet_num = self._new_num(self._bullet_abstract, restart=False)
        self._bookmark_id = 0
        self.heading_shift = 0
        self.toc_entries: list[tuple[int, str, str]] = []  # (level, bookmark, text)

    # -- styles ---------------------------------------------------------------------------
    def style(self, wanted: str) -> object | None:
        if wanted not in self._style_cache:
            found = None
            for name in STYLE_FALLBACKS.get(wanted, (wanted,)):
                if name.lower() in self._available:
                    found = self.doc.styles[self._available[name.lower()]]
                    break
            self._style_cache[wanted] = found
        return self._style_cache[wanted]

    # -- numbering ------------------------------------------------------------------------
    def _add_abstract_num(self, *, ordered: bool) -> int:
        """Add our own multi-level list definition, so numbering works with any template."""
        existing = [int(a.get(qn("w:abstractNumId"))) for a in self.numbering.findall(qn("w:abstractNum"))]
        abstract_id = max(existing + [0]) + 1
        levels = []
        for i in range(9):
            if ordered:
                fmt, text = NUMBER_FORMATS[i % 3]
                text = text.format(n=i + 1)
                rpr = ""
            else:
                fmt, text = "bullet", BULLET_SYMBOLS[i % 3]
                rpr = '<w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri" w:hint="default"/></w:rPr>'
            levels.append(
                f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{720 + 425 * i}" w:hanging="360"/></w:pPr>{rpr}</w:lvl>'
            )
        nsid = f"{0x5A1C0000 + abstract_id * 2 + int(ordered):08X}"
        element = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
            f'<w:nsid w:val="{nsid}"/><w:multiLevelType w:val="hybridMultilevel"/>'
            + "".join(levels)
            + "</w:abstractNum>"
        )
        # The schema wants every abstractNum before the first num.
        first_num = self.numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(element)
        else:
            self.numbering.append(element)
        return abstract_id

    def _new_num(self, abstract_id: int, *, restart: bool) -> int:
        num_id = self._next_num_id
        self._next_num_id += 1
        overrides = ""
        if restart:
            # Without startOverride Word and LibreOffice continue counting across lists.
            overrides = "".join(
                f'<w:lvlOverride w:ilvl="{i}"><w:startOverride w:val="1"/></w:lvlOverride>' for i in range(9)
            )
        self.numbering.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'
            )
        )
        return num_id

    # -- paragraphs and runs --------------------------------------------------------------
    def paragraph(self, style: str | None = None) -> DocxParagraph:
        p = OxmlElement("w:p")
        if self.sect_pr is not None:
            self.sect_pr.addprevious(p)
        else:
            self.body.append(p)
        if self.current_block_id:
            self.paragraphs_of.setdefault(self.current_block_id, []).append(p)
        para = DocxParagraph(p, self.doc._body)
        if style:
            st = self.style(style)
            if st is not None:
                # Setting the id directly: python-docx's `para.style = ...` rescans all styles each time.
                p.style = st.style_id  # type: ignore[attr-defined]
        return para

    def add_runs(self, para: DocxParagraph, runs: list[Run], *, single_line: bool = False) -> None:
        for run in clean_runs(runs, single_line=single_line):
            if run.link:
                self._hyperlink(para, run)
            else:
                _append_run(para._p, run)

    @staticmethod
    def _format(r: DocxRun, run: Run) -> None:
        if run.bold:
            r.bold = True
        if run.italic:
            r.italic = True
        if run.underline:
            r.underline = True

    def _hyperlink(self, para: DocxParagraph, run: Run) -> None:
        assert run.link
        rel_id = para.part.relate_to(run.link, RT.HYPERLINK, is_external=True)
        link = OxmlElement("w:hyperlink")
        link.set(qn("r:id"), rel_id)
        link.set(qn("w:history"), "1")
        r_el = OxmlElement("w:r")
        link.append(r_el)
        para._p.append(link)
        r = DocxRun(r_el, para)
        style = self.style("Hyperlink")
        if style is not None:
            r_el.style = style.style_id  # type: ignore[attr-defined]
        else:  # a template without the style still shows a link as a link
            r.font.underline = True
        r.text = run.text
        self._format(r, run)

    def bookmark(self, para: DocxParagraph) -> str:
        self._bookmark_id += 1
        name = f"_Toc{100000 + self._bookmark_id}"
        start = parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="{self._bookmark_id}" w:name="{name}"/>')
        end = parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{self._bookmark_id}"/>')
        ppr = para._p.pPr
        if ppr is not None:
            ppr.addnext(start)
        else:
            para._p.insert(0, start)
        para._p.append(end)
        return name

    # -- blocks ---------------------------------------------------------------------------
    def heading(self, block: Heading, *, title: bool = False) -> None:
        if not clean_text(block.text).strip():
            return
        # With a Title, the policy's level-2 sections are Word's Heading 1 (Word's own convention,
        # and what the importer maps back: Heading n -> n+1 when a Title is present).
        level = max(1, min(3, block.level) - self.heading_shift)
        para = self.paragraph("Title" if title else f"Heading {level}")
        self.add_runs(para, block.runs, single_line=True)
        if not title:
            self.toc_entries.append((level, self.bookmark(para), " ".join(clean_line(block.text).split())))

    def text_paragraph(self, block: Paragraph | Heading) -> None:
        if not clean_text(block.text).strip():
            return
        para = self.paragraph()
        self.add_runs(para, block.runs)

    def list_group(self, items: list[ListItem]) -> None:
        open_ordered: dict[int, int] = {}  # level -> numId of the numbered list running there
        for item, level in zip(items, normalised_levels(items), strict=True):
            self.current_block_id = item.id
            for deeper in [lv for lv in open_ordered if lv > level]:
                del open_ordered[deeper]  # returning to a shallower item ends deeper lists
            if item.ordered:
                num_id = open_ordered.get(level)
                if num_id is None:
                    num_id = open_ordered[level] = self._new_num(self._number_abstract, restart=True)
                style = "List Number" + (f" {level + 1}" if level else "")
            else:
                open_ordered.pop(level, None)
                num_id = self._bullet_num
                style = "List Bullet" + (f" {level + 1}" if level else "")
            para = self.paragraph(style)
            ppr = para._p.get_or_add_pPr()
            for old in ppr.findall(qn("w:numPr")):
                ppr.remove(old)
            num_pr = parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
            )
            style_el = ppr.find(qn("w:pStyle"))
            if style_el is not None:
                style_el.addnext(num_pr)
            else:
                ppr.insert(0, num_pr)
            self.add_runs(para, item.runs)
            last = para
        if items:
            # List styles keep items close together; the text after a list needs air again.
            last.paragraph_format.space_after = Pt(7)

    def table(self, block: Table) -> None:
        rows = block.rows
        width = max((len(r) for r in rows), default=0)
        if not rows or width == 0:
            return
        table = self.doc.add_table(rows=len(rows), cols=width)
        # add_table appends at the end of the body; keep sectPr last.
        if self.sect_pr is not None:
            self.sect_pr.addprevious(table._tbl)
        style = self.style("Policy Table")
        if style is not None:
            table.style = style
        header_rows = max(0, min(block.header_rows, len(rows)))
        tbl_look = table._tbl.tblPr.find(qn("w:tblLook"))
        if tbl_look is None:
            tbl_look = OxmlElement("w:tblLook")
            table._tbl.tblPr.append(tbl_look)
        tbl_look.set(qn("w:val"), "0420" if header_rows else "0400")
        for attr, on in (("firstRow", header_rows), ("lastRow", 0), ("firstColumn", 0), ("lastColumn", 0),
                         ("noHBand", 1), ("noVBand", 1)):
            tbl_look.set(qn(f"w:{attr}"), "1" if on else "0")
        for r_index, (row, doc_row) in enumerate(zip(rows, table.rows, strict=True)):
            if r_index < header_rows:
                tr_pr = doc_row._tr.get_or_add_trPr()
                tr_pr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))  # repeat on every page
                tr_pr.append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))
            for cell, doc_cell in zip(row, doc_row.cells, strict=False):
                self.add_runs(doc_cell.paragraphs[0], cell.runs)


def build_docx(
    policy: Policy,
    *,
    template: str | Path | None = None,
    toc: bool = False,
    updated_line: bool = True,
    revisions: Callable[[dict[str, list]], None] | None = None,
) -> bytes:
    """The policy as a .docx file (bytes). `revisions` gets {block id: its w:p elements} before
    saving, to mark blocks as tracked changes (track_changes.py)."""
    doc = _open_template(template)
    body = doc.element.body
    for child in list(body):  # a template's own body text is not part of the policy
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    _set_language(doc, html_language(policy))
    writer = _DocxWriter(doc, policy)

    title_index = title_block_index(policy)
    blocks = list(policy.blocks)
    anchor: DocxParagraph | None = None
    if title_index is not None and any(
        isinstance(b, Heading) and b.level <= 1 and clean_text(b.text).strip() for b in blocks[title_index + 1 :]
    ):
        title_index = None  # several level-1 headings: no Title style, headings keep their levels
    if title_index is not None:
        writer.heading_shift = 1
        for block in blocks[:title_index]:
            if isinstance(block, (Paragraph, Heading)):
                writer.text_paragraph(block)
        title = blocks[title_index]
        assert isinstance(title, Heading)
        writer.heading(title, title=True)
        blocks = blocks[title_index + 1 :]
    line = updated_line_text(policy) if updated_line else None
    if line:
        para = writer.paragraph("Subtitle")
        para.add_run(line)
    if body.findall(qn("w:p")):
        anchor = DocxParagraph(body.findall(qn("w:p"))[-1], doc._body)

    for item in group_blocks(blocks):
        writer.current_block_id = "" if isinstance(item, ListGroup) else item.id
        if isinstance(item, ListGroup):
            writer.list_group(item.items)
        elif isinstance(item, Table):
            writer.table(item)
        elif isinstance(item, Heading):
            if clean_text(item.text).strip():
                writer.heading(item)
        elif isinstance(item, Paragraph):
            writer.text_paragraph(item)
    writer.current_block_id = ""
    if revisions is not None:
        revisions(writer.paragraphs_of)
    if toc:
        writer.toc(anchor)
    writer.page_numbers()
    _set_properties(doc, policy)

    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def export_docx(
    policy: Policy,
    path: str | Path,
    *,
    template: str | Path | None = None,
    toc: bool = False,
    updated_line: bool = True,
) -> None:
    """Write the policy as .docx to `path` atomically (BadInputError for a bad template)."""
    atomic_write_bytes(path, build_docx(policy, template=template, toc=toc, updated_line=updated_line))
