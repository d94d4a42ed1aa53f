"""HTML import (.html/.htm) via lxml: headings, paragraphs, lists, emphasis, links, tables.

Parsed with lxml.html's HTMLParser with no_network=True (libxml2's HTML parser does not
substitute entities; a DOCTYPE internal subset, the XXE vector, is removed before parsing).
Scripts, styles, navigation, page header/footer, forms and frames are dropped. If the page
has a <main> element, only that is imported. h1 -> 1, h2 -> 2, h3-h6 -> 3. A <br> in running
text starts a new paragraph (the model has no line breaks inside a paragraph).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from editor.core.errors import BadInputError
from editor.core.i18n import pick
from editor.core.importers.bounds import MAX_TABLE_COLUMNS, check_tag_count
from editor.core.importers.cleanup import Cleaner, is_real_url
from editor.core.importers.encoding import decode_bytes, looks_like_text
from editor.core.model import Block, Cell, Heading, ListItem, Paragraph, Policy, PolicyMeta, Run, Table, merge_runs

_DROP = {
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "form",
    "nav", "button", "select", "input", "textarea", "svg", "canvas", "head", "title", "meta", "link",
    "audio", "video", "map", "dialog", "menu",
}  # fmt: skip
_PAGE_CHROME = {"header", "footer", "aside"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 3, "h5": 3, "h6": 3}
_BLOCKS = {
    "p", "div", "section", "article", "main", "body", "html", "header", "footer", "aside", "blockquote",
    "address", "figure", "figcaption", "center", "details", "summary", "dl", "dt", "dd", "pre", "fieldset",
    "legend", "li", "hgroup", "caption",
}  # fmt: skip
_DOCTYPE_OPEN = re.compile(r"<!doctype", re.I)
_SUBSET_END = re.compile(r"\]\s*>")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
_WS = re.compile(r"\s+")
_MSO_LIST = re.compile(r"mso-list:\s*l\d+\s+level(\d)", re.I)


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode HTML bytes: BOM, then strict UTF-8, then the declared charset, then Windows-1252."""
    bom = data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if not bom and b"\x00" not in data:
        try:
            return data.decode("utf-8").replace("\r\n", "\n"), "utf-8"
        except UnicodeDecodeError:
            pass
        m = _META_CHARSET.search(data[:4096])
        if m:
            codec = _web_codec(m.group(1).decode("ascii").lower())
            if codec:
                try:
                    text = data.decode(codec)
                except (UnicodeError, LookupError, ValueError, TypeError):
                    text = ""
                if text and looks_like_text(text):
                    return text.replace("\r\n", "\n"), codec
    decoded = decode_bytes(data)
    return decoded.text, decoded.encoding


# Codecs that decode bytes to text but are no web character set (or are a known attack vector).
_NOT_WEB = {"utf-7", "idna", "punycode", "unicode-escape", "raw-unicode-escape", "undefined", "utf-8"}


def _web_codec(name: str) -> str:
    """The codec for a declared charset, or "" for an unknown or non-text codec (rot13, base64, zlib...)."""
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        return ""
    # rot13, hex, base64, zlib, bz2, uu, quopri: bytes-to-bytes or str-to-str transforms.
    if not getattr(info, "_is_text_encoding", True) or info.name.replace("_", "-") in _NOT_WEB:
        return ""
    # Browsers read a declared Latin-1 as Windows-1252; so do we.
    if info.name in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    return info.name


@dataclass
class _Mode:
    list_level: int | None = None  # inside <li>: flushed text becomes list items
    ordered: bool = False


def _tag(el) -> str:  # noqa: ANN001 - lxml element
    tag = el.tag
    if not isinstance(tag, str):
        return ""  # comment or processing instruction
    return tag.rsplit("}", 1)[-1].lower()


def _style_flags(el, run: Run) -> Run:  # noqa: ANN001
    style = (el.get("style") or "").lower().replace(" ", "")
    if not style:
        return run
    bold = run.bold or bool(re.search(r"font-weight:(bold|[6-9]00)", style))
    italic = run.italic or "font-style:italic" in style
    underline = run.underline or "text-decoration:underline" in style or "text-decoration-line:underline" in style
    return Run("", bold, italic, underline, run.link)


class _Builder:
    def __init__(self, cleaner: Cleaner) -> None:
        self.cleaner = cleaner
        self.blocks: list[Block] = []
        self.pending: list[Run] = []
        self.mode = _Mode()
        self.dropped = 0

    # -- inline ----------------------------------------------------------------
    def inline(self, el, fmt: Run) -> list[Run]:  # noqa: ANN001
        tag = _tag(el)
        out: list[Run] = []
        if tag in _DROP or not tag:
            return out
        if tag == "br":
            return [Run(" ", fmt.bold, fmt.italic, fmt.underline, fmt.link)]
        fmt = Run("", fmt.bold, fmt.italic, fmt.underline, fmt.link)
        if tag in ("strong", "b"):
            fmt.bold = True
        elif tag in ("em", "i", "cite", "dfn"):
            fmt.italic = True
        elif tag in ("u", "ins"):
            fmt.underline = True
        elif tag == "a":
            href = (el.get("href") or "").strip()
            if is_real_url(href):
                fmt.link = href
        fmt = _style_flags(el, fmt)
        if tag in _BLOCKS or tag in _HEADINGS or tag in ("ul", "ol", "table", "tr", "td", "th"):
            out.append(Run(" "))  # a block inside inline content: keep the words apart
        if el.text:
            out.append(Run(el.text, fmt.bold, fmt.italic, fmt.underline, fmt.link))
        for child in el:
            out.extend(self.inline(child, fmt))
            if child.tail:
                out.append(Run(child.tail, fmt.bold, fmt.italic, fmt.underline, fmt.link))
        if tag in _BLOCKS or tag in _HEADINGS or tag in ("ul", "ol", "table", "tr", "td", "th"):
            out.append(Run(" "))
        return out

    def normalise(self, runs: list[Run]) -> list[Run]:
        out: list[Run] = []
        prev_space = True  # drop leading whitespace
        for run in runs:
            text = _WS.sub(" ", run.text)
            if prev_space:
                text = text.lstrip(" ")
            if not text:
                continue
            prev_space = text.endswith(" ")
            out.append(Run(text, run.bold, run.italic, run.underline, run.link))
        out = self.cleaner.runs(out)
        if out:
            out[-1].text = out[-1].text.rstrip()
            out[0].text = out[0].text.lstrip()
        return merge_runs([r for r in out if r.text])

    # -- blocks ----------------------------------------------------------------
    def add_text(self, text: str | None) -> None:
        if text:
            self.pending.append(Run(text))

    def flush(self) -> None:
        runs = self.normalise(self.pending)
        self.pending = []
        if not runs:
            return
        if self.mode.list_level is not None:
            self.blocks.append(ListItem(runs=runs, ordered=self.mode.ordered, level=min(self.mode.list_level, 5)))
        else:
            self.blocks.append(Paragraph(runs=runs))

    def container(self, el) -> None:  # noqa: ANN001
        self.add_text(el.text)
        for child in el:
            tag = _tag(child)
            if not tag:
                pass
            elif tag in _DROP:
                self.dropped += 1
            elif tag in _HEADINGS:
                self.flush()
                runs = self.normalise(self.inline(child, Run("")))
                if runs:
                    self.blocks.append(Heading(runs=runs, level=_HEADINGS[tag]))
            elif tag in ("ul", "ol", "dir"):
                self.flush()
                level = 0 if self.mode.list_level is None else self.mode.list_level + 1
                self.list(child, level)
            elif tag == "table":
                self.flush()
                self.table(child)
            elif tag == "br":
                self.flush()
            elif tag == "hr":
                self.flush()
            elif tag == "p" and _MSO_LIST.search(child.get("style") or ""):
                self.flush()
                self.word_list_paragraph(child)
            elif tag in _BLOCKS:
                self.flush()
                self.container(child)
                self.flush()
            else:
                self.pending.extend(self.inline(child, Run("")))
            self.add_text(child.tail)

    def word_list_paragraph(self, p) -> None:  # noqa: ANN001
        """HTML pasted from Word: a list item is a <p style="mso-list:l0 level2 …"> whose bullet
        or number is literal text in a <span style="mso-list:Ignore">."""
        level = int(_MSO_LIST.search(p.get("style") or "").group(1)) - 1  # type: ignore[union-attr]
        marker = ""
        for span in list(p.iter("span")):
            if "mso-list:ignore" in (span.get("style") or "").lower().replace(" ", ""):
                marker += span.text_content()
                parent = span.getparent()
                if span.tail:  # keep the text after the marker
                    prev = span.getprevious()
                    if prev is not None:
                        prev.tail = (prev.tail or "") + span.tail
                    else:
                        parent.text = (parent.text or "") + span.tail
                parent.remove(span)
        saved = self.mode
        self.mode = _Mode(max(0, min(level, 5)), bool(re.search(r"[0-9A-Za-z]", marker)))
        self.container(p)
        self.flush()
        self.mode = saved

    def list(self, el, level: int) -> None:  # noqa: ANN001
        saved = self.mode
        ordered = _tag(el) == "ol"
        for child in el:
            tag = _tag(child)
            if tag in ("ul", "ol"):
                self.list(child, level + 1)  # a list directly inside a list: one level deeper
                continue
            if tag in _DROP or not tag:
                continue
            self.mode = _Mode(level, ordered)
            if tag == "li":
                self.container(child)
            else:
                self.pending.extend(self.inline(child, Run("")))
            self.flush()
            self.mode = saved
            self.add_text(child.tail)
        self.mode = saved

    def table(self, el) -> None:  # noqa: ANN001
        rows_el = []
        for child in el:
            tag = _tag(child)
            if tag == "tr":
                rows_el.append((child, False))
            elif tag in ("thead", "tbody", "tfoot"):
                rows_el.extend((tr, tag == "thead") for tr in child if _tag(tr) == "tr")
        cells_el = [[c for c in tr if _tag(c) in ("td", "th")] for tr, _ in rows_el]
        # A table used for page layout (headings or tables inside cells) is read as blocks.
        layout = any(
            _tag(d) in _HEADINGS or _tag(d) == "table" for row in cells_el for c in row for d in c.iterdescendants()
        )
        if layout:
            saved = self.mode
            self.mode = _Mode()
            for row in cells_el:
                for cell in row:
                    self.container(cell)
                    self.flush()
            self.mode = saved
            return
        rows: list[list[Cell]] = []
        header_rows = 0
        counting = True
        for (_tr, in_thead), cells in zip(rows_el, cells_el, strict=True):
            if not cells:
                continue
            row: list[Cell] = []
            for c in cells:
                row.append(Cell(self.normalise(self.inline(c, Run("")))))
                span = c.get("colspan", "1").strip()
                extra = int(span) - 1 if span.isdigit() and len(span) < 6 else 0
                # Never wider than the model's limit, however large the colspan.
                row.extend(Cell() for _ in range(max(0, min(extra, MAX_TABLE_COLUMNS - len(row)))))
            if counting and (in_thead or all(_tag(c) == "th" for c in cells)):
                header_rows += 1
            else:
                counting = False
            rows.append(row)
        if not rows:
            return
        # Rows keep their own length (padding to the widest row cost an 85 kB page 2.3 GB).
        if header_rows == len(rows) and len(rows) > 1:
            header_rows = 1  # a table of only th cells: the first row is the header
        caption = next((c for c in el if _tag(c) == "caption"), None)
        if caption is not None:
            runs = self.normalise(self.inline(caption, Run("")))
            if runs:
                self.blocks.append(Paragraph(runs=runs))
        self.blocks.append(Table(rows=rows, header_rows=header_rows))


def strip_doctype_subsets(text: str) -> tuple[str, int]:
    """Replace every "<!DOCTYPE … [ … ]>" (a DOCTYPE with an internal subset) by "<!DOCTYPE html>".

    A single left-to-right scan: the regex this replaces backtracked quadratically on a page
    with many "<!DOCTYPE [" and no closing "]>" (a 200 kB doctype took minutes).
    """
    parts: list[str] = []
    pos = last = 0  # pos: where the search goes on; last: end of the last replacement
    while (found := _DOCTYPE_OPEN.search(text, pos)) is not None:
        start = found.start()
        bracket, close = text.find("[", start), text.find(">", start)
        if bracket < 0 or 0 <= close < bracket:
            if close < 0:
                break
            pos = close + 1  # a DOCTYPE without a subset stays as it is
            continue
        end = _SUBSET_END.search(text, bracket)
        if end is None:
            break  # no subset is closed after this point
        parts += [text[last:start], "<!DOCTYPE html>"]
        pos = last = end.end()
    if not parts:
        return text, 0
    parts.append(text[last:])
    return "".join(parts), len(parts) // 2


def parse_html(text: str, cleaner: Cleaner | None = None) -> tuple[Policy, list[str]]:
    from lxml import etree
    from lxml import html as lhtml

    cleaner = cleaner or Cleaner()
    warnings: list[str] = []
    check_tag_count(text.count("<"))  # before lxml builds a tree of millions of elements
    text = _XML_DECL.sub("", text, count=1)
    text, subsets = strip_doctype_subsets(text)
    if subsets:
        warnings.append(
            pick(
                "Het HTML-bestand bevatte entiteitsdeclaraties in de DOCTYPE; die zijn genegeerd (geen externe bestanden gelezen).",
                "The HTML file had entity declarations in its DOCTYPE; they were ignored (no external files read).",
            )
        )
    parser = lhtml.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, recover=True)
    try:
        root = lhtml.document_fromstring(text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        if not text.strip():
            return Policy(), warnings
        raise BadInputError(
            f"Het HTML-bestand kan niet gelezen worden: {exc}", f"The HTML file cannot be read: {exc}"
        ) from exc
    if any("Excessive depth" in e.message for e in parser.error_log):
        # libxml2 stops at 256 levels and would silently drop the rest of the page.
        raise BadInputError(
            "Het HTML-bestand is te diep genest (meer dan 256 niveaus) om veilig te lezen.",
            "The HTML file is nested too deeply (more than 256 levels) to read safely.",
        )
    page_title = " ".join((root.findtext(".//title") or "").split())
    mains = root.findall(".//main")
    body = root.find("body")
    content = mains[0] if mains else (body if body is not None else root)
    chrome = 0
    if not mains:
        # Page-level header/footer/aside hold navigation; inside an <article> they belong to it.
        for el in list(content.iter("header", "footer", "aside")):
            if el.getparent() is not None and not any(_tag(a) == "article" for a in el.iterancestors()):
                if el.text_content().strip():
                    chrome += 1
                el.getparent().remove(el)
    for el in list(content.iter()):
        if _tag(el) == "" or el.getparent() is None:
            continue
        if el.get("role") == "navigation" or el.get("hidden") is not None or el.get("aria-hidden") == "true":
            el.getparent().remove(el)
            chrome += 1
    builder = _Builder(cleaner)
    builder.container(content)
    builder.flush()
    dropped = sum(1 for el in content.iter("nav", "script", "form", "iframe")) + chrome
    if dropped:
        warnings.append(
            pick(
                f"{dropped} navigatie-, script- of formulieronderde(e)l(en) van de webpagina weggelaten.",
                f"Left out {dropped} navigation, script or form part(s) of the web page.",
            )
        )
    meta = PolicyMeta()
    first_h1 = next((b for b in builder.blocks if isinstance(b, Heading) and b.level == 1), None)
    meta.title = first_h1.text.strip() if first_h1 is not None else page_title
    return Policy(blocks=builder.blocks, meta=meta), warnings + cleaner.warnings()
