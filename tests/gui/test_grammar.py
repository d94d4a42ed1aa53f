"""The editor's grammar controller: underlines, panel, context menu, background checks.

Most tests use the replay server (recorded LanguageTool answers); the last one types into a
real editor against the real LanguageTool, as a user would.
"""

from __future__ import annotations

import os
import time

import pytest
from grammar_fixtures import EMOJI_SENTENCE
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit

from editor.core.grammar import GrammarChecker
from editor.core.plaintext import to_utf16
from editor.core.settings import Settings
from editor.gui.grammar import COLORS, GrammarController

DOC = "\n".join(
    [
        "Privacyverklaring",
        "Hij vind het goed.",
        "Dit is een verkeerdd woord.",
        EMOJI_SENTENCE,
        "Wij verwerken uw gegevens zorgvuldig.",
    ]
)


def _make(qtbot, url: str | None = None, server=None, text: str = DOC, language: str = "nl-BE"):
    edit = QTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText(text)
    settings = Settings()
    checker = GrammarChecker(settings, url=url, server=server)
    ctrl = GrammarController(edit, settings, lambda: language, checker=checker)
    states: list[str] = []
    ctrl.state_changed.connect(lambda s, _t: states.append(s))
    ctrl.attach()
    return edit, ctrl, states


def _wait_issues(qtbot, ctrl, n: int, timeout: int = 10_000) -> None:
    qtbot.waitUntil(lambda: len(ctrl.issues()) >= n and ctrl.state == "ready", timeout=timeout)


@pytest.fixture
def replay_editor(qtbot, replay_url):
    edit, ctrl, states = _make(qtbot, url=replay_url)
    _wait_issues(qtbot, ctrl, 3)
    yield edit, ctrl, states
    ctrl.shutdown()


def test_underlines_colours_and_spans(replay_editor):
    edit, ctrl, states = replay_editor
    assert states[0] == "starting" and "ready" in states and "checking" in states
    doc = edit.document()
    got = sorted((_qt_text(edit, s, e), kind) for s, e, kind in ctrl.underlines())
    assert got == [("Hij vind", "grammar"), ("Hij vind", "grammar"), ("verkeerdd", "spelling")]
    # the emoji paragraph: Qt positions are UTF-16, so the span starts one unit later than code points
    block = doc.findBlockByNumber(3)
    start = [s for s, _e, _k in ctrl.underlines() if block.position() <= s < block.position() + block.length()][0]
    assert start - block.position() == to_utf16(EMOJI_SENTENCE, EMOJI_SENTENCE.index("Hij vind"))
    sel = [s for s in edit.extraSelections() if s.format.underlineStyle() != 0]
    colours = {s.format.underlineColor().name() for s in sel}
    assert colours == {COLORS["grammar"].name(), COLORS["spelling"].name()}


def _qt_text(edit: QTextEdit, start: int, end: int) -> str:
    cursor = QTextCursor(edit.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def test_panel_lists_issues_and_jumps(replay_editor, qtbot):
    edit, ctrl, _ = replay_editor
    panel = ctrl.panel_widget()
    qtbot.addWidget(panel)
    assert panel.count() == 3
    assert "verkeerdd" in panel.list.item(1).text()
    with qtbot.waitSignal(panel.jump_requested):
        panel.list.itemActivated.emit(panel.list.item(1))
    assert edit.textCursor().selectedText() == "verkeerdd"


def test_context_menu_offers_suggestions_and_choices(replay_editor):
    edit, ctrl, _ = replay_editor
    pos = edit.document().findBlockByNumber(2).position() + len("Dit is een ver")
    names = [(a.objectName(), a.text()) for a in ctrl.context_menu_actions(pos)]
    texts = [t for _n, t in names]
    assert "verkeerd" in texts
    assert "Negeren" in texts and "Regel uitschakelen" in texts and "Toevoegen aan woordenlijst" in texts
    # grammar issues have no "add to word list"
    pos = edit.document().findBlockByNumber(1).position() + 5
    texts = [a.text() for a in ctrl.context_menu_actions(pos)]
    assert "Hij vindt" in texts and "Toevoegen aan woordenlijst" not in texts
    assert ctrl.context_menu_actions(0) == []  # "Privacyverklaring" is fine


def test_add_word_persists_and_removes_the_underline(replay_editor):
    edit, ctrl, _ = replay_editor
    pos = edit.document().findBlockByNumber(2).position() + 12
    [add] = [a for a in ctrl.context_menu_actions(pos) if a.objectName() == "grammarAddWord"]
    add.trigger()
    assert all(_qt_text(edit, s, e) != "verkeerdd" for s, e, _k in ctrl.underlines())
    assert "verkeerdd" in Settings.load().user_words


def test_ignore_only_this_occurrence_and_disable_rule(replay_editor):
    edit, ctrl, _ = replay_editor
    pos = edit.document().findBlockByNumber(1).position() + 2
    [ignore] = [a for a in ctrl.context_menu_actions(pos) if a.objectName() == "grammarIgnore"]
    ignore.trigger()
    assert len(ctrl.underlines()) == 2  # the same rule in the emoji paragraph still shows
    pos = edit.document().findBlockByNumber(3).position() + 25
    [disable] = [a for a in ctrl.context_menu_actions(pos) if a.objectName() == "grammarDisableRule"]
    disable.trigger()
    assert [_qt_text(edit, s, e) for s, e, _k in ctrl.underlines()] == ["verkeerdd"]
    assert Settings.load().disabled_rules == ["NL_SIMPLE_REPLACE_HIJ_VIND"]


def test_editing_a_paragraph_drops_its_stale_underline_without_blocking(replay_editor, qtbot):
    edit, ctrl, _ = replay_editor
    cursor = QTextCursor(edit.document().findBlockByNumber(2))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    t0 = time.perf_counter()
    cursor.insertText(" Extra")
    assert time.perf_counter() - t0 < 0.1  # typing itself does no checking
    qtbot.wait(20)
    ctrl.check_changed()  # what the pause timer does
    assert all(_qt_text(edit, s, e) != "verkeerdd" for s, e, _k in ctrl.underlines())


def test_engine_unavailable_is_announced_once(qtbot):
    edit = QTextEdit()
    qtbot.addWidget(edit)
    settings = Settings(grammar_mode="remote", grammar_url="http://127.0.0.1:9")
    ctrl = GrammarController(edit, settings, lambda: "nl-BE")
    states: list[str] = []
    ctrl.state_changed.connect(lambda s, _t: states.append(s))
    ctrl.attach()
    qtbot.waitUntil(lambda: ctrl.state == "unavailable", timeout=10_000)
    edit.setPlainText("Hij vind het goed.")
    ctrl.check_changed()
    qtbot.wait(50)
    assert states.count("unavailable") == 1
    assert "niet beschikbaar" in ctrl.state_text
    ctrl.shutdown()


def test_grammar_off_never_starts_an_engine(qtbot):
    edit = QTextEdit()
    qtbot.addWidget(edit)
    ctrl = GrammarController(edit, Settings(grammar_mode="off"), lambda: "nl-BE")
    ctrl.attach()
    assert ctrl.state == "unavailable" and ctrl.checker.server is None
    ctrl.shutdown()


@pytest.mark.languagetool
def test_typing_hij_vind_shows_an_underline_and_the_menu_fixes_it(qtbot, lt_server):
    """The issue's 'done when': type, pause, see "vind" underlined within a second, fix it."""
    edit, ctrl, _ = _make(qtbot, server=lt_server, text="")
    edit.show()
    qtbot.waitUntil(lambda: ctrl.state == "ready", timeout=30_000)
    edit.setFocus()
    qtbot.keyClicks(edit, "Hij vind het goed.")
    typed = time.perf_counter()
    qtbot.waitUntil(lambda: any(_qt_text(edit, s, e) == "Hij vind" for s, e, _k in ctrl.underlines()), timeout=5_000)
    latency = time.perf_counter() - typed
    assert latency < 0.4 + 1.0, latency  # pause + under a second
    pos = edit.document().findBlockByNumber(0).position() + 5
    menu = ctrl.build_context_menu(edit.cursorRect(_cursor_at(edit, pos)).center())
    [fix] = [a for a in menu.actions() if a.text() == "Hij vindt"]
    fix.trigger()
    assert edit.toPlainText() == "Hij vindt het goed."
    qtbot.waitUntil(lambda: ctrl.state == "ready" and not ctrl.underlines(), timeout=5_000)
    edit.undo()  # the fix is one undo step
    assert edit.toPlainText() == "Hij vind het goed."
    ctrl.shutdown()
    assert lt_server.is_running()  # a controller never stops a server it does not own


def _cursor_at(edit: QTextEdit, pos: int) -> QTextCursor:
    c = QTextCursor(edit.document())
    c.setPosition(pos)
    return c


def test_context_menu_policy_respects_an_existing_custom_menu(qtbot, replay_url):
    edit = QTextEdit()
    qtbot.addWidget(edit)
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    ctrl = GrammarController(edit, Settings(), lambda: "nl-BE", checker=GrammarChecker(Settings(), url=replay_url))
    ctrl.attach()
    assert ctrl._own_menu is False
    ctrl.shutdown()


@pytest.mark.languagetool
def test_closing_during_engine_start_up_is_quick_and_leaves_no_jvm(qtbot, lt_server, monkeypatch):
    from editor.core.grammar import server as server_mod

    monkeypatch.setattr(server_mod, "_SHARED", None)  # a fresh shared JVM, not the session's
    edit = QTextEdit()
    qtbot.addWidget(edit)
    ctrl = GrammarController(edit, Settings(), lambda: "nl-BE")
    ctrl.attach()
    qtbot.waitUntil(lambda: ctrl.checker.server is not None and ctrl.checker.server.pid is not None, timeout=20_000)
    server = ctrl.checker.server
    pid = server.pid
    t0 = time.perf_counter()
    ctrl.shutdown()  # a window closing: the wait ends, the shared JVM keeps starting for others
    assert time.perf_counter() - t0 < 2
    assert server.is_running()
    other = GrammarController(QTextEdit(), Settings(), lambda: "nl-BE")
    assert other.checker.server is None
    t0 = time.perf_counter()
    other.shutdown(stop_engine=True)  # quitting the application
    assert time.perf_counter() - t0 < 8
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # stopped and reaped
    assert ctrl.state != "ready"


def test_works_with_the_apps_editor_layers_and_menu_hooks(qtbot, replay_url):
    from editor.gui.text_editor import PolicyTextEdit

    edit = PolicyTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText(DOC)
    settings = Settings()
    ctrl = GrammarController(edit, settings, lambda: "nl-BE", checker=GrammarChecker(settings, url=replay_url))
    ctrl.attach()
    _wait_issues(qtbot, ctrl, 3)
    assert len(edit.highlights("grammar")) == 3
    # another feature updating its own layer keeps the grammar underlines
    edit.set_highlights("evidence", [])
    assert len([s for s in edit.extraSelections() if s.format.underlineStyle() != 0]) == 3
    assert edit.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu  # the editor's own menu stays
    edit.resize(700, 400)
    edit.show()
    qtbot.waitExposed(edit)
    pos = edit.document().findBlockByNumber(2).position() + 12
    menu = edit.build_context_menu(edit.cursorRect(_cursor_at(edit, pos)).center())
    texts = [a.text() for a in menu.actions()]
    assert "verkeerd" in texts and "Toevoegen aan woordenlijst" in texts
    ctrl.shutdown()


@pytest.mark.languagetool
def test_an_edit_during_the_first_pass_is_checked_before_the_rest(qtbot, lt_server, corpus_files):
    from editor.core.importers import load_document
    from editor.core.plaintext import PlainText

    [longest] = [p for p in corpus_files if p.name.startswith("003_")]
    text = PlainText.from_policy(load_document(str(longest)).policy).text
    edit, ctrl, _ = _make(qtbot, server=lt_server, text=text)
    qtbot.waitUntil(lambda: ctrl.state == "checking", timeout=30_000)
    cursor = QTextCursor(edit.document())
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("\nHij vind het goed.")  # the last paragraph: naturally checked last
    edit.setTextCursor(cursor)
    ctrl.check_changed()  # what the pause timer calls
    qtbot.waitUntil(lambda: any(i.match.text == "Hij vind" for i in ctrl.issues()), timeout=30_000)
    unchecked = [b for _n, _p, b in ctrl._blocks() if b.strip() and ("nl-BE", b) not in ctrl._raw]
    assert unchecked, "the edit should not have waited for the whole document"
    qtbot.waitUntil(lambda: ctrl.state == "ready", timeout=120_000)
    assert not [b for _n, _p, b in ctrl._blocks() if b.strip() and ("nl-BE", b) not in ctrl._raw]
    ctrl.shutdown()


def test_new_settings_switch_the_engine(replay_editor, replay_url, qtbot):
    edit, ctrl, states = replay_editor
    ctrl.set_settings(Settings(grammar_mode="off"))
    assert ctrl.state == "unavailable" and ctrl.underlines() == []
    ctrl.set_settings(Settings(grammar_mode="remote", grammar_url=replay_url))
    _wait_issues(qtbot, ctrl, 3)
    assert len(ctrl.underlines()) == 3
    # only the word list changed: no restart, the underline goes at once
    words = Settings(grammar_mode="remote", grammar_url=ctrl.settings.grammar_url, user_words=["verkeerdd"])
    checker = ctrl.checker
    ctrl.set_settings(words)
    assert ctrl.checker is checker and len(ctrl.underlines()) == 2


def test_main_window_wiring(qtbot, replay_url, tmp_path):
    from editor.gui.main_window import MainWindow

    path = tmp_path / "beleid.txt"
    path.write_text("Privacyverklaring\n\nHij vind het goed.\n\nDit is een verkeerdd woord.\n", encoding="utf-8")
    window = MainWindow(Settings(grammar_mode="remote", grammar_url=replay_url))
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(str(path))
    ctrl = window.grammar
    _wait_issues(qtbot, ctrl, 2)
    assert sorted(_qt_text(window.editor, s, e) for s, e, _k in ctrl.underlines()) == ["Hij vind", "verkeerdd"]
    assert "klaar" in window.menu.grammar_label.text()
    assert window.grammar_dock.toggleViewAction() in window.menu.view_menu.actions()
    block = [b for b in range(window.editor.document().blockCount())
             if window.editor.document().findBlockByNumber(b).text() == "Hij vind het goed."][0]
    pos = window.editor.document().findBlockByNumber(block).position() + 5
    menu = window.editor.build_context_menu(window.editor.cursorRect(_cursor_at(window.editor, pos)).center())
    [fix] = [a for a in menu.actions() if a.text() == "Hij vindt"]
    fix.trigger()
    assert "Hij vindt het goed." in window.editor.toPlainText()
    window.editor.document().setModified(False)  # closing must not ask to save
    ctrl.shutdown()


def test_a_hidden_panel_is_filled_when_shown(replay_editor, qtbot):
    """Results that arrive while the issue list is hidden cost no list rebuild until it is shown."""
    _edit, ctrl, _ = replay_editor
    panel = ctrl.panel_widget()
    qtbot.addWidget(panel)
    panel.list.clear()
    ctrl.render()
    assert not panel.isVisible() and panel.count() == 0
    panel.show()
    assert panel.count() == 3
