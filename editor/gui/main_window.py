"""The main window: the policy text between its outline and the live checklist.

The window lays out the widgets and wires its parts together; each concern has its own module:
editor.gui.main_menu (actions, menus, toolbar, status bar), editor.gui.document_actions (files),
editor.gui.checklist_controller (analysis and highlights), editor.gui.library_controller (clauses)
and editor.gui.grammar (spelling and grammar). The model conversions go through
editor.gui.document_bridge.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QTextCursor
from PySide6.QtWidgets import QDockWidget, QFrame, QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from editor.core.errors import UserError
from editor.core.model import Policy, PolicyMeta
from editor.core.plaintext import PlainText
from editor.core.settings import Settings
from editor.gui import linked_fields, messages
from editor.gui.autosave import Autosaver
from editor.gui.checklist_controller import ChecklistController
from editor.gui.checklist_panel import ChecklistPanel
from editor.gui.document_actions import DocumentActions
from editor.gui.find_dialog import FindReplaceDialog, ask_link
from editor.gui.gap_filler import GapFiller
from editor.gui.grammar import GrammarController
from editor.gui.library_controller import LibraryController
from editor.gui.main_menu import MainMenu
from editor.gui.outline import OutlineView
from editor.gui.redline_export import RedlineExport
from editor.gui.text_editor import PolicyTextEdit

if TYPE_CHECKING:
    from editor.core.checklist import Report


class MainWindow(QMainWindow):
    analysis_finished = Signal(object)  # the Report shown (tests and benchmarks wait on it)
    document_opened = Signal(str)

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings.load()
        self.path: str | None = None
        self.imported_from: str | None = None  # a non-native file the document was read from
        self.autosaver: Autosaver | None = None  # set by editor.gui.app once the document is shown
        self._find_dialog: FindReplaceDialog | None = None
        self._grammar_waits_for_checklist = False
        self._word_counts: dict[str, int] = {}

        self.setWindowTitle(self.tr("Privacyverklaring-editor"))
        self.setAccessibleName(self.tr("Privacyverklaring-editor"))
        self.resize(1400, 900)

        self.editor = PolicyTextEdit(self)
        self.bridge = self.editor.bridge
        self.outline = OutlineView(self)
        self.outline.setMinimumWidth(180)
        self.checklist = ChecklistPanel(self)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Melding over de clausulebibliotheek"))
        self.banner.setStyleSheet(
            "QLabel { background: #fff4e5; color: #5d4037; border-bottom: 1px solid #f0c78a; padding: 6px 10px; }"
        )
        self.banner.hide()
        self._build_layout()

        self.menu = MainMenu(self, self.editor)
        self.checks = ChecklistController(self.editor, self.checklist, self)
        self.library_ctl = LibraryController(self.editor, lambda: self.settings, lambda: self.checks.report, self)
        self.documents = DocumentActions(self)
        self.gap_filler = GapFiller(self.editor, lambda: self.library_ctl.library, self)
        self.redline = RedlineExport(self)  # remembers this session's insertions for a tracked-changes export
        self.grammar = GrammarController(self.editor, self.settings, lambda: self.bridge.meta.language)
        self._build_grammar_dock()
        self._connect()
        self.update_title()

    # ------------------------------------------------------------------ building

    def _build_layout(self) -> None:
        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(0)
        centre_layout.addWidget(self.banner)
        centre_layout.addWidget(self.editor)
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
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for i, widget in enumerate((outline_box, centre, self.checklist)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(i, 1 if widget is centre else 0)
        self.splitter.setSizes([230, 720, 450])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

    def _build_grammar_dock(self) -> None:
        """Spelling and grammar: underlines, the issue list in a dock, the engine state in the status bar."""
        self.grammar.state_changed.connect(lambda _state, text: self.menu.grammar_label.setText(text))
        self.grammar_dock = QDockWidget(self.tr("Taalcontrole"), self)
        self.grammar_dock.setObjectName("grammarDock")
        self.grammar_dock.setWidget(self.grammar.panel_widget())
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.grammar_dock)
        self.grammar_dock.hide()  # Beeld > Taalcontrole shows the issue list
        self.menu.view_menu.addAction(self.grammar_dock.toggleViewAction())
        self.update_grammar_terms()
        self.grammar.attach()

    def _connect(self) -> None:
        m, docs, checks, lib = self.menu, self.documents, self.checks, self.library_ctl
        m.recent_files = self.settings.recent_files
        for signal, slot in (
            (m.new_requested, docs.new_document), (m.open_requested, docs.open_dialog),
            (m.recent_requested, docs.open_recent), (m.save_requested, docs.save),
            (m.save_as_requested, docs.save_as), (m.export_requested, docs.export_dialog),
            (m.export_tracked_requested, self.redline.export_dialog),
            (m.quit_requested, self.close), (m.find_requested, self.show_find),
            (m.replace_requested, self.show_find), (m.style_requested, self.set_style),
            (m.link_requested, self.edit_link), (m.outline_toggled, self.outline_box.setVisible),
            (m.long_sentences_toggled, checks.set_long_sentences), (m.long_sentences_toggled, self._sync_long_checkbox),
            (m.profile_requested, self.edit_profile), (m.library_requested, lambda: lib.show_browser(self)),
            (m.recheck_requested, checks.run_analysis), (m.fill_gaps_requested, self.gap_filler.start), (m.settings_requested, self.show_settings),
            (m.about_requested, self.show_about),
        ):
            signal.connect(slot)
        doc = self.editor.document()
        doc.modificationChanged.connect(lambda _m: self.update_title())
        self.editor.cursorPositionChanged.connect(lambda: m.sync_style(self.editor.current_style()))
        self.editor.files_dropped.connect(docs.open_dropped)
        self.outline.heading_activated.connect(self.go_to_block)
        checks.analysis_finished.connect(self.analysis_finished)
        checks.analysis_finished.connect(self._start_grammar_pass)
        checks.status_changed.connect(lambda _text: self._start_grammar_pass() if checks.analysis_error else None)
        checks.policy_changed.connect(self._on_policy_changed)
        checks.status_changed.connect(m.analysis_label.setText)
        checks.coverage_changed.connect(m.coverage_label.setText)
        docs.document_opened.connect(self.document_opened)
        lib.library_changed.connect(self.checklist.set_library)
        lib.banner_changed.connect(self._show_banner)
        lib.inserted.connect(self._on_clause_inserted)
        self.gap_filler.started.connect(lambda: self.statusBar().showMessage(self.tr("Clausules kiezen…")))
        self.gap_filler.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.gap_filler.applied.connect(self._on_gaps_filled)
        panel = self.checklist
        panel.long_sentences_toggled.connect(m.act_long.setChecked)
        panel.insert_requested.connect(lib.insert_clause)
        panel.profile_requested.connect(self.edit_profile)

    # ------------------------------------------------------------------ state

    @property
    def report(self) -> Report | None:
        return self.checks.report

    @property
    def library(self) -> object | None:
        return self.library_ctl.library

    def open_path(self, path: str) -> bool:
        return self.documents.open_path(path)

    def run_analysis(self) -> None:
        self.checks.run_analysis()

    def load_library(self) -> None:
        self.library_ctl.load()

    def current_policy(self) -> Policy:
        """The model of what is on screen right now."""
        return self.bridge.to_policy()

    def source_path(self) -> str | None:
        """The file this document came from: its native file, or the file it was imported from."""
        return self.path or self.imported_from

    def update_title(self) -> None:
        """The file name (native or imported) with "*" while there are unsaved changes."""
        source = self.source_path()
        name = Path(source).name if source else self.tr("Naamloos")
        marker = "*" if self.editor.document().isModified() else ""
        product = self.tr("Privacyverklaring-editor")
        self.setWindowTitle(f"{marker}{name} — {product}")

    def autosave_failed(self, message: str) -> None:
        """Autosave never interrupts typing, but the user must know the safety net is down."""
        self.statusBar().showMessage(self.tr("Automatisch bewaren mislukt: %1").replace("%1", message), 15000)

    def save_settings(self) -> None:
        try:
            self.settings.save()
        except UserError:
            pass  # settings are a convenience; never block editing on them
        self.menu.recent_files = self.settings.recent_files

    def load_policy(self, policy: Policy, path: str | None, *, modified: bool = False) -> None:
        """Show `policy` (a fresh document: the undo history starts empty)."""
        self.checks.cancel()
        self.checks.analyse_loaded(policy)  # analysed in the other process while the editor fills
        self.redline.clear()  # this text is the new original
        self.bridge.load(policy)
        self.editor.document().clearUndoRedoStacks()
        self.path = path
        self.checklist.set_policy(self.bridge.to_policy())
        self.editor.document().setModified(modified)
        self.editor.moveCursor(QTextCursor.MoveOperation.Start)
        self.update_title()
        self.checks.run_analysis()
        self.update_grammar_terms()  # re-renders: the previous document's underlines go at once
        # The grammar pass (LanguageTool busy on both cores for seconds) starts once the first
        # checklist is in: the checklist's analysis process gets the CPU first.
        self._grammar_waits_for_checklist = True

    def _start_grammar_pass(self, _report: object = None) -> None:
        if self._grammar_waits_for_checklist:
            self._grammar_waits_for_checklist = False
            self.grammar.check_changed()

    def _on_policy_changed(self, policy: Policy) -> None:
        self.outline.set_policy(policy)
        self.menu.set_word_count(self._word_count(policy))

    def _word_count(self, policy: Policy) -> int:
        """Words of the whole text, counted per paragraph and cached: a keystroke recounts one."""
        counts = self._word_counts
        total = 0
        for block in policy.blocks:
            text = block.text
            n = counts.get(text)
            if n is None:
                n = counts[text] = len(text.split())
            total += n
        if len(counts) > 2 * len(policy.blocks) + 256:
            self._word_counts = {b.text: counts[b.text] for b in policy.blocks}
        return total

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def _on_clause_inserted(self, start: int, end: int, title: str) -> None:
        self.return_to_editor(start, end)
        self.checks.run_analysis()
        self.statusBar().showMessage(self.tr("Clausule ingevoegd: %1").replace("%1", title), 5000)

    def _on_gaps_filled(self, inserted: int, still_open: int, start: int, end: int) -> None:
        self.return_to_editor(start, end)
        self.checks.run_analysis()
        text = self.tr("%1 onderdelen aangevuld, %2 nog open (Ctrl+Z maakt alles ongedaan)")
        self.statusBar().showMessage(text.replace("%1", str(inserted)).replace("%2", str(still_open)), 10000)

    def return_to_editor(self, start: int, end: int) -> None:
        """After an insertion typing goes on in the text, right after what was inserted, in view."""
        self.editor.select_range(start, start)  # show the start of the inserted section first
        cursor = self.editor.textCursor()
        cursor.setPosition(end)  # then the cursor goes to the end of its last paragraph
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        self.activateWindow()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _sync_long_checkbox(self, on: bool) -> None:
        box = self.checklist.long_sentences_check
        if box.isChecked() != on:
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)

    # ------------------------------------------------------------------ editing commands

    def set_style(self, level: int) -> None:
        self.editor.set_paragraph_style(int(level))
        self.editor.setFocus()

    def edit_link(self) -> None:
        href = ask_link(self, self.editor.link_at_cursor())
        if href is not None:
            self.editor.set_link(href)

    def show_find(self) -> None:
        if self._find_dialog is None:
            self._find_dialog = FindReplaceDialog(self.editor, self)
        dialog = self._find_dialog
        selected = self.editor.textCursor().selectedText()
        if selected:
            dialog.find_edit.setText(selected)
        dialog.show()
        dialog.raise_()
        dialog.find_edit.setFocus()
        dialog.find_edit.selectAll()

    def go_to_block(self, block_id: str) -> None:
        loc = self.bridge.locations().get(block_id)
        if loc is None or loc.block is None:
            return
        self.editor.setTextCursor(QTextCursor(loc.block))
        # Put the heading at the top of the view rather than somewhere at the bottom.
        bar = self.editor.verticalScrollBar()
        bar.setValue(bar.maximum())
        self.editor.ensureCursorVisible()
        self.editor.setFocus()

    # ------------------------------------------------------------------ profile, settings, about

    def edit_profile(self) -> None:
        from editor.gui.profile_dialog import ProfileDialog

        meta = self.bridge.meta
        text = PlainText.from_policy(self.current_policy()).text
        dialog = ProfileDialog(meta.organisation, meta.jurisdiction, meta.language, self, document_text=text)
        if not messages.exec_dialog(dialog):
            return
        profile, jurisdiction, language = dialog.values()
        self.apply_meta(dataclasses.replace(meta, organisation=profile, jurisdiction=jurisdiction, language=language))

    def apply_meta(self, meta: PolicyMeta) -> None:
        """New organisation profile / jurisdiction / language: store, refill the linked fields, re-check."""
        meta = dataclasses.replace(meta, decisions=self.bridge.decisions())
        self.bridge.meta = meta
        from editor.core.profile_fields import profile_values  # loads the library package: not at start-up

        linked_fields.refill(self.editor.document(), profile_values(meta.organisation))
        self.editor.document().setModified(True)
        self.checklist.set_policy(self.bridge.to_policy())
        self.checks.run_analysis()
        self.update_grammar_terms()
        self.grammar.recheck()  # re-renders from cache; a new language variant gets checked

    def update_grammar_terms(self) -> None:
        """The profile's names (organisation, street, DPO) are no spelling errors in this document."""
        from editor.core.grammar.terms import profile_terms

        self.grammar.set_document_terms(profile_terms(self.bridge.meta.organisation))

    def show_settings(self) -> None:
        from editor.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if not messages.exec_dialog(dialog):
            return
        old_library = self.settings.library_path
        old_language = self.settings.ui_language
        self.settings = dialog.result_settings()
        self.save_settings()
        self.grammar.set_settings(self.settings)
        if self.settings.library_path != old_library:
            self.library_ctl.load()
        if self.settings.ui_language != old_language:
            messages.show_info(
                self, self.tr("Instellingen"), self.tr("De nieuwe taal wordt gebruikt vanaf de volgende start van de editor.")
            )

    def show_about(self) -> None:
        from editor.core.paths import default_library_dir
        from editor.gui.about_dialog import AboutDialog, languagetool_version

        mode = self.settings.grammar_mode
        state = mode if mode in ("off", "remote") else self.grammar.state
        library = self.settings.library_path or str(default_library_dir())
        messages.exec_dialog(AboutDialog(self, library, state, languagetool_version()))

    # ------------------------------------------------------------------ window events

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow() and self.autosaver is not None:
            self.autosaver.save_now()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.documents.maybe_save():
            event.ignore()
            return
        self.checks.cancel()
        if self.autosaver is not None:
            self.autosaver.close()
        event.accept()
