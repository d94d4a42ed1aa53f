"""The policy text editor: a QTextEdit limited to what the document model can represent.

Paragraph styles Heading 1-3 and Body, bulleted and numbered lists, bold, italic, underline,
links. Pasted rich text goes through the model (so foreign fonts, colours and images never get
in); dropped files are handed to the main window to open. The find-and-replace and link
dialogs live in editor.gui.find_dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QKeyEvent,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import (
    QMenu,
    QTextEdit,
    QToolTip,
    QWidget,
)

from editor.core.model import Heading, Paragraph, Policy, Run
from editor.gui import linked_fields, paragraph_style
from editor.gui.document_bridge import DocumentBridge
from editor.gui.document_formats import (
    BASE_POINT_SIZE,
    block_format_for,
    char_format_for,
    run_from_format,
)
from editor.gui.highlight_slices import SlicedLayer

PAGE_WIDTH = 700  # pixels of text column at 100 %; wider windows show a grey margin around the page
ZOOM_STEPS = (0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0)


class PolicyTextEdit(QTextEdit):
    """Rich-text editor for one policy document."""

    files_dropped = Signal(list)  # local file paths dropped or pasted onto the editor
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Tekst van de privacyverklaring"))
        self.setAcceptRichText(True)
        self.setAcceptDrops(True)
        self.setTabChangesFocus(False)
        self.bridge = DocumentBridge(self.document(), self)
        self._zoom_index = ZOOM_STEPS.index(1.0)
        self._layers: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._sliced: dict[str, SlicedLayer] = {}
        # Extra entries for the context menu (quick fixes); called with (menu, document position).
        self.context_menu_hooks: list[Callable[[QMenu, int], None]] = []
        # Tooltip texts for a document position (e.g. why a legal reference is outdated).
        self.tooltip_hooks: list[Callable[[int], str]] = []
        self.document().setDocumentMargin(40)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        palette.setColor(QPalette.ColorRole.Window, QColor("#e9ecef"))
        self.setPalette(palette)
        self.setStyleSheet("QTextEdit { background: #e9ecef; border: none; }")
        self.viewport().setAutoFillBackground(True)
        vp = self.viewport().palette()
        vp.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        vp.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
        self.viewport().setPalette(vp)
        self.viewport().setStyleSheet("background: #ffffff;")
        # Text wraps at the page width; a horizontal scroll bar would only appear by rounding.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setModified(False)  # the layout set-up above is not a user change

    # -- page look

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._update_page_margins()

    def _update_page_margins(self) -> None:
        zoom = ZOOM_STEPS[self._zoom_index]
        page = int(PAGE_WIDTH * zoom)
        side = max(0, (self.width() - page) // 2)
        self.setViewportMargins(side, 0, side, 0)

    # -- zoom (document default font; every size in the document is relative to it)

    @property
    def zoom(self) -> float:
        return ZOOM_STEPS[self._zoom_index]

    def set_zoom_index(self, index: int) -> None:
        self._zoom_index = max(0, min(len(ZOOM_STEPS) - 1, index))
        font = QFont(self.document().defaultFont())
        font.setPointSizeF(BASE_POINT_SIZE * self.zoom)
        self.document().setDefaultFont(font)
        self._update_page_margins()
        self.zoom_changed.emit(self.zoom)

    def zoom_in_step(self) -> None:
        self.set_zoom_index(self._zoom_index + 1)

    def zoom_out_step(self) -> None:
        self.set_zoom_index(self._zoom_index - 1)

    def zoom_reset(self) -> None:
        self.set_zoom_index(ZOOM_STEPS.index(1.0))

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            (self.zoom_in_step if event.angleDelta().y() > 0 else self.zoom_out_step)()
            return
        super().wheelEvent(event)

    # -- highlight layers (outdated law, long sentences, evidence, grammar)

    def set_highlights(self, layer: str, selections: list[QTextEdit.ExtraSelection]) -> None:
        self._layers[layer] = selections
        combined: list[QTextEdit.ExtraSelection] = []
        for name in sorted(self._layers):
            combined.extend(self._layers[name])
        self.setExtraSelections(combined)

    def sliced_layer(self, layer: str, formats: dict[str, QTextCharFormat]) -> SlicedLayer:
        """The layer `layer`, filled in short slices (many marks: grammar, long sentences)."""
        sliced = self._sliced.get(layer)
        if sliced is None:
            sliced = SlicedLayer(self, formats, lambda selections: self.set_highlights(layer, selections))
            self._sliced[layer] = sliced
        return sliced

    def highlights(self, layer: str) -> list[QTextEdit.ExtraSelection]:
        """The layer's marks; a sliced layer first makes the marks still waiting."""
        sliced = self._sliced.get(layer)
        if sliced is not None:
            sliced.flush()
        return list(self._layers.get(layer, []))

    # -- paragraph styles

    def current_style(self) -> int:
        """0 body, 1-3 heading level, -1 bulleted list, -2 numbered list (for the style combo)."""
        block = self.textCursor().block()
        lst = block.textList()
        if lst is not None:
            from editor.gui.document_formats import is_ordered_style

            return -2 if is_ordered_style(lst.format().style()) else -1
        return min(3, block.blockFormat().headingLevel())

    def set_paragraph_style(self, level: int) -> None:
        """Make the selected paragraphs Body (0) or Heading 1-3, as one undo step."""
        paragraph_style.set_paragraph_style(self, level)
        self.bridge.invalidate_all()

    def toggle_list(self, ordered: bool) -> None:
        """Turn the selected paragraphs into a (bulleted or numbered) list, or back into Body."""
        paragraph_style.toggle_list(self, ordered)
        self.bridge.invalidate_all()

    def change_list_level(self, delta: int) -> bool:
        """Indent (+1) or outdent (-1) the current list item; False when not in a list."""
        changed = paragraph_style.change_list_level(self, delta)
        if changed:
            self.bridge.invalidate_all()
        return changed

    # -- character formats

    def _merge(self, fmt: QTextCharFormat) -> None:
        # Without a selection the format applies to what is typed next.
        self.mergeCurrentCharFormat(fmt)

    def set_bold(self, on: bool) -> None:
        fmt = QTextCharFormat()
        heading = self.textCursor().block().blockFormat().headingLevel()
        normal = QFont.Weight.DemiBold if heading else QFont.Weight.Normal
        fmt.setFontWeight(QFont.Weight.Bold if on else normal)
        self._merge(fmt)

    def set_italic(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(on)
        self._merge(fmt)

    def set_underline(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontUnderline(on)
        self._merge(fmt)

    def set_link(self, href: str | None) -> None:
        """Make the selection a link to `href` (None or empty: remove the link)."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        if not cursor.hasSelection():
            return
        cursor.beginEditBlock()
        try:
            start, end = cursor.selectionStart(), cursor.selectionEnd()
            pos = start
            heading = cursor.block().blockFormat().headingLevel()
            # Rebuild each fragment's format from its model flags with the new link.
            while pos < end:
                c = QTextCursor(self.document())
                c.setPosition(pos)
                c.movePosition(QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor)
                run = run_from_format(c.selectedText(), c.charFormat())
                run = Run(run.text, run.bold, run.italic, run.underline, href or None)
                c.setCharFormat(char_format_for(run, heading))
                pos += 1
        finally:
            cursor.endEditBlock()

    def link_at_cursor(self) -> str:
        fmt = self.textCursor().charFormat()
        return fmt.anchorHref() if fmt.isAnchor() else ""

    # -- keys

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        cursor = self.textCursor()
        if event.text() and event.text().isprintable() and not cursor.hasSelection():
            # Typed text next to a linked profile field is the user's own, never part of the field.
            fmt = self.currentCharFormat()
            plain = linked_fields.plain_format(fmt)
            if plain is not fmt:
                self.setCurrentCharFormat(plain)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            block = cursor.block()
            if block.blockFormat().headingLevel() and cursor.atBlockEnd() and not cursor.hasSelection():
                # After a heading comes body text, as in every word processor.
                cursor.insertBlock(block_format_for(Paragraph()), char_format_for(None, 0))
                self.setTextCursor(cursor)
                self.ensureCursorVisible()
                return
            if block.textList() is not None and not block.text() and not cursor.hasSelection():
                # Enter on an empty list item ends the list.
                cursor.beginEditBlock()
                block.textList().remove(block)
                cursor.setBlockFormat(block_format_for(Paragraph()))
                cursor.endEditBlock()
                return
        if key == Qt.Key.Key_Tab and self.change_list_level(+1):
            return
        if key == Qt.Key.Key_Backtab and self.change_list_level(-1):
            return
        if key == Qt.Key.Key_Backspace and cursor.atBlockStart() and not cursor.hasSelection():
            lst = cursor.block().textList()
            if lst is not None:
                # Backspace at the start of a list item first removes the bullet, like Word.
                lst.remove(cursor.block())
                cursor.setBlockFormat(block_format_for(Paragraph()))
                return
        super().keyPressEvent(event)

    # -- paste and drop: only what the model can represent

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt override
        return source.hasUrls() or source.hasHtml() or source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        if source.hasUrls():
            files = [u.toLocalFile() for u in source.urls() if u.isLocalFile()]
            if files:
                self.files_dropped.emit(files)
                return
        if source.hasHtml():
            policy = self._pasted_policy(source.html(), "html")
            if policy is not None:
                self._insert_policy(policy, new_block=False)
                return
        if source.hasText():
            text = source.text()
            # Several lines (a page copied from a PDF, an e-mail or a site without HTML on the clipboard) go through
            # the text importer: lines a PDF wrapped become one paragraph again, headings and lists are recognised,
            # so the checklist reads sentences, not line fragments. A single line is typed in place.
            policy = self._pasted_policy(text, "txt") if "\n" in text.strip() else None
            if policy is not None:
                # a copy that starts with a line break starts a paragraph of its own
                self._insert_policy(policy, new_block=text.lstrip(" \t").startswith("\n"))
            else:
                self.textCursor().insertText(text, self.currentCharFormat())
                self.ensureCursorVisible()

    def _pasted_policy(self, content: str, fmt: str) -> Policy | None:
        """Pasted HTML or text through the importer and the model: structure and B/I/U/links survive."""
        try:
            from editor.core.importers import import_text

            result = import_text(content, fmt)
        except Exception:  # no importer, unreadable or too large: the caller falls back to plain text
            return None
        if not result.policy.blocks:
            return None
        if fmt == "txt" and self.document().characterCount() > 1:
            # the importer takes a short first line for the document's title; inside a document it is a section
            for block in result.policy.blocks:
                if isinstance(block, Heading) and block.level == 1:
                    block.level = 2
        return result.policy

    def _insert_policy(self, policy: Policy, new_block: bool) -> None:
        """Insert imported blocks at the cursor as one undo step."""
        scratch = QTextDocument()
        DocumentBridge(scratch).load(policy)
        cursor = self.textCursor()
        cursor.beginEditBlock()
        if new_block and cursor.block().length() > 1:
            cursor.insertBlock()
        landing = cursor.block().position() if cursor.block().length() == 1 else -1
        cursor.insertFragment(QTextDocumentFragment(scratch))
        first = policy.blocks[0]
        if landing >= 0 and isinstance(first, Heading):
            # Qt keeps the format of the block a fragment lands in: an empty one takes the pasted heading's
            block = QTextCursor(self.document().findBlock(landing))
            block.setBlockFormat(block_format_for(first))
            block.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            block.mergeCharFormat(char_format_for(None, first.level))
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls():
            files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
            if files:
                event.acceptProposedAction()
                self.files_dropped.emit(files)
                return
        super().dropEvent(event)

    # -- tooltips

    def event(self, event: QEvent) -> bool:  # Qt override: position-dependent tooltips
        if event.type() == QEvent.Type.ToolTip and self.tooltip_hooks:
            pos = self.viewport().mapFromGlobal(event.globalPos())
            position = self.cursorForPosition(pos).position()
            texts = [t for t in (hook(position) for hook in self.tooltip_hooks) if t]
            if texts:
                QToolTip.showText(event.globalPos(), "\n\n".join(texts), self)
                return True
        return super().event(event)

    # -- context menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        menu = self.build_context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def build_context_menu(self, pos: QPoint) -> QMenu:
        menu = self.createStandardContextMenu(pos)
        position = self.cursorForPosition(pos).position()
        first = menu.actions()[0] if menu.actions() else None
        extra = QMenu(self)
        for hook in self.context_menu_hooks:
            hook(extra, position)
        if extra.actions():
            for action in extra.actions():
                action.setParent(menu)
                menu.insertAction(first, action)
            menu.insertSeparator(first)
        extra.deleteLater()
        return menu

    # -- helpers for the main window

    def select_range(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def current_block_id(self) -> str | None:
        return self.bridge.block_id_at(self.textCursor().position())
