"""Document > "Ontbrekende onderdelen aanvullen": the best clause for every item the policy does
not give, each where a lawyer would put it (editor.core.fill_gaps, run in the worker pool), applied
to the text as ONE undo step. If the text changed while the clauses were chosen, nothing is
applied and the user is asked to try again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextCursor

from editor.core.errors import UserError
from editor.core.model import Block
from editor.gui.text_editor import PolicyTextEdit
from editor.gui.workers import Worker

if TYPE_CHECKING:
    from editor.core.fill_gaps import GapFill
    from editor.core.library import ClauseLibrary


def _run(policy, profile, jurisdiction, clauses, date) -> GapFill:  # noqa: ANN001 - plain data across threads
    from editor.core.fill_gaps import fill_gaps

    return fill_gaps(policy, profile, jurisdiction, clauses, date=date)


class GapFiller(QObject):
    started = Signal()
    applied = Signal(int, int, int, int)  # inserted, still open, Qt start, Qt end of the first insertion
    message = Signal(str)  # for the status bar: nothing to do, text changed, failure

    def __init__(self, editor: PolicyTextEdit, library: Callable[[], ClauseLibrary | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.bridge = editor.bridge
        self._library = library
        self._revision = -1
        self.worker = Worker(self)
        self.worker.result.connect(self._on_result)
        self.worker.error.connect(self._on_error)

    def start(self) -> bool:
        library = self._library()
        if library is None:
            self.message.emit(self.tr("De clausulebibliotheek is nog niet geladen."))
            return False
        meta = self.bridge.meta
        self._revision = self.editor.document().revision()
        self.started.emit()
        self.worker.submit(_run, self.bridge.to_policy(), meta.organisation, meta.jurisdiction,
                           list(library.clauses), dt.date.today().isoformat())
        return True

    def _on_error(self, exc: object) -> None:
        text = exc.message if isinstance(exc, UserError) else str(exc)
        self.message.emit(self.tr("Aanvullen mislukt: %1").replace("%1", text))

    def _on_result(self, result: GapFill) -> None:
        if self.editor.document().revision() != self._revision:
            self.message.emit(self.tr("De tekst is intussen gewijzigd; kies opnieuw Ontbrekende onderdelen aanvullen."))
            return
        if not result.inserted:
            self.message.emit(self.tr("Geen clausules gevonden die een ontbrekend onderdeel aanvullen."))
            return
        start, end = self.apply(result)
        self.applied.emit(len(result.inserted), len(result.still_open), start, end)

    def apply(self, result: GapFill) -> tuple[int, int]:
        """Insert the new blocks of `result.policy` before the original blocks that follow them."""
        new_ids = result.inserted_block_ids
        groups: list[tuple[str | None, list[Block]]] = []
        pending: list[Block] = []
        for block in result.policy.blocks:
            if block.id in new_ids:
                pending.append(block)
            elif pending:
                groups.append((block.id, pending))
                pending = []
        if pending:
            groups.append((None, pending))
        first: tuple[int, int] | None = None
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()  # the insertions below join this one undo step
        try:
            for before_id, blocks in groups:
                where = self.bridge.locations()
                before = where[before_id].block if before_id and before_id in where else None
                span = self.bridge.insert_blocks_before(before, blocks)
                first = first or span
        finally:
            cursor.endEditBlock()
        return first or (0, 0)
