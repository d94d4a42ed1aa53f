"""The readability box under the checklist: one line (score, long sentences) until the user opens it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

if TYPE_CHECKING:  # importing the checklist package loads the engine: not at start-up
    from editor.core.checklist import Readability


class ReadabilityBox(QFrame):
    long_sentences_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.StyledPanel)
        self.setAccessibleName(self.tr("Leesbaarheid"))
        rb = QVBoxLayout(self)
        rb.setContentsMargins(4, 2, 8, 2)
        rb.setSpacing(3)
        header = QHBoxLayout()
        header.setSpacing(6)
        self.toggle = QToolButton(self)
        self.toggle.setText(self.tr("Leesbaarheid"))
        self.toggle.setAccessibleName(self.tr("Leesbaarheid tonen of verbergen"))
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.RightArrow)
        # A disclosure arrow, not a push button: no sunken frame while open.
        self.toggle.setStyleSheet(
            "QToolButton { border: 1px solid transparent; padding: 1px; font-weight: 600; }"
            "QToolButton:focus { border: 1px dotted palette(highlight); }"
        )
        self.toggle.toggled.connect(self._set_open)
        header.addWidget(self.toggle, 0, Qt.AlignLeft)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Samenvatting van de leesbaarheid"))
        self.summary.setCursor(Qt.PointingHandCursor)
        self.summary.installEventFilter(self)  # a click on the summary opens the box too
        header.addWidget(self.summary, 1)
        rb.addLayout(header)
        self.details = QWidget(self)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(6, 0, 0, 4)
        details.setSpacing(3)
        self.score_label = QLabel(self.details)
        self.score_label.setWordWrap(True)
        self.score_label.setAccessibleName(self.tr("Flesch-Douma-score"))
        details.addWidget(self.score_label)
        self.long_sentences_label = QLabel(self.details)
        self.long_sentences_label.setWordWrap(True)
        details.addWidget(self.long_sentences_label)
        self.long_sentences_check = QCheckBox(self.tr("Lange zinnen markeren"), self.details)
        self.long_sentences_check.setAccessibleName(self.tr("Zinnen van meer dan 25 woorden markeren in de tekst"))
        self.long_sentences_check.toggled.connect(self.long_sentences_toggled)
        details.addWidget(self.long_sentences_check)
        self.details.hide()
        rb.addWidget(self.details)
        self.set_readability(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.summary and event.type() == QEvent.MouseButtonRelease:
            self.toggle.toggle()
            return True
        return super().eventFilter(watched, event)

    def is_open(self) -> bool:
        return self.toggle.isChecked()

    def set_open(self, open_: bool) -> None:
        self.toggle.setChecked(open_)

    def _set_open(self, open_: bool) -> None:
        self.toggle.setArrowType(Qt.DownArrow if open_ else Qt.RightArrow)
        self.details.setVisible(open_)
        self.summary.setVisible(not open_)

    def set_readability(self, readability: Readability | None) -> None:
        if readability is None:
            self.score_label.setText(self.tr("Flesch-Douma: nog niet berekend"))
            self.long_sentences_label.setText(self.tr("Lange zinnen (meer dan 25 woorden): –"))
            self.summary.setText(self.tr("nog niet berekend"))
        else:
            score = f"{readability.flesch_douma:.0f}"
            count = len(readability.long_sentences)
            self.score_label.setText(self.tr("Flesch-Douma: {score} — {label}").format(score=score, label=readability.label))
            self.long_sentences_label.setText(self.tr("Lange zinnen (meer dan 25 woorden): {count}").format(count=count))
            self.summary.setText(
                self.tr("{score} — {label} · {count} lange zinnen").format(score=score, label=readability.label, count=count)
            )
        self.summary.setToolTip(self.score_label.text() + "\n" + self.long_sentences_label.text())
