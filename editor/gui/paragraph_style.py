"""Paragraph styles and lists in the policy text: Body, Heading 1-3, bulleted and numbered lists.

Each change is one undo step; the caller tells the document bridge that blocks changed.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor
from PySide6.QtWidgets import QTextEdit

from editor.core.model import Heading, Paragraph
from editor.gui.document_formats import (
    block_format_for,
    char_format_for,
    is_ordered_style,
    list_format_for,
    run_from_format,
)


def selected_blocks(editor: QTextEdit, cursor: QTextCursor | None = None) -> list[QTextBlock]:
    cursor = cursor or editor.textCursor()
    doc = editor.document()
    first = doc.findBlock(cursor.selectionStart())
    last = doc.findBlock(cursor.selectionEnd())
    blocks = []
    block = first
    while block.isValid():
        blocks.append(block)
        if block == last:
            break
        block = block.next()
    return blocks


def set_paragraph_style(editor: QTextEdit, level: int) -> None:
    """Make the selected paragraphs Body (0) or Heading 1-3, as one undo step."""
    cursor = editor.textCursor()
    cursor.beginEditBlock()
    try:
        for block in selected_blocks(editor, cursor):
            bc = QTextCursor(block)
            if block.textList() is not None:
                block.textList().remove(block)
            if level:
                        bfmt = block_format_for(Heading(level=level))
            else:
                bfmt = block_format_for(Paragraph())
            bc.setBlockFormat(bfmt)
            restyle_chars(editor, block, level)
    finally:
        cursor.endEditBlock()


def restyle_chars(editor: QTextEdit, block: QTextBlock, level: int) -> None:
    """Give every fragment of `block` the look of `level`, keeping bold/italic/underline/link."""
    spans = []
    it = block.begin()
    while not it.atEnd():
        frag = it.fragment()
        if frag.isValid():
            spans.append((frag.position(), frag.length(), run_from_format(frag.text(), frag.charFormat())))
        it += 1
    for pos, length, run in spans:
        c = QTextCursor(editor.document())
        c.setPosition(pos)
        c.setPosition(pos + length, QTextCursor.MoveMode.KeepAnchor)
        c.setCharFormat(char_format_for(run, level))
    bc = QTextCursor(block)
    bc.setBlockCharFormat(char_format_for(None, level))
    if not spans:
        # An empty block: what the user types next gets the new style.
        editor.setCurrentCharFormat(char_format_for(None, level))


def toggle_list(editor: QTextEdit, ordered: bool) -> None:
    """Turn the selected paragraphs into a (bulleted or numbered) list, or back into Body."""
    cursor = editor.textCursor()
    blocks = selected_blocks(editor, cursor)
    in_same = all(b.textList() is not None and is_ordered_style(b.textList().format().style()) == ordered for b in blocks)
    cursor.beginEditBlock()
    try:
        if in_same:
            for block in blocks:
                block.textList().remove(block)
                QTextCursor(block).setBlockFormat(block_format_for(Paragraph()))
        else:
            for block in blocks:
                if block.blockFormat().headingLevel():
                    QTextCursor(block).setBlockFormat(block_format_for(Paragraph()))
                    restyle_chars(editor, block, 0)
            lst = cursor.createList(list_format_for(ordered, 0))
            for block in blocks:
                lst.add(block)
    finally:
        cursor.endEditBlock()


def change_list_level(editor: QTextEdit, delta: int) -> bool:
    """Indent (+1) or outdent (-1) the current list item; False when not in a list."""
    block = editor.textCursor().block()
    lst = block.textList()
    if lst is None:
        return False
    ordered = is_ordered_style(lst.format().style())
    level = max(0, lst.format().indent() - 1 + delta)
    cursor = editor.textCursor()
    cursor.beginEditBlock()
    try:
        # Join a neighbouring list of that level when there is one, so numbering continues.
        target = None
        for neighbour in (block.previous(), block.next()):
            nl = neighbour.textList() if neighbour.isValid() else None
            if nl is not None and nl.format().indent() == level + 1 and is_ordered_style(nl.format().style()) == ordered:
                target = nl
                break
        lst.remove(block)
        if target is not None:
            target.add(block)
        else:
            QTextCursor(block).createList(list_format_for(ordered, level))
    finally:
        cursor.endEditBlock()
    return True
