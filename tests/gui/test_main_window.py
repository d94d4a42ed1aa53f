"""The main window: live checklist, evidence, clause insertion with undo, decisions, files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor

from editor.core.checklist import analyze
from editor.core.importers import import_text, load_document
from editor.core.model import Paragraph, Policy, Run
from editor.gui import messages
from tests.conftest import CORPUS_FILES, analysed, forbid_message_boxes


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch):
    """Modal boxes would block offscreen tests: fail loudly unless a test expects one."""

    forbid_message_boxes(monkeypatch)


def panel_statuses(window) -> dict[str, str]:
    out = {}
    for status in ("missing", "partial", "present", "not_applicable"):
        for item_id in window.checklist.items_in_group(status):
            out[item_id] = status
    return out


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_checklist_panel_shows_the_engine_statuses(qtbot, window, path):
    analysed(qtbot, window, lambda: window.open_path(str(path)))
    expected = {item.id: item.status for item in analyze(load_document(path).policy).items}
    assert panel_statuses(window) == expected
    present, total = window.report.summary()
    assert f"{present} van {total}" in window.checklist.summary_label.text()


def test_clicking_evidence_selects_it_in_the_text(qtbot, window):
    analysed(qtbot, window, lambda: window.open_path(str(CORPUS_FILES[3])))
    for item in window.report.items:
        if item.status in ("present", "partial") and item.evidence:
            ev = item.evidence[0]
            window.checklist.evidence_requested.emit(item.id, ev.start, ev.end)
            selected = window.editor.textCursor().selectedText().replace("\u2029", "\n")
            assert selected == ev.text or selected == window.checks.plain.text[ev.start : ev.end]
    assert window.editor.highlights("evidence")


def test_cursor_paragraph_shows_the_items_it_covers(qtbot, window):
    analysed(qtbot, window, lambda: window.open_path(str(CORPUS_FILES[3])))
    item = next(i for i in window.report.items if i.status == "present" and i.evidence)
    window.checks.show_evidence(item.id, item.evidence[0].start, item.evidence[0].end)
    assert item.id in window.checklist.highlighted_items()
    assert item.title in window.menu.coverage_label.text()


def _policy_without(item_id: str) -> Policy:
    """A small policy that lacks `item_id` (and is otherwise reasonable)."""
    text = (
        "Privacyverklaring\n\nWie zijn wij?\n\nVoorbeeld bv, Kerkstraat 1, 9000 Gent, privacy@voorbeeld.be, "
        "is verantwoordelijk voor de verwerking van uw persoonsgegevens.\n\nWaarom verwerken wij uw gegevens?\n\n"
        "Wij verwerken uw gegevens om onze diensten te leveren, op basis van de overeenkomst met u.\n\n"
        "Vragen\n\nMet vragen kunt u terecht bij privacy@voorbeeld.be.\n"
    )
    return import_text(text, "txt").policy


def test_insert_suggested_clause_turns_item_present_and_undo_reverts(qtbot, window):
    window.load_library()
    qtbot.waitUntil(lambda: window.library is not None or bool(window.library_ctl.library_error), timeout=30000)
    assert window.library is not None, window.library_ctl.library_error
    report = analysed(qtbot, window, lambda: window.load_policy(_policy_without("retention"), None))
    status = {i.id: i.status for i in report.items}
    assert status["retention"] == "missing"
    # The first suggestion that covers the item on its own (ranking is the library's business;
    # this test is about inserting and undoing).
    clause = next(
        c
        for c in window.library.suggest("retention", window.current_policy())
        if {i.id: i.status for i in analyze(Policy(blocks=c.to_blocks(None, "BE"))).items}["retention"] == "present"
    )
    report = analysed(qtbot, window, lambda: window.library_ctl.insert_clause(clause))
    assert {i.id: i.status for i in report.items}["retention"] == "present"
    headings = [b.text for b in window.current_policy().blocks if b.kind == "heading"]
    # A new section, placed before the closing "Vragen" section.
    assert clause.title in headings
    assert headings.index(clause.title) == len(headings) - 2 and headings[-1] == "Vragen"
    # One undo step takes the whole clause out again.
    report = analysed(qtbot, window, window.editor.undo)
    assert {i.id: i.status for i in report.items}["retention"] == "missing"
    assert [b.text for b in window.current_policy().blocks] == [b.text for b in _policy_without("retention").blocks]


def test_not_applicable_decision_is_saved_reopened_and_undoable(qtbot, window, tmp_path):
    analysed(qtbot, window, lambda: window.load_policy(_policy_without("dpo_contact"), None))
    report = analysed(qtbot, window, lambda: window.checks.set_not_applicable("children", "geen diensten voor kinderen"))
    assert {i.id: i.status for i in report.items}["children"] == "not_applicable"
    target = tmp_path / "beleid.ppe"
    assert window.documents.save_to(str(target))

    from editor.gui.main_window import MainWindow

    other = MainWindow()
    qtbot.addWidget(other)
    report = analysed(qtbot, other, lambda: other.open_path(str(target)))
    assert other.checks.decisions()["children"].reason == "geen diensten voor kinderen"
    assert {i.id: i.status for i in report.items}["children"] == "not_applicable"
    # Undo (Ctrl+Z) takes the decision back.
    report = analysed(qtbot, window, window.editor.undo)
    assert "children" not in window.checks.decisions()
    assert {i.id: i.status for i in report.items}["children"] != "not_applicable"
    other.checks.worker.wait()


def test_decision_dialog_reason_is_used(qtbot, window, monkeypatch):
    analysed(qtbot, window, lambda: window.load_policy(_policy_without("dpo_contact"), None))

    def accept(dialog):
        dialog.reason_combo.setCurrentText("geen DPO aangesteld")
        return True

    monkeypatch.setattr(messages, "exec_dialog", accept)
    analysed(qtbot, window, lambda: window.checks.ask_not_applicable("dpo_contact"))
    assert window.checks.decisions()["dpo_contact"].reason == "geen DPO aangesteld"


def test_outdated_reference_is_underlined_and_quick_fixed(qtbot, window):
    text = (
        "Privacyverklaring\n\nWij verwerken uw gegevens volgens de Wet van 8 december 1992 tot bescherming van de "
        "persoonlijke levenssfeer. U kunt klacht indienen bij de Privacycommissie.\n"
    )
    report = analysed(qtbot, window, lambda: window.load_policy(import_text(text).policy, None))
    assert report.outdated_references
    assert len(window.editor.highlights("outdated")) == len(report.outdated_references)
    ref = report.outdated_references[-1]
    cursor = window.bridge.span_cursor(window.checks.plain, ref.start, ref.end)
    menu = window.editor.build_context_menu(window.editor.cursorRect(cursor).center())
    labels = [a.text() for a in menu.actions()]
    assert any(ref.replacement in label for label in labels), labels
    position = cursor.selectionStart() + 1
    assert window.checks.outdated_reference_at(position) is ref
    analysed(qtbot, window, lambda: window.checks.apply_quick_fix(ref))
    assert ref.replacement in window.editor.toPlainText()
    assert ref.text not in window.editor.toPlainText()


def test_long_sentence_toggle_highlights(qtbot, window):
    analysed(qtbot, window, lambda: window.open_path(str(CORPUS_FILES[3])))
    assert window.report.readability.long_sentences
    window.menu.act_long.setChecked(True)
    assert len(window.editor.highlights("long")) == len(window.report.readability.long_sentences)
    window.menu.act_long.setChecked(False)
    assert window.editor.highlights("long") == []


def test_live_update_after_typing(qtbot, window):
    analysed(qtbot, window, lambda: window.load_policy(_policy_without("retention"), None))

    def type_retention():
        cursor = window.editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        window.editor.setTextCursor(cursor)
        qtbot.keyClick(window.editor, "\r")
        qtbot.keyClicks(window.editor, "Wij bewaren uw gegevens niet langer dan 2 jaar na het einde van de overeenkomst.")

    report = analysed(qtbot, window, type_retention)
    assert {i.id: i.status for i in report.items}["retention"] in ("present", "partial")


def test_file_that_cannot_be_opened_shows_a_message_and_app_stays(qtbot, window, tmp_path, monkeypatch):
    errors = []
    monkeypatch.setattr(messages, "show_error", lambda _p, title, text: errors.append((title, text)))
    bad = tmp_path / "kapot.ppe"
    bad.write_text("{niet json", encoding="utf-8")
    analysed(qtbot, window, lambda: window.load_policy(_policy_without("x"), None))
    before = window.editor.toPlainText()
    assert not window.open_path(str(bad))
    assert not window.open_path(str(tmp_path / "bestaat-niet.docx"))
    assert len(errors) == 2 and all(text for _t, text in errors)
    assert window.editor.toPlainText() == before
    assert window.isVisible()


def test_close_with_unsaved_changes_asks(qtbot, window, monkeypatch):
    window.load_policy(Policy(blocks=[Paragraph(runs=[Run("tekst")])]), None)
    window.editor.insertPlainText("meer ")
    asked = []

    def cancel(*args):
        asked.append(args)
        return messages.Choice.CANCEL

    monkeypatch.setattr(messages, "ask_save_discard_cancel", cancel)
    assert not window.close()
    assert asked and window.isVisible()
    monkeypatch.setattr(messages, "ask_save_discard_cancel", lambda *a: messages.Choice.DISCARD)
    assert window.close()


def test_save_and_reopen_native(qtbot, window, tmp_path):
    analysed(qtbot, window, lambda: window.open_path(str(CORPUS_FILES[0])))
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    window.editor.insertPlainText(" Slotzin.")
    target = tmp_path / "x.ppe"
    assert window.documents.save_to(str(target))
    assert not window.editor.document().isModified()
    assert window.settings.recent_files[0] == str(target.resolve())
    reopened = load_document(target).policy
    assert [b.text for b in reopened.blocks] == [b.text for b in window.current_policy().blocks]


def test_export_each_format(qtbot, window, tmp_path, monkeypatch):
    analysed(qtbot, window, lambda: window.open_path(str(CORPUS_FILES[0])))
    for ext in (".docx", ".html", ".pdf"):
        target = tmp_path / f"uit{ext}"
        assert window.documents.export_to(str(target)), ext
        assert target.stat().st_size > 500
    monkeypatch.setattr(messages, "save_file_name", lambda *a: (str(tmp_path / "gekozen.html"), ""))
    monkeypatch.setattr(messages, "ask_yes_no", lambda *a: False)
    window.documents.export_dialog()
    assert (tmp_path / "gekozen.html").exists()
    assert window.settings.last_export_dir == str(tmp_path)


def test_dropping_a_file_opens_it(qtbot, window):
    from PySide6.QtCore import QMimeData, QUrl

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(Path(CORPUS_FILES[2]).resolve()))])
    analysed(qtbot, window, lambda: window.editor.insertFromMimeData(mime))
    assert window.imported_from == str(Path(CORPUS_FILES[2]).resolve())


def test_pasted_html_keeps_only_what_the_model_has(qtbot, window):
    from PySide6.QtCore import QMimeData

    window.load_policy(Policy(blocks=[Paragraph(runs=[Run("Begin.")])]), None)
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    mime = QMimeData()
    mime.setHtml('<p style="font-family:Comic Sans MS;color:red;font-size:30px">Plak <b>vet</b> tekst</p>')
    window.editor.insertFromMimeData(mime)
    policy = window.current_policy()
    runs = [r for b in policy.blocks for r in b.runs]
    assert any(r.text == "vet" and r.bold for r in runs)
    fmt = window.editor.document().find("Plak").charFormat()
    assert fmt.foreground().color().name() != "#ff0000"
    assert "Comic" not in fmt.fontFamilies() if fmt.fontFamilies() else True


def test_outdated_reference_tooltip_explains(qtbot, window):
    text = "Privacyverklaring\n\nU kunt klacht indienen bij de Privacycommissie.\n"
    report = analysed(qtbot, window, lambda: window.load_policy(import_text(text).policy, None))
    ref = report.outdated_references[0]
    cursor = window.bridge.span_cursor(window.checks.plain, ref.start, ref.end)
    tip = window.checks.outdated_tooltip(cursor.selectionStart() + 2)
    assert ref.replacement in tip and ref.reason in tip
    assert window.checks.outdated_tooltip(0) == ""


def test_unfilled_placeholders_are_marked(qtbot, window):
    text = "Privacyverklaring\n\nMail ons op {{email}} of bel {{telefoon}}.\n"
    analysed(qtbot, window, lambda: window.load_policy(import_text(text).policy, None))
    marked = [sel.cursor.selectedText() for sel in window.editor.highlights("placeholders")]
    assert marked == ["{{email}}", "{{telefoon}}"]
    first = window.editor.highlights("placeholders")[0].cursor
    assert "organisatieprofiel" in window.checks.placeholder_tooltip(first.selectionStart() + 1)
