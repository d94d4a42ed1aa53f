"""Refill the linked profile fields in the Qt document after the organisation profile changed
(editor.core.profile_fields explains the design). One undo step; typed text is never a field."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument

from editor.core.patterns import PLACEHOLDER
from editor.core.profile_fields import PROFILE_FIELDS, field_text
from editor.gui.document_formats import FIELD_PROPERTY, field_of


def _edits(document: QTextDocument, values: dict[str, str]) -> list[tuple[int, int, str, QTextCharFormat]]:
    """(start, end, new text, format) for every field whose text is not its value, and for every
    bare {{name}} of a profile field that now has a value (it becomes a field)."""
    edits = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.isValid():
                fmt = frag.charFormat()
                name = field_of(fmt)
                start, text = frag.position(), frag.text()
                if name:
                    new = field_text(name, values)
                    if text != new:
                        edits.append((start, start + len(text), new, fmt))
                else:
                    for m in PLACEHOLDER.finditer(text):
                        if m.group(1) in PROFILE_FIELDS and values.get(m.group(1)):
                            linked = QTextCharFormat(fmt)
                            linked.setProperty(FIELD_PROPERTY, m.group(1))
                            edits.append((start + m.start(), start + m.end(), values[m.group(1)], linked))
            it += 1
        block = block.next()
    return edits


def refill(document: QTextDocument, values: dict[str, str]) -> int:
    """Show the profile's current values in every field; returns how many spans changed."""
    edits = _edits(document, values)
    if not edits:
        return 0
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    try:
        for start, end, text, fmt in sorted(edits, reverse=True):  # from the end: positions stay valid
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(text, fmt)
    finally:
        cursor.endEditBlock()
    return len(edits)


def plain_format(fmt: QTextCharFormat) -> QTextCharFormat:
    """`fmt` without the field mark: what the user types next to a field is their own text."""
    if not fmt.hasProperty(FIELD_PROPERTY):
        return fmt
    out = QTextCharFormat(fmt)
    out.clearProperty(FIELD_PROPERTY)
    return out
