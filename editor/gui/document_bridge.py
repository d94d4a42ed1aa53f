"""The one place that converts between a QTextDocument and the core model, both ways.

Mapping (see also docs/gui.md):
- Heading(level)  -> block with QTextBlockFormat.headingLevel == level, larger semibold font.
- Paragraph       -> plain block (heading level 0, not in a list).
- ListItem        -> block in a QTextList; ordered = numbered list style, level = list indent - 1.
- Run flags       -> bold (weight >= 700), italic, underline (single underline), link (anchor href).
- Table           -> QTextTable; the block id and ragged row lengths live in table-format properties.

Every model block keeps its id in the Qt document (QTextBlock.userState -> BlockRecord, a
table-format property for tables) so checklist evidence can be mapped back to cursor positions.
Converted blocks are cached on the Qt block and only re-read when Qt reports the block changed,
which keeps the debounced doc -> model conversion cheap in long policies.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import re
from dataclasses import dataclass

from PySide6.QtCore import QObject
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

from editor.core.model import (
    Block,
    Cell,
    Decision,
    Heading,
    ListItem,
    Paragraph,
    Policy,
    PolicyMeta,
    Run,
    Table,
    TextBlock,
    merge_runs,
)
from editor.core.plaintext import PlainText, from_utf16, to_utf16

TABLE_ID_PROPERTY = QTextFormat.UserProperty + 1
TABLE_ROW_LENGTHS_PROPERTY = QTextFormat.UserProperty + 2
# Checklist decisions live in the root frame's format: changing it is a step on the document's
# own undo stack, so "mark not applicable" is undone and redone together with the text edits.
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


@dataclass
class BlockRecord:
    """Per-Qt-block state: the model block id and the last conversion of this block.

    Qt blocks carry only an integer (QTextBlock.userState) pointing into the bridge's record
    table. QTextBlockUserData subclasses are avoided on purpose: in PySide6 6.12 reading
    userData() of a block without data corrupts the refcount of None. Qt gives a block split
    off by Enter the state -1, so a new paragraph gets a fresh id. Nothing else in the app may
    use userState (a QSyntaxHighlighter must not call setCurrentBlockState).
    """

    block_id: str
    cached: TextBlock | None = None


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
    return fmt


def run_from_format(text: str, fmt: QTextCharFormat) -> Run:
    link = fmt.anchorHref() if fmt.isAnchor() else ""
    return Run(
        text=text,
        bold=fmt.fontWeight() >= QFont.Weight.Bold.value,
        italic=fmt.fontItalic(),
        underline=fmt.fontUnderline(),
        link=link or None,
    )


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


def _runs_of(block: QTextBlock) -> list[Run]:
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
    runs = _runs_of(block)
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


@dataclass
class Location:
    """Where a model block lives in the Qt document right now."""

    block_id: str
    block: QTextBlock | None = None  # text blocks
    table: QTextTable | None = None  # tables


class DocumentBridge(QObject):
    """Keeps a QTextDocument and the model in step for one open policy."""

    def __init__(self, document: QTextDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.meta = PolicyMeta()
        self._ids = itertools.count(1)
        self._used: set[str] = set()
        self._records: dict[int, BlockRecord] = {}
        self._serial = itertools.count(1)
        # Qt reports contentsChange (also for undo/redo) only once the document has a layout.
        document.documentLayout()
        document.contentsChange.connect(self._on_contents_change)
        font = QFont(document.defaultFont())
        font.setPointSizeF(BASE_POINT_SIZE)
        document.setDefaultFont(font)

    # -- ids

    def _fresh_id(self) -> str:
        while True:
            candidate = f"b{next(self._ids)}"
            if candidate not in self._used:
                self._used.add(candidate)
                return candidate

    def _claim(self, block_id: str) -> str:
        """Use `block_id` unless it is empty or already taken in this document."""
        if not block_id or block_id in self._used:
            return self._fresh_id()
        self._used.add(block_id)
        match = re.fullmatch(r"b(\d+)", block_id)
        if match:
            # Keep the counter ahead of loaded ids so new ids never collide later.
            n = int(match.group(1))
            current = next(self._ids)
            self._ids = itertools.count(max(current, n + 1))
        return block_id

    # -- per-block records

    def record(self, block: QTextBlock) -> BlockRecord | None:
        state = block.userState()
        return self._records.get(state) if state > 0 else None

    def _tag(self, block: QTextBlock, block_id: str) -> BlockRecord:
        serial = next(self._serial)
        rec = BlockRecord(block_id)
        self._records[serial] = rec
        block.setUserState(serial)
        return rec

    def block_id_of(self, block: QTextBlock) -> str | None:
        rec = self.record(block)
        return rec.block_id if rec else None

    # -- change tracking

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        doc = self.document
        block = doc.findBlock(position)
        end = doc.findBlock(position + max(added, 0))
        last = end.blockNumber() if end.isValid() else doc.blockCount() - 1
        while block.isValid() and block.blockNumber() <= last:
            rec = self.record(block)
            if rec is not None:
                rec.cached = None
            block = block.next()

    def invalidate_all(self) -> None:
        """Forget every cached conversion (after changes Qt does not report per block)."""
        for rec in self._records.values():
            rec.cached = None

    # -- model -> Qt

    def load(self, policy: Policy) -> None:
        """Replace the document's content with `policy` (not undoable: it is a new document)."""
        doc = self.document
        self.meta = policy.meta
        self._used = set()
        self._ids = itertools.count(1)
        self._records = {}
        undo = doc.isUndoRedoEnabled()
        doc.setUndoRedoEnabled(False)
        doc.blockSignals(True)
        try:
            doc.clear()
            cursor = QTextCursor(doc)
            self._write_blocks(cursor, policy.blocks, fresh=True)
            self._write_decisions(policy.meta.decisions)
        finally:
            doc.blockSignals(False)
            doc.setUndoRedoEnabled(undo)
        doc.setModified(False)
        # Listeners (layout, outline) must see the new content once.
        doc.contentsChange.emit(0, 0, doc.characterCount())
        doc.contentsChanged.emit()

    def _write_blocks(self, cursor: QTextCursor, blocks: list[Block], fresh: bool) -> list[str]:
        """Write model blocks at `cursor`. `fresh`: the cursor sits in an empty block to fill first.

        Returns the ids given to the written blocks (new ids where the model's were taken).
        """
        open_lists: dict[int, tuple[bool, object]] = {}
        ids: list[str] = []
        for block in blocks:
            if isinstance(block, Table):
                open_lists.clear()
                table_id = self._claim(block.id)
                ids.append(table_id)
                table = self._insert_table(cursor, block, table_id)
                cursor.setPosition(table.lastPosition() + 1)
                fresh = not cursor.block().text()
                if not fresh:
                    # The table landed inside a block: continue in a new block after it.
                    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
                    cursor.insertBlock()
                    cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
                    fresh = True
                continue
            assert isinstance(block, TextBlock)
            level = block.level if isinstance(block, Heading) else 0
            bfmt = block_format_for(block)
            base = char_format_for(None, level)
            if fresh:
                cursor.setBlockFormat(bfmt)
                cursor.setBlockCharFormat(base)
            else:
                cursor.insertBlock(bfmt, base)
            fresh = False
            if isinstance(block, ListItem):
                for deeper in [lv for lv in open_lists if lv > block.level]:
                    del open_lists[deeper]
                current = open_lists.get(block.level)
                if current and current[0] == block.ordered:
                    current[1].add(cursor.block())  # type: ignore[attr-defined]
                else:
                    lst = cursor.createList(list_format_for(block.ordered, block.level))
                    open_lists[block.level] = (block.ordered, lst)
            else:
                open_lists.clear()
            for run in block.runs:
                cursor.insertText(run.text.replace("\n", " "), char_format_for(run, level))
            block_id = self._claim(block.id)
            ids.append(block_id)
            self._tag(cursor.block(), block_id)
        return ids

    def _insert_table(self, cursor: QTextCursor, table: Table, table_id: str) -> QTextTable:
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

    def insert_blocks_before(self, before: QTextBlock | None, blocks: list[Block]) -> tuple[int, int]:
        """Insert model blocks before the text block `before` (None: at the end) as ONE undo step.

        Returns the Qt position range of the inserted text, for selecting or scrolling to it.
        """
        doc = self.document
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        try:
            if before is None or not before.isValid():
                cursor.movePosition(QTextCursor.MoveOperation.End)
                last = cursor.block()
                fresh = not last.text() and self.record(last) is None and last.textList() is None
                if fresh and last.blockFormat().headingLevel():
                    fresh = False
                start = cursor.position()
                self._write_blocks(cursor, blocks, fresh=fresh)
            elif self._appendable(before.previous()):
                # Append after the previous text block: undo then removes exactly the new blocks
                # and every existing block keeps its id.
                prev = before.previous()
                cursor.setPosition(prev.position() + prev.length() - 1)
                start = cursor.position() + 1
                self._write_blocks(cursor, blocks, fresh=False)
            else:
                cursor.setPosition(before.position())
                moved_id = self.block_id_of(before)
                # Split: the empty first half is refilled with the new blocks; the content
                # moves on into the second half, which takes over the original block id.
                cursor.insertBlock()
                second = cursor.block()
                if moved_id:
                    self._tag(second, moved_id)
                    second.previous().setUserState(-1)
                cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
                start = cursor.position()
                if cursor.block().textList() is not None:
                    cursor.block().textList().remove(cursor.block())
                self._write_blocks(cursor, blocks, fresh=True)
            end = cursor.position()
        finally:
            cursor.endEditBlock()
        return start, end

    def _appendable(self, block: QTextBlock) -> bool:
        if not block.isValid():
            return False
        cursor = QTextCursor(block)
        return cursor.currentTable() is None and cursor.currentFrame() == self.document.rootFrame()

    # -- decisions (undoable, stored in the document)

    def decisions(self) -> dict[str, Decision]:
        raw = self.document.rootFrame().frameFormat().property(DECISIONS_PROPERTY)
        if not isinstance(raw, str) or not raw:
            return {}
        try:
            data = json.loads(raw)
        except ValueError:
            return {}
        out: dict[str, Decision] = {}
        for key, value in data.items():
            if isinstance(value, dict):
                out[key] = Decision(
                    item_id=key,
                    status=str(value.get("status", "not_applicable")),
                    reason=str(value.get("reason", "")),
                    decided_at=str(value.get("decided_at", "")),
                )
        return out

    def _write_decisions(self, decisions: dict[str, Decision]) -> None:
        fmt = self.document.rootFrame().frameFormat()
        data = {k: {"status": d.status, "reason": d.reason, "decided_at": d.decided_at} for k, d in sorted(decisions.items())}
        fmt.setProperty(DECISIONS_PROPERTY, json.dumps(data, ensure_ascii=False))
        self.document.rootFrame().setFrameFormat(fmt)

    def set_decisions(self, decisions: dict[str, Decision]) -> None:
        """Replace the decisions as one undo step of the document."""
        self._write_decisions(decisions)

    # -- Qt -> model

    def to_policy(self) -> Policy:
        """The model of the current document (cached per block; only changed blocks are re-read)."""
        blocks: list[Block] = []
        seen: set[str] = set()
        it = self.document.rootFrame().begin()
        while not it.atEnd():
            frame = it.currentFrame()
            if frame is not None:
                if isinstance(frame, QTextTable):
                    table = self._table_from_qt(frame, seen)
                    if table is not None:
                        blocks.append(table)
            else:
                block = it.currentBlock()
                converted = self._text_block(block, seen)
                if converted is not None:
                    blocks.append(converted)
            it += 1
        # A copy of the metadata: an analysis running in the background keeps a stable view.
        meta = dataclasses.replace(self.meta, decisions=self.decisions())
        return Policy(blocks=blocks, meta=meta)

    def _text_block(self, block: QTextBlock, seen: set[str]) -> TextBlock | None:
        rec = self.record(block)
        if rec is not None and rec.block_id not in seen:
            if rec.cached is None:
                rec.cached = text_block_from_qt(block, rec.block_id)
                if not rec.cached.text.strip():
                    rec.cached = None
                    return None
            seen.add(rec.block_id)
            return rec.cached
        if not block.text().strip():
            return None  # empty paragraphs are spacing, not content
        rec = self._tag(block, self._fresh_id())
        rec.cached = text_block_from_qt(block, rec.block_id)
        seen.add(rec.block_id)
        return rec.cached

    def _table_from_qt(self, table: QTextTable, seen: set[str]) -> Table | None:
        fmt = table.format()
        table_id = fmt.property(TABLE_ID_PROPERTY)
        if not isinstance(table_id, str) or not table_id or table_id in seen:
            table_id = self._fresh_id()
            fmt.setProperty(TABLE_ID_PROPERTY, table_id)
            table.setFormat(fmt)
        seen.add(table_id)
        lengths_prop = fmt.property(TABLE_ROW_LENGTHS_PROPERTY)
        lengths: list[int] | None = None
        if isinstance(lengths_prop, str) and lengths_prop:
            try:
                lengths = [int(x) for x in lengths_prop.split(",")]
            except ValueError:
                lengths = None
        if lengths is not None and len(lengths) != table.rows():
            lengths = None
        rows: list[list[Cell]] = []
        for r in range(table.rows()):
            row: list[Cell] = []
            n_cols = table.columns() if lengths is None else min(lengths[r], table.columns())
            for c in range(n_cols):
                qcell = table.cellAt(r, c)
                runs: list[Run] = []
                block = qcell.firstCursorPosition().block()
                last = qcell.lastCursorPosition().block()
                while block.isValid():
                    if runs and block.text():
                        runs.append(Run(" "))
                    runs.extend(_runs_of(block))
                    if block == last:
                        break
                    block = block.next()
                for run in runs:
                    run.text = run.text.replace("\t", " ")
                row.append(Cell(merge_runs(runs)))
            rows.append(row)
        return Table(id=table_id, rows=rows, header_rows=min(fmt.headerRowCount(), len(rows)))

    # -- locating model spans in Qt

    def locations(self) -> dict[str, Location]:
        """Where every model block with an id lives right now (one walk over the document)."""
        out: dict[str, Location] = {}
        it = self.document.rootFrame().begin()
        while not it.atEnd():
            frame = it.currentFrame()
            if frame is not None:
                if isinstance(frame, QTextTable):
                    table_id = frame.format().property(TABLE_ID_PROPERTY)
                    if isinstance(table_id, str) and table_id:
                        out.setdefault(table_id, Location(table_id, table=frame))
            else:
                block = it.currentBlock()
                block_id = self.block_id_of(block)
                if block_id:
                    out.setdefault(block_id, Location(block_id, block=block))
            it += 1
        return out

    def block_id_at(self, position: int) -> str | None:
        """The model block id at a Qt position (tables: the table's id)."""
        cursor = QTextCursor(self.document)
        cursor.setPosition(max(0, min(position, self.document.characterCount() - 1)))
        table = cursor.currentTable()
        if table is not None:
            table_id = table.format().property(TABLE_ID_PROPERTY)
            return table_id if isinstance(table_id, str) else None
        return self.block_id_of(cursor.block())

    def qt_position(
        self, plain: PlainText, offset: int, where: dict[str, Location] | None = None, *, at_end: bool = False
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
        where = where if where is not None else self.locations()
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

    def span_cursor(
        self, plain: PlainText, start: int, end: int, where: dict[str, Location] | None = None
    ) -> QTextCursor | None:
        """A cursor selecting the plain-text span [start, end) in the Qt document."""
        where = where if where is not None else self.locations()
        a = self.qt_position(plain, start, where)
        b = self.qt_position(plain, end, where, at_end=True)
        if a is None:
            return None
        if b is None or b < a:
            b = a
        cursor = QTextCursor(self.document)
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def plain_offset(self, plain: PlainText, position: int) -> int | None:
        """Map a Qt position to an offset in `plain` (the inverse of qt_position, text blocks only)."""
        block = self.document.findBlock(position)
        block_id = self.block_id_of(block)
        if not block_id:
            return None
        span = plain.block_span(block_id)
        if span is None:
            return None
        inner = from_utf16(block.text(), position - block.position())
        return span.start + min(inner, span.end - span.start)
