"""The main window: the policy text beside the live checklist.

Widgets show core objects and forward actions. The analysis itself lives in
editor.core.checklist and runs in the worker pool (editor.gui.workers); conversions between
the Qt document and the model go through editor.gui.document_bridge.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QColor,
    QDesktopServices,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from editor.core.errors import UserError
from editor.core.i18n import pick
from editor.core.model import Decision, Heading, Policy, PolicyMeta
from editor.core.patterns import PLACEHOLDER
from editor.core.placement import insertion_point, set_heading_level
from editor.core.plaintext import PlainText
from editor.core.settings import Settings
from editor.gui import messages
from editor.gui.outline import OutlineView
from editor.gui.text_editor import FindReplaceDialog, PolicyTextEdit, ask_link
from editor.gui.workers import Worker

DEBOUNCE_MS = 300
MAX_WAIT_MS = 1500  # while the user keeps typing, still re-check at least this often

OPEN_FILTER_NL = "Privacyverklaringen (*.ppe *.txt *.md *.docx *.html *.htm);;Alle bestanden (*)"
OPEN_FILTER_EN = "Privacy policies (*.ppe *.txt *.md *.docx *.html *.htm);;All files (*)"

OUTDATED_COLOUR = QColor("#c62828")
LONG_SENTENCE_BACKGROUND = QColor("#fff3c4")
EVIDENCE_BACKGROUND = QColor("#d8f0dc")
PLACEHOLDER_BACKGROUND = QColor("#fff176")  # the same highlighter yellow as the clause previews


class _AnalysisJob:
    """Runs the checklist engine; the Analyzer is reused (incremental) under a lock."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._analyzer: Any = None

    def __call__(self, policy: Policy) -> tuple[Policy, PlainText, Any, float]:
        started = time.perf_counter()
        with self._lock:
            if self._analyzer is None:
                from editor.core.checklist import Analyzer

                self._analyzer = Analyzer()
            report = self._analyzer.analyze(policy)
        plain = PlainText.from_policy(policy)
        return policy, plain, report, (time.perf_counter() - started) * 1000


def _make_checklist_panel(parent: QWidget) -> QWidget:
    from editor.gui.checklist_panel import ChecklistPanel

    return ChecklistPanel(parent)


class MainWindow(QMainWindow):
    analysis_finished = Signal(object)  # the Report shown (tests and benchmarks wait on it)
    document_opened = Signal(str)

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings.load()
        self.path: str | None = None
        self.imported_from: str | None = None  # a non-native file the document was read from
        self.policy = Policy()
        self.plain = PlainText.from_policy(self.policy)
        self.report: Any = None
        self.library: Any = None
        self.library_error: str = ""
        self.analysis_error: str = ""
        self.last_analysis_ms = 0.0
        self._dirty_since: float | None = None
        self._find_dialog: FindReplaceDialog | None = None
        self._analysis_job = _AnalysisJob()
        self._last_cursor_block: str | None = None

        self.setWindowTitle(self.tr("Privacyverklaring-editor"))
        self.setAccessibleName(self.tr("Privacyverklaring-editor"))
        self.resize(1400, 900)

        self.editor = PolicyTextEdit(self)
        self.bridge = self.editor.bridge
        self.outline = OutlineView(self)
        self.outline.setMinimumWidth(180)
        self.checklist = _make_checklist_panel(self)

        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Melding over de clausulebibliotheek"))
        self.banner.setStyleSheet(
            "QLabel { background: #fff4e5; color: #5d4037; border-bottom: 1px solid #f0c78a; padding: 6px 10px; }"
        )
        self.banner.hide()

        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(0)
        centre_layout.addWidget(self.banner)
        centre_layout.addWidget(self.editor)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        outline_box = QWidget(self)
        outline_layout = QVBoxLayout(outline_box)
        outline_layout.setContentsMargins(0, 0, 0, 0)
        outline_layout.setSpacing(0)
        outline_title = QLabel(self.tr("Inhoud"), outline_box)
        outline_title.setStyleSheet("QLabel { font-weight: 600; color: #37474f; padding: 8px 10px 6px 10px; }")
        outline_layout.addWidget(outline_title)
        outline_layout.addWidget(self.outline)
        self.outline.setFrameShape(QFrame.Shape.NoFrame)
        self.outline_box = outline_box
        self.splitter.addWidget(outline_box)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.checklist)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([230, 720, 450])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.worker = Worker(self)
        self.worker.result.connect(self._on_analysis)
        self.worker.error.connect(self._on_analysis_error)
        self.library_worker = Worker(self)
        self.library_worker.result.connect(self._on_library_loaded)
        self.library_worker.error.connect(self._on_library_error)
        # A shared library on a network drive can drop and come back: look every minute.
        self.library_check_worker = Worker(self)
        self.library_check_worker.result.connect(lambda _reachable: self._update_banner())
        self._library_timer = QTimer(self)
        self._library_timer.setInterval(_library_check_ms())
        self._library_timer.timeout.connect(self._check_library)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_analysis)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._connect()
        self._build_grammar()
        self.update_title()

    # ------------------------------------------------------------------ building

    def _action(self, text: str, slot: Any, shortcut: Any = None, *, checkable: bool = False, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, QKeySequence.StandardKey):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        if checkable:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        sk = QKeySequence.StandardKey
        self.act_new = self._action(self.tr("&Nieuw…"), self.new_document, sk.New)
        self.act_open = self._action(self.tr("&Openen…"), self.open_dialog, sk.Open)
        self.act_save = self._action(self.tr("Op&slaan"), self.save, sk.Save)
        self.act_save_as = self._action(self.tr("Opslaan &als…"), self.save_as, sk.SaveAs)
        self.act_export = self._action(self.tr("&Exporteren…"), self.export_dialog, "Ctrl+E")
        self.act_quit = self._action(self.tr("Af&sluiten"), self.close, sk.Quit)
        self.act_undo = self._action(self.tr("&Ongedaan maken"), self.editor.undo, sk.Undo)
        self.act_redo = self._action(self.tr("Opnieuw &uitvoeren"), self.editor.redo, sk.Redo)
        self.act_cut = self._action(self.tr("K&nippen"), self.editor.cut, sk.Cut)
        self.act_copy = self._action(self.tr("&Kopiëren"), self.editor.copy, sk.Copy)
        self.act_paste = self._action(self.tr("&Plakken"), self.editor.paste, sk.Paste)
        self.act_find = self._action(self.tr("&Zoeken…"), self.show_find, sk.Find)
        self.act_replace = self._action(self.tr("Zoeken en &vervangen…"), self.show_replace, sk.Replace)
        if not QKeySequence.keyBindings(sk.Replace):
            self.act_replace.setShortcut(QKeySequence("Ctrl+H"))
        self.act_zoom_in = self._action(self.tr("&Inzoomen"), self.editor.zoom_in_step, sk.ZoomIn)
        self.act_zoom_out = self._action(self.tr("&Uitzoomen"), self.editor.zoom_out_step, sk.ZoomOut)
        self.act_zoom_reset = self._action(self.tr("Ware &grootte"), self.editor.zoom_reset, "Ctrl+0")
        self.act_outline = self._action(self.tr("&Overzicht van koppen"), lambda on: self.outline_box.setVisible(on), checkable=True)
        self.act_outline.setChecked(True)
        self.act_long = self._action(
            self.tr("&Lange zinnen markeren"),
            self.set_long_sentences,
            checkable=True,
            tip=self.tr("Zinnen van meer dan 25 woorden geel markeren"),
        )
        self.act_profile = self._action(self.tr("&Organisatieprofiel…"), self.edit_profile)
        self.act_library = self._action(self.tr("Clausule&bibliotheek…"), self.show_library_browser, "Ctrl+L")
        self.act_recheck = self._action(self.tr("Opnieuw &controleren"), self.run_analysis, "F5")
        self.act_settings = self._action(self.tr("&Instellingen…"), self.show_settings, sk.Preferences)
        self.act_about = self._action(self.tr("&Over deze editor"), self.show_about)
        self.act_bold = self._action(self.tr("&Vet"), self.editor.set_bold, sk.Bold, checkable=True)
        self.act_italic = self._action(self.tr("&Cursief"), self.editor.set_italic, sk.Italic, checkable=True)
        self.act_underline = self._action(self.tr("&Onderstrepen"), self.editor.set_underline, sk.Underline, checkable=True)
        self.act_bullets = self._action(self.tr("Lijst met op&sommingstekens"), lambda: self.editor.toggle_list(False), "Ctrl+Shift+8")
        self.act_numbers = self._action(self.tr("&Genummerde lijst"), lambda: self.editor.toggle_list(True), "Ctrl+Shift+7")
        self.act_link = self._action(self.tr("&Koppeling…"), self.edit_link, "Ctrl+K")
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Bestand"))
        file_menu.addAction(self.act_new)
        file_menu.addAction(self.act_open)
        self.recent_menu = file_menu.addMenu(self.tr("&Recente bestanden"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.act_save)
        file_menu.addAction(self.act_save_as)
        file_menu.addAction(self.act_export)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)

        edit_menu = bar.addMenu(self.tr("Be&werken"))
        for action in (self.act_undo, self.act_redo, None, self.act_cut, self.act_copy, self.act_paste, None,
                       self.act_find, self.act_replace):
            if action is None:
                edit_menu.addSeparator()
            else:
                edit_menu.addAction(action)

        format_menu = bar.addMenu(self.tr("&Opmaak"))
        self.style_actions = QActionGroup(self)
        for level, label, key in ((0, self.tr("Hoofdtekst"), "Ctrl+Alt+0"), (1, self.tr("Kop 1"), "Ctrl+Alt+1"),
                                  (2, self.tr("Kop 2"), "Ctrl+Alt+2"), (3, self.tr("Kop 3"), "Ctrl+Alt+3")):
            action = QAction(label, self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _=False, lv=level: self.set_style(lv))
            format_menu.addAction(action)
        format_menu.addSeparator()
        for action in (self.act_bold, self.act_italic, self.act_underline, None, self.act_bullets, self.act_numbers,
                       None, self.act_link):
            if action is None:
                format_menu.addSeparator()
            else:
                format_menu.addAction(action)

        view_menu = bar.addMenu(self.tr("Bee&ld"))
        self.view_menu = view_menu
        for action in (self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset, None, self.act_outline, self.act_long):
            if action is None:
                view_menu.addSeparator()
            else:
                view_menu.addAction(action)

        doc_menu = bar.addMenu(self.tr("&Document"))
        doc_menu.addAction(self.act_profile)
        doc_menu.addAction(self.act_library)
        doc_menu.addAction(self.act_recheck)

        tools_menu = bar.addMenu(self.tr("E&xtra"))
        tools_menu.addAction(self.act_settings)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_about)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Opmaak"), self)
        bar.setObjectName("format-toolbar")
        bar.setAccessibleName(self.tr("Werkbalk opmaak"))
        bar.setMovable(False)
        bar.setIconSize(QSize(18, 18))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.style_combo = QComboBox(bar)
        self.style_combo.setAccessibleName(self.tr("Alineastijl"))
        self.style_combo.setToolTip(self.tr("Alineastijl"))
        for label, level in ((self.tr("Hoofdtekst"), 0), (self.tr("Kop 1"), 1), (self.tr("Kop 2"), 2), (self.tr("Kop 3"), 3)):
            self.style_combo.addItem(label, level)
        self.style_combo.activated.connect(lambda i: self.set_style(self.style_combo.itemData(i)))
        bar.addAction(self.act_undo)
        bar.addAction(self.act_redo)
        bar.addSeparator()
        bar.addWidget(self.style_combo)
        bar.addSeparator()
        for action, short, bold, italic, underline in (
            (self.act_bold, "V", True, False, False),
            (self.act_italic, "C", False, True, False),
            (self.act_underline, "O", False, False, True),
        ):
            bar.addAction(action)
            button = bar.widgetForAction(action)
            button.setText(short if pick("nl", "en") == "nl" else {"V": "B", "C": "I", "O": "U"}[short])
            button.setAccessibleName(action.text().replace("&", ""))
            font = button.font()
            font.setBold(bold)
            font.setItalic(italic)
            font.setUnderline(underline)
            button.setFont(font)
            button.setMinimumWidth(28)
        bar.addSeparator()
        bar.addAction(self.act_bullets)
        bar.widgetForAction(self.act_bullets).setText("• " + self.tr("Lijst"))
        bar.addAction(self.act_numbers)
        bar.widgetForAction(self.act_numbers).setText("1. " + self.tr("Lijst"))
        bar.addAction(self.act_link)
        bar.addSeparator()
        bar.addAction(self.act_library)
        bar.addAction(self.act_profile)
        self.addToolBar(bar)
        self.toolbar = bar

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setAccessibleName(self.tr("Statusbalk"))
        self.coverage_label = QLabel(self)
        self.coverage_label.setAccessibleName(self.tr("Onderdelen in deze alinea"))
        self.words_label = QLabel(self)
        self.words_label.setAccessibleName(self.tr("Aantal woorden"))
        self.analysis_label = QLabel(self)
        self.analysis_label.setAccessibleName(self.tr("Status van de controle"))
        status.addWidget(self.coverage_label, 1)
        status.addPermanentWidget(self.words_label)
        status.addPermanentWidget(self.analysis_label)
        self.grammar_label = QLabel(self)
        self.grammar_label.setAccessibleName(self.tr("Status van de taalcontrole"))
        status.addPermanentWidget(self.grammar_label)

    def _build_grammar(self) -> None:
        """Spelling and grammar (LanguageTool): underlines, issue list in a dock, engine state in the status bar."""
        from PySide6.QtWidgets import QDockWidget

        from editor.gui.grammar import GrammarController

        self.grammar = GrammarController(self.editor, self.settings, lambda: self.policy.meta.language)
        self.grammar.state_changed.connect(lambda _state, text: self.grammar_label.setText(text))
        self.grammar_dock = QDockWidget(self.tr("Taalcontrole"), self)
        self.grammar_dock.setObjectName("grammarDock")
        self.grammar_dock.setWidget(self.grammar.panel_widget())
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.grammar_dock)
        self.grammar_dock.hide()  # Beeld > Taalcontrole shows the issue list
        self.view_menu.addAction(self.grammar_dock.toggleViewAction())
        self._update_grammar_terms()
        self.grammar.attach()

    def _update_grammar_terms(self) -> None:
        """The profile's names (organisation, street, DPO) are no spelling errors in this document."""
        from editor.core.grammar.terms import profile_terms

        if getattr(self, "grammar", None) is not None:
            self.grammar.set_document_terms(profile_terms(self.bridge.meta.organisation))

    def _connect(self) -> None:
        doc = self.editor.document()
        doc.contentsChanged.connect(self._on_text_changed)
        doc.modificationChanged.connect(lambda _m: self.update_title())
        doc.undoAvailable.connect(self.act_undo.setEnabled)
        doc.redoAvailable.connect(self.act_redo.setEnabled)
        self.editor.cursorPositionChanged.connect(self._on_cursor_moved)
        self.editor.currentCharFormatChanged.connect(self._on_char_format)
        self.editor.files_dropped.connect(self._open_dropped)
        self.editor.context_menu_hooks.append(self._outdated_quick_fixes)
        self.editor.tooltip_hooks.append(self._outdated_tooltip)
        self.editor.tooltip_hooks.append(self._placeholder_tooltip)
        self.outline.heading_activated.connect(self.go_to_block)
        panel = self.checklist
        panel.evidence_requested.connect(self.show_evidence)
        panel.mark_not_applicable_requested.connect(self.ask_not_applicable)
        panel.undo_decision_requested.connect(self.undo_decision)
        panel.long_sentences_toggled.connect(self.act_long.setChecked)
        panel.insert_requested.connect(self.insert_clause)
        panel.profile_requested.connect(self.edit_profile)
        self.act_long.toggled.connect(self._sync_long_checkbox)

    # ------------------------------------------------------------------ documents

    def update_title(self) -> None:
        """The file name (native or imported) with "*" while there are unsaved changes."""
        source = self.source_path()
        name = Path(source).name if source else self.tr("Naamloos")
        marker = "*" if self.editor.document().isModified() else ""
        self.setWindowTitle(f"{marker}{name} — {self.tr('Privacyverklaring-editor')}")

    def autosave_failed(self, message: str) -> None:
        """Autosave never interrupts typing, but the user must know the safety net is down."""
        self.statusBar().showMessage(self.tr("Automatisch bewaren mislukt: %1").replace("%1", message), 15000)

    def load_policy(self, policy: Policy, path: str | None, *, modified: bool = False) -> None:
        """Show `policy` (a fresh document: the undo history starts empty)."""
        self.worker.cancel()
        self.bridge.load(policy)
        self.editor.document().clearUndoRedoStacks()
        self.path = path
        self.policy = self.bridge.to_policy()
        self.outline.set_policy(self.policy)
        self.checklist.set_policy(self.policy)
        self.editor.document().setModified(modified)
        self.editor.moveCursor(QTextCursor.MoveOperation.Start)
        self.update_title()
        self._update_word_count()
        self.run_analysis()
        if getattr(self, "grammar", None) is not None:
            self._update_grammar_terms()
            self.grammar.recheck()

    def open_path(self, path: str) -> bool:
        """Open a file; a file that cannot be opened gets a clear message and nothing else changes."""
        from editor.core.importers import load_document

        try:
            result = load_document(path)
        except UserError as exc:
            messages.show_error(self, self.tr("Openen mislukt"), exc.message)
            return False
        except OSError as exc:
            messages.show_error(
                self,
                self.tr("Openen mislukt"),
                pick(f"Kan {path} niet lezen: {exc.strerror or exc}", f"Cannot read {path}: {exc.strerror or exc}"),
            )
            return False
        native = Path(path).suffix.lower() == ".ppe"
        self.load_policy(result.policy, str(Path(path).resolve()) if native else None)
        self.imported_from = None if native else str(Path(path).resolve())
        if not native:
            # An imported file is saved as a new native document; the title names its source.
            self.update_title()
        self.settings.add_recent(path)
        self._save_settings()
        if result.warnings:
            # The first note in the status bar; all of them in its tooltip.
            more = f" (+{len(result.warnings) - 1})" if len(result.warnings) > 1 else ""
            self.statusBar().showMessage(_short(result.warnings[0], 110) + more, 8000)
            self.statusBar().setToolTip("\n".join(result.warnings))
        self.document_opened.emit(path)
        return True

    def source_path(self) -> str | None:
        """The file this document came from: its native file, or the file it was imported from."""
        return self.path or self.imported_from

    def _save_settings(self) -> None:
        try:
            self.settings.save()
        except UserError:
            pass  # settings are a convenience; never block editing on them

    def maybe_save(self) -> bool:
        """Ask about unsaved changes. True: go on (saved or discarded); False: the user went back."""
        if not self.editor.document().isModified():
            return True
        choice = messages.ask_save_discard_cancel(
            self,
            self.tr("Niet-opgeslagen wijzigingen"),
            self.tr("De privacyverklaring heeft wijzigingen die nog niet zijn opgeslagen. Wilt u ze opslaan?"),
        )
        if choice is messages.Choice.SAVE:
            return self.save()
        return choice is messages.Choice.DISCARD

    def new_document(self) -> None:
        if not self.maybe_save():
            return
        options = [self.tr("Lege privacyverklaring"), self.tr("Startversie met clausules uit de bibliotheek")]
        choice = messages.ask_item(self, self.tr("Nieuw document"), self.tr("Waarmee wilt u beginnen?"), options)
        if choice is None:
            return
        meta = PolicyMeta(title=pick("Privacyverklaring", "Privacyverklaring"), language="nl-BE")
        meta.organisation = dataclasses.replace(self.bridge.meta.organisation)
        meta.jurisdiction = self.bridge.meta.jurisdiction
        blocks: list = [Heading(runs=[_run(meta.title)], level=1)]
        if choice == 1:
            if not meta.organisation.name:
                # The clauses are filled from the profile: ask for it first (cancel keeps placeholders).
                from editor.gui.profile_dialog import ProfileDialog

                dialog = ProfileDialog(meta.organisation, meta.jurisdiction, meta.language, self)
                if messages.exec_dialog(dialog):
                    meta.organisation, meta.jurisdiction, meta.language = dialog.values()
            blocks.extend(self._starter_blocks(meta))
        self.load_policy(Policy(blocks=blocks, meta=meta), None)

    def _starter_blocks(self, meta: PolicyMeta) -> list:
        """One clause per required checklist item, in catalogue order, from the library."""
        if self.library is None:
            messages.show_warning(self, self.tr("Geen bibliotheek"), self.tr("De clausulebibliotheek is niet beschikbaar."))
            return []
        try:
            from editor.core.checklist import load_catalogue

            catalogue = load_catalogue()
            item_ids = [_attr(item, "id") for item in _catalogue_items(catalogue) if _attr(item, "level") == "always"]
        except Exception:
            item_ids = ["controller_identity", "purposes", "legal_basis", "recipients", "retention", "right_access",
                        "complaint_authority"]
        blocks: list = []
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
                    blocks.extend(clause.to_blocks(meta.organisation, meta.jurisdiction or "BE"))
                    break
        return blocks

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        folder = str(Path(self.path).parent) if self.path else str(Path.home())
        path = messages.open_file_name(self, self.tr("Privacyverklaring openen"), folder, pick(OPEN_FILTER_NL, OPEN_FILTER_EN))
        if path:
            self.open_path(path)

    def _open_dropped(self, files: list[str]) -> None:
        if files and self.maybe_save():
            self.open_path(files[0])

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = [f for f in self.settings.recent_files if f]
        if not files:
            action = self.recent_menu.addAction(self.tr("(geen recente bestanden)"))
            action.setEnabled(False)
            return
        for i, file in enumerate(files, 1):
            action = self.recent_menu.addAction(f"&{i % 10} {Path(file).name}")
            action.setToolTip(file)
            action.setStatusTip(file)
            action.triggered.connect(lambda _=False, f=file: self._open_recent(f))

    def _open_recent(self, file: str) -> None:
        if self.maybe_save():
            self.open_path(file)

    def current_policy(self) -> Policy:
        """The model of what is on screen right now."""
        return self.bridge.to_policy()

    def save(self) -> bool:
        if not self.path:
            return self.save_as()
        return self._save_to(self.path)

    def save_as(self) -> bool:
        from editor.core import native

        base = self.path or self.imported_from or str(Path.home() / self.tr("privacyverklaring"))
        suggestion = str(Path(base).with_suffix(native.EXTENSION))
        path, _ = messages.save_file_name(
            self, self.tr("Opslaan als"), suggestion, pick("Privacyverklaring (*.ppe)", "Privacy policy (*.ppe)")
        )
        if not path:
            return False
        if not path.lower().endswith(native.EXTENSION):
            path += native.EXTENSION
        return self._save_to(path)

    def _save_to(self, path: str) -> bool:
        from editor.core import native

        policy = self.current_policy()
        try:
            native.save(policy, path)
        except UserError as exc:
            messages.show_error(self, self.tr("Opslaan mislukt"), exc.message)
            return False
        self.path = str(Path(path).resolve())
        self.editor.document().setModified(False)
        self.settings.add_recent(self.path)
        self._save_settings()
        self.update_title()
        self.statusBar().showMessage(self.tr("Opgeslagen: %1").replace("%1", self.path), 4000)
        autosaver = getattr(self, "autosaver", None)
        if autosaver is not None:
            autosaver.discard()
        return True

    def export_dialog(self) -> None:
        """Export as Word, HTML or PDF; remembers the folder and offers to open the result."""
        filters = {
            pick("Word-document (*.docx)", "Word document (*.docx)"): ".docx",
            pick("Webpagina (*.html)", "Web page (*.html)"): ".html",
            "PDF (*.pdf)": ".pdf",
        }
        folder = self.settings.last_export_dir or (str(Path(self.path).parent) if self.path else str(Path.home()))
        stem = Path(self.path or self.imported_from or self.tr("privacyverklaring")).stem
        path, chosen = messages.save_file_name(
            self, self.tr("Exporteren"), str(Path(folder) / (stem + ".docx")), ";;".join(filters)
        )
        if not path:
            return
        ext = Path(path).suffix.lower()
        if ext not in (".docx", ".html", ".htm", ".pdf"):
            ext = filters.get(chosen, ".docx")
            path += ext
        if self.export_to(path):
            self.settings.last_export_dir = str(Path(path).parent)
            self._save_settings()
            if messages.ask_yes_no(
                self, self.tr("Export klaar"), self.tr("Geëxporteerd naar %1.\nWilt u het bestand openen?").replace("%1", path)
            ):
                QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def export_to(self, path: str) -> bool:
        policy = self.current_policy()
        ext = Path(path).suffix.lower()
        try:
            if ext == ".pdf":
                from editor.gui.pdf_export import export_pdf

                export_pdf(policy, path)
            elif ext in (".html", ".htm"):
                from editor.core.export import export_html

                export_html(policy, path)
            else:
                from editor.core.export import export_docx

                template = self.settings.docx_template or None
                export_docx(policy, path, template=template)
        except UserError as exc:
            messages.show_error(self, self.tr("Exporteren mislukt"), exc.message)
            return False
        except ImportError:
            messages.show_error(
                self, self.tr("Exporteren mislukt"), self.tr("Deze exportvorm is in deze versie niet beschikbaar.")
            )
            return False
        except OSError as exc:
            messages.show_error(self, self.tr("Exporteren mislukt"), str(exc.strerror or exc))
            return False
        self.statusBar().showMessage(self.tr("Geëxporteerd: %1").replace("%1", path), 4000)
        return True

    # ------------------------------------------------------------------ analysis

    def _on_text_changed(self) -> None:
        now = time.monotonic()
        if self._dirty_since is None:
            self._dirty_since = now
        if (now - self._dirty_since) * 1000 >= MAX_WAIT_MS:
            # Continuous typing: check now rather than wait for a pause that never comes.
            self._debounce.stop()
            QTimer.singleShot(0, self.run_analysis)
        else:
            self._debounce.start()

    def run_analysis(self) -> None:
        """Convert the document (cheap: cached per block) and analyse it in the worker pool."""
        self._debounce.stop()
        self._dirty_since = None
        self.policy = self.bridge.to_policy()
        self.outline.set_policy(self.policy)
        self._update_word_count()
        self.analysis_label.setText(self.tr("Controleren…"))
        self.worker.submit(self._analysis_job, self.policy)

    def _on_analysis(self, result: tuple) -> None:
        policy, plain, report, elapsed = result
        self.analysis_error = ""
        self.report = report
        self.plain = plain
        self.last_analysis_ms = elapsed
        self.checklist.set_report(report)
        self.checklist.set_policy(policy)
        self._show_outdated()
        self._show_long_sentences()
        self._show_placeholders()
        self._last_cursor_block = None
        self._on_cursor_moved()
        present, total = report.summary()
        self.analysis_label.setText(
            self.tr("%1 van %2 verplichte onderdelen aanwezig").replace("%1", str(present)).replace("%2", str(total))
        )
        self.analysis_finished.emit(report)

    def _on_analysis_error(self, exc: object) -> None:
        if isinstance(exc, ImportError):
            text = self.tr("De checklist is in deze versie niet beschikbaar.")
        elif isinstance(exc, UserError):
            text = exc.message
        else:
            text = self.tr("De controle is mislukt: %1").replace("%1", str(exc))
        self.analysis_error = text
        self.analysis_label.setText(text)

    def _selection(self, start: int, end: int, fmt: QTextCharFormat, where: dict) -> QTextEdit.ExtraSelection | None:
        cursor = self.bridge.span_cursor(self.plain, start, end, where)
        if cursor is None or not cursor.hasSelection():
            return None
        sel = QTextEdit.ExtraSelection()
        sel.cursor = cursor
        sel.format = fmt
        return sel

    def _show_outdated(self) -> None:
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(OUTDATED_COLOUR)
        where = self.bridge.locations()
        selections = []
        for ref in getattr(self.report, "outdated_references", []) or []:
            sel = self._selection(ref.start, ref.end, fmt, where)
            if sel is not None:
                selections.append(sel)
        self.editor.set_highlights("outdated", selections)

    def _show_placeholders(self) -> None:
        """Mark {{placeholders}} a clause left unfilled (the organisation profile lacks them)."""
        fmt = QTextCharFormat()
        fmt.setBackground(PLACEHOLDER_BACKGROUND)
        matches = list(PLACEHOLDER.finditer(self.plain.text))
        where = self.bridge.locations() if matches else {}
        selections = []
        for m in matches:
            sel = self._selection(m.start(), m.end(), fmt, where)
            if sel is not None:
                selections.append(sel)
        self.editor.set_highlights("placeholders", selections)

    def _show_long_sentences(self) -> None:
        if not self.act_long.isChecked() or self.report is None:
            self.editor.set_highlights("long", [])
            return
        fmt = QTextCharFormat()
        fmt.setBackground(LONG_SENTENCE_BACKGROUND)
        where = self.bridge.locations()
        selections = []
        readability = getattr(self.report, "readability", None)
        for start, end in getattr(readability, "long_sentences", []) or []:
            sel = self._selection(start, end, fmt, where)
            if sel is not None:
                selections.append(sel)
        self.editor.set_highlights("long", selections)

    def set_long_sentences(self, on: bool) -> None:
        self._show_long_sentences()

    def _sync_long_checkbox(self, on: bool) -> None:
        box = getattr(self.checklist, "long_sentences_check", None)
        if box is not None and box.isChecked() != on:
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)

    def outdated_reference_at(self, position: int) -> Any | None:
        """The outdated-law finding under a Qt position, if any."""
        where = self.bridge.locations()
        for ref in getattr(self.report, "outdated_references", []) or []:
            cursor = self.bridge.span_cursor(self.plain, ref.start, ref.end, where)
            if cursor is not None and cursor.selectionStart() <= position <= cursor.selectionEnd():
                return ref
        return None

    def _placeholder_tooltip(self, position: int) -> str:
        for sel in self.editor.highlights("placeholders"):
            if sel.cursor.selectionStart() <= position < sel.cursor.selectionEnd():
                return self.tr("Nog in te vullen: vul het organisatieprofiel aan of typ de gegevens zelf.")
        return ""

    def _outdated_tooltip(self, position: int) -> str:
        ref = self.outdated_reference_at(position)
        if ref is None:
            return ""
        return self.tr("Verouderde verwijzing: %1\nVoorstel: %2 (rechtsklik om te vervangen)").replace(
            "%1", ref.reason
        ).replace("%2", ref.replacement)

    def _outdated_quick_fixes(self, menu: QMenu, position: int) -> None:
        ref = self.outdated_reference_at(position)
        if ref is None:
            return
        label = self.tr("Vervangen door „%1”").replace("%1", ref.replacement)
        action = menu.addAction(label)
        action.setToolTip(ref.reason)
        action.triggered.connect(lambda _=False, r=ref: self.apply_quick_fix(r))
        info = menu.addAction(self.tr("Verouderd: %1").replace("%1", _short(ref.reason, 80)))
        info.setEnabled(False)

    def apply_quick_fix(self, ref: Any) -> bool:
        """Replace an outdated legal reference by its modern wording (one undo step)."""
        cursor = self.bridge.span_cursor(self.plain, ref.start, ref.end)
        if cursor is None or cursor.selectedText() != ref.text:
            self.statusBar().showMessage(self.tr("De tekst is intussen gewijzigd; controleer opnieuw."), 4000)
            return False
        cursor.beginEditBlock()
        cursor.insertText(ref.replacement)
        cursor.endEditBlock()
        self.run_analysis()
        return True

    def show_evidence(self, item_id: str, start: int, end: int) -> None:
        """Select an item's evidence in the text, scroll to it and tint all its evidence."""
        where = self.bridge.locations()
        cursor = self.bridge.span_cursor(self.plain, start, end, where)
        if cursor is None:
            return
        fmt = QTextCharFormat()
        fmt.setBackground(EVIDENCE_BACKGROUND)
        selections = []
        for item in getattr(self.report, "items", []) or []:
            if item.id == item_id:
                for ev in item.evidence:
                    sel = self._selection(ev.start, ev.end, fmt, where)
                    if sel is not None:
                        selections.append(sel)
        self.editor.set_highlights("evidence", selections)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        self.editor.setFocus()

    def items_covering_block(self, block_id: str | None) -> list[Any]:
        if not block_id or self.report is None:
            return []
        out = []
        for item in self.report.items:
            if item.status in ("present", "partial") and any(block_id in ev.block_ids for ev in item.evidence):
                out.append(item)
        return out

    def _on_cursor_moved(self) -> None:
        block_id = self.editor.current_block_id()
        if block_id == self._last_cursor_block:
            return
        self._last_cursor_block = block_id
        items = self.items_covering_block(block_id)
        self.checklist.highlight_items([i.id for i in items])
        if items:
            titles = ", ".join(i.title for i in items)
            self.coverage_label.setText(self.tr("Deze alinea dekt: %1").replace("%1", titles))
        else:
            self.coverage_label.setText("")
        self._sync_style_combo()

    def _sync_style_combo(self) -> None:
        style = self.editor.current_style()
        index = self.style_combo.findData(style if style >= 0 else 0)
        self.style_combo.setCurrentIndex(index)

    def _on_char_format(self, fmt: QTextCharFormat) -> None:
        for action, on in (
            (self.act_bold, fmt.fontWeight() >= 700),
            (self.act_italic, fmt.fontItalic()),
            (self.act_underline, fmt.fontUnderline()),
        ):
            action.blockSignals(True)
            action.setChecked(on)
            action.blockSignals(False)

    def _update_word_count(self) -> None:
        words = len(self.plain_text_now().split())
        self.words_label.setText(self.tr("%1 woorden").replace("%1", f"{words:,}".replace(",", ".")))

    def plain_text_now(self) -> str:
        return PlainText.from_policy(self.policy).text

    # ------------------------------------------------------------------ editing commands

    def set_style(self, level: int) -> None:
        self.editor.set_paragraph_style(int(level))
        self.editor.setFocus()

    def edit_link(self) -> None:
        href = ask_link(self, self.editor.link_at_cursor())
        if href is not None:
            self.editor.set_link(href)

    def show_find(self) -> None:
        self._ensure_find_dialog()
        selected = self.editor.textCursor().selectedText()
        if selected:
            self._find_dialog.find_edit.setText(selected)
        self._find_dialog.show()
        self._find_dialog.raise_()
        self._find_dialog.find_edit.setFocus()
        self._find_dialog.find_edit.selectAll()

    def show_replace(self) -> None:
        self.show_find()

    def _ensure_find_dialog(self) -> None:
        if self._find_dialog is None:
            self._find_dialog = FindReplaceDialog(self.editor, self)

    def go_to_block(self, block_id: str) -> None:
        loc = self.bridge.locations().get(block_id)
        if loc is None or loc.block is None:
            return
        cursor = QTextCursor(loc.block)
        self.editor.setTextCursor(cursor)
        # Put the heading at the top of the view rather than somewhere at the bottom.
        bar = self.editor.verticalScrollBar()
        bar.setValue(bar.maximum())
        self.editor.ensureCursorVisible()
        self.editor.setFocus()

    # ------------------------------------------------------------------ clauses and decisions

    def insert_clause(self, clause: Any) -> tuple[int, int] | None:
        """Insert a library clause as a new section at a sensible place, as ONE undo step."""
        meta = self.bridge.meta
        jurisdiction = meta.jurisdiction or getattr(self.report, "jurisdiction", None) or "BE"
        blocks = clause.to_blocks(meta.organisation, jurisdiction, date=dt.date.today().isoformat())
        if not blocks:
            return None
        policy = self.bridge.to_policy()
        before_id, level = insertion_point(policy, self.report, list(getattr(clause, "item_ids", [])))
        set_heading_level(blocks, level)
        where = self.bridge.locations()
        before = where[before_id].block if before_id and before_id in where else None
        start, end = self.bridge.insert_blocks_before(before, blocks)
        self.return_to_editor(start, end)
        self.run_analysis()
        self.statusBar().showMessage(self.tr("Clausule ingevoegd: %1").replace("%1", getattr(clause, "title", "")), 5000)
        return start, end

    def return_to_editor(self, start: int, end: int) -> None:
        """After an insertion typing goes on in the text, right after what was inserted, in view."""
        # Show the start of the inserted section, then put the cursor at its end.
        self.editor.select_range(start, start)
        self.editor.ensureCursorVisible()
        cursor = self.editor.textCursor()
        cursor.setPosition(end)  # the end of the last inserted paragraph
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        self.activateWindow()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def decisions(self) -> dict[str, Decision]:
        return self.bridge.decisions()

    def ask_not_applicable(self, item_id: str) -> None:
        reason = self._ask_reason(item_id)
        if reason is None:
            return
        self.set_not_applicable(item_id, reason)

    def _ask_reason(self, item_id: str) -> str | None:
        """Ask why an item does not apply (the decision dialog); None when cancelled."""
        from editor.gui.decision_dialog import DecisionDialog

        title = item_id
        for item in getattr(self.report, "items", []) or []:
            if item.id == item_id:
                title = item.title
        existing = self.bridge.decisions().get(item_id)
        dialog = DecisionDialog(item_id, title, self, reason=existing.reason if existing else "")
        if not messages.exec_dialog(dialog):
            return None
        return dialog.reason() or None

    def set_not_applicable(self, item_id: str, reason: str) -> None:
        """Record the decision in the document (undoable with Ctrl+Z) and re-check."""
        decisions = self.bridge.decisions()
        decisions[item_id] = Decision(
            item_id=item_id, status="not_applicable", reason=reason,
            decided_at=dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        )
        self.bridge.set_decisions(decisions)
        self.run_analysis()

    def undo_decision(self, item_id: str) -> None:
        decisions = self.bridge.decisions()
        if decisions.pop(item_id, None) is not None:
            self.bridge.set_decisions(decisions)
            self.run_analysis()

    # ------------------------------------------------------------------ library, profile, settings

    def load_library(self) -> None:
        """Open the clause library in the background (a network share can be slow)."""
        from editor.core.paths import default_library_dir
        from editor.core.settings import cache_dir

        path = self.settings.library_path or str(default_library_dir())
        read_only = not self.settings.library_path

        def job() -> Any:
            from editor.core.library import ClauseLibrary

            library = ClauseLibrary.open(path, cache_dir() / "library", read_only=read_only)
            library.prepare_suggestions()  # here, not at the user's first click on a gap
            return library

        self.library_worker.submit(job)

    def _on_library_loaded(self, library: Any) -> None:
        self.library = library
        self.library_error = ""
        self.checklist.set_library(library)
        self._update_banner()
        if self.settings.library_path:
            self._library_timer.start()

    def _check_library(self) -> None:
        if self.library is not None and not self.library_check_worker.busy():
            self.library_check_worker.submit(self.library.check_available)

    def _on_library_error(self, exc: object) -> None:
        self.library = None
        self.library_error = exc.message if isinstance(exc, UserError) else str(exc)
        self.checklist.set_library(None)
        self._update_banner()

    def _update_banner(self) -> None:
        text = ""
        if self.library_error:
            text = self.tr("De clausulebibliotheek is niet bereikbaar: %1").replace("%1", self.library_error)
        elif self.library is not None and getattr(self.library, "offline_since", None) and self.settings.library_path:
            since = self.library.offline_since
            when = since.strftime("%d-%m-%Y %H:%M") if hasattr(since, "strftime") else str(since)
            text = self.tr(
                "De gedeelde clausulebibliotheek is niet bereikbaar. U werkt met de kopie van %1 (alleen-lezen)."
            ).replace("%1", when)
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def show_library_browser(self) -> None:
        if self.library is None:
            messages.show_warning(
                self, self.tr("Clausulebibliotheek"), self.library_error or self.tr("De bibliotheek wordt nog geladen.")
            )
            return
        from editor.gui.library_browser import LibraryBrowser

        titles = {i.id: i.title for i in getattr(self.report, "items", []) or []}
        browser = LibraryBrowser(
            self.library, self.bridge.to_policy(), self, item_titles=titles, jurisdiction=self.bridge.meta.jurisdiction
        )
        browser.insert_requested.connect(self.insert_clause)
        browser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        browser.show()
        self.library_browser = browser

    def edit_profile(self) -> None:
        from editor.gui.profile_dialog import ProfileDialog

        meta = self.bridge.meta
        dialog = ProfileDialog(meta.organisation, meta.jurisdiction, meta.language, self)
        if not messages.exec_dialog(dialog):
            return
        profile, jurisdiction, language = dialog.values()
        self.apply_meta(dataclasses.replace(meta, organisation=profile, jurisdiction=jurisdiction, language=language))

    def apply_meta(self, meta: PolicyMeta) -> None:
        """New organisation profile / jurisdiction / language: store and re-check."""
        meta = dataclasses.replace(meta, decisions=self.bridge.decisions())
        self.bridge.meta = meta
        self.editor.document().setModified(True)
        self.checklist.set_policy(self.bridge.to_policy())
        self.run_analysis()
        if getattr(self, "grammar", None) is not None:
            self._update_grammar_terms()
            self.grammar.recheck()  # re-renders from cache; a new language variant gets checked

    def show_settings(self) -> None:
        from editor.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if not messages.exec_dialog(dialog):
            return
        old_library = self.settings.library_path
        old_language = self.settings.ui_language
        self.settings = dialog.result_settings()
        self._save_settings()
        self.grammar.set_settings(self.settings)
        if self.settings.library_path != old_library:
            self.load_library()
        if self.settings.ui_language != old_language:
            messages.show_info(
                self, self.tr("Instellingen"), self.tr("De nieuwe taal wordt gebruikt vanaf de volgende start van de editor.")
            )

    def show_about(self) -> None:
        from editor.core.paths import default_library_dir
        from editor.gui.about_dialog import AboutDialog, languagetool_version

        grammar = getattr(self, "grammar", None)
        if self.settings.grammar_mode in ("off", "remote"):
            state = self.settings.grammar_mode
        else:
            state = getattr(grammar, "state", "unavailable") if grammar is not None else "unavailable"
        library = self.settings.library_path or str(default_library_dir())
        messages.exec_dialog(AboutDialog(self, library, state, languagetool_version()))

    # ------------------------------------------------------------------ window events

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            autosaver = getattr(self, "autosaver", None)
            if autosaver is not None:
                autosaver.save_now()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.maybe_save():
            event.ignore()
            return
        self.worker.cancel()
        autosaver = getattr(self, "autosaver", None)
        if autosaver is not None:
            autosaver.close()
        event.accept()


# ---------------------------------------------------------------------- helpers


def _library_check_ms() -> int:
    import os

    try:
        return max(200, int(os.environ.get("PRIVACY_EDITOR_LIBRARY_CHECK_MS", "60000")))
    except ValueError:
        return 60000


def _run(text: str) -> Any:
    from editor.core.model import Run

    return Run(text)


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _attr(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


def _catalogue_items(catalogue: Any) -> list[Any]:
    if isinstance(catalogue, dict):
        return list(catalogue.get("items", []))
    items = getattr(catalogue, "items", catalogue)
    return list(items() if callable(items) else items)
