"""PDF export through Qt's own text layout: QTextDocument painted on a QPdfWriter, A4.

This lives in editor/gui because it needs Qt (editor/core must stay Qt-free, a test imports
every core module with Qt blocked). The content is the same element tree as the HTML export,
laid out with a Qt-friendly stylesheet; every page gets "Pagina X van Y" in the footer, and a
heading never ends up alone at the bottom of a page.

Call ensure_gui_app() (or have a QApplication) before export_pdf().
"""

from __future__ import annotations

import os
from pathlib import Path

from lxml import etree, html
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from editor import __version__
from editor.core.atomic import atomic_write_bytes
from editor.core.export.common import clean_line, document_title
from editor.core.export.html_export import build_content
from editor.core.model import Policy

FONT_FAMILY = "Calibri"  # Carlito (metric-compatible) where Calibri is not installed
FONT_FALLBACKS = ["Carlito", "Liberation Sans", "DejaVu Sans"]
MM_PER_INCH = 25.4
MARGINS_MM = {"left": 22.0, "right": 22.0, "top": 20.0, "bottom": 24.0}
FOOTER_OFFSET_MM = 11.0  # baseline area of the page number, measured up from the paper edge

# Qt's rich text understands a subset of CSS; this is the HTML house style expressed in it.
QT_CSS = """
h1 { font-size: 20pt; font-weight: bold; color: #1f3864; margin-top: 0px; margin-bottom: 6px; }
h2 { font-size: 14pt; font-weight: bold; color: #1f3864; margin-top: 20px; margin-bottom: 6px; }
h3 { font-size: 11.5pt; font-weight: bold; color: #2f5496; margin-top: 14px; margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 8px; line-height: 118%; }
p.updated { color: #555555; font-style: italic; margin-bottom: 20px; }
p.toc-title { font-weight: bold; color: #1f3864; margin-bottom: 4px; }
li { margin-bottom: 3px; line-height: 118%; }
ul, ol { margin-top: 0px; margin-bottom: 8px; }
a { color: #1a4f9c; text-decoration: underline; }
table { margin-top: 2px; margin-bottom: 14px; }
th { background-color: #dde5f2; font-weight: bold; text-align: left; }
"""


def ensure_gui_app() -> QGuiApplication:
    """A QGuiApplication for fonts and painting; offscreen when there is no display."""
    app = QGuiApplication.instance()
    if app is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["privacy-editor"])
    return app  # type: ignore[return-value]


def _qt_html(policy: Policy, *, toc: bool, updated_line: bool) -> str:
    content = build_content(policy, fragment=True, toc=toc, updated_line=updated_line, add_title=True)
    # Qt's CSS has no descendant selectors for lists: set the marker style on each list.
    for nav in content.iter("nav"):
        for lst in nav.iter("ol"):
            lst.set("style", "list-style-type: none; margin-left: 0;")
    for lst in content.iter("ol"):
        if lst.get("style"):
            continue
        depth = sum(1 for a in lst.iterancestors("ol", "ul"))
        lst.set("style", "list-style-type: " + ("decimal", "lower-alpha", "lower-roman")[depth % 3] + ";"
                + (" margin-top: 2px; margin-bottom: 0px;" if depth else ""))
    for lst in content.iter("ul"):
        depth = sum(1 for a in lst.iterancestors("ol", "ul"))
        lst.set("style", "list-style-type: " + ("disc", "circle", "square")[depth % 3] + ";"
                + (" margin-top: 2px; margin-bottom: 0px;" if depth else ""))
    # Qt's HTML reader does not know the sectioning elements; their content is all it needs.
    etree.strip_tags(content, "section", "nav")
    for table in content.iter("table"):
        table.set("border", "1")
        table.set("cellspacing", "0")
        table.set("cellpadding", "4")
        table.set("width", "100%")
        table.set("style", "border-collapse: collapse; border-color: #8ea0c0; border-style: solid;")
    body = html.tostring(content, encoding="unicode", method="html")
    return f"<html><body>{body}</body></html>"


def _mm_to_px(mm: float, dpi: int) -> float:
    return mm / MM_PER_INCH * dpi


def _first_line_top(layout: QAbstractTextDocumentLayout, block: QTextBlock) -> float:
    """Where a block's first line really is, in document coordinates.

    Pagination moves a paragraph's first line below the block's own top (the line's y inside the
    block grows); blockBoundingRect also covers blocks in table cells, whose layouts are cell-relative.
    """
    top = layout.blockBoundingRect(block).top()
    text_layout = block.layout()
    if text_layout is not None and text_layout.lineCount() > 0:
        top += text_layout.lineAt(0).position().y()
    return top


def _keep_headings_with_next(doc: QTextDocument, page_height: float) -> None:
    """Push a heading to the next page when the block after it starts there (no orphaned headings).

    After each change the rest of the document is marked dirty: Qt's incremental layout would
    otherwise report stale positions (and paint blocks it never laid out again).
    """
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        nxt = block.next()
        if block.blockFormat().headingLevel() > 0 and nxt.isValid():
            top = layout.blockBoundingRect(block).top()
            if int(top // page_height) != int(_first_line_top(layout, nxt) // page_height):
                cursor = QTextCursor(block)
                fmt = QTextBlockFormat()
                fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.mergeBlockFormat(fmt)
                start = block.position()
                doc.markContentsDirty(start, doc.characterCount() - start)
        block = nxt


def build_pdf(policy: Policy, *, toc: bool = False, updated_line: bool = True) -> bytes:
    """The policy as PDF bytes (A4, page numbers in the footer)."""
    ensure_gui_app()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    writer.setResolution(300)
    writer.setTitle(document_title(policy))
    org = " ".join(clean_line(policy.meta.organisation.name).split())
    if org:
        writer.setAuthor(org)
    writer.setCreator(f"privacy-editor {__version__}")
    dpi = writer.resolution()

    # Lay out in Qt's logical (screen) units, then scale the painter to the writer's resolution:
    # Qt rich text scales pixel lengths (margins, padding) by device DPI only in this mode consistently.
    screen = QGuiApplication.primaryScreen()
    layout_dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
    scale = dpi / layout_dpi

    doc = QTextDocument()
    font = QFont(FONT_FAMILY)
    font.setFamilies([FONT_FAMILY, *FONT_FALLBACKS])
    font.setPointSizeF(10.5)
    # No ligatures: Carlito's "ti"/"fi" glyphs would come out of pdftotext or copy-paste as gaps.
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    doc.setDefaultFont(font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # 10,000-letter words still wrap
    doc.setDefaultTextOption(option)
    doc.setDefaultStyleSheet(QT_CSS)
    doc.setDocumentMargin(0)
    doc.setIndentWidth(22)
    doc.setHtml(_qt_html(policy, toc=toc, updated_line=updated_line))

    page_w = writer.width() / scale
    page_h = writer.height() / scale
    frame = doc.rootFrame().frameFormat()
    frame.setLeftMargin(_mm_to_px(MARGINS_MM["left"], layout_dpi))
    frame.setRightMargin(_mm_to_px(MARGINS_MM["right"], layout_dpi))
    frame.setTopMargin(_mm_to_px(MARGINS_MM["top"], layout_dpi))
    frame.setBottomMargin(_mm_to_px(MARGINS_MM["bottom"], layout_dpi))
    doc.rootFrame().setFrameFormat(frame)
    doc.setPageSize(QSizeF(page_w, page_h))
    _keep_headings_with_next(doc, page_h)
    doc.markContentsDirty(0, doc.characterCount())  # one clean, complete layout before painting
    pages = doc.pageCount()

    painter = QPainter(writer)
    try:
        footer_font = QFont(font)
        footer_font.setPointSizeF(8.5 / scale)  # the painter is scaled below; fonts are in device points
        painter.scale(scale, scale)
        footer_y = page_h - _mm_to_px(FOOTER_OFFSET_MM + 4, layout_dpi)
        footer_rect = QRectF(0, footer_y, page_w, _mm_to_px(6, layout_dpi))
        layout = doc.documentLayout()
        for index in range(pages):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(QPointF(0, -index * page_h))
            ctx = QAbstractTextDocumentLayout.PaintContext()
            ctx.clip = QRectF(0, index * page_h, page_w, page_h)
            painter.setClipRect(ctx.clip)
            layout.draw(painter, ctx)
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(Qt.GlobalColor.darkGray)
            painter.drawText(footer_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                             f"Pagina {index + 1} van {pages}")
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def export_pdf(policy: Policy, path: str | Path, *, toc: bool = False, updated_line: bool = True) -> None:
    """Write the policy as PDF to `path` atomically."""
    atomic_write_bytes(path, build_pdf(policy, toc=toc, updated_line=updated_line))
