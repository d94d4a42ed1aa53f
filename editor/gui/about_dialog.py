"""Help → Over: version, clause-library path, LanguageTool version and state, and which package this is.

Wiring (main window): `AboutDialog(self, library_path, grammar_state, lt_version).exec()`, where
grammar_state is one of GRAMMAR_STATES' keys (or any text, shown as is) and lt_version comes from the running
server or, before it has started, from `languagetool_version()` (the version in the jar names).
"""

from __future__ import annotations

import platform
import re
import sys
from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor import __version__

# Engine states as the status bar names them (AboutDialog.state_label); unknown states are shown verbatim.
GRAMMAR_STATES = ("starting", "ready", "checking", "unavailable", "off", "remote")


def languagetool_version(jars: list[Path] | None = None) -> str:
    """The LanguageTool version of the jars the app would start ("6.8"), or "" when there are none."""
    if jars is None:
        from editor.core.grammar import find_jars

        jars = find_jars()
    for jar in jars:
        m = re.fullmatch(r"languagetool-server-(\d[\w.\-]*)\.jar", Path(jar).name)
        if m:
            return m.group(1)
    return ""


def package_kind() -> str:
    """'full' (a packaged build with its own Java and LanguageTool), 'lite' (packaged, without) or 'source'."""
    if not getattr(sys, "frozen", False):
        return "source"
    from editor.core.paths import app_root

    return "full" if (app_root() / "languagetool" / "jre").is_dir() else "lite"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None, library_path: str, grammar_state: str, lt_version: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Over de Privacyverklaring-editor"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)

        product = self.tr("Privacyverklaring-editor")  # not inside the f-string: lupdate must see it
        title = QLabel(f"<b>{product}</b> {__version__}", self)
        title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(title)
        blurb = QLabel(
            self.tr(
                "Controleert privacyverklaringen op de informatie die AVG-artikelen 13 en 14 vereisen en stelt "
                "clausules voor uit de bibliotheek van uw kantoor. De tekst verlaat deze computer niet, tenzij u "
                "een externe taalcontroleserver instelt."
            ),
            self,
        )
        blurb.setWordWrap(True)
        layout.addWidget(blurb)

        kinds = {
            "full": self.tr("volledig (met eigen Java en LanguageTool)"),
            "lite": self.tr("lite (LanguageTool via een server uit de instellingen)"),
            "source": self.tr("broncode"),
        }
        state = self.state_label(grammar_state)
        lt = f"{lt_version or self.tr('onbekend')} — {state}" if state else (lt_version or self.tr("onbekend"))
        self.rows: list[tuple[str, str]] = [
            (self.tr("Versie"), __version__),
            (self.tr("Pakket"), kinds[package_kind()]),
            (self.tr("Clausulebibliotheek"), library_path or self.tr("(geen)")),
            (self.tr("LanguageTool"), lt),
            (self.tr("Qt / Python"), f"{qVersion()} / {platform.python_version()}"),
        ]
        form = QFormLayout()
        self.value_labels: dict[str, QLabel] = {}
        for name, value in self.rows:
            label = QLabel(value, self)
            label.setTextFormat(Qt.TextFormat.PlainText)  # a path is never markup
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            label.setAccessibleName(name)
            form.addRow(name, label)
            self.value_labels[name] = label
        layout.addLayout(form)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Gegevens kopiëren"), self)
        self.copy_button.setToolTip(self.tr("Kopieer deze gegevens, bijvoorbeeld voor de helpdesk"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_info)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def state_label(self, state: str) -> str:
        # Literal self.tr() calls so that pyside6-lupdate finds every string.
        labels = {
            "starting": self.tr("wordt gestart"),
            "ready": self.tr("klaar"),
            "checking": self.tr("bezig met controleren"),
            "unavailable": self.tr("niet beschikbaar"),
            "off": self.tr("uitgeschakeld"),
            "remote": self.tr("teamserver"),
        }
        return labels.get(state, state)

    def info_text(self) -> str:
        """The dialog's facts as plain text, one per line (what "Gegevens kopiëren" copies)."""
        return "\n".join(f"{name}: {value}" for name, value in [("Privacyverklaring-editor", __version__)] + self.rows)

    def copy_info(self) -> None:
        QGuiApplication.clipboard().setText(self.info_text())
