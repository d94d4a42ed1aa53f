"""The grammar pass checks what the user sees first (issue 14, "no lag").

On a long policy a cold pass takes seconds; the paragraph being typed in and the paragraphs on
screen go out first, the rest of the document after them.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit

from editor.core.grammar import GrammarChecker
from editor.core.settings import Settings
from editor.gui.grammar import GrammarController, order
from editor.gui.grammar.context_menu import text_blocks

PARAGRAPHS = [f"Paragraaf {i}: wij bewaren uw gegevens {i} jaar, want hij vind dat nodig." for i in range(150)]


def _scrolled_editor(qtbot) -> QTextEdit:
    edit = QTextEdit()
    qtbot.addWidget(edit)
    edit.resize(500, 220)
    edit.setPlainText("\n".join(PARAGRAPHS))
    edit.show()
    qtbot.waitExposed(edit)
    cursor = QTextCursor(edit.document().findBlockByNumber(3))
    edit.setTextCursor(cursor)  # typing near the top ...
    bar = edit.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # ... while looking at the middle
    return edit


def _visible(edit: QTextEdit) -> list[str]:
    first, last = order.visible_span(edit)
    return [t for _n, pos, t in text_blocks(edit) if pos <= last and pos + len(t) >= first]


def test_cursor_paragraph_then_the_screen_then_the_rest(qtbot):
    edit = _scrolled_editor(qtbot)
    visible = _visible(edit)
    assert 3 <= len(visible) < 40 and PARAGRAPHS[3] not in visible and PARAGRAPHS[0] not in visible
    groups = order.groups(text_blocks(edit), PARAGRAPHS, PARAGRAPHS[3], order.visible_span(edit), workers=2)
    assert groups[0] == [PARAGRAPHS[3]]
    flat = [t for g in groups for t in g]
    assert sorted(flat) == sorted(PARAGRAPHS)  # every paragraph once
    assert flat[1 : 1 + len(visible)] == visible  # the screen right after the cursor's paragraph
    rest = flat[1 + len(visible):]
    assert rest == [t for t in PARAGRAPHS if t not in visible and t != PARAGRAPHS[3]]  # then document order


@pytest.mark.languagetool
def test_the_screen_is_underlined_before_the_end_of_the_document(qtbot, lt_server):
    edit = _scrolled_editor(qtbot)
    visible = _visible(edit)
    settings = Settings()
    ctrl = GrammarController(edit, settings, lambda: "nl-BE", checker=GrammarChecker(settings, server=lt_server))
    arrived: list[str] = []
    ctrl._relay.partial.connect(lambda _g, _l, text, _raw: arrived.append(text))
    ctrl.attach(install_context_menu=False)
    try:
        qtbot.waitUntil(lambda: len(set(arrived)) >= len(PARAGRAPHS) and ctrl.state == "ready", timeout=120_000)
        assert arrived[0] == PARAGRAPHS[3]
        last_visible = max(arrived.index(t) for t in visible)
        assert last_visible < arrived.index(PARAGRAPHS[-1])
        assert last_visible < len(arrived) // 2
        # and every paragraph got its underline ("hij vind")
        blocks = {i.block_number for i in ctrl.issues() if "vind" in i.match.text}
        assert blocks == set(range(len(PARAGRAPHS)))
    finally:
        ctrl.shutdown()
