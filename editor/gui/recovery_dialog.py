"""The recovery offer at start-up: every recovery file (document, time, size), restore any or all.

Nothing is deleted here unless the user discards a file explicitly (and confirms); "Later"
keeps every file for the next start.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.gui import messages
from editor.gui.autosave import Recovery


class RecoveryChoice(Enum):
    RESTORE = "restore"
    LATER = "later"


def format_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} kB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


def format_time(iso: str) -> str:
    """'2026-12-07T09:40:12' -> '07-12-2026 09:40' (as Belgian and Dutch users write it)."""
    try:
        return dt.datetime.fromisoformat(iso).strftime("%d-%m-%Y %H:%M")
    except ValueError:
        return iso.replace("T", " ")


class RecoveryDialog(QDialog):
    """Lists the recovery files; `choice` and `selected()` tell the caller what to restore."""

    def __init__(self, recoveries: list[Recovery], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recoveries = list(recoveries)
        self.choice = RecoveryChoice.LATER
        self.setWindowTitle(self.tr("Werk herstellen"))
        self.setAccessibleName(self.tr("Werk herstellen"))
        self.resize(720, 320)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "De editor is de vorige keer niet normaal afgesloten. Deze documenten zijn automatisch bewaard. "
                "Kies wat u wilt herstellen; met \u201eLater\u201d blijven alle bestanden bewaard."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Automatisch bewaarde documenten"))
        self.table.setHorizontalHeaderLabels([self.tr("Document"), self.tr("Bewaard op"), self.tr("Grootte")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)

        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("Geselecteerde &herstellen"), self)
        self.restore_all_button = QPushButton(self.tr("&Alles herstellen"), self)
        self.discard_button = QPushButton(self.tr("Geselecteerde &weggooien…"), self)
        self.later_button = QPushButton(self.tr("&Later"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.restore_all_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_all_button.clicked.connect(self.restore_all)
        self.discard_button.clicked.connect(self.discard_selected)
        self.later_button.clicked.connect(self.reject)
        self.restore_all_button.setDefault(True)
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.recoveries))
        untitled = self.tr("Naamloos document")
        for row, rec in enumerate(self.recoveries):
            name = QTableWidgetItem(rec.display_name(untitled))
            name.setToolTip(rec.original_path or untitled)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(format_time(rec.saved_at)))
            size = QTableWidgetItem(format_size(rec.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 2, size)
        self.table.selectAll()

    def selected(self) -> list[Recovery]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.recoveries[r] for r in rows]

    def select_rows(self, rows: list[int]) -> None:
        self.table.clearSelection()
        for r in rows:
            self.table.selectRow(r)

    def restore_selected(self) -> None:
        if not self.selected():
            return
        self.choice = RecoveryChoice.RESTORE
        self.accept()

    def restore_all(self) -> None:
        self.table.selectAll()
        self.choice = RecoveryChoice.RESTORE
        self.accept()

    def discard_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        untitled = self.tr("Naamloos document")
        names = "\n".join(rec.display_name(untitled) for rec in chosen)
        if not messages.ask_yes_no(
            self,
            self.tr("Herstelbestanden weggooien"),
            self.tr("Deze automatisch bewaarde versies worden definitief verwijderd:\n%1\n\nDoorgaan?").replace("%1", names),
        ):
            return
        for rec in chosen:
            rec.discard()
        self.recoveries = [r for r in self.recoveries if r not in chosen]
        if not self.recoveries:
            self.choice = RecoveryChoice.LATER
            self.reject()
            return
        self._fill()
