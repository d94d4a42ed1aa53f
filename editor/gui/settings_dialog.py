"""Settings: clause-library folder, UI language, grammar server and DOCX house-style template."""

from __future__ import annotations

import dataclasses
from urllib.parse import urlparse

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.core.settings import Settings
from editor.gui import messages

GRAMMAR_MODES = ("local", "remote", "off")


def remote_url_warning(mode: str, url: str) -> str:
    """Dutch/English warning for a remote grammar server that is not reached over https ('' if fine)."""
    from editor.core.i18n import pick

    if mode != "remote":
        return ""
    url = url.strip()
    if not url:
        return pick("Vul het adres van de taalcontroleserver in.", "Enter the address of the grammar server.")
    parsed = urlparse(url)
    if parsed.scheme != "https" or not parsed.netloc:
        return pick(
            "Let op: dit adres gebruikt geen https. De tekst van uw verklaring gaat dan onversleuteld over het netwerk.",
            "Warning: this address does not use https. The text of your policy would travel unencrypted over the network.",
        )
    return ""


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Instellingen"))
        self.setAccessibleName(self.tr("Instellingen"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)

        general = QGroupBox(self.tr("Algemeen"), self)
        form = QFormLayout(general)
        self.library_edit = QLineEdit(settings.library_path, self)
        self.library_edit.setAccessibleName(self.tr("Map van de clausulebibliotheek"))
        self.library_edit.setPlaceholderText(self.tr("Leeg: de meegeleverde bibliotheek (alleen-lezen)"))
        self.library_edit.setToolTip(self.tr("Bijvoorbeeld een netwerkmap zoals \\\\server\\juridisch\\clausules"))
        browse = QPushButton(self.tr("Bladeren…"), self)
        browse.setAccessibleName(self.tr("Map van de clausulebibliotheek kiezen"))
        browse.clicked.connect(self._choose_library)
        row = QHBoxLayout()
        row.addWidget(self.library_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Clausulebibliotheek"), row)

        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Taal van de gebruikersomgeving"))
        self.language_combo.addItem("Nederlands", "nl")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.ui_language)))
        form.addRow(self.tr("Taal van de editor"), self.language_combo)

        self.template_edit = QLineEdit(settings.docx_template, self)
        self.template_edit.setAccessibleName(self.tr("Word-sjabloon voor de export"))
        self.template_edit.setPlaceholderText(self.tr("Leeg: het meegeleverde sjabloon"))
        browse_template = QPushButton(self.tr("Bladeren…"), self)
        browse_template.setAccessibleName(self.tr("Word-sjabloon kiezen"))
        browse_template.clicked.connect(self._choose_template)
        row = QHBoxLayout()
        row.addWidget(self.template_edit, 1)
        row.addWidget(browse_template)
        form.addRow(self.tr("Word-sjabloon (huisstijl)"), row)
        layout.addWidget(general)

        grammar = QGroupBox(self.tr("Taalcontrole"), self)
        gform = QFormLayout(grammar)
        self.grammar_mode = QComboBox(self)
        self.grammar_mode.setAccessibleName(self.tr("Soort taalcontrole"))
        self.grammar_mode.addItem(self.tr("Lokaal op deze computer"), "local")
        self.grammar_mode.addItem(self.tr("Server van het kantoor"), "remote")
        self.grammar_mode.addItem(self.tr("Uit"), "off")
        self.grammar_mode.setCurrentIndex(max(0, self.grammar_mode.findData(settings.grammar_mode)))
        gform.addRow(self.tr("Taalcontrole"), self.grammar_mode)
        self.grammar_url = QLineEdit(settings.grammar_url, self)
        self.grammar_url.setAccessibleName(self.tr("Adres van de taalcontroleserver"))
        self.grammar_url.setPlaceholderText("https://languagetool.kantoor.example/v2")
        gform.addRow(self.tr("Serveradres"), self.grammar_url)
        self.privacy_note = QLabel(
            self.tr(
                "Geen tekst verlaat deze computer, tenzij u hier een server van het kantoor instelt. "
                "Dan gaat de tekst van de verklaring naar die server voor de taalcontrole."
            ),
            self,
        )
        self.privacy_note.setWordWrap(True)
        self.privacy_note.setAccessibleName(self.tr("Uitleg over privacy van de taalcontrole"))
        gform.addRow(self.privacy_note)
        self.url_warning = QLabel(self)
        self.url_warning.setWordWrap(True)
        self.url_warning.setStyleSheet("color: #b71c1c; font-weight: 600;")
        self.url_warning.setAccessibleName(self.tr("Waarschuwing over het serveradres"))
        gform.addRow(self.url_warning)
        layout.addWidget(grammar)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.grammar_mode.currentIndexChanged.connect(self._update_grammar)
        self.grammar_url.textChanged.connect(self._update_grammar)
        self._update_grammar()

    def _update_grammar(self) -> None:
        mode = self.grammar_mode.currentData()
        self.grammar_url.setEnabled(mode == "remote")
        warning = remote_url_warning(mode, self.grammar_url.text())
        self.url_warning.setText(warning)
        self.url_warning.setVisible(bool(warning))

    def _choose_library(self) -> None:
        folder = messages.existing_directory(self, self.tr("Map van de clausulebibliotheek"), self.library_edit.text())
        if folder:
            self.library_edit.setText(folder)

    def _choose_template(self) -> None:
        path = messages.open_file_name(
            self, self.tr("Word-sjabloon kiezen"), self.template_edit.text(), self.tr("Word-sjablonen (*.docx *.dotx)")
        )
        if path:
            self.template_edit.setText(path)

    def result_settings(self) -> Settings:
        """The settings as entered (a copy; the caller saves them)."""
        return dataclasses.replace(
            self._settings,
            library_path=self.library_edit.text().strip(),
            ui_language=self.language_combo.currentData(),
            grammar_mode=self.grammar_mode.currentData(),
            grammar_url=self.grammar_url.text().strip(),
            docx_template=self.template_edit.text().strip(),
        )
