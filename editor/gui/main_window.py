"""The main window (minimal for now: the policy text in an editor)."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QTextEdit

from editor.core.errors import UserError
from editor.core.importers import load_document
from editor.core.model import Heading, ListItem, Policy
from editor.gui import messages


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Privacyverklaring-editor"))
        self.editor = QTextEdit(self)
        self.editor.setAccessibleName(self.tr("Tekst van de privacyverklaring"))
        self.setCentralWidget(self.editor)
        self.resize(1200, 800)
        self.policy = Policy()

    def open_path(self, path: str) -> bool:
        try:
            result = load_document(path)
        except UserError as exc:
            messages.show_error(self, self.tr("Openen mislukt"), exc.message)
            return False
        self.policy = result.policy
        self.editor.setPlainText(_as_text(self.policy))
        self.setWindowTitle(f"{path} — {self.tr('Privacyverklaring-editor')}")
        return True


def _as_text(policy: Policy) -> str:
    lines = []
    for block in policy.blocks:
        if isinstance(block, Heading):
            lines.append(block.text.upper())
        elif isinstance(block, ListItem):
            lines.append("  " * block.level + "• " + block.text)
        else:
            lines.append(block.text)
    return "\n\n".join(lines)
