"""The one place every message box and file dialog goes through, so tests can patch it."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from editor.core.i18n import pick


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def exec_dialog(dialog: QDialog) -> bool:
    """Run a modal dialog; True when accepted. Tests patch this to drive dialogs."""
    return bool(dialog.exec())


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def show_warning(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def about(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.about(parent, title, text)


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text, QMessageBox.Yes | QMessageBox.No)
    return answer == QMessageBox.Yes


def ask_save_discard_cancel(parent: QWidget | None, title: str, text: str) -> Choice:
    """Unsaved changes: save them, throw them away, or go back."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    save = box.addButton(pick("Opslaan", "Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(pick("Niet opslaan", "Don't save"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(pick("Annuleren", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return Choice.SAVE
    if clicked is discard:
        return Choice.DISCARD
    return Choice.CANCEL


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """A one-line text question; None when cancelled."""
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None


def ask_item(parent: QWidget | None, title: str, label: str, items: list[str]) -> int | None:
    """Pick one of `items`; returns its index or None when cancelled."""
    value, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    if not ok:
        return None
    return items.index(value)


def file_dialog(parent: QWidget | None, title: str, folder: str, filters: str = "", *,
                mode: QFileDialog.AcceptMode = QFileDialog.AcceptMode.AcceptOpen) -> QFileDialog:
    """Qt's own (non-native) file dialog with every label in the UI language.

    Qt's Dutch catalogue lacks some labels of its file dialog ("&Look in:", "Files of &type:"), and a
    native dialog follows the desktop's language instead of the user's choice, so the labels are set here.
    """
    dialog = QFileDialog(parent, title, folder, filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(mode)
    save = mode == QFileDialog.AcceptMode.AcceptSave
    labels = {
        QFileDialog.DialogLabel.LookIn: pick("&Zoeken in:", "&Look in:"),
        QFileDialog.DialogLabel.FileName: pick("Bestands&naam:", "File &name:"),
        QFileDialog.DialogLabel.FileType: pick("Bestands&type:", "Files of &type:"),
        QFileDialog.DialogLabel.Accept: pick("&Opslaan", "&Save") if save else pick("&Openen", "&Open"),
        QFileDialog.DialogLabel.Reject: pick("Annuleren", "Cancel"),
    }
    for label, text in labels.items():
        dialog.setLabelText(label, text)
    return dialog


def open_file_name(parent: QWidget | None, title: str, folder: str, filters: str) -> str:
    dialog = file_dialog(parent, title, folder, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if not dialog.exec() or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]


def save_file_name(parent: QWidget | None, title: str, path: str, filters: str) -> tuple[str, str]:
    """Returns (path, chosen filter); path is empty when cancelled."""
    dialog = file_dialog(parent, title, path, filters, mode=QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, False)
    if not dialog.exec() or not dialog.selectedFiles():
        return "", ""
    return dialog.selectedFiles()[0], dialog.selectedNameFilter()


def existing_directory(parent: QWidget | None, title: str, folder: str) -> str:
    dialog = file_dialog(parent, title, folder)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if not dialog.exec() or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]
