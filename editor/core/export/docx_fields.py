"""Word fields of an exported .docx: page numbers in the footer and the table of contents.

A mixin of the DOCX writer (docx_export._DocxWriter), split out to keep files small.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from editor.core.model import Run

TOC_TITLE = "Inhoud"
TOC_PLACEHOLDER = "Werk de inhoudsopgave bij in Word (rechtsklik, Veld bijwerken) om de paginanummers te zien."
SETTINGS_AFTER_UPDATE_FIELDS = (
    "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr", "attachedSchema",
    "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade",
    "captions", "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags",
    "decimalSymbol", "listSeparator",
)


class FieldsMixin:
    doc: DocxDocument
    body: object
    toc_entries: list

    def paragraph(self, style: str | None = None) -> DocxParagraph:  # pragma: no cover - the writer's
        raise NotImplementedError

    def style(self, wanted: str) -> object | None:  # pragma: no cover - the writer's
        raise NotImplementedError

    def add_runs(self, para: DocxParagraph, runs: list[Run], *, single_line: bool = False) -> None:  # pragma: no cover
        raise NotImplementedError

    # -- fields ---------------------------------------------------------------------------
    @staticmethod
    def _field_runs(instr: str, cached: str) -> list:
        return [
            parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'),
            parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'),
            parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'),
            parse_xml(f'<w:r {nsdecls("w")}><w:t>{cached}</w:t></w:r>'),
            parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'),
        ]

    def page_numbers(self) -> None:
        """"Pagina X van Y" in the footer, unless the template brings a footer of its own."""
        for section in self.doc.sections:
            footer = section.footer
            has_content = any(p.text.strip() for p in footer.paragraphs) or footer._element.find(
                ".//" + qn("w:fldChar")
            ) is not None or footer._element.find(".//" + qn("w:fldSimple")) is not None
            if has_content and not footer.is_linked_to_previous:
                continue
            para = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
            style = self.style("Footer")
            if style is not None:
                para.style = style
            para.alignment = 1  # centred
            p = para._p
            p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">Pagina </w:t></w:r>'))
            for el in self._field_runs("PAGE", "1"):
                p.append(el)
            p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve"> van </w:t></w:r>'))
            for el in self._field_runs("NUMPAGES", "1"):
                p.append(el)

    def toc(self, anchor: DocxParagraph | None) -> None:
        """A TOC field whose cached result already lists the headings (Word adds page numbers on update)."""
        heading = self.paragraph("TOC Heading")
        heading.add_run(TOC_TITLE)
        paragraphs: list[DocxParagraph] = []
        entries = self.toc_entries or [(1, "", TOC_PLACEHOLDER)]
        for level, bookmark, text in entries:
            para = self.paragraph(f"toc {level}")
            if bookmark:
                link = parse_xml(
                    f'<w:hyperlink {nsdecls("w")} w:anchor="{bookmark}" w:history="1">'
                    f"<w:r><w:t xml:space=\"preserve\"></w:t></w:r></w:hyperlink>"
                )
                link.find(qn("w:r")).find(qn("w:t")).text = text
                para._p.append(link)
            else:
                para.add_run(text)
            paragraphs.append(para)
        begin, instr, separate, _cached, end = self._field_runs('TOC \\o "1-3" \\h \\z \\u', "")
        first = paragraphs[0]._p
        ppr = first.pPr
        for el in (separate, instr, begin):
            if ppr is not None:
                ppr.addnext(el)
            else:
                first.insert(0, el)
        paragraphs[-1]._p.append(end)
        paragraphs[-1].paragraph_format.space_after = Pt(18)  # air between the TOC and the text
        # Move the TOC (title + entries) to just after `anchor` (the title / updated line), or first.
        moved = [heading._p, *(p._p for p in paragraphs)]
        if anchor is not None:
            target = anchor._p
            for el in moved:
                target.addnext(el)
                target = el
        else:
            for el in reversed(moved):
                self.body.insert(0, el)
        # Ask Word to refresh fields on open, so the TOC gets its page numbers.
        settings = self.doc.settings.element
        if settings.find(qn("w:updateFields")) is None:
            element = parse_xml(f'<w:updateFields {nsdecls("w")} w:val="true"/>')
            # Schema order: updateFields comes before these (Word is strict about the order).
            after = [settings.find(qn(f"w:{t}")) for t in SETTINGS_AFTER_UPDATE_FIELDS]
            follower = next((el for el in after if el is not None), None)
            if follower is not None:
                follower.addprevious(element)
            else:
                settings.append(element)
