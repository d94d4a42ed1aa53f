"""The clause library in the window: loading it in the background, watching a shared library
on a network drive, the browser, and inserting a clause where a lawyer would put it."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from editor.core.errors import UserError
from editor.core.model import Block, Policy, PolicyMeta
from editor.core.placement import insertion_point, set_heading_level
from editor.core.settings import Settings
from editor.gui import messages
from editor.gui.text_editor import PolicyTextEdit
from editor.gui.workers import Worker

if TYPE_CHECKING:  # the library and the engine load in the worker pool, not at start-up
    from editor.core.checklist import Report
    from editor.core.library import Clause, ClauseLibrary



def library_check_ms() -> int:
    try:
        return max(200, int(os.environ.get("PRIVACY_EDITOR_LIBRARY_CHECK_MS", "60000")))
    except ValueError:
        return 60000


class LibraryController(QObject):
    library_changed = Signal(object)  # the ClauseLibrary, or None when it cannot be opened
    banner_changed = Signal(str)  # "" hides the banner
    inserted = Signal(int, int, str)  # Qt range of an inserted clause, its title

    def __init__(self, editor: PolicyTextEdit, settings: Callable[[], Settings],
                 report: Callable[[], Report | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.bridge = editor.bridge
        self._settings = settings
        self._report = report
        self.library: ClauseLibrary | None = None
        self.library_error = ""
        self.browser: QWidget | None = None
        self.worker = Worker(self)
        self.worker.result.connect(self._on_loaded)
        self.worker.error.connect(self._on_error)
        # A shared library on a network drive can drop and come back: look every minute.
        self.check_worker = Worker(self)
        self.check_worker.result.connect(lambda _reachable: self.update_banner())
        self.timer = QTimer(self)
        self.timer.setInterval(library_check_ms())
        self.timer.timeout.connect(self._check)

    def load(self) -> None:
        """Open the clause library in the background (a network share can be slow)."""
        from editor.core.paths import default_library_dir
        from editor.core.settings import cache_dir

        settings = self._settings()
        path = settings.library_path or str(default_library_dir())
        read_only = not settings.library_path

        def job() -> ClauseLibrary:
            from editor.core.library import ClauseLibrary

            library = ClauseLibrary.open(path, cache_dir() / "library", read_only=read_only)
            library.prepare_suggestions()  # here, not at the user's first click on a gap
            return library

        self.worker.submit(job)

    def _on_loaded(self, library: ClauseLibrary) -> None:
        self.library = library
        self.library_error = ""
        self.library_changed.emit(library)
        self.update_banner()
        if self._settings().library_path:
            self.timer.start()

    def _on_error(self, exc: object) -> None:
        self.library = None
        self.library_error = exc.message if isinstance(exc, UserError) else str(exc)
        self.library_changed.emit(None)
        self.update_banner()

    def _check(self) -> None:
        if self.library is not None and not self.check_worker.busy():
            self.check_worker.submit(self.library.check_available)

    def update_banner(self) -> None:
        text = ""
        if self.library_error:
            text = self.tr("De clausulebibliotheek is niet bereikbaar: %1").replace("%1", self.library_error)
        elif self.library is not None and self.library.offline_since is not None and self._settings().library_path:
            when = self.library.offline_since.strftime("%d-%m-%Y %H:%M")
            text = self.tr(
                "De gedeelde clausulebibliotheek is niet bereikbaar. U werkt met de kopie van %1 (alleen-lezen)."
            ).replace("%1", when)
        self.banner_changed.emit(text)

    def show_browser(self, parent: QWidget) -> None:
        if self.library is None:
            messages.show_warning(
                parent, self.tr("Clausulebibliotheek"), self.library_error or self.tr("De bibliotheek wordt nog geladen.")
            )
            return
        from editor.gui.library_browser import LibraryBrowser

        report = self._report()
        titles = {i.id: i.title for i in report.items} if report else {}
        browser = LibraryBrowser(
            self.library, self.bridge.to_policy(), parent, item_titles=titles, jurisdiction=self.bridge.meta.jurisdiction
        )
        browser.insert_requested.connect(self.insert_clause)
        browser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        browser.show()
        self.browser = browser

    def insert_clause(self, clause: Clause) -> tuple[int, int] | None:
        """Insert a library clause as a new section at a sensible place, as ONE undo step."""
        meta = self.bridge.meta
        report = self._report()
        jurisdiction = meta.jurisdiction or (report.jurisdiction if report else None) or "BE"
        from editor.core.profile_fields import link_fields

        # Profile values go in as linked fields, so a later profile change updates this clause too.
        today = dt.date.today().isoformat()
        blocks = link_fields(clause.to_blocks(None, jurisdiction, date=today), meta.organisation, jurisdiction,
                             date=today)
        if not blocks:
            return None
        policy = self.bridge.to_policy()
        before_id, level = insertion_point(policy, report, list(clause.item_ids))
        set_heading_level(blocks, level)
        where = self.bridge.locations()
        before = where[before_id].block if before_id and before_id in where else None
        start, end = self.bridge.insert_blocks_before(before, blocks)
        self.inserted.emit(start, end, clause.title)
        return start, end

    def starter_blocks(self, meta: PolicyMeta, parent: QWidget) -> list[Block]:
        """One clause per required checklist item, in catalogue order, from the library."""
        if self.library is None:
            messages.show_warning(parent, self.tr("Geen bibliotheek"), self.tr("De clausulebibliotheek is niet beschikbaar."))
            return []
        from editor.core.checklist import load_catalogue
        from editor.core.profile_fields import link_fields

        item_ids = [item.id for item in load_catalogue().items if item.level == "always"]
        blocks: list[Block] = []
        used: set[str] = set()
        covered: set[str] = set()
        empty = Policy(meta=meta)
        for item_id in item_ids:
            if item_id in covered:
                continue
            for clause in self.library.suggest(item_id, empty):
                if clause.id not in used:
                    used.add(clause.id)
                    covered.update(clause.item_ids)
                    juris = meta.jurisdiction or "BE"
                    blocks.extend(link_fields(clause.to_blocks(None, juris), meta.organisation, juris))
                    break
        return blocks
