"""Wavy underlines for grammar issues as QTextEdit extra selections.

Extra selections never touch the document (no undo entries, no contentsChange). With the app's
editor (set_highlights(layer, ...)) they go into the "grammar" layer; with a plain QTextEdit ours
are tagged with a format property so other features' extra selections are kept when we update.
Spelling: red, grammar: blue, style: grey.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QTextCharFormat, QTextFormat
from PySide6.QtWidgets import QTextEdit

from editor.core.grammar import GrammarMatch
from editor.gui.highlight_slices import SlicedLayer

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
    """Keeps the text edit's grammar selections in sync with a list of issues.

    Applied through a SlicedLayer: unchanged underlines are reused, new ones are added in short
    slices (visible part first), so a render during the first pass of a long policy never
    holds up typing.
    """

    def __init__(self, text_edit: QTextEdit) -> None:
        self._edit = text_edit
        self._formats = {kind: underline_format(kind) for kind in COLORS}
        sliced_layer = getattr(text_edit, "sliced_layer", None)
        if callable(sliced_layer):  # the app's editor: its highlights("grammar") sees waiting marks too
            self._layer: SlicedLayer = sliced_layer(LAYER, self._formats)
        else:
            self._layer = SlicedLayer(text_edit, self._formats, self._apply)

    def show(self, issues: list[Issue]) -> None:
        kinds = self._formats
        self._layer.show([(i.start, i.end, i.match.kind if i.match.kind in kinds else "grammar") for i in issues])

    def _apply(self, mine: list[QTextEdit.ExtraSelection]) -> None:
        others = [s for s in self._edit.extraSelections() if not s.format.hasProperty(GRAMMAR_PROPERTY)]
        self._edit.setExtraSelections(others + mine)

    def clear(self) -> None:
        self.show([])

    def current(self) -> list[tuple[int, int, str]]:
        """(start, end, kind) of the grammar underlines (for tests and tools; waiting ones are made first)."""
        self._layer.flush()
        out = []
        for s in self._edit.extraSelections():
            if s.format.hasProperty(GRAMMAR_PROPERTY):
                out.append((s.cursor.selectionStart(), s.cursor.selectionEnd(), str(s.format.property(GRAMMAR_PROPERTY))))
        return out
