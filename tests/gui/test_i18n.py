"""Every dialog opens in Dutch (the source language) and in English (editor_en.qm)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from editor.core.settings import Settings
from editor.gui import messages, translations
from tests.conftest import forbid_message_boxes

ROOT = Path(__file__).resolve().parents[2]

EXPECTED = {
    "nl": {
        "settings": "Instellingen",
        "find": "Zoeken en vervangen",
        "profile": "Organisatieprofiel",
        "decision": "Niet van toepassing",
        "library": "Clausulebibliotheek",
        "menus": ["&Bestand", "Be&werken", "&Opmaak", "Bee&ld", "&Document", "E&xtra", "&Help"],
        "about": "Over de Privacyverklaring-editor",
        "new": "Nieuw document",
        "recovery": "Werk herstellen",
        "unsaved": "Niet-opgeslagen wijzigingen",
    },
    "en": {
        "settings": "Settings",
        "find": "Find and replace",
        "profile": "Organisation profile",
        "decision": "Not applicable",
        "library": "Clause library",
        "menus": ["&File", "&Edit", "F&ormat", "&View", "&Document", "&Tools", "&Help"],
        "about": "About the Privacy Policy Editor",
        "new": "New document",
        "recovery": "Recover work",
        "unsaved": "Unsaved changes",
    },
}


@pytest.fixture(scope="module", autouse=True)
def _compiled_translations():
    """make setup builds the .qm; build it here too when a test run starts from a bare checkout."""
    ts = ROOT / "resources" / "translations" / "editor_en.ts"
    qm = ts.with_suffix(".qm")
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        lrelease = Path(sys.executable).parent / "pyside6-lrelease"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    yield
    app = QApplication.instance()
    if app is not None:
        translations.install(app, "nl")


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch):
    forbid_message_boxes(monkeypatch, "about", "exec_dialog")


@pytest.fixture(params=["nl", "en"])
def lang(request, qapp):
    assert translations.install(qapp, request.param)
    yield request.param
    translations.install(qapp, "nl")


def test_dialogs_open_in_the_ui_language(qtbot, lang, monkeypatch):
    want = EXPECTED[lang]
    from editor.core.library import ClauseLibrary
    from editor.core.paths import default_library_dir
    from editor.gui.decision_dialog import DecisionDialog
    from editor.gui.find_dialog import FindReplaceDialog
    from editor.gui.library_browser import LibraryBrowser
    from editor.gui.main_window import MainWindow
    from editor.gui.profile_dialog import ProfileDialog
    from editor.gui.settings_dialog import SettingsDialog
    from editor.gui.text_editor import PolicyTextEdit

    seen: dict[str, QApplication] = {}

    def capture(name):
        def run(dialog):
            seen[name] = dialog.windowTitle()
            return False

        return run

    editor = PolicyTextEdit()
    qtbot.addWidget(editor)
    dialogs = {
        "settings": SettingsDialog(Settings()),
        "find": FindReplaceDialog(editor),
        "profile": ProfileDialog(),
        "decision": DecisionDialog("dpo_contact", "DPO"),
        "library": LibraryBrowser(ClauseLibrary.open(default_library_dir(), read_only=True)),
    }
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.windowTitle() == want[name], name

    window = MainWindow()
    qtbot.addWidget(window)
    assert [a.text() for a in window.menuBar().actions()] == want["menus"]

    titles: list[str] = []
    monkeypatch.setattr(messages, "exec_dialog", lambda dialog: titles.append(dialog.windowTitle()))
    window.show_about()
    monkeypatch.setattr(messages, "ask_item", lambda _p, title, _l, _i: titles.append(title))
    window.documents.new_document()
    monkeypatch.setattr(messages, "exec_dialog", capture("settings-from-menu"))
    window.show_settings()
    window.editor.insertPlainText("x")
    monkeypatch.setattr(messages, "ask_save_discard_cancel", lambda _p, title, _t: titles.append(title) or messages.Choice.DISCARD)
    window.documents.maybe_save()
    assert titles == [want["about"], want["new"], want["unsaved"]]
    assert seen["settings-from-menu"] == want["settings"]
    window.editor.document().setModified(False)


def test_recovery_offer_in_the_ui_language(qtbot, lang, monkeypatch, tmp_path):
    from editor.gui.app import offer_recovery
    from editor.gui.autosave import Recovery
    from editor.gui.main_window import MainWindow

    rec = Recovery(tmp_path / "s.ppe", tmp_path / "s.json", tmp_path / "s.lock", "/tmp/beleid.ppe", "2026-01-01T10:00:00")
    seen = []

    def later(dialog):
        seen.append((dialog.windowTitle(), dialog.later_button.text(), dialog.table.item(0, 0).text()))
        return False

    monkeypatch.setattr(messages, "exec_dialog", later)
    window = MainWindow()
    qtbot.addWidget(window)
    assert offer_recovery(window, [rec]) == []
    assert seen == [(EXPECTED[lang]["recovery"], {"nl": "&Later", "en": "&Later"}[lang], "beleid.ppe")]


def test_remote_grammar_url_warning(qapp, lang):
    from editor.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings(grammar_mode="remote", grammar_url="http://lt.kantoor.local"))
    assert dialog.url_warning.text()
    assert "https" in dialog.url_warning.text()
    dialog.grammar_url.setText("https://lt.kantoor.local/v2")
    assert dialog.url_warning.text() == ""
    assert dialog.privacy_note.text()
    dialog.deleteLater()
