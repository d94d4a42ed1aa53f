"""The live checklist: analysis in the worker pool (debounced), highlights in the text, the
outdated-law quick fixes, the evidence view and the user's "not applicable" decisions.

Like editor.gui.grammar.GrammarController it owns no layout: it works on the text editor and
the checklist panel it is given and reports by signal.
"""

from __future__ import annotations

import datetime as dt
import itertools
import threading
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QMenu

from editor.core.analysis_service import AnalysisService, shared_service
from editor.core.errors import UserError
from editor.core.model import Decision, Policy
from editor.core.patterns import PLACEHOLDER
from editor.core.plaintext import PlainText
from editor.gui import messages
from editor.gui.checklist_panel import ChecklistPanel
from editor.gui.document_bridge import Location
from editor.gui.document_positions import qt_span
from editor.gui.highlight_slices import Mark, SlicedLayer
from editor.gui.text_editor import PolicyTextEdit
from editor.gui.workers import Worker

if TYPE_CHECKING:  # the engine is imported in the analysis process, not at start-up
    from editor.core.checklist import OutdatedReference, Report

DEBOUNCE_MS = 300
MAX_WAIT_MS = 1500  # while the user keeps typing, still re-check at least this often
WORKER_START_DELAY_MS = 300

OUTDATED_COLOUR = QColor("#c62828")
LONG_SENTENCE_BACKGROUND = QColor("#fff3c4")
EVIDENCE_BACKGROUND = QColor("#d8f0dc")
PLACEHOLDER_BACKGROUND = QColor("#fff176")  # the same highlighter yellow as the clause previews

AnalysisResult = tuple[Policy, PlainText, "Report", float]


class AnalysisJob:
    """Runs the checklist engine in the analysis process (editor.core.analysis_service).

    The process keeps this job's incremental per-block cache; when it is gone the service runs
    the analysis in-process for that call and restarts it. Called in a pool thread.
    """

    _ids = itertools.count(1)

    def __init__(self, service: AnalysisService | None = None) -> None:
        self.service = service or shared_service()
        self.client = f"window-{next(self._ids)}"

    def __call__(self, policy: Policy) -> AnalysisResult:
        started = time.perf_counter()
        report = self.service.analyze(self.client, policy)
        plain = PlainText.from_policy(policy)
        return policy, plain, report, (time.perf_counter() - started) * 1000


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


class ChecklistController(QObject):
    analysis_finished = Signal(object)  # the Report shown (tests and benchmarks wait on it)
    policy_changed = Signal(object)  # the Policy just taken from the editor (outline, word count)
    status_changed = Signal(str)  # for the status bar
    coverage_changed = Signal(str)  # which items the cursor's paragraph covers

    def __init__(self, editor: PolicyTextEdit, panel: ChecklistPanel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.bridge = editor.bridge
        self.panel = panel
        self.policy = Policy()
        self.plain = PlainText.from_policy(self.policy)
        self.report: Report | None = None
        self.analysis_error = ""
        self.last_analysis_ms = 0.0
        self.long_sentences = False
        self._dirty_since: float | None = None
        self._last_cursor_block: str | None = None
        self._outdated_format = QTextCharFormat()
        self._outdated_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._outdated_format.setUnderlineColor(OUTDATED_COLOUR)
        self._placeholder_format = QTextCharFormat()
        self._placeholder_format.setBackground(PLACEHOLDER_BACKGROUND)
        self._long_format = QTextCharFormat()
        self._long_format.setBackground(LONG_SENTENCE_BACKGROUND)
        self._evidence_format = QTextCharFormat()
        self._evidence_format.setBackground(EVIDENCE_BACKGROUND)
        self._job = AnalysisJob()
        self._submitted: tuple[int, Policy] | None = None  # generation and policy of the newest job
        self._marks_due: Report | None = None  # the report whose marks the next event-loop turn shows
        # Start the analysis process once the window is up (its start-up would compete with the
        # window's for the CPU), off the UI thread, so it is warm before a document is opened.
        # An analysis asked for before that starts it itself.
        QTimer.singleShot(WORKER_START_DELAY_MS, self, self._start_worker)
        self.worker = Worker(self)
        self.worker.result.connect(self._on_analysis)
        self.worker.error.connect(self._on_analysis_error)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_analysis)
        editor.document().contentsChanged.connect(self._on_text_changed)
        editor.cursorPositionChanged.connect(self.on_cursor_moved)
        editor.context_menu_hooks.append(self._outdated_quick_fixes)
        editor.tooltip_hooks.append(self.outdated_tooltip)
        editor.tooltip_hooks.append(self.placeholder_tooltip)
        panel.evidence_requested.connect(self.show_evidence)
        panel.mark_not_applicable_requested.connect(self.ask_not_applicable)
        panel.undo_decision_requested.connect(self.undo_decision)

    # ------------------------------------------------------------------ analysis

    def _start_worker(self) -> None:
        threading.Thread(target=self._job.service.start, daemon=True, name="checklist-worker-start").start()

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
        self.policy_changed.emit(self.policy)
        if self._in_flight(self.policy):
            return  # e.g. the analysis analyse_loaded() started while the document was being filled
        self.status_changed.emit(self.tr("Controleren…"))
        self._submit(self.policy)

    def analyse_loaded(self, policy: Policy) -> None:
        """Start analysing a policy about to be loaded, before the editor is filled with it.

        The analysis process works while the UI thread fills the editor; the run_analysis()
        after loading sees the same content in flight and waits for that result.
        """
        self._debounce.stop()
        self._dirty_since = None
        self.status_changed.emit(self.tr("Controleren…"))
        self._submit(policy)

    def _submit(self, policy: Policy) -> None:
        self._submitted = (self.worker.submit(self._job, policy), policy)

    def _in_flight(self, policy: Policy) -> bool:
        if self._submitted is None or not self.worker.busy():
            return False
        generation, submitted = self._submitted
        return generation == self.worker.generation and submitted == policy

    def cancel(self) -> None:
        self._debounce.stop()
        self.worker.cancel()
        self._marks_due = None

    def _on_analysis(self, result: AnalysisResult) -> None:
        policy, plain, report, elapsed = result
        self.analysis_error = ""
        self.report = report
        self.plain = plain
        self.last_analysis_ms = elapsed
        # Policy first: a gap that comes back (undo) gets suggestions ranked on this text, not the last one.
        self.panel.set_policy(policy)
        self.panel.set_report(report)
        self.status_changed.emit(self.summary_text(report))
        # The marks in the text in the next event-loop turn: a key pressed meanwhile is handled first.
        self._marks_due = report
        QTimer.singleShot(0, self, lambda: self._show_marks(report))

    def _show_marks(self, report: Report) -> None:
        if report is not self._marks_due:
            return  # a newer report is on its way, or another document was loaded meanwhile
        self._marks_due = None
        where = self.bridge.locations()
        self.show_outdated(where)
        self.show_long_sentences(where)
        self.show_placeholders(where)
        self._last_cursor_block = None
        self.on_cursor_moved()
        self.analysis_finished.emit(report)

    def _on_analysis_error(self, exc: object) -> None:
        if isinstance(exc, ImportError):
            text = self.tr("De checklist is in deze versie niet beschikbaar.")
        elif isinstance(exc, UserError):
            text = exc.message
        else:
            text = self.tr("De controle is mislukt: %1").replace("%1", str(exc))
        self.analysis_error = text
        self.status_changed.emit(text)

    def summary_text(self, report: Report) -> str:
        """'3 van 9 verplichte onderdelen aanwezig · 1 aanbevolen ontbreekt' (required and recommended apart)."""
        present, total = report.summary()
        text = self.tr("%1 van %2 verplichte onderdelen aanwezig").replace("%1", str(present)).replace("%2", str(total))
        recommended = [it for it in report.items if not it.required and it.level == "recommended"]
        open_ = sum(1 for it in recommended if it.status in ("missing", "partial"))
        if open_ == 1:
            text += " · " + self.tr("1 aanbevolen onderdeel ontbreekt")
        elif open_ > 1:
            text += " · " + self.tr("%1 aanbevolen onderdelen ontbreken").replace("%1", str(open_))
        return text

    # ------------------------------------------------------------------ highlights

    def _marks(self, spans: list[tuple[int, int]], where: dict[str, Location] | None) -> list[Mark]:
        """Plain-text spans of the analysed text as Qt positions (one document walk for all)."""
        if not spans:
            return []
        where = where if where is not None else self.bridge.locations()
        out = []
        for a, b in spans:
            span = qt_span(self.bridge, self.plain, a, b, where)
            if span is not None and span[0] < span[1]:
                out.append((span[0], span[1], "mark"))
        return out

    def _layer(self, name: str, fmt: QTextCharFormat) -> SlicedLayer:
        return self.editor.sliced_layer(name, {"mark": fmt})

    def show_outdated(self, where: dict[str, Location] | None = None) -> None:
        refs = self.report.outdated_references if self.report else []
        self._layer("outdated", self._outdated_format).show(self._marks([(r.start, r.end) for r in refs], where))

    def show_placeholders(self, where: dict[str, Location] | None = None) -> None:
        """Mark {{placeholders}} a clause left unfilled (the organisation profile lacks them)."""
        spans = [(m.start(), m.end()) for m in PLACEHOLDER.finditer(self.plain.text)]
        self._layer("placeholders", self._placeholder_format).show(self._marks(spans, where))

    def show_long_sentences(self, where: dict[str, Location] | None = None) -> None:
        spans = list(self.report.readability.long_sentences) if self.long_sentences and self.report else []
        self._layer("long", self._long_format).show(self._marks(spans, where))

    def set_long_sentences(self, on: bool) -> None:
        self.long_sentences = on
        self.show_long_sentences()

    def show_evidence(self, item_id: str, start: int, end: int) -> None:
        """Select an item's evidence in the text, scroll to it and tint all its evidence."""
        where = self.bridge.locations()
        cursor = self.bridge.span_cursor(self.plain, start, end, where)
        if cursor is None:
            return
        spans = [(ev.start, ev.end) for item in (self.report.items if self.report else []) if item.id == item_id
                 for ev in item.evidence]
        self._layer("evidence", self._evidence_format).show(self._marks(spans, where))
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        self.editor.setFocus()

    # ------------------------------------------------------------------ cursor and tooltips

    def items_covering_block(self, block_id: str | None) -> list[str]:
        if not block_id or self.report is None:
            return []
        return [item.id for item in self.report.items
                if item.status in ("present", "partial") and any(block_id in ev.block_ids for ev in item.evidence)]

    def on_cursor_moved(self) -> None:
        block_id = self.editor.current_block_id()
        if block_id == self._last_cursor_block:
            return
        self._last_cursor_block = block_id
        ids = self.items_covering_block(block_id)
        self.panel.highlight_items(ids)
        titles = ", ".join(self.report.item(i).title for i in ids) if self.report else ""
        self.coverage_changed.emit(self.tr("Deze alinea dekt: %1").replace("%1", titles) if ids else "")

    def outdated_reference_at(self, position: int) -> OutdatedReference | None:
        """The outdated-law finding under a Qt position, if any."""
        where = self.bridge.locations()
        for ref in self.report.outdated_references if self.report else []:
            cursor = self.bridge.span_cursor(self.plain, ref.start, ref.end, where)
            if cursor is not None and cursor.selectionStart() <= position <= cursor.selectionEnd():
                return ref
        return None

    def placeholder_tooltip(self, position: int) -> str:
        for sel in self.editor.highlights("placeholders"):
            if sel.cursor.selectionStart() <= position < sel.cursor.selectionEnd():
                return self.tr("Nog in te vullen: vul het organisatieprofiel aan of typ de gegevens zelf.")
        return ""

    def outdated_tooltip(self, position: int) -> str:
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
        action = menu.addAction(self.tr("Vervangen door „%1”").replace("%1", ref.replacement))
        action.setToolTip(ref.reason)
        action.triggered.connect(lambda _=False, r=ref: self.apply_quick_fix(r))
        info = menu.addAction(self.tr("Verouderd: %1").replace("%1", _short(ref.reason, 80)))
        info.setEnabled(False)

    def apply_quick_fix(self, ref: OutdatedReference) -> bool:
        """Replace an outdated legal reference by its modern wording (one undo step)."""
        cursor = self.bridge.span_cursor(self.plain, ref.start, ref.end)
        if cursor is None or cursor.selectedText() != ref.text:
            self.status_changed.emit(self.tr("De tekst is intussen gewijzigd; controleer opnieuw."))
            return False
        cursor.beginEditBlock()
        cursor.insertText(ref.replacement)
        cursor.endEditBlock()
        self.run_analysis()
        return True

    # ------------------------------------------------------------------ decisions

    def decisions(self) -> dict[str, Decision]:
        return self.bridge.decisions()

    def ask_not_applicable(self, item_id: str) -> None:
        """Ask why an item does not apply (the decision dialog), then record it."""
        from editor.gui.decision_dialog import DecisionDialog

        title = self.report.item(item_id).title if self.report and item_id in {i.id for i in self.report.items} else item_id
        existing = self.bridge.decisions().get(item_id)
        dialog = DecisionDialog(item_id, title, self.panel.window(), reason=existing.reason if existing else "")
        if messages.exec_dialog(dialog) and dialog.reason():
            self.set_not_applicable(item_id, dialog.reason())

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
