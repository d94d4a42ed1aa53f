"""Start the Qt application and show the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from editor.gui.main_window import MainWindow


def run_app(path: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Privacyverklaring-editor")
    app.setOrganizationName("privacy-policy-editor")
    window = MainWindow()
    window.show()
    if path:
        window.open_path(path)
    return app.exec()
