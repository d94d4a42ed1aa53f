"""How model blocks look in the Qt document: block, character, list and table formats, and
reading a Qt block back into a model block. Used by editor.gui.document_bridge and the editor."""

from __future__ import annotations

import json

from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextListFormat,
    QTextTable,
    QTextTableFormat,
)

from editor.core.model import Block, Decision, Heading, ListItem, Paragraph, Run, Table, TextBlock, merge_runs

TABLE_ID_PROPERTY = QTextFormat.UserProperty + 1
TABLE_ROW_LENGTHS_PROPERTY = QTextFormat.UserProperty + 2
# Checklist decisions live in the root frame's format: changing it is a step on the document's
# own undo stack, so "mark not applicable" is undone and redone together with the text edits.
# A linked profile field (Run.field): the placeholder name whose value the fragment shows.
FIELD_PROPERTY = QTextFormat.UserProperty + 4
DECISIONS_PROPERTY = QTextFormat.UserProperty + 3

BASE_POINT_SIZE = 11.0
# Qt scales FontSizeAdjustment 0/1/2 to 1.0/1.2/1.5 times the default font.
HEADING_SIZE_ADJUSTMENT = {1: 2, 2: 1, 3: 0}
BODY_COLOUR = QColor("#1b1b1b")
HEADING_COLOUR = QColor("#1d3557")
LINK_COLOUR = QColor("#1f5fa8")
HEADER_CELL_BACKGROUND = QColor("#e8edf3")
HEADING_WEIGHT = QFont.Weight.DemiBold  # explicit bold (700) stays distinguishable in headings

ORDERED_STYLES = (
    QTextListFormat.Style.ListDecimal,
    QTextListFormat.Style.ListLowerAlpha,
    QTextListFormat.Style.ListLowerRoman,
)
BULLET_STYLES = (
    QTextListFormat.Style.ListDisc,
    QTextListFormat.Style.ListCircle,
    QTextListFormat.Style.ListSquare,
)


# ---------------------------------------------------------------------------- formats


def block_format_for(block: Block) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    if isinstance(block, Heading):
        fmt.setHeadingLevel(block.level)
        fmt.setTopMargin({1: 4.0, 2: 16.0, 3: 12.0}[block.level])
        fmt.setBottomMargin(6.0)
    elif isinstance(block, ListItem):
        fmt.setBottomMargin(3.0)
    else:
        fmt.setBottomMargin(8.0)
    fmt.setLineHeight(115.0, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return fmt


def char_format_for(run: Run | None, heading_level: int = 0) -> QTextCharFormat:
    """The Qt character format showing `run` (None: the plain base format of a block).

    Sizes are relative to the document's default font (FontSizeAdjustment), so zoom, which
    changes the default font, scales headings and body alike.
    """
    fmt = QTextCharFormat()
    if heading_level:
        fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, HEADING_SIZE_ADJUSTMENT[heading_level])
        fmt.setFontWeight(HEADING_WEIGHT)
        fmt.setForeground(HEADING_COLOUR)
    else:
        fmt.setFontWeight(QFont.Weight.Normal)
        fmt.setForeground(BODY_COLOUR)
    fmt.setFontItalic(False)
    fmt.setFontUnderline(False)
    fmt.setAnchor(False)
    fmt.setAnchorHref("")
    if run is None:
        return fmt
    if run.bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if run.italic:
        fmt.setFontItalic(True)
    if run.link:
        fmt.setAnchor(True)
        fmt.setAnchorHref(run.link)
        fmt.setForeground(LINK_COLOUR)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    if run.underline:
        fmt.setFontUnderline(True)
    if run.field:
        fmt.setProperty(FIELD_PROPERTY, run.field)
    return fmt


def run_from_format(text: str, fmt: QTextCharFormat) -> Run:
    link = fmt.anchorHref() if fmt.isAnchor() else ""
    return Run(
        text=text,
        bold=fmt.fontWeight() >= QFont.Weight.Bold.value,
        italic=fmt.fontItalic(),
        underline=fmt.fontUnderline(),
        link=link or None,
        field=field_of(fmt),
    )


def field_of(fmt: QTextCharFormat) -> str:
    """The profile placeholder a fragment shows the value of ("" for ordinary text)."""
    value = fmt.property(FIELD_PROPERTY)
    return value if isinstance(value, str) else ""


def list_format_for(ordered: bool, level: int) -> QTextListFormat:
    fmt = QTextListFormat()
    styles = ORDERED_STYLES if ordered else BULLET_STYLES
    fmt.setStyle(styles[level % len(styles)])
    fmt.setIndent(level + 1)
    if ordered:
        fmt.setNumberSuffix(".")
    return fmt


def is_ordered_style(style: QTextListFormat.Style) -> bool:
    return style in ORDERED_STYLES or style in (
        QTextListFormat.Style.ListUpperAlpha,
        QTextListFormat.Style.ListUpperRoman,
    )


def runs_of(block: QTextBlock) -> list[Run]:
    runs: list[Run] = []
    it = block.begin()
    while not it.atEnd():
        frag = it.fragment()
        if frag.isValid():
            # Object replacement characters (images) are not part of the model.
            text = frag.text().replace("\ufffc", "").replace("\u2028", " ")
            runs.append(run_from_format(text, frag.charFormat()))
        it += 1
    return merge_runs(runs)


def text_block_from_qt(block: QTextBlock, block_id: str) -> TextBlock:
    runs = runs_of(block)
    lst = block.textList()
    if lst is not None:
        lfmt = lst.format()
        return ListItem(
            id=block_id, runs=runs, ordered=is_ordered_style(lfmt.style()), level=max(0, lfmt.indent() - 1)
        )
    level = block.blockFormat().headingLevel()
    if 1 <= level <= 3:
        return Heading(id=block_id, runs=runs, level=level)
    if level > 3:
        return Heading(id=block_id, runs=runs, level=3)
    return Paragraph(id=block_id, runs=runs)


# ---------------------------------------------------------------------------- the bridge



def insert_table(cursor: QTextCursor, table: Table, table_id: str) -> QTextTable:
    n_rows = max(1, len(table.rows))
    n_cols = max([1] + [len(r) for r in table.rows])
    fmt = QTextTableFormat()
    fmt.setBorder(0.8)
    fmt.setBorderBrush(QColor("#9aa7b5"))
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    fmt.setCellPadding(4)
    fmt.setCellSpacing(0)
    fmt.setBorderCollapse(True)
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    fmt.setHeaderRowCount(max(0, min(table.header_rows, n_rows)))
    fmt.setBottomMargin(8)
    fmt.setProperty(TABLE_ID_PROPERTY, table_id)
    lengths = [len(r) for r in table.rows]
    if any(n != n_cols for n in lengths):
        fmt.setProperty(TABLE_ROW_LENGTHS_PROPERTY, ",".join(str(n) for n in lengths))
    qt_table = cursor.insertTable(n_rows, n_cols, fmt)
    for r, row in enumerate(table.rows):
        header = r < table.header_rows
        for c, cell in enumerate(row):
            qcell = qt_table.cellAt(r, c)
            if header:
                cf = qcell.format()
                cf.setBackground(HEADER_CELL_BACKGROUND)
                qcell.setFormat(cf)
            cell_cursor = qcell.firstCursorPosition()
            for run in cell.runs:
                cell_cursor.insertText(run.text.replace("\n", " ").replace("\t", " "), char_format_for(run))
    return qt_table


def read_decisions(document: QTextDocument) -> dict[str, Decision]:
    """The checklist decisions kept in the root frame's format (see DECISIONS_PROPERTY)."""
    raw = document.rootFrame().frameFormat().property(DECISIONS_PROPERTY)
    if not isinstance(raw, str) or not raw:
        return {}
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    out: dict[str, Decision] = {}
    for key, value in data.items() if isinstance(data, dict) else []:
        if isinstance(value, dict):
            out[key] = Decision(
                item_id=key,
                status=str(value.get("status", "not_applicable")),
                reason=str(value.get("reason", "")),
                decided_at=str(value.get("decided_at", "")),
            )
    return out


def write_decisions(document: QTextDocument, decisions: dict[str, Decision]) -> None:
    """Store the decisions: a format change is a step on the document's own undo stack."""
    fmt = document.rootFrame().frameFormat()
    data = {k: {"status": d.status, "reason": d.reason, "decided_at": d.decided_at} for k, d in sorted(decisions.items())}
    fmt.setProperty(DECISIONS_PROPERTY, json.dumps(data, ensure_ascii=False))
    document.rootFrame().setFrameFormat(fmt)
