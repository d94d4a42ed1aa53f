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
import re
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextTable,
)

from editor.core.model import (
    Block,
    Cell,
    Decision,
    Heading,
    ListItem,
    Policy,
    PolicyMeta,
    Run,
    Table,
    TextBlock,
    merge_runs,
)
from editor.core.plaintext import PlainText
from editor.gui import document_positions as positions
from editor.gui.document_formats import (
    BASE_POINT_SIZE,
    TABLE_ID_PROPERTY,
    TABLE_ROW_LENGTHS_PROPERTY,
    block_format_for,
    char_format_for,
    insert_table,
    list_format_for,
    read_decisions,
    runs_of,
    text_block_from_qt,
    write_decisions,
)
from editor.gui.document_positions import Location


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


class DocumentBridge(QObject):
    """Keeps a QTextDocument and the model in step for one open policy."""

    blocks_inserted = Signal(list)  # the ids of the blocks insert_blocks_before just wrote

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
            # One edit block: the layout is updated once at the end, not after every paragraph.
            cursor.beginEditBlock()
            self._write_blocks(cursor, policy.blocks, fresh=True)
            cursor.endEditBlock()
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
                table = insert_table(cursor, block, table_id)
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
                ids = self._write_blocks(cursor, blocks, fresh=fresh)
            elif self._appendable(before.previous()):
                # Append after the previous text block: undo then removes exactly the new blocks
                # and every existing block keeps its id.
                prev = before.previous()
                cursor.setPosition(prev.position() + prev.length() - 1)
                start = cursor.position() + 1
                ids = self._write_blocks(cursor, blocks, fresh=False)
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
                ids = self._write_blocks(cursor, blocks, fresh=True)
            end = cursor.position()
        finally:
            cursor.endEditBlock()
        self.blocks_inserted.emit(ids)
        return start, end

    def _appendable(self, block: QTextBlock) -> bool:
        if not block.isValid():
            return False
        cursor = QTextCursor(block)
        return cursor.currentTable() is None and cursor.currentFrame() == self.document.rootFrame()

    # -- decisions (undoable, stored in the document)

    def decisions(self) -> dict[str, Decision]:
        return read_decisions(self.document)

    def _write_decisions(self, decisions: dict[str, Decision]) -> None:
        write_decisions(self.document, decisions)

    def set_decisions(self, decisions: dict[str, Decision]) -> None:
        """Replace the decisions as one undo step of the document."""
        write_decisions(self.document, decisions)

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
                    runs.extend(runs_of(block))
                    if block == last:
                        break
                    block = block.next()
                for run in runs:
                    run.text = run.text.replace("\t", " ")
                row.append(Cell(merge_runs(runs)))
            rows.append(row)
        return Table(id=table_id, rows=rows, header_rows=min(fmt.headerRowCount(), len(rows)))

    # -- locating model spans in Qt

    # Positions: editor.gui.document_positions does the work.

    def locations(self) -> dict[str, Location]:
        """Where every model block with an id lives right now (one walk over the document)."""
        return positions.locations(self)

    def block_id_at(self, position: int) -> str | None:
        return positions.block_id_at(self, position)

    def qt_position(self, plain: PlainText, offset: int, where: dict[str, Location] | None = None, *,
                    at_end: bool = False) -> int | None:
        return positions.qt_position(self, plain, offset, where, at_end=at_end)

    def span_cursor(self, plain: PlainText, start: int, end: int,
                    where: dict[str, Location] | None = None) -> QTextCursor | None:
        """A cursor selecting the plain-text span [start, end) in the Qt document."""
        return positions.span_cursor(self, plain, start, end, where)

    def plain_offset(self, plain: PlainText, position: int) -> int | None:
        return positions.plain_offset(self, plain, position)
