"""Spelling and grammar in the editor: underlines, issue panel, context menu, background checks.

`GrammarController(text_edit, settings, language_getter)` is the one object a window needs;
see controller.py for the few lines of wiring.
"""

from editor.gui.grammar.controller import GrammarController
from editor.gui.grammar.panel import GrammarPanel
from editor.gui.grammar.underline import COLORS, Issue, Underliner

__all__ = ["COLORS", "GrammarController", "GrammarPanel", "Issue", "Underliner"]
