"""Bestand > "Exporteren met wijzigingen (DOCX)…": the clauses inserted since opening ("Invoegen",
"Ontbrekende onderdelen aanvullen") become Word revisions (w:ins) with the user's name and today's
date; the original text stays untracked; an undone insertion is not in the redline; real
LibreOffice lists the revisions and accepting them gives the text on screen."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import zipfile
from pathlib import Path

import pytest
from docx import Document
from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from editor.core.importers import import_text
from editor.gui import messages
from tests.conftest import analysed, forbid_message_boxes
from tests.gui.test_gap_filler import POLICY_TEXT
from tests.libreoffice_redline import accept_all
from tests.test_export_tools import require

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ORIGINAL = [line for line in POLICY_TEXT.splitlines() if line.strip()]
AUTHOR = "Mr. An Peeters"


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch):
    forbid_message_boxes(monkeypatch)


@pytest.fixture
def loaded(qtbot, window, monkeypatch, tmp_path):
    """The small policy open with the library loaded; the export dialog answers `tmp_path/out.docx`."""
    window.settings.revision_author = AUTHOR
    window.settings.docx_template = ""
    monkeypatch.setattr(window, "save_settings", lambda: None)  # never write the developer's settings
    window.load_library()
    qtbot.waitUntil(lambda: window.library is not None, timeout=30000)
    analysed(qtbot, window, lambda: window.load_policy(import_text(POLICY_TEXT, "txt").policy, None))
    out = tmp_path / "out.docx"
    asked: list[str] = []
    monkeypatch.setattr(messages, "save_file_name", lambda *a: (str(out), ""))

    def yes_no(_parent, title: str, _text: str) -> bool:
        asked.append(title)
        return title == "Niet-ingevulde gegevens"  # export the placeholders; do not open the result

    monkeypatch.setattr(messages, "ask_yes_no", yes_no)
    return window, out, asked


def fill_gaps(qtbot, window) -> None:
    """The menu action, until the clauses are in and the checklist has re-read the text."""
    with qtbot.waitSignal(window.analysis_finished, timeout=120000):
        with qtbot.waitSignal(window.gap_filler.applied, timeout=120000):
            window.menu.act_fill_gaps.trigger()


def insert_suggestion(qtbot, window, item_id: str) -> None:
    window.checklist.select_item(item_id)
    button = window.checklist.suggestions.insert_button
    assert button.isEnabled()
    analysed(qtbot, window, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))


def paragraphs(path: Path) -> list[etree._Element]:
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as z:
        root = etree.fromstring(z.read("word/document.xml"), etree.XMLParser(resolve_entities=False, no_network=True))
    return root.findall(f".//{W}body/{W}p")


def text_of(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(f"{W}t"))


def tracked_paragraphs(path: Path) -> list[str]:
    """The texts of the paragraphs that are tracked insertions; fails on a half-tracked paragraph."""
    tracked = []
    today = dt.datetime.now(dt.UTC).date().isoformat()
    for p in paragraphs(path):
        text = text_of(p)
        runs = p.findall(f".//{W}r")
        inside = [r.getparent().tag == f"{W}ins" for r in runs]
        mark = p.find(f"{W}pPr/{W}rPr/{W}ins")
        if mark is None:
            assert not any(inside), text
            continue
        assert all(inside), text
        for ins in [mark, *(r.getparent() for r in runs)]:
            assert ins.get(f"{W}author") == AUTHOR
            assert ins.get(f"{W}date", "").startswith(today)
        tracked.append(text)
    return tracked




def screen_paragraphs(window) -> list[str]:
    return [line for line in window.editor.toPlainText().splitlines() if line.strip()]


def test_insert_and_fill_gaps_export_as_tracked_insertions_around_exactly_the_new_text(qtbot, loaded):
    window, out, asked = loaded
    insert_suggestion(qtbot, window, "complaint_authority")
    fill_gaps(qtbot, window)
    inserted = [line for line in screen_paragraphs(window) if line not in ORIGINAL]
    assert len(inserted) >= 4
    assert window.menu.act_export_tracked.text().replace("&", "") == "Exporteren met wijzigingen (DOCX)…"
    window.menu.act_export_tracked.trigger()
    assert out.exists() and asked[-1] == "Export klaar"
    assert tracked_paragraphs(out) == inserted
    untracked = [text_of(p) for p in paragraphs(out) if p.find(f"{W}pPr/{W}rPr/{W}ins") is None and text_of(p)]
    assert untracked == ORIGINAL  # the original text, untouched and in order


def test_an_undone_fill_is_not_in_the_redline(qtbot, loaded):
    window, out, _asked = loaded
    fill_gaps(qtbot, window)
    window.editor.setFocus()
    analysed(qtbot, window, lambda: QTest.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier))
    assert screen_paragraphs(window) == ORIGINAL
    insert_suggestion(qtbot, window, "complaint_authority")
    inserted = [line for line in screen_paragraphs(window) if line not in ORIGINAL]
    assert 0 < len(inserted) <= 4  # one clause: its heading and a few paragraphs
    window.redline.export_dialog()
    assert tracked_paragraphs(out) == inserted


def test_nothing_inserted_or_another_document_opened_means_no_redline(qtbot, loaded, monkeypatch):
    window, out, _asked = loaded
    told: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda _p, _t, text: told.append(text))
    insert_suggestion(qtbot, window, "complaint_authority")
    analysed(qtbot, window, lambda: window.load_policy(import_text(POLICY_TEXT, "txt").policy, None))
    window.redline.export_dialog()
    assert not out.exists()
    assert told and "geen clausules ingevoegd" in told[0]


def test_author_defaults_to_the_os_user(loaded):
    import getpass

    window = loaded[0]
    window.settings.revision_author = ""
    assert window.redline.author() == getpass.getuser()


def test_libreoffice_lists_the_revisions_and_accepting_them_gives_the_text_on_screen(qtbot, loaded, tmp_path):
    require("soffice")
    window, out, _asked = loaded
    fill_gaps(qtbot, window)
    assert window.redline.export_to(str(out))
    accepted = accept_all(shutil.which("soffice"), out, tmp_path)
    assert accepted.redlines and all(kind == "Insert" and who == AUTHOR for kind, who in accepted.redlines)
    got = [p.text for p in Document(str(accepted.docx)).paragraphs if p.text.strip()]
    assert got == screen_paragraphs(window)


def test_menu_entry_and_message_in_english(qtbot, qapp, monkeypatch):
    from editor.gui import translations
    from editor.gui.main_window import MainWindow

    assert translations.install(qapp, "en")  # editor_en.qm: built by make setup (packaging/setup.d/20-translations.sh)
    try:
        win = MainWindow()
        qtbot.addWidget(win)
        told: list[str] = []
        monkeypatch.setattr(messages, "show_info", lambda _p, title, text: told.append(f"{title}: {text}"))
        assert win.menu.act_export_tracked.text() == "Export with &tracked changes (DOCX)…"
        win.redline.export_dialog()
        assert told == ["Export with tracked changes: No clauses have been inserted since the document was opened: "
                        "there are no changes to track. Use File > Export for a plain export."]
        win.checks.worker.wait()
    finally:
        translations.install(qapp, "nl")


def test_after_undo_and_redo_the_redline_is_refused_rather_than_wrong(qtbot, loaded, monkeypatch):
    window, out, _asked = loaded
    warned: list[str] = []
    monkeypatch.setattr(messages, "show_warning", lambda _p, _t, text: warned.append(text))
    insert_suggestion(qtbot, window, "complaint_authority")
    window.editor.setFocus()
    QTest.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window.editor, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert [line for line in screen_paragraphs(window) if line not in ORIGINAL]  # the clause is back
    window.redline.export_dialog()
    assert not out.exists()
    assert warned and "Opnieuw uitvoeren" in warned[0]
