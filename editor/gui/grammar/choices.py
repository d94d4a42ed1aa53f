"""The user's choices on a grammar issue: the context menu, replacing, ignoring, the word list.

A mixin of GrammarController (controller.py); its texts stay in the GrammarController
translation context because `self` is the controller.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QMenu, QTextEdit

from editor.core.errors import UserError
from editor.core.grammar import GrammarChecker
from editor.core.settings import Settings
from editor.gui.grammar.underline import Issue

MAX_SUGGESTIONS = 6


class ChoicesMixin:
    _edit: QTextEdit
    checker: GrammarChecker
    settings: Settings
    state: str

    def context_menu_actions(self, position: int, parent: QObject | None = None) -> list[QAction]:
        """Actions for the issue under a document position ([] when there is none)."""
        issue = self.issue_at(position)
        if issue is None:
            return []
        owner = parent or self
        m = issue.match
        actions: list[QAction] = []
        title = QAction(m.message if len(m.message) <= 90 else m.message[:87] + "…", owner)
        title.setEnabled(False)
        actions.append(title)
        for repl in m.replacements[:MAX_SUGGESTIONS]:
            act = QAction(repl, owner)
            act.setObjectName("grammarSuggestion")
            act.triggered.connect(lambda _=False, r=repl, i=issue: self.apply_replacement(i, r))
            actions.append(act)
        sep = QAction(owner)
        sep.setSeparator(True)
        actions.append(sep)
        ignore = QAction(self.tr("Negeren"), owner)
        ignore.setObjectName("grammarIgnore")
        ignore.triggered.connect(lambda _=False, i=issue: self.ignore(i))
        actions.append(ignore)
        disable = QAction(self.tr("Regel uitschakelen"), owner)
        disable.setObjectName("grammarDisableRule")
        disable.setToolTip(m.rule_id)
        disable.triggered.connect(lambda _=False, i=issue: self.disable_rule(i))
        actions.append(disable)
        if m.kind == "spelling":
            add = QAction(self.tr("Toevoegen aan woordenlijst"), owner)
            add.setObjectName("grammarAddWord")
            add.triggered.connect(lambda _=False, i=issue: self.add_word(i))
            actions.append(add)
        return actions

    def _menu_hook(self, menu: QMenu, position: int) -> None:
        for act in self.context_menu_actions(position, menu):
            menu.addAction(act)

    def build_context_menu(self, viewport_pos: QPoint) -> QMenu:
        builder = getattr(self._edit, "build_context_menu", None)
        if callable(builder) and self._menu_hook in getattr(self._edit, "context_menu_hooks", []):
            return builder(viewport_pos)
        menu = self._edit.createStandardContextMenu(viewport_pos)
        position = self._edit.cursorForPosition(viewport_pos).position()
        actions = self.context_menu_actions(position, menu)
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

    def _show_context_menu(self, viewport_pos: QPoint) -> None:
        menu = self.build_context_menu(viewport_pos)
        menu.exec(self._edit.viewport().mapToGlobal(viewport_pos))
        menu.deleteLater()

    def _still_valid(self, issue: Issue) -> bool:
        block = self._edit.document().findBlockByNumber(issue.block_number)
        return block.isValid() and block.text() == issue.block_text

    def apply_replacement(self, issue: Issue, replacement: str) -> None:
        """Replace the flagged text (one undo step)."""
        if not self._still_valid(issue):
            return
        cursor = QTextCursor(self._edit.document())
        cursor.setPosition(issue.start)
        cursor.setPosition(issue.end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(replacement)
        self._edit.setTextCursor(cursor)

    def ignore(self, issue: Issue) -> None:
        self.checker.ignore(issue.block_text, issue.match)
        self.render()

    def disable_rule(self, issue: Issue) -> None:
        self.checker.disable_rule(issue.match.rule_id)
        self._save_settings()
        self.render()

    def add_word(self, issue: Issue) -> None:
        self.checker.add_word(issue.match.text)
        self._save_settings()
        self.render()

    def _save_settings(self) -> None:
        try:
            self.settings.save()
        except UserError as exc:
            self.state_changed.emit(self.state, exc.message)

