"""Background spelling and grammar checking for a QTextEdit.

The main window creates one controller per editor, calls attach() (which starts the engine in the
background and adds the grammar entries to the editor's context menu through its
`context_menu_hooks`), shows panel_widget() in a dock, shows state_changed in the status bar and
calls set_document_terms() with the profile's names. Typing is never blocked: a paragraph is checked
after a pause (~400 ms), only if changed, from a single-thread pool whose task keeps several
requests in flight (one per LanguageTool check thread); results are cached per text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTextEdit

from editor.core.errors import UserError
from editor.core.grammar import EngineUnavailable, GrammarChecker, GrammarMatch, stop_shared_server
from editor.core.grammar.server import shared_server
from editor.core.model import LANGUAGES
from editor.core.settings import Settings
from editor.gui.grammar import context_menu, order, runner
from editor.gui.grammar.engine_status import EngineStatus, progress_text
from editor.gui.grammar.issues import IssueBuilder
from editor.gui.grammar.panel import GrammarPanel
from editor.gui.grammar.underline import Issue, Underliner

PAUSE_MS = 400
RAW_LIMIT = 4000  # cached paragraph versions kept in the GUI before old ones are pruned


class GrammarController(QObject):
    """Engine life cycle, background checks, underlines, panel and context menu for one editor."""

    # state: "starting" | "ready" | "checking" | "unavailable"; text: a message for the status bar
    state_changed = Signal(str, str)
    issues_changed = Signal()

    def __init__(
        self,
        text_edit: QTextEdit,
        settings: Settings | None = None,
        language_getter: Callable[[], str] | None = None,
        checker: GrammarChecker | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or text_edit)
        self._edit = text_edit
        self.settings = settings or Settings.load()
        self._language_getter = language_getter or (lambda: "nl-BE")
        self.checker = checker or GrammarChecker(self.settings)
        self.checker.settings = self.settings
        self.state = "idle"
        self.state_text = ""
        self._raw: dict[tuple[str, str], tuple[GrammarMatch, ...]] = {}
        self._issues: list[Issue] = []
        self._generation = 0
        self._epoch = 0  # generation at the last engine switch (set_settings)
        self._busy = False
        self._dirty = False
        self._closing = False
        self._announced_unavailable = False
        self._relay = runner.Relay(self)
        self._relay.progress.connect(self._on_progress)
        self._relay.partial.connect(self._on_partial)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._engine_status = EngineStatus(self)  # restarts of the local server, in plain words
        self._engine_status.changed.connect(self._on_engine_status)
        self._pool = runner.make_pool(self)
        self._underliner = Underliner(text_edit)
        self._issue_builder = IssueBuilder()
        self._panel_stale = False
        self._panel: GrammarPanel | None = None
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self.check_changed)
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(60)  # coalesce per-paragraph results into one repaint
        self._render_timer.timeout.connect(self.render)
        self._own_menu = False
        self._document_terms: tuple[str, ...] = self.checker.document_terms

    # ------------------------------------------------------------------ public API

    def attach(self, install_context_menu: bool = True) -> None:
        """Start watching the editor and start the engine in the background."""
        self._edit.document().contentsChange.connect(self._on_contents_change)
        self._edit.viewport().installEventFilter(self)
        hooks = getattr(self._edit, "context_menu_hooks", None)
        if install_context_menu and isinstance(hooks, list):
            hooks.append(self._menu_hook)  # the app's editor builds its menu from hooks
        elif install_context_menu and self._edit.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu:
            self._edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            self._edit.customContextMenuRequested.connect(self._show_context_menu)
            self._own_menu = True
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(lambda: self.shutdown(stop_engine=True))
        self._edit.destroyed.connect(lambda *_: self.shutdown())
        self._start_engine()

    def panel_widget(self) -> GrammarPanel:
        if self._panel is None:
            self._panel = GrammarPanel()
            self._panel.jump_requested.connect(self.jump_to)
            self._panel.shown.connect(self._fill_panel)
            self._panel.set_state(self.state_text)
            self._panel.set_issues(self._issues)
        return self._panel

    def _fill_panel(self) -> None:
        if self._panel is not None and self._panel_stale:
            self._panel_stale = False
            self._panel.set_issues(self._issues)

    def issues(self) -> list[Issue]:
        return list(self._issues)

    def language(self) -> str:
        lang = self._language_getter()
        return lang if lang in LANGUAGES else "nl-BE"

    def recheck(self) -> None:
        """Re-render now and check what is not cached (after a language or settings change)."""
        self.render()
        self.check_changed()

    def set_document_terms(self, terms: Iterable[str]) -> None:
        """The document's own names (organisation profile): re-rendered from the cached results."""
        self._document_terms = tuple(terms)
        self.checker.set_document_terms(self._document_terms)
        if not self._closing:
            self.render()

    def set_settings(self, settings: Settings) -> None:
        """Use new settings (after the settings dialog); a new mode or server URL restarts the engine."""
        old = (self.settings.grammar_mode, self.settings.grammar_url)
        self.settings = settings
        self.checker.settings = settings
        if (settings.grammar_mode, settings.grammar_url) == old or self._closing:
            self.render()  # word list or disabled rules may have changed
            return
        self._generation += 1
        self._epoch = self._generation  # results and failures of the old engine are dropped
        self.checker.close()
        if old[0] == "local" and settings.grammar_mode != "local":
            stop_shared_server()  # an idle JVM holds ~500 MB
        self.checker = GrammarChecker(settings)
        self.checker.set_document_terms(self._document_terms)
        self._raw.clear()
        self._busy = False
        self._dirty = False
        self._announced_unavailable = False
        self.render()
        self._start_engine()

    def shutdown(self, stop_engine: bool = False) -> None:
        """Stop checking for this editor; with stop_engine (on quit) also stop the shared JVM.

        Returns quickly: a wait for the engine's start-up is cancelled within 0.25 s, and the
        engine itself is stopped without waiting for a running check. Safe to call twice.
        """
        if not self._closing:
            self._closing = True
            self._pause.stop()
            self._render_timer.stop()
            self._generation += 1
            self._pool.clear()
            self._engine_status.unwatch()
            self.checker.close()
        if stop_engine:
            stop_shared_server()  # an in-flight request then fails at once
        self._pool.waitForDone(5000)

    # ------------------------------------------------------------------ engine start
    def _set_state(self, state: str, text: str) -> None:
        if state == "unavailable":
            if self._announced_unavailable:  # say it once, then stay quiet
                self.state = state
                return
            self._announced_unavailable = True
        self.state = state
        self.state_text = text
        if self._panel is not None:
            self._panel.set_state(text)
        self.state_changed.emit(state, text)

    def _start_engine(self) -> None:
        if self.checker.available:
            self._set_state("ready", self.tr("Taalcontrole klaar"))
            self.check_changed()
            return
        if self.settings.grammar_mode == "off" and self.checker.url is None:
            self._set_state("unavailable", self.tr("Taalcontrole staat uit (instellingen)"))
            return
        self._set_state("starting", self.tr("Taalcontrole starten…"))
        if self.checker.server is None and self.checker.mode == "local":
            self.checker.server = shared_server()  # what checker.start() would pick; watched from now on
        self._engine_status.watch(self.checker.server)
        relay = self._relay

        def start() -> None:
            if self._closing:
                raise EngineUnavailable("Afgesloten.", "Closed.")
            self.checker.start(lambda phase, elapsed: relay.progress.emit(phase, elapsed), lambda: self._closing)

        runner.submit(self._pool, relay, "start", self._generation, start)

    def _on_engine_status(self, state: str, text: str) -> None:
        if self._closing:
            return
        if state != "unavailable":
            self._announced_unavailable = False  # a later "off" must be said again
        self._set_state(state, text)

    def _on_progress(self, phase: str, elapsed: float) -> None:
        text = progress_text(phase, elapsed)
        if self.state != "starting" or text is None:
            return
        self.state_text = text
        if self._panel is not None:
            self._panel.set_state(text)
        self.state_changed.emit("starting", text)

    # ------------------------------------------------------------------ checking
    def _on_contents_change(self, _pos: int, removed: int, added: int) -> None:
        if removed == 0 and added == 0:
            return
        self._pause.start()  # restart the pause timer on every keystroke

    def _blocks(self) -> list[tuple[int, int, str]]:
        """(block number, position, text) of every text block, tables included."""
        return context_menu.text_blocks(self._edit)

    def check_changed(self) -> None:
        """Check every paragraph whose current text has no result yet: the cursor's paragraph
        first, then the visible ones, then the rest (order.groups), several requests at a time."""
        if self._closing:
            return
        self.render()  # edited paragraphs lose their stale underlines at once
        if self.state not in ("ready", "checking") or not self.checker.available:
            return
        language = self.language()
        blocks = self._blocks()
        todo = {text for _n, _pos, text in blocks if text.strip() and (language, text) not in self._raw}
        if not todo:
            if self.state == "checking" and not self._busy:
                self._set_state("ready", self.tr("Taalcontrole klaar"))
            return
        if self._busy:
            # stop the running pass after the requests in flight, so the paragraph just edited
            # (and the screen) are checked next instead of after the rest of the document
            self._dirty = True
            self._generation += 1
            return
        self._busy = True
        self._generation += 1
        generation = self._generation
        self._set_state("checking", self.tr("Taalcontrole bezig…"))
        checker, relay = self.checker, self._relay
        workers = checker.workers
        groups = order.groups(blocks, todo, self._edit.textCursor().block().text(),
                              order.visible_span(self._edit), workers)

        def check() -> int:
            checker.check_groups(groups, language, workers=workers,
                                 on_result=lambda text, raw: relay.partial.emit(generation, language, text, raw),
                                 cancelled=lambda: generation != self._generation)
            return len(todo)

        runner.submit(self._pool, relay, "check", generation, check)

    def _on_partial(self, generation: int, language: str, text: str, raw: object) -> None:
        if generation < self._epoch:
            return
        self._raw[(language, text)] = tuple(raw)  # type: ignore[arg-type]
        if not self._render_timer.isActive():
            self._render_timer.start()

    def _on_done(self, kind: str, generation: int, _result: object) -> None:
        if self._closing or generation < self._epoch:
            return
        if kind == "start":
            text = self.tr("Taalcontrole klaar")
            if self.checker.warnings:
                text += " — " + " ".join(self.checker.warnings)
            self._set_state("ready", text)
            self.check_changed()
            return
        self._busy = False
        self._prune()
        self.render()
        if self._dirty:
            self._dirty = False
            self.check_changed()
        else:
            self._set_state("ready", self.tr("Taalcontrole klaar"))
            self.check_changed()  # anything typed meanwhile

    def _on_failed(self, kind: str, generation: int, exc: object) -> None:
        if self._closing or generation < self._epoch:
            return
        self._busy = False
        message = exc.message if isinstance(exc, UserError) else str(exc)
        self._set_state("unavailable", self.tr("Taalcontrole niet beschikbaar: {0}").format(message))

    def _prune(self) -> None:
        if len(self._raw) <= RAW_LIMIT:
            return
        live = {(self.language(), text) for _n, _p, text in self._blocks()}
        self._raw = {k: v for k, v in self._raw.items() if k in live}

    # ------------------------------------------------------------------ showing results
    def render(self) -> None:
        """Underline and list the issues of every paragraph whose current text has results."""
        issues = self._issue_builder.build(self.checker, self._blocks(), self._raw, self.language())
        self._issues = issues
        self._underliner.show(issues)
        if self._panel is not None:
            # Filling a hidden list cost 5-20 ms per render on the UI thread during a first pass on a
            # long policy: a hidden panel is filled when it is shown.
            if self._panel.isVisible():
                self._panel.set_issues(issues)
            else:
                self._panel_stale = True
        self.issues_changed.emit()

    def underlines(self) -> list[tuple[int, int, str]]:
        return self._underliner.current()

    def issue_at(self, position: int) -> Issue | None:
        for issue in self._issues:
            if issue.start <= position <= issue.end and issue.start < issue.end:
                return issue
        return None

    def jump_to(self, start: int, end: int) -> None:
        context_menu.select_span(self._edit, start, end)

    # ------------------------------------------------------------------ the user's choices
    def context_menu_actions(self, position: int, parent: QObject | None = None) -> list[QAction]:
        """Actions for the issue under a document position ([] when there is none)."""
        issue = self.issue_at(position)
        return [] if issue is None else context_menu.issue_actions(self, issue, parent or self)

    def _menu_hook(self, menu: QMenu, position: int) -> None:
        for act in self.context_menu_actions(position, menu):
            menu.addAction(act)

    def build_context_menu(self, viewport_pos: QPoint) -> QMenu:
        builder = getattr(self._edit, "build_context_menu", None)
        if callable(builder) and self._menu_hook in getattr(self._edit, "context_menu_hooks", []):
            return builder(viewport_pos)
        position = self._edit.cursorForPosition(viewport_pos).position()
        return context_menu.standard_menu_with(self._edit, viewport_pos, lambda menu: self.context_menu_actions(position, menu))

    def _show_context_menu(self, viewport_pos: QPoint) -> None:
        menu = self.build_context_menu(viewport_pos)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # no menu left behind per right-click
        menu.exec(self._edit.viewport().mapToGlobal(viewport_pos))

    def apply_replacement(self, issue: Issue, replacement: str) -> None:
        """Replace the flagged text (one undo step)."""
        context_menu.replace_issue(self._edit, issue, replacement)

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

    # ------------------------------------------------------------------ tooltips
    def eventFilter(self, obj: QObject, event: object) -> bool:  # noqa: N802 - Qt API
        if context_menu.show_tooltip(self._edit, self.issue_at, event, obj):
            return True
        return super().eventFilter(obj, event)
