"""Find and replace, and the link question: the small dialogs of the text editor."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from editor.gui import messages


class FindReplaceDialog(QDialog):
    """Find and replace in the policy text (non-modal)."""

    def __init__(self, editor: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setWindowTitle(self.tr("Zoeken en vervangen"))
        self.setAccessibleName(self.tr("Zoeken en vervangen"))
        self.find_edit = QLineEdit(self)
        self.find_edit.setAccessibleName(self.tr("Zoeken naar"))
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setAccessibleName(self.tr("Vervangen door"))
        self.case_box = QCheckBox(self.tr("Hoofdlettergevoelig"), self)
        self.word_box = QCheckBox(self.tr("Hele woorden"), self)
        self.status = QLabel("", self)
        self.status.setAccessibleName(self.tr("Zoekresultaat"))
        self.next_button = QPushButton(self.tr("Volgende"), self)
        self.prev_button = QPushButton(self.tr("Vorige"), self)
        self.replace_button = QPushButton(self.tr("Vervangen"), self)
        self.replace_all_button = QPushButton(self.tr("Alles vervangen"), self)
        close_button = QPushButton(self.tr("Sluiten"), self)
        grid = QGridLayout(self)
        find_label = QLabel(self.tr("&Zoeken:"), self)
        find_label.setBuddy(self.find_edit)
        replace_label = QLabel(self.tr("&Vervangen door:"), self)
        replace_label.setBuddy(self.replace_edit)
        grid.addWidget(find_label, 0, 0)
        grid.addWidget(self.find_edit, 0, 1, 1, 3)
        grid.addWidget(replace_label, 1, 0)
        grid.addWidget(self.replace_edit, 1, 1, 1, 3)
        grid.addWidget(self.case_box, 2, 1)
        grid.addWidget(self.word_box, 2, 2)
        buttons = QHBoxLayout()
        for b in (self.prev_button, self.next_button, self.replace_button, self.replace_all_button, close_button):
            buttons.addWidget(b)
        grid.addLayout(buttons, 3, 0, 1, 4)
        grid.addWidget(self.status, 4, 0, 1, 4)
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(lambda: self.find(forward=True))
        self.prev_button.clicked.connect(lambda: self.find(forward=False))
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)
        close_button.clicked.connect(self.close)
        self.find_edit.returnPressed.connect(lambda: self.find(forward=True))

    def _flags(self, forward: bool = True) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.case_box.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if self.word_box.isChecked():
            flags |= QTextDocument.FindFlag.FindWholeWords
        if not forward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    def find(self, forward: bool = True) -> bool:
        needle = self.find_edit.text()
        if not needle:
            return False
        doc = self.editor.document()
        found = doc.find(needle, self.editor.textCursor(), self._flags(forward))
        if found.isNull():
            # Wrap around once.
            start = QTextCursor(doc)
            if not forward:
                start.movePosition(QTextCursor.MoveOperation.End)
            found = doc.find(needle, start, self._flags(forward))
        if found.isNull():
            self.status.setText(self.tr("Niet gevonden."))
            return False
        self.status.setText("")
        self.editor.setTextCursor(found)
        self.editor.ensureCursorVisible()
        return True

    def _selection_matches(self) -> bool:
        selected = self.editor.textCursor().selectedText()
        needle = self.find_edit.text()
        if self.case_box.isChecked():
            return selected == needle
        return selected.lower() == needle.lower()

    def replace_one(self) -> None:
        if self._selection_matches():
            self.editor.textCursor().insertText(self.replace_edit.text())
        self.find(forward=True)

    def replace_all(self) -> int:
        needle = self.find_edit.text()
        if not needle:
            return 0
        doc = self.editor.document()
        cursor = QTextCursor(doc)
        edit = QTextCursor(doc)
        edit.beginEditBlock()  # one undo step for the whole replacement
        count = 0
        try:
            while True:
                cursor = doc.find(needle, cursor, self._flags())
                if cursor.isNull():
                    break
                cursor.insertText(self.replace_edit.text())
                count += 1
        finally:
            edit.endEditBlock()
        self.status.setText(self.tr("%n keer vervangen.", "", count))
        return count


def ask_link(parent: QWidget, current: str) -> str | None:
    """Ask for a link address; '' removes the link, None cancels."""
    from editor.core.i18n import pick

    value = messages.ask_text(
        parent,
        pick("Koppeling", "Link"),
        pick("Adres (leeg laten om de koppeling te verwijderen):", "Address (leave empty to remove the link):"),
        current or "https://",
    )
    if value is None:
        return None
    value = value.strip()
    return "" if value in ("", "https://") else value

