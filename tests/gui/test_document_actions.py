"""File flows: the title and its modified mark, opening in the background (cancel, unreadable
files), failed saves, a new document with a clean profile, export with unfilled placeholders."""

from __future__ import annotations

import os
import stat

import pytest
from PySide6.QtCore import Qt, QTimer

from editor.core.importers import import_text
from editor.core.model import OrganisationProfile
from editor.gui import messages
from tests.conftest import CORPUS_FILES, analysed, forbid_message_boxes


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch):
    forbid_message_boxes(monkeypatch)


def _record(monkeypatch, name: str) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, name, lambda _parent, title, text, *a: shown.append((title, text)) or True)
    return shown


def test_title_names_the_imported_file_and_follows_undo(qtbot, window):
    source = CORPUS_FILES[0]
    analysed(qtbot, window, lambda: window.open_path(str(source)))
    assert window.windowTitle().startswith(source.name + " — ")
    window.editor.insertPlainText("x")
    assert window.windowTitle().startswith("*" + source.name)
    window.editor.undo()
    assert window.windowTitle().startswith(source.name + " — ")


def test_unreadable_and_binary_files_always_get_a_message(qtbot, window, monkeypatch, tmp_path):
    errors = _record(monkeypatch, "show_error")
    before = window.editor.toPlainText()
    binary = tmp_path / "beleid.docx"
    binary.write_bytes(os.urandom(4000))
    assert not window.open_path(str(binary))
    locked = tmp_path / "geheim.txt"
    locked.write_text("Privacyverklaring", encoding="utf-8")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):  # root reads anything: use a folder instead
            locked = tmp_path / "map.txt"
            locked.mkdir()
        assert not window.open_path(str(locked))
    finally:
        if locked.is_file():
            locked.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert len(errors) == 2 and all(title == "Openen mislukt" and text for title, text in errors)
    assert "Traceback" not in " ".join(text for _t, text in errors)
    assert window.editor.toPlainText() == before


def test_open_can_be_cancelled_and_changes_nothing(qtbot, window, monkeypatch):
    from editor.gui import document_actions

    monkeypatch.setattr(document_actions, "PROGRESS_DELAY_MS", 0)
    slow_started = []

    def slow_load(path):
        import time

        slow_started.append(path)
        time.sleep(1.5)
        return import_text("Niet deze tekst")

    monkeypatch.setattr(document_actions, "load_document", slow_load)

    def cancel():
        dialog = window.documents.progress_dialog()
        if dialog is None:
            QTimer.singleShot(20, cancel)
            return
        from PySide6.QtWidgets import QPushButton

        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # "Annuleren"

    QTimer.singleShot(50, cancel)
    assert not window.documents.open_path(str(CORPUS_FILES[0]))
    assert slow_started
    assert "Niet deze tekst" not in window.editor.toPlainText()
    assert window.path is None and window.imported_from is None


def test_a_failed_save_tells_the_user_and_keeps_the_document_modified(qtbot, window, monkeypatch, tmp_path):
    errors = _record(monkeypatch, "show_error")
    window.load_policy(import_text("Titel\n\nTekst.").policy, None)
    window.editor.insertPlainText("wijziging ")
    target = tmp_path / "bestaat-niet" / "beleid.ppe"
    assert not window.documents.save_to(str(target))
    assert errors and errors[0][0] == "Opslaan mislukt"
    assert window.editor.document().isModified()
    assert window.windowTitle().startswith("*")


def test_new_document_never_copies_the_previous_profile(qtbot, window, monkeypatch):
    policy = import_text("Titel\n\nTekst.").policy
    policy.meta.organisation = OrganisationProfile(name="Klant A bv", email="privacy@klant-a.be", phone="09 123 45 67")
    window.load_policy(policy, None)
    monkeypatch.setattr(messages, "ask_item", lambda *a: 0)  # an empty policy
    analysed(qtbot, window, window.documents.new_document)
    assert window.current_policy().meta.organisation == OrganisationProfile()
    assert "Klant A" not in window.editor.toPlainText()


def test_export_lists_unfilled_placeholders_and_asks(qtbot, window, monkeypatch, tmp_path):
    window.load_policy(import_text("Titel\n\nContact: {{email}} of {{telefoon}}, en {{email}}.").policy, None)
    asked = []
    monkeypatch.setattr(messages, "ask_yes_no", lambda _p, title, text: asked.append(text) or False)
    monkeypatch.setattr(messages, "save_file_name", lambda *a: pytest.fail("no file dialog after 'no'"))
    window.documents.export_dialog()
    assert len(asked) == 1 and "{{email}}" in asked[0] and "{{telefoon}}" in asked[0]
    assert asked[0].count("{{email}}") == 1
