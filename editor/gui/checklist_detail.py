"""The detail area of the checklist: the chosen item's status, finding, explanation, its actions
and, for a gap, the clause suggestions with "Invoegen"."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from editor.core.model import Policy
from editor.gui.checklist_delegate import format_articles, nowrap_references
from editor.gui.status_style import MISSING, NOT_APPLICABLE, PARTIAL, PRESENT, status_colour, status_icon, status_label
from editor.gui.suggestions import SuggestionsView
from editor.gui.widgets import ExpandableText

if TYPE_CHECKING:
    from editor.core.checklist import ItemResult
    from editor.core.library import ClauseLibrary


def finding(item: ItemResult) -> str:
    """Why the item has its status: the engine's note, else the first evidence reason; on a present
    item also what best practice wants beyond the house bar (the hint)."""
    if item.note:
        return item.note
    reasons = [e.reason for e in item.evidence if e.reason]
    text = reasons[0] if reasons else ""
    if item.hint:
        tip = QCoreApplication.translate("ChecklistPanel", "Tip: {hint}").format(hint=item.hint)
        text = f"{text}. {tip}" if text else tip
    return text


def decision_reason(item: ItemResult, policy: Policy | None) -> str:
    if item.decision_reason or policy is None:
        return item.decision_reason
    decision = policy.meta.decisions.get(item.id)
    return decision.reason if decision is not None else ""


def has_decision(item: ItemResult, policy: Policy | None) -> bool:
    """Not applicable by the user's decision (undoable), not because a condition does not hold."""
    if item.status != NOT_APPLICABLE:
        return False
    return (policy is not None and item.id in policy.meta.decisions) or bool(item.decision_reason)


def item_title(item: ItemResult) -> str:
    """The title as the list shows it: optional items say so."""
    title = item.title or item.id
    if not item.required:
        if item.level == "recommended":
            return QCoreApplication.translate("ChecklistPanel", "{title} (aanbevolen)").format(title=title)
        return QCoreApplication.translate("ChecklistPanel", "{title} (indien van toepassing)").format(title=title)
    return title


def item_tooltip(item: ItemResult, covered: bool) -> str:
    parts = [
        f"<b>{html.escape(item.title or item.id)}</b>",
        f"{html.escape(status_label(item.status))} · {html.escape(format_articles(list(item.articles)))}",
    ]
    if item.explanation:
        parts.append(html.escape(item.explanation))
    reason = finding(item)
    if reason:
        parts.append(f"<i>{html.escape(reason)}</i>")
    if covered:
        note = QCoreApplication.translate("ChecklistPanel", "Behandeld in de alinea waar de cursor staat.")
        parts.append(html.escape(note))
    return "<p style='white-space:normal'>" + "<br><br>".join(parts) + "</p>"


class DetailArea(QScrollArea):
    """Scrolls when the panel is short, so nothing in it is ever squeezed or overlaps."""

    evidence_requested = Signal()
    not_applicable_requested = Signal()
    undo_requested = Signal()
    insert_requested = Signal(object)
    profile_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # What the suggestions were built for: (item id, status, library, profile, jurisdiction).
        self._key: tuple[object, ...] | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Details van het gekozen onderdeel"))
        self.detail = QWidget()
        self.detail.setAccessibleName(self.tr("Toelichting bij het gekozen onderdeel"))
        self.setWidget(self.detail)
        layout = QVBoxLayout(self.detail)
        layout.setContentsMargins(2, 6, 2, 2)
        layout.setSpacing(6)
        self.detail_title = QLabel(self.detail)
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextFormat(Qt.AutoText)
        title_font = self.detail_title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        self.detail_title.setFont(title_font)
        layout.addWidget(self.detail_title)
        # Status and the item's actions share a row: the room below goes to the suggestions.
        status_row = QHBoxLayout()
        status_row.setSpacing(6)
        self.detail_icon = QLabel(self.detail)
        self.detail_icon.setFixedSize(18, 18)
        status_row.addWidget(self.detail_icon, 0, Qt.AlignTop)
        self.detail_status = QLabel(self.detail)
        self.detail_status.setWordWrap(True)
        status_row.addWidget(self.detail_status, 1)
        self.show_button = self._button(self.tr("Toon in tekst"), self.tr("Toon de vindplaats in de tekst"),
                                        self.evidence_requested.emit, status_row)
        self.na_button = self._button(self.tr("Niet van toepassing…"), self.tr("Markeren als niet van toepassing"),
                                      self.not_applicable_requested.emit, status_row)
        self.undo_button = self._button(self.tr("Beslissing ongedaan maken"),
                                        self.tr("Beslissing niet van toepassing ongedaan maken"),
                                        self.undo_requested.emit, status_row)
        layout.addLayout(status_row)
        # What the checker found (short, specific) before the general legal explanation.
        self.detail_text = QLabel(self.detail)
        self.detail_text.setWordWrap(True)
        self.detail_text.setTextFormat(Qt.RichText)
        self.detail_text.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.detail_text.setAccessibleName(self.tr("Bevinding"))
        self.detail_text.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        layout.addWidget(self.detail_text)
        # The explanation is long legal text: for a gap it shows its first lines and "Meer…",
        # so the suggestions, their preview and "Invoegen" fit without scrolling. Once opened
        # it stays open for the next items (the user chose to read them).
        self.explanation = ExpandableText(self.tr("Meer…"), self.tr("Minder"), self.detail)
        self.explanation.setAccessibleName(self.tr("Uitleg bij het onderdeel"))
        self.explanation.setStyleSheet("color:#3c3c3c")
        layout.addWidget(self.explanation)
        self.suggestions = SuggestionsView(self.detail)
        self.suggestions.insert_requested.connect(self.insert_requested)
        self.suggestions.profile_requested.connect(self.profile_requested)
        layout.addWidget(self.suggestions, 1)
        self.detail_spacer = QWidget(self.detail)  # takes the room when no suggestions are shown
        layout.addWidget(self.detail_spacer, 1)

    def _button(self, text: str, accessible: str, slot: object, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self.detail)
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        row.addWidget(button, 0, Qt.AlignTop)
        return button

    def refresh_suggestions(self) -> None:
        self._key = None

    def show_nothing(self) -> None:
        self._key = None
        self.detail_title.setText(self.tr("Geen onderdeel gekozen"))
        self.detail_icon.clear()
        self.detail_status.clear()
        self.detail_text.clear()
        self.detail_text.hide()
        self.explanation.set_content(self.tr("Kies een onderdeel in de lijst voor de toelichting en voorstellen."), clamp=False)
        for button in (self.show_button, self.na_button, self.undo_button):
            button.hide()
        self.suggestions.hide()
        self.detail_spacer.show()

    def show_item(self, item: ItemResult, policy: Policy | None, library: ClauseLibrary | None,
                  jurisdiction: str | None) -> None:
        # The article reference follows the title (as in the list), so the status row keeps one line.
        articles = format_articles(list(item.articles))
        title = item.title or item.id
        if articles:
            self.detail_title.setText(
                f"{html.escape(title)}&nbsp; <span style='color:#545454; font-weight:normal; font-size:small'>"
                f"{nowrap_references(articles)}</span>"
            )
        else:
            self.detail_title.setText(title)
        self.detail_icon.setPixmap(status_icon(item.status).pixmap(18, 18))
        colour = status_colour(item.status).name()
        self.detail_status.setText(
            f"<span style='color:{colour}; font-weight:600'>{html.escape(status_label(item.status))}</span>"
        )
        findings = []
        reason = finding(item)
        if reason:
            label = self.tr("Bevinding")
            findings.append(f"<i>{html.escape(label)}:</i> {html.escape(reason)}")
        decision = decision_reason(item, policy)
        if item.status == NOT_APPLICABLE and decision:
            label = self.tr("Reden")
            findings.append(f"<i>{html.escape(label)}:</i> {html.escape(decision)}")
        self.detail_text.setText("<br>".join(findings))
        self.detail_text.setVisible(bool(findings))
        wants_suggestions = item.status in (MISSING, PARTIAL)
        # Folded only where the suggestions need the room; elsewhere the full text is shown.
        self.explanation.set_content(item.explanation or "", clamp=wants_suggestions)
        self.explanation.setVisible(bool(item.explanation))
        self.show_button.setVisible(item.status in (PRESENT, PARTIAL) and bool(item.evidence))
        self.na_button.setVisible(item.status in (MISSING, PARTIAL))
        self.undo_button.setVisible(has_decision(item, policy))
        self.suggestions.setVisible(wants_suggestions)
        self.detail_spacer.setVisible(not wants_suggestions)
        profile = repr(policy.meta.organisation) if policy is not None else ""
        key = (item.id, item.status, id(library), profile, jurisdiction)
        if wants_suggestions and key != self._key:
            self.suggestions.set_item(item.id, library, policy, jurisdiction)
            self._key = key
        elif not wants_suggestions:
            self._key = None
