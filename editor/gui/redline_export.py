"""Bestand > "Exporteren met wijzigingen (DOCX)…": a redline for the client. The clauses inserted
since the document was opened or created ("Invoegen" of a suggestion, "Ontbrekende onderdelen
aanvullen", the library browser) become tracked insertions (w:ins, author and date) against the
text as it was opened (editor.core.export.track_changes).

The log holds the ids of the blocks the bridge inserted in this session, each insertion with the
undo depth it created, and is cleared when another document is shown. Block ids alone cannot tell
an undone insertion: Qt's undo leaves the last inserted block's id on the paragraph it was
appended to. So an insertion counts while the undo stack still reaches it, and is forgotten once
a new edit replaces its redo history. After undo AND redo of an insertion Qt's block states, and
so the ids, no longer point at the right paragraphs: that redline is refused with a clear message
rather than marking the client's original text as inserted.
"""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from editor.core.i18n import pick
from editor.core.model import Policy
from editor.gui import messages

if TYPE_CHECKING:
    from editor.gui.main_window import MainWindow


def os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (some containers, services)
        return ""


class RedlineExport(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._doc = window.editor.document()
        self._pending: set[str] = set()
        self._insertions: list[tuple[int, set[str]]] = []  # (undo depth that includes it, block ids)
        self._low = 0  # the lowest undo depth seen since the last new edit
        window.bridge.blocks_inserted.connect(self.record)
        self._doc.undoCommandAdded.connect(self._on_command_added)
        self._doc.contentsChanged.connect(self._sample_depth)

    def record(self, block_ids: list[str]) -> None:
        # An insertion may sit inside a larger edit block (gap filler): its undo step exists only
        # once that block ends, so the depth is taken on the next turn of the event loop.
        self._pending.update(block_ids)
        QTimer.singleShot(0, self._settle)

    def _settle(self) -> None:
        if self._pending:
            self._insertions.append((self._doc.availableUndoSteps(), set(self._pending)))
            self._pending.clear()

    def _sample_depth(self) -> None:
        self._low = min(self._low, self._doc.availableUndoSteps())
        QTimer.singleShot(0, lambda: setattr(self, "_low", min(self._low, self._doc.availableUndoSteps())))

    def _on_command_added(self) -> None:
        # A new edit after an undo drops the redo history: undone insertions cannot come back.
        depth = self._doc.availableUndoSteps() - 1
        self._insertions = [(d, ids) for d, ids in self._insertions if d <= depth]
        self._low = self._doc.availableUndoSteps()

    def redone(self) -> bool:
        """An insertion was undone and then redone: its block ids are no longer reliable."""
        self._settle()
        depth = self._doc.availableUndoSteps()
        return any(self._low < d <= depth for d, _ids in self._insertions)

    def clear(self) -> None:
        """Another document is shown: its original text is the new baseline."""
        self._pending.clear()
        self._insertions.clear()
        self._low = 0

    def inserted_ids(self, policy: Policy) -> set[str]:
        """The inserted blocks in `policy` whose insertion has not been undone."""
        self._settle()
        depth = self._doc.availableUndoSteps()
        live = set().union(*(ids for d, ids in self._insertions if d <= depth))
        return live & {block.id for block in policy.blocks}

    def author(self) -> str:
        from editor.core.export.track_changes import DEFAULT_AUTHOR

        return self.window.settings.revision_author.strip() or os_user() or DEFAULT_AUTHOR

    def export_dialog(self) -> None:
        win = self.window
        if not self.inserted_ids(win.current_policy()):
            messages.show_info(
                win, self.tr("Exporteren met wijzigingen"),
                self.tr("Sinds het openen zijn er geen clausules ingevoegd: er zijn geen wijzigingen om bij te houden. "
                        "Gebruik Bestand > Exporteren voor een gewone export."),
            )
            return
        if self.redone():
            messages.show_warning(
                win, self.tr("Exporteren met wijzigingen"),
                self.tr("Na Ongedaan maken en Opnieuw uitvoeren kan de editor de ingevoegde clausules niet meer "
                        "betrouwbaar aanwijzen. Maak de invoeging ongedaan en voeg ze opnieuw in, of gebruik "
                        "Bestand > Exporteren voor een export zonder wijzigingen."),
            )
            return
        if not win.documents.confirm_placeholders():
            return
        stem = Path(win.path or win.imported_from or self.tr("privacyverklaring")).stem
        suggestion = Path(win.documents.export_folder()) / (stem + self.tr("-wijzigingen") + ".docx")
        path, _ = messages.save_file_name(
            win, self.tr("Exporteren met wijzigingen"), str(suggestion),
            pick("Word-document (*.docx)", "Word document (*.docx)"),
        )
        if not path:
            return
        if Path(path).suffix.lower() != ".docx":
            path += ".docx"
        if self.export_to(path):
            win.documents.offer_to_open(path)

    def export_to(self, path: str) -> bool:
        """Write the redline of the text on screen (atomically; failures are told to the user)."""
        win = self.window
        policy = win.current_policy()
        inserted = self.inserted_ids(policy)
        author = self.author()
        template = win.settings.docx_template or None

        def write() -> None:
            from editor.core.atomic import atomic_write_bytes
            from editor.core.export.track_changes import build_docx_tracked

            atomic_write_bytes(path, build_docx_tracked(policy, inserted, author=author, template=template))

        return win.documents.run_export(path, write)
