"""A panel listing every spelling, grammar and style issue; activating one asks to jump to it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from editor.gui.grammar.underline import COLORS, Issue

ROLE_SPAN = Qt.ItemDataRole.UserRole + 1


def _icon(color: QColor) -> QIcon:
    pix = QPixmap(10, 10)
    pix.fill(color)
    return QIcon(pix)


class GrammarPanel(QWidget):
    """Engine state on top, issues below. Emits jump_requested(start, end) in document positions."""

    jump_requested = Signal(int, int)
    shown = Signal()  # the controller fills a panel that was hidden while results came in

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("grammarPanel")
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        self.state_label.setAccessibleName(self.tr("Status van de taalcontrole"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Spel- en grammaticaproblemen"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.state_label)
        layout.addWidget(self.list, 1)
        self._icons = {kind: _icon(color) for kind, color in COLORS.items()}
        self._kind_names = {
            "spelling": self.tr("Spelling"),
            "grammar": self.tr("Grammatica"),
            "style": self.tr("Stijl"),
        }

    def set_state(self, text: str) -> None:
        self.state_label.setText(text)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.shown.emit()

    def set_issues(self, issues: list[Issue]) -> None:
        self.list.setUpdatesEnabled(False)
        self.list.clear()
        for issue in issues:
            m = issue.match
            suggestion = f" → {m.replacements[0]}" if m.replacements else ""
            item = QListWidgetItem(f"«{m.text}»{suggestion}\n{m.message}")
            item.setIcon(self._icons.get(m.kind, self._icons["grammar"]))
            item.setToolTip(f"{self._kind_names.get(m.kind, m.kind)} · {m.rule_id}")
            item.setData(ROLE_SPAN, (issue.start, issue.end))
            self.list.addItem(item)
        self.list.setUpdatesEnabled(True)

    def count(self) -> int:
        return self.list.count()

    def _activated(self, item: QListWidgetItem) -> None:
        span = item.data(ROLE_SPAN)
        if span:
            self.jump_requested.emit(int(span[0]), int(span[1]))
