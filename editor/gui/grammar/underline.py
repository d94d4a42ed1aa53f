"""Wavy underlines for grammar issues as QTextEdit extra selections.

Extra selections never touch the document (no undo entries, no contentsChange). With the app's
editor (set_highlights(layer, ...)) they go into the "grammar" layer; with a plain QTextEdit ours
are tagged with a format property so other features' extra selections are kept when we update.
Spelling: red, grammar: blue, style: grey.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextEdit

from editor.core.grammar import GrammarMatch

GRAMMAR_PROPERTY = QTextFormat.UserProperty + 0x4752  # marks our selections ("GR")
LAYER = "grammar"  # layer name for editors with set_highlights(layer, selections)

COLORS: dict[str, QColor] = {
    "spelling": QColor(214, 40, 40),
    "grammar": QColor(30, 100, 220),
    "style": QColor(130, 130, 130),
}


@dataclass(frozen=True)
class Issue:
    """A grammar match located in the Qt document (positions in UTF-16 units, like Qt)."""

    start: int
    end: int
    block_number: int
    block_text: str
    match: GrammarMatch


def underline_format(kind: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(COLORS.get(kind, COLORS["grammar"]))
    fmt.setProperty(GRAMMAR_PROPERTY, kind)
    return fmt


class Underliner:
    """Keeps the text edit's grammar selections in sync with a list of issues."""

    def __init__(self, text_edit: QTextEdit) -> None:
        self._edit = text_edit
        self._formats = {kind: underline_format(kind) for kind in COLORS}

    def show(self, issues: list[Issue]) -> None:
        doc = self._edit.document()
        mine = []
        for issue in issues:
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(issue.start)
            cursor.setPosition(issue.end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            sel.format = self._formats.get(issue.match.kind, self._formats["grammar"])
            mine.append(sel)
        set_layer = getattr(self._edit, "set_highlights", None)
        if callable(set_layer):  # the app's editor combines named highlight layers itself
            set_layer(LAYER, mine)
            return
        others = [s for s in self._edit.extraSelections() if not s.format.hasProperty(GRAMMAR_PROPERTY)]
        self._edit.setExtraSelections(others + mine)

    def clear(self) -> None:
        self.show([])

    def current(self) -> list[tuple[int, int, str]]:
        """(start, end, kind) of the grammar underlines now shown (for tests and tools)."""
        out = []
        for s in self._edit.extraSelections():
            if s.format.hasProperty(GRAMMAR_PROPERTY):
                out.append((s.cursor.selectionStart(), s.cursor.selectionEnd(), str(s.format.property(GRAMMAR_PROPERTY))))
        return out
