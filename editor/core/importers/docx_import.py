"""Word import (.docx) via python-docx: headings, lists, bold/italic/underline, links, tables.

The zip is checked before python-docx sees it: not a zip, a damaged or truncated zip, a
zip bomb (total uncompressed size or compression ratio too high) and XML parts with a
DOCTYPE declaration (the XXE vector; Word never writes one) are refused with a clear message.

Heading levels: "Title" is 1; "Heading n" is n, or n+1 when the document also has a Title
(so that the title stays the only level-1 heading); everything deeper becomes 3.
A document with no heading styles gets its headings from bold, larger or numbered short
lines (docx_headings.py).
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from pathlib import Path

from editor.core.errors import BadInputError
from editor.core.importers.cleanup import Cleaner, is_real_url
from editor.core.importers.docx_headings import Looks, infer_headings
from editor.core.importers.docx_package import (  # noqa: F401 - check_package and the limits are re-exported
    MAX_MEMBERS,
    RATIO_LIMIT,
    UNCOMPRESSED_LIMIT,
    _damaged,
    _not_word,
    check_package,
)
from editor.core.importers.encoding import check_size
from editor.core.model import Block, Cell, Heading, ListItem, Paragraph, Policy, PolicyMeta, Run, Table

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _q(tag: str) -> str:
    return f"{{{W}}}{tag}"


class _Converter:
    def __init__(self, document, cleaner: Cleaner) -> None:  # noqa: ANN001 - python-docx Document
        self.doc = document
        self.cleaner = cleaner
        self.rels = document.part.rels
        self._index_styles()
        self.num_formats = self._numbering_formats()
        self.plain: dict[int, object] = {}  # item index -> w:p of a plain body paragraph

    # -- numbering -------------------------------------------------------------
    def _numbering_formats(self) -> dict[tuple[str, int], str]:
        """(numId, ilvl) -> numFmt ("bullet", "decimal", ...) from the numbering part."""
        try:
            numbering = self.doc.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return {}
        abstract: dict[str, dict[int, str]] = {}
        for an in numbering.findall(_q("abstractNum")):
            levels = {}
            for lvl in an.findall(_q("lvl")):
                fmt = lvl.find(_q("numFmt"))
                ilvl = lvl.get(_q("ilvl"), "0")
                if not (ilvl.isdigit() and len(ilvl) < 3):
                    continue
                levels[int(ilvl)] = fmt.get(_q("val"), "decimal") if fmt is not None else "decimal"
            abstract[an.get(_q("abstractNumId"), "")] = levels
        out: dict[tuple[str, int], str] = {}
        for num in numbering.findall(_q("num")):
            ref = num.find(_q("abstractNumId"))
            if ref is None:
                continue
            for ilvl, fmt in abstract.get(ref.get(_q("val"), ""), {}).items():
                out[(num.get(_q("numId"), ""), ilvl)] = fmt
        return out

    # -- styles (looked up once per style id: python-docx searches the style list per call) ----
    def _index_styles(self) -> None:
        from docx.enum.style import WD_STYLE_TYPE

        self.styles: dict[str, object] = {}
        self.default_para = self.default_char = None
        try:
            for style in self.doc.styles:
                self.styles.setdefault(style.style_id or "", style)
            self.default_para = self.doc.styles.default(WD_STYLE_TYPE.PARAGRAPH)
            self.default_char = self.doc.styles.default(WD_STYLE_TYPE.CHARACTER)
        except (KeyError, ValueError, AttributeError, TypeError):
            pass
        self._chains: dict[tuple[str | None, bool], list] = {}
        self._para_info: dict[str | None, tuple[int | None, str | None]] = {}
        self._flags: dict[tuple[str | None, str], bool] = {}

    def _chain(self, style_id: str | None, *, para: bool = True) -> list:
        """The style and its basedOn ancestors (a loop or a missing style ends the chain)."""
        key = (style_id, para)
        if key not in self._chains:
            style = self.styles.get(style_id or "") if style_id else None
            if style is None:
                style = self.default_para if para else self.default_char
            chain, seen = [], set()
            while style is not None and style.style_id not in seen and len(chain) < 20:
                seen.add(style.style_id)
                chain.append(style)
                based = style.element.basedOn_val
                style = self.styles.get(based) if based else None
            self._chains[key] = chain
        return self._chains[key]

    def _num_pr(self, p) -> tuple[str, int] | None:  # noqa: ANN001
        """(numId, ilvl) from the paragraph, else from its style chain; None if not numbered."""
        candidates = [p._p.pPr] + [s.element.pPr for s in self._chain(p._p.style)]
        num_id, ilvl = None, None
        for ppr in candidates:
            if ppr is None or ppr.numPr is None:
                continue
            np_ = ppr.numPr
            if num_id is None and np_.numId is not None:
                num_id = str(np_.numId.val)
            if ilvl is None and np_.ilvl is not None:
                ilvl = max(0, min(int(np_.ilvl.val), 9))
        if num_id is None or num_id == "0":
            return None
        return num_id, ilvl if ilvl is not None else -1  # -1: no level given

    def _style_info(self, style_id: str | None) -> tuple[int | None, str | None]:
        """(heading level from the style names, list style name) for a paragraph style id."""
        if style_id not in self._para_info:
            level: int | None = None
            listed: str | None = None
            for style in self._chain(style_id):
                name = (style.name or "").lower()
                if level is None and name == "title":
                    level = 0  # the title; mapped to 1 later
                m = re.fullmatch(r"(?:heading|kop)\s*(\d)", name)
                if level is None and m:
                    level = int(m.group(1))
                if listed is None and name.startswith(("list bullet", "list number")):
                    listed = name
            self._para_info[style_id] = (level, listed)
        return self._para_info[style_id]

    # -- paragraphs ------------------------------------------------------------
    def heading_level(self, p) -> int | None:  # noqa: ANN001
        level = self._style_info(p._p.style)[0]
        if level is not None:
            return level
        ppr = p._p.pPr
        if ppr is not None:
            outline = ppr.find(_q("outlineLvl"))
            value = outline.get(_q("val"), "9") if outline is not None else "9"
            if value.isdigit() and len(value) < 3 and int(value) < 9:
                return int(value) + 1
        return None

    def list_info(self, p) -> tuple[bool, int] | None:  # noqa: ANN001
        """(ordered, level) for a list paragraph, else None."""
        num = self._num_pr(p)
        styled = self._style_info(p._p.style)[1]
        if num is None and styled is None:
            return None
        level = num[1] if num is not None else -1
        if level < 0:
            # Style-linked lists ("List Bullet 2") give no ilvl: the style name has the level.
            m = re.search(r"(\d)$", styled or "")
            level = int(m.group(1)) - 1 if m else 0
        if num is not None:
            fmt = self.num_formats.get((num[0], max(num[1], 0)))
            if fmt is not None:
                return fmt not in ("bullet", "none"), min(level, 5)
        if styled is not None:
            return styled.startswith("list number"), min(level, 5)
        return False, min(level, 5)

    def runs(self, element, link: str | None = None) -> list[Run]:  # noqa: ANN001 - lxml element
        from docx.text.run import Run as DocxRun

        out: list[Run] = []
        for child in element.iterchildren():
            tag = child.tag
            if tag == _q("r"):
                run = DocxRun(child, self.doc._body)
                text = run.text.replace("\t", " ").replace("\n", " ")
                if not text:
                    continue
                out.append(
                    Run(
                        text,
                        bold=self._flag(run, "bold"),
                        italic=self._flag(run, "italic"),
                        underline=bool(run.underline) and run.underline is not False,
                        link=link,
                    )
                )
            elif tag == _q("hyperlink"):
                rid = child.get(f"{{{R}}}id")
                url = None
                if rid and rid in self.rels and self.rels[rid].is_external:
                    target = self.rels[rid].target_ref
                    url = target if is_real_url(target) else None
                out.extend(self.runs(child, url or link))
            elif tag in (_q("ins"), _q("smartTag"), _q("customXml"), _q("fldSimple"), _q("sdtContent")):
                out.extend(self.runs(child, link))
            elif tag == _q("sdt"):
                content = child.find(_q("sdtContent"))
                if content is not None:
                    out.extend(self.runs(content, link))
        return out

    def _flag(self, run, name: str) -> bool:  # noqa: ANN001
        value = getattr(run, name)
        if value is not None:
            return bool(value)
        style_id = run._r.style
        key = (style_id, name)
        if key not in self._flags:
            inherited = None
            for style in self._chain(style_id, para=False):
                inherited = getattr(style.font, name, None)
                if inherited is not None:
                    break
            self._flags[key] = bool(inherited)
        return self._flags[key]

    def clean(self, runs: list[Run]) -> list[Run]:
        runs = self.cleaner.runs(runs)
        if runs:
            runs[0].text = runs[0].text.lstrip()
            runs[-1].text = runs[-1].text.rstrip()
        return [r for r in runs if r.text]

    # -- tables ----------------------------------------------------------------
    def table(self, tbl) -> Table | None:  # noqa: ANN001
        rows: list[list[Cell]] = []
        header_rows = 0
        counting_header = True
        for tr in tbl.findall(_q("tr")):
            cells = []
            for tc in tr.findall(_q("tc")):
                parts: list[Run] = []
                for p in tc.iter(_q("p")):
                    runs = self.runs(p)
                    if runs and parts:
                        parts.append(Run(" "))
                    parts.extend(runs)
                cells.append(Cell(self.clean(parts)))
            if not cells:
                continue
            trpr = tr.find(_q("trPr"))
            is_header = trpr is not None and trpr.find(_q("tblHeader")) is not None
            if counting_header and is_header:
                header_rows += 1
            else:
                counting_header = False
            rows.append(cells)
        if not rows:
            return None
        if header_rows == 0 and len(rows) > 1:
            first = [r for c in rows[0] for r in c.runs]
            if first and all(r.bold for r in first):
                header_rows = 1  # a bold first row reads as a header
        return Table(rows=rows, header_rows=header_rows)

    # -- body ------------------------------------------------------------------
    def convert(self) -> list[tuple[str, object]]:
        from docx.text.paragraph import Paragraph as DocxParagraph

        items: list[tuple[str, object]] = []

        def walk(container) -> None:  # noqa: ANN001
            for child in container.iterchildren():
                if child.tag == _q("p"):
                    p = DocxParagraph(child, self.doc._body)
                    runs = self.clean(self.runs(child))
                    if not runs:
                        continue
                    level = self.heading_level(p)
                    if level is not None:
                        items.append(("heading", (level, runs)))
                        continue
                    info = self.list_info(p)
                    if info is not None:
                        items.append(("list", (info, runs)))
                    else:
                        self.plain[len(items)] = child  # walk() never enters tables or lists
                        items.append(("para", runs))
                elif child.tag == _q("tbl"):
                    table = self.table(child)
                    if table is not None:
                        items.append(("table", table))
                elif child.tag == _q("sdt"):
                    content = child.find(_q("sdtContent"))
                    if content is not None:
                        walk(content)

        walk(self.doc.element.body)
        return items


def parse_docx_bytes(data: bytes, cleaner: Cleaner | None = None) -> tuple[Policy, list[str]]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    cleaner = cleaner or Cleaner()
    check_package(data).close()
    try:
        document = docx.Document(io.BytesIO(data))
        if document.element.tag != _q("document") or document.element.find(_q("body")) is None:
            raise _not_word()
        converter = _Converter(document, cleaner)
        items = converter.convert()
        has_title = any(kind == "heading" and value[0] == 0 for kind, value in items)  # type: ignore[index]
        if not any(kind == "heading" and value[0] > 0 for kind, value in items):  # type: ignore[index]
            looks = Looks(converter._chain, document.styles.element)
            items = infer_headings(items, converter.plain, looks, has_title)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise _damaged() from exc
    except etree.XMLSyntaxError as exc:
        if "depth" in str(exc).lower():
            raise BadInputError(
                "Het Word-bestand is te diep genest (meer dan 256 niveaus) om veilig te lezen.",
                "The Word file is nested too deeply (more than 256 levels) to read safely.",
            ) from exc
        raise _damaged(str(exc)[:100]) from exc
    except (PackageNotFoundError, KeyError, ValueError, AttributeError, TypeError,
            IndexError, NotImplementedError, struct.error) as exc:
        raise BadInputError(
            f"Het Word-bestand kan niet gelezen worden: {exc}", f"The Word file cannot be read: {exc}"
        ) from exc
    blocks: list[Block] = []
    for kind, value in items:
        if kind == "heading":
            level, runs = value  # type: ignore[misc]
            if level == 0:
                mapped = 1
            else:
                mapped = min(3, level + 1 if has_title else level)
            blocks.append(Heading(runs=runs, level=mapped))
        elif kind == "inferred":
            level, runs = value  # type: ignore[misc]
            blocks.append(Heading(runs=runs, level=level))
        elif kind == "list":
            (ordered, level), runs = value  # type: ignore[misc]
            blocks.append(ListItem(runs=runs, ordered=ordered, level=level))
        elif kind == "para":
            blocks.append(Paragraph(runs=value))  # type: ignore[arg-type]
        else:
            blocks.append(value)  # type: ignore[arg-type]
    meta = PolicyMeta()
    first_h1 = next((b for b in blocks if isinstance(b, Heading) and b.level == 1), None)
    if first_h1 is not None:
        meta.title = first_h1.text.strip()
    else:
        meta.title = (document.core_properties.title or "").strip()
    return Policy(blocks=blocks, meta=meta), cleaner.warnings()


def parse_docx(path: Path, limit: int) -> tuple[Policy, list[str]]:
    check_size(path, limit)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BadInputError(
            f"Kan {path} niet lezen: {exc.strerror or exc}", f"Cannot read {path}: {exc.strerror or exc}"
        ) from exc
    return parse_docx_bytes(data)
