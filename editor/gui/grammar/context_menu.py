"""The grammar entries of the editor's context menu and tooltip, applying a suggestion, and the
small editor helpers the controller needs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint
from PySide6.QtGui import QAction, QHelpEvent, QTextCursor
from PySide6.QtWidgets import QMenu, QTextEdit, QToolTip, QWidget

from editor.gui.grammar.underline import Issue

if TYPE_CHECKING:
    from editor.gui.grammar.controller import GrammarController

MAX_SUGGESTIONS = 6


def issue_actions(ctrl: GrammarController, issue: Issue, owner: QObject) -> list[QAction]:
    """The message, up to six suggestions, "Negeren", "Regel uitschakelen" and, for spelling,
    "Toevoegen aan woordenlijst"."""
    m = issue.match
    actions: list[QAction] = []
    title = QAction(m.message if len(m.message) <= 90 else m.message[:87] + "…", owner)
    title.setEnabled(False)
    actions.append(title)
    for repl in m.replacements[:MAX_SUGGESTIONS]:
        act = QAction(repl, owner)
        act.setObjectName("grammarSuggestion")
        act.triggered.connect(lambda _=False, r=repl, i=issue: ctrl.apply_replacement(i, r))
        actions.append(act)
    sep = QAction(owner)
    sep.setSeparator(True)
    actions.append(sep)
    ignore = QAction(QCoreApplication.translate("GrammarController", "Negeren"), owner)
    ignore.setObjectName("grammarIgnore")
    ignore.triggered.connect(lambda _=False, i=issue: ctrl.ignore(i))
    actions.append(ignore)
    disable = QAction(QCoreApplication.translate("GrammarController", "Regel uitschakelen"), owner)
    disable.setObjectName("grammarDisableRule")
    disable.setToolTip(m.rule_id)
    disable.triggered.connect(lambda _=False, i=issue: ctrl.disable_rule(i))
    actions.append(disable)
    if m.kind == "spelling":
        add = QAction(QCoreApplication.translate("GrammarController", "Toevoegen aan woordenlijst"), owner)
        add.setObjectName("grammarAddWord")
        add.triggered.connect(lambda _=False, i=issue: ctrl.add_word(i))
        actions.append(add)
    return actions


def standard_menu_with(edit: QTextEdit, viewport_pos: QPoint, actions_for: Callable[[QMenu], list[QAction]]) -> QMenu:
    """Qt's standard context menu with the grammar actions on top."""
    menu = edit.createStandardContextMenu(viewport_pos)
    actions = actions_for(menu)
    if actions:
        first = menu.actions()[0] if menu.actions() else None
        sep = QAction(menu)
        sep.setSeparator(True)
        for act in [*actions, sep]:
            if first is not None:
                menu.insertAction(first, act)
            else:
                menu.addAction(act)
    return menu


def tooltip_text(issue: Issue) -> str:
    m = issue.match
    return m.message + (f"\n→ {', '.join(m.replacements[:3])}" if m.replacements else "")


def still_valid(edit: QTextEdit, issue: Issue) -> bool:
    """The paragraph still reads as when it was checked."""
    block = edit.document().findBlockByNumber(issue.block_number)
    return block.isValid() and block.text() == issue.block_text


def replace_issue(edit: QTextEdit, issue: Issue, replacement: str) -> None:
    """Replace the flagged text (one undo step); nothing when the paragraph changed meanwhile."""
    if not still_valid(edit, issue):
        return
    cursor = QTextCursor(edit.document())
    cursor.setPosition(issue.start)
    cursor.setPosition(issue.end, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(replacement)
    edit.setTextCursor(cursor)


def select_span(edit: QTextEdit, start: int, end: int) -> None:
    """Select an issue in the text and bring the editor to it (a click in the issue list)."""
    cursor = QTextCursor(edit.document())
    limit = max(0, edit.document().characterCount() - 1)
    cursor.setPosition(min(start, limit))
    cursor.setPosition(min(end, limit), QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    edit.ensureCursorVisible()
    edit.setFocus()


def text_blocks(edit: QTextEdit) -> list[tuple[int, int, str]]:
    """(block number, position, text) of every text block, tables included."""
    out = []
    block = edit.document().begin()
    while block.isValid():
        out.append((block.blockNumber(), block.position(), block.text()))
        block = block.next()
    return out


def show_tooltip(edit: QTextEdit, issue_at: Callable[[int], Issue | None], event: object, obj: QObject) -> bool:
    """The issue's message and first suggestions as the tooltip; True when one was shown."""
    if not (isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip):
        return False
    issue = issue_at(edit.cursorForPosition(event.pos()).position())
    if issue is None:
        return False
    QToolTip.showText(event.globalPos(), tooltip_text(issue), edit.viewport() if isinstance(obj, QWidget) else None)
    return True
