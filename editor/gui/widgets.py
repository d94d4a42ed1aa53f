"""General widgets of the window: text that folds to its first lines, and a thin coverage bar."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QWidget

from editor.gui.status_style import PRESENT, status_colour


class ExpandableText(QLabel):
    """Plain text shown in full, or clamped to its first lines with a "Meer…" link.

    Clamping is measured with the label's own font and width (and redone when the width
    changes), so the text never takes more than `lines` lines. The link opens the full text;
    the full text ends in a link to fold it again. The accessible description always holds
    the full text, so a screen reader misses nothing.
    """

    expanded_changed = Signal(bool)

    def __init__(self, more: str, less: str, parent: QWidget | None = None, lines: int = 2) -> None:
        super().__init__(parent)
        self._more = more
        self._less = less
        self._lines = lines
        self._text = ""
        self._clamp = False
        self._expanded = False
        self._shown_width = -1
        self.setWordWrap(True)
        self.setTextFormat(Qt.RichText)
        self.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.setTextInteractionFlags(
            Qt.TextSelectableByMouse | Qt.LinksAccessibleByMouse | Qt.LinksAccessibleByKeyboard
        )
        self.linkActivated.connect(self._on_link)

    def set_content(self, text: str, *, clamp: bool) -> None:
        """Show `text`; `clamp` allows folding it to the first lines (unless the user opened it)."""
        self._text = text
        self._clamp = clamp
        self.setAccessibleDescription(text)
        self._render()

    def full_text(self) -> str:
        return self._text

    def is_clamped(self) -> bool:
        """True when only the first lines are shown."""
        return self._clamp and not self._expanded and self._cut(self._width()) is not None

    def is_expanded(self) -> bool:
        return self._expanded

    def set_expanded(self, expanded: bool) -> None:
        if expanded != self._expanded:
            self._expanded = expanded
            self._render()
            self.expanded_changed.emit(expanded)

    def _on_link(self, href: str) -> None:
        self.set_expanded(href == "#more")

    def _width(self) -> int:
        return self.contentsRect().width()

    def _cut(self, width: int) -> str | None:
        """The first lines of the text ending in "…", leaving room for the link; None if it all fits."""
        text = self._text
        if not text or width <= 40:
            return None
        layout = QTextLayout(text, self.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        starts: list[int] = []
        while len(starts) <= self._lines:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            starts.append(line.textStart())
        layout.endLayout()
        if len(starts) <= self._lines:
            return None  # fits in the allowed lines
        last = text[starts[self._lines - 1] : starts[self._lines]]
        metrics = QFontMetrics(self.font())
        # Room for "… Meer…" on the last line, plus slack: the rich-text engine wraps a few pixels differently.
        room = width - metrics.horizontalAdvance(" " + self._more) - metrics.horizontalAdvance("…") - 12
        kept = metrics.elidedText(last.rstrip(), Qt.ElideRight, max(room, 0))
        if kept.endswith("…"):
            kept = kept[:-1]
        sentence_end = max(kept.rfind(". "), kept.rfind("; "))
        if sentence_end >= len(kept) // 2:
            return text[: starts[self._lines - 1]] + kept[: sentence_end + 1]  # a whole sentence: no "…"
        if " " in kept.strip():
            kept = kept[: kept.rstrip().rfind(" ")]  # end on a whole word
        return (text[: starts[self._lines - 1]] + kept).rstrip(" ,;:(-–") + "…"

    def _render(self) -> None:
        width = self._width()
        self._shown_width = width
        cut = None if (self._expanded or not self._clamp) else self._cut(width)
        if cut is not None:
            self.setText(f'{html.escape(cut)} <a href="#more">{html.escape(self._more)}</a>')
        elif self._expanded and self._clamp:
            self.setText(f'{html.escape(self._text)} <a href="#less">{html.escape(self._less)}</a>')
        else:
            self.setText(html.escape(self._text))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Wrapping depends on the width: measure again when it changed (not on height changes).
        if self._clamp and self._width() != self._shown_width:
            self._render()


class CoverageBar(QWidget):
    """A thin bar: the share of required items present (QProgressBar repaints synchronously: too slow here)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._present = 0
        self._total = 0
        self.setFixedHeight(8)

    def set_counts(self, present: int, total: int) -> None:
        if (present, total) != (self._present, self._total):
            self._present, self._total = present, total
            self.setAccessibleDescription(f"{present}/{total}")
            self.update()

    def counts(self) -> tuple[int, int]:
        return self._present, self._total

    def paintEvent(self, _event: QEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        rect = self.rect().adjusted(0, 1, -1, -1)
        painter.setPen(QColor("#b0b0b0"))
        painter.setBrush(QColor("#eeeeee"))
        painter.drawRoundedRect(rect, 3, 3)
        if self._total > 0 and self._present > 0:
            filled = rect.adjusted(0, 0, -round(rect.width() * (1 - self._present / self._total)), 0)
            painter.setPen(Qt.NoPen)
            painter.setBrush(status_colour(PRESENT))
            painter.drawRoundedRect(filled, 3, 3)
