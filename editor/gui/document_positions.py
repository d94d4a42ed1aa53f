"""Where things are in the Qt document: model block ids to Qt blocks and tables, and offsets in the
model's plain text (checklist evidence, grammar issues) to Qt positions and back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextBlock, QTextCursor, QTextTable

from editor.core.plaintext import PlainText, from_utf16, to_utf16
from editor.gui.document_formats import TABLE_ID_PROPERTY

if TYPE_CHECKING:
    from editor.gui.document_bridge import DocumentBridge


@dataclass
class Location:
    """Where a model block lives in the Qt document right now."""

    block_id: str
    block: QTextBlock | None = None  # text blocks
    table: QTextTable | None = None  # tables


def locations(bridge: DocumentBridge) -> dict[str, Location]:
    """Where every model block with an id lives right now (one walk over the document)."""
    out: dict[str, Location] = {}
    it = bridge.document.rootFrame().begin()
    while not it.atEnd():
        frame = it.currentFrame()
        if frame is not None:
            if isinstance(frame, QTextTable):
                table_id = frame.format().property(TABLE_ID_PROPERTY)
                if isinstance(table_id, str) and table_id:
                    out.setdefault(table_id, Location(table_id, table=frame))
        else:
            block = it.currentBlock()
            block_id = bridge.block_id_of(block)
            if block_id:
                out.setdefault(block_id, Location(block_id, block=block))
        it += 1
    return out


def block_id_at(bridge: DocumentBridge, position: int) -> str | None:
    """The model block id at a Qt position (tables: the table's id)."""
    cursor = QTextCursor(bridge.document)
    cursor.setPosition(max(0, min(position, bridge.document.characterCount() - 1)))
    table = cursor.currentTable()
    if table is not None:
        table_id = table.format().property(TABLE_ID_PROPERTY)
        return table_id if isinstance(table_id, str) else None
    return bridge.block_id_of(cursor.block())


def qt_position(
    bridge: DocumentBridge, plain: PlainText, offset: int, where: dict[str, Location] | None = None, *, at_end: bool = False
) -> int | None:
    """Map an offset in `plain` (the model's plain-text view) to a Qt document position."""
    found = plain.locate(offset)
    if found is None:
        return None
    block_id, inner = found
    # An end offset sitting exactly on a block start belongs to the previous block's end.
    if at_end and inner == 0 and offset > 0:
        prev = plain.locate(offset - 1)
        if prev is not None:
            block_id, inner = prev[0], prev[1] + 1
    where = where if where is not None else locations(bridge)
    loc = where.get(block_id)
    if loc is None:
        return None
    span = plain.block_span(block_id)
    model_text = plain.text[span.start : span.end] if span else ""
    if loc.block is not None:
        qt_text = loc.block.text()
        inner = min(inner, len(qt_text))
        if model_text != qt_text:
            # The block was edited since the analysis; keep the offset but stay inside it.
            inner = min(inner, len(qt_text))
        return loc.block.position() + to_utf16(qt_text, inner)
    if loc.table is not None:
        # Table text: cells joined by tabs, rows by newlines.
        before = model_text[:inner]
        r = before.count("\n")
        c = before.rsplit("\n", 1)[-1].count("\t")
        in_cell = len(before.rsplit("\n", 1)[-1].rsplit("\t", 1)[-1])
        table = loc.table
        if r >= table.rows() or c >= table.columns():
            return table.lastPosition()
        cell = table.cellAt(r, c)
        cell_cursor = cell.firstCursorPosition()
        cell_text = cell_cursor.block().text()
        return cell_cursor.position() + to_utf16(cell_text, min(in_cell, len(cell_text)))
    return None


def qt_span(
    bridge: DocumentBridge, plain: PlainText, start: int, end: int, where: dict[str, Location] | None = None
) -> tuple[int, int] | None:
    """The Qt positions of the plain-text span [start, end) (no cursor made: cheap for many spans)."""
    where = where if where is not None else locations(bridge)
    a = qt_position(bridge, plain, start, where)
    b = qt_position(bridge, plain, end, where, at_end=True)
    if a is None:
        return None
    return a, a if b is None or b < a else b


def span_cursor(
    bridge: DocumentBridge, plain: PlainText, start: int, end: int, where: dict[str, Location] | None = None
) -> QTextCursor | None:
    """A cursor selecting the plain-text span [start, end) in the Qt document."""
    span = qt_span(bridge, plain, start, end, where)
    if span is None:
        return None
    a, b = span
    cursor = QTextCursor(bridge.document)
    cursor.setPosition(a)
    cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
    return cursor


def plain_offset(bridge: DocumentBridge, plain: PlainText, position: int) -> int | None:
    """Map a Qt position to an offset in `plain` (the inverse of qt_position, text blocks only)."""
    block = bridge.document.findBlock(position)
    block_id = bridge.block_id_of(block)
    if not block_id:
        return None
    span = plain.block_span(block_id)
    if span is None:
        return None
    inner = from_utf16(block.text(), position - block.position())
    return span.start + min(inner, span.end - span.start)
