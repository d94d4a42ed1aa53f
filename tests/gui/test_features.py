"""Smaller editor features: find/replace, styles, zoom, outline, settings, profile, library banner, new."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QTextCursor

from editor.core.importers import import_text
from editor.core.model import Heading, Paragraph, Policy, Run
from editor.core.settings import Settings
from editor.gui import messages
from tests.conftest import CORPUS_FILES, analysed, forbid_message_boxes


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch):
    forbid_message_boxes(monkeypatch, "exec_dialog")


def test_find_and_replace_all_is_one_undo_step(qtbot, window):
    window.load_policy(import_text("Titel\n\nDe Privacycommissie en nog eens de privacycommissie.\n").policy, None)
    window.show_find()
    dialog = window._find_dialog
    dialog.find_edit.setText("privacycommissie")
    assert dialog.find()
    assert window.editor.textCursor().selectedText().lower() == "privacycommissie"
    dialog.replace_edit.setText("Gegevensbeschermingsautoriteit")
    assert dialog.replace_all() == 2
    assert "Privacycommissie" not in window.editor.toPlainText()
    window.editor.undo()
    assert window.editor.toPlainText().count("rivacycommissie") == 2
    dialog.case_box.setChecked(True)
    dialog.find_edit.setText("PRIVACYCOMMISSIE")
    assert not dialog.find()
    dialog.close()


def test_paragraph_styles_and_lists_change_the_model(qtbot, window):
    window.load_policy(Policy(blocks=[Paragraph(runs=[Run("Een alinea")]), Paragraph(runs=[Run("Nog een")])]), None)
    window.editor.moveCursor(QTextCursor.MoveOperation.Start)
    window.menu.style_combo.setCurrentIndex(window.menu.style_combo.findData(2))
    window.menu.style_combo.activated.emit(window.menu.style_combo.currentIndex())
    policy = window.current_policy()
    assert isinstance(policy.blocks[0], Heading) and policy.blocks[0].level == 2
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    window.menu.act_numbers.trigger()
    assert policy_kinds(window) == ["heading", "list_item"]
    assert window.current_policy().blocks[1].ordered
    window.editor.undo()
    window.editor.undo()
    assert policy_kinds(window) == ["paragraph", "paragraph"]


def policy_kinds(window) -> list[str]:
    return [b.kind for b in window.current_policy().blocks]


def test_link_dialog_sets_and_removes_links(qtbot, window, monkeypatch):
    window.load_policy(Policy(blocks=[Paragraph(runs=[Run("Zie onze website voor meer.")])]), None)
    cursor = window.editor.document().find("website")
    window.editor.setTextCursor(cursor)
    monkeypatch.setattr(messages, "ask_text", lambda *a: "https://voorbeeld.be")
    window.menu.act_link.trigger()
    runs = window.current_policy().blocks[0].runs
    assert [(r.text, r.link) for r in runs if r.link] == [("website", "https://voorbeeld.be")]
    window.editor.setTextCursor(window.editor.document().find("website"))
    monkeypatch.setattr(messages, "ask_text", lambda *a: "")
    window.menu.act_link.trigger()
    assert not any(r.link for r in window.current_policy().blocks[0].runs)


def test_zoom_scales_the_text(qtbot, window):
    size = window.editor.document().defaultFont().pointSizeF()
    window.menu.act_zoom_in.trigger()
    assert window.editor.document().defaultFont().pointSizeF() > size
    window.menu.act_zoom_reset.trigger()
    assert window.editor.document().defaultFont().pointSizeF() == size
    assert not window.editor.document().isModified()  # zoom is not an edit


def test_outline_navigates_to_headings(qtbot, window):
    analysed(qtbot, window, lambda: window.open_path(str(CORPUS_FILES[0])))
    ids = window.outline.heading_ids()
    assert len(ids) >= 3
    window.outline.heading_activated.emit(ids[-1])
    block_id = window.bridge.block_id_of(window.editor.textCursor().block())
    assert block_id == ids[-1]


def test_settings_dialog_saves_settings(qtbot, window, tmp_path, monkeypatch):
    def fill(dialog):
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
        dialog.grammar_mode.setCurrentIndex(dialog.grammar_mode.findData("off"))
        dialog.template_edit.setText(str(tmp_path / "huisstijl.docx"))
        return True

    monkeypatch.setattr(messages, "exec_dialog", fill)
    told = []
    monkeypatch.setattr(messages, "show_info", lambda _p, _t, text: told.append(text))
    window.show_settings()
    saved = json.loads(Settings.path().read_text(encoding="utf-8"))
    assert saved["ui_language"] == "en" and saved["grammar_mode"] == "off"
    assert saved["docx_template"].endswith("huisstijl.docx")
    assert told  # the user hears that the language applies from the next start


def test_profile_dialog_changes_jurisdiction_and_rechecks(qtbot, window, monkeypatch):
    analysed(qtbot, window, lambda: window.open_path(str(CORPUS_FILES[0])))
    assert window.report.jurisdiction == "BE"

    def fill(dialog):
        dialog.name_edit.setText("Voorbeeld bv")
        dialog.jurisdiction_combo.setCurrentIndex(dialog.jurisdiction_combo.findData("NL"))
        return True

    monkeypatch.setattr(messages, "exec_dialog", fill)
    report = analysed(qtbot, window, window.edit_profile)
    assert report.jurisdiction == "NL"
    assert window.current_policy().meta.organisation.name == "Voorbeeld bv"
    assert window.editor.document().isModified()


def test_unreachable_library_shows_a_banner(qtbot, tmp_path):
    from editor.gui.main_window import MainWindow

    settings = Settings(library_path=str(tmp_path / "share-die-er-niet-is"))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.load_library()
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=20000)
    assert "niet bereikbaar" in window.banner.text()
    window.library_ctl.worker.wait()


def test_new_document_from_library_clauses(qtbot, window, monkeypatch):
    window.load_library()
    qtbot.waitUntil(lambda: window.library is not None, timeout=30000)
    monkeypatch.setattr(messages, "ask_item", lambda *a: 1)

    def profile(dialog):
        dialog.name_edit.setText("Voorbeeld bv")
        dialog.email_edit.setText("privacy@voorbeeld.be")
        return True

    monkeypatch.setattr(messages, "exec_dialog", profile)
    report = analysed(qtbot, window, window.documents.new_document)
    policy = window.current_policy()
    assert len(policy.blocks) > 10
    text = "\n".join(b.text for b in policy.blocks)
    assert "Voorbeeld bv" in text and "{{organisatie}}" not in text
    assert policy.meta.organisation.name == "Voorbeeld bv"
    # Placeholders the profile could not fill stay visible and marked.
    marked = window.editor.highlights("placeholders")
    assert all(sel.cursor.selectedText().startswith("{{") for sel in marked)
    assert len(marked) == text.count("{{")
    assert sum(1 for b in policy.blocks if b.kind == "heading") > 5
    present, total = report.summary()
    assert present >= total // 2
    monkeypatch.setattr(messages, "ask_item", lambda *a: 0)
    analysed(qtbot, window, window.documents.new_document)
    assert [b.kind for b in window.current_policy().blocks] == ["heading"]


def test_recent_files_menu(qtbot, window):
    analysed(qtbot, window, lambda: window.open_path(str(CORPUS_FILES[1])))
    window.menu.fill_recent_menu()
    texts = [a.text() for a in window.menu.recent_menu.actions()]
    assert any(CORPUS_FILES[1].name in t for t in texts)


def test_banner_follows_the_shared_library_dropping_and_returning(qtbot, tmp_path, monkeypatch):
    import shutil

    from editor.core.paths import default_library_dir
    from editor.gui.main_window import MainWindow

    monkeypatch.setenv("PRIVACY_EDITOR_LIBRARY_CHECK_MS", "200")
    share = tmp_path / "share"
    shutil.copytree(default_library_dir() / "clauses", share / "clauses")
    shutil.copy(default_library_dir() / "index.json", share / "index.json")
    window = MainWindow(Settings(library_path=str(share)))
    qtbot.addWidget(window)
    window.show()
    window.load_library()
    qtbot.waitUntil(lambda: window.library is not None, timeout=30000)
    assert not window.banner.isVisible()
    share.rename(tmp_path / "weg")  # the network drive drops
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=10000)
    assert "niet bereikbaar" in window.banner.text()
    (tmp_path / "weg").rename(share)  # ... and comes back
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=10000)
    window.library_ctl.timer.stop()
    window.library_ctl.check_worker.wait()


def test_list_keys_indent_outdent_and_end_the_list(qtbot, window):
    from PySide6.QtCore import Qt

    window.load_policy(Policy(blocks=[Paragraph(runs=[Run("Intro")])]), None)
    editor = window.editor
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "een")
    window.menu.act_bullets.trigger()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # indent the new item
    qtbot.keyClicks(editor, "sub")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Backtab)  # back to the first level
    qtbot.keyClicks(editor, "twee")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Enter on an empty item ends the list
    qtbot.keyClicks(editor, "Slot")
    blocks = window.current_policy().blocks
    assert [(b.kind, b.text, getattr(b, "level", None)) for b in blocks] == [
        ("paragraph", "Intro", None),
        ("list_item", "een", 0),
        ("list_item", "sub", 1),
        ("list_item", "twee", 0),
        ("paragraph", "Slot", None),
    ]
