"""The checklist panel: which GDPR Art. 13/14 information the policy gives, grouped by status.

Shows an editor.core.checklist Report as it is; it computes nothing itself. User actions leave
the panel as signals, which the main window connects to the text editor and the document.
Its parts: the row delegate (checklist_delegate), the detail area (checklist_detail) and the
readability box (checklist_readability).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMenu,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.core.model import Policy
from editor.gui.checklist_delegate import (
    ARTICLES_ROLE,
    COVERED_ROLE,
    CURSOR_TINT,
    GROUP_ROLE,
    ITEM_ID_ROLE,
    STATUS_ROLE,
    ItemDelegate,
    format_articles,
)
from editor.gui.checklist_detail import DetailArea, has_decision, item_title, item_tooltip
from editor.gui.checklist_readability import ReadabilityBox
from editor.gui.checklist_summary import SummaryBox
from editor.gui.status_style import (
    MISSING,
    PARTIAL,
    PRESENT,
    STATUS_ORDER,
    status_colour,
    status_icon,
    status_label,
    status_tint,
)

if TYPE_CHECKING:
    from editor.core.checklist import ItemResult, Report
    from editor.core.library import ClauseLibrary

__all__ = ["ARTICLES_ROLE", "COVERED_ROLE", "ChecklistPanel", "format_articles"]


class ChecklistPanel(QWidget):
    """The live checklist beside the text.

    Signals:
      evidence_requested(item_id, start, end)  a present/partial item was clicked: select its first evidence span
      item_selected(item_id)                    any item became the current item
      mark_not_applicable_requested(item_id)    the user wants to mark the item not applicable (ask for a reason)
      undo_decision_requested(item_id)          the user wants to undo a not-applicable decision
      long_sentences_toggled(bool)              the "Lange zinnen markeren" checkbox changed
      insert_requested(clause)                  "Invoegen" in the suggestions for the selected item
      profile_requested()                       the user wants to complete the organisation profile
    """

    evidence_requested = Signal(str, int, int)
    item_selected = Signal(str)
    mark_not_applicable_requested = Signal(str)
    undo_decision_requested = Signal(str)
    long_sentences_toggled = Signal(bool)
    insert_requested = Signal(object)
    profile_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report: Report | None = None
        self._library: ClauseLibrary | None = None
        self._policy: Policy | None = None
        self._items: dict[str, ItemResult] = {}
        self._tree_items: dict[str, QTreeWidgetItem] = {}
        self._groups: dict[str, QTreeWidgetItem] = {}
        self._collapsed: set[str] = set()
        self._highlighted: set[str] = set()
        self._shown_structure: tuple[object, ...] | None = None

        self.setAccessibleName(self.tr("Checklist AVG-informatieplicht"))
        self.setMinimumWidth(320)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.setSpacing(6)
        self.summary = SummaryBox(self)
        outer.addWidget(self.summary)

        # --- items + detail, split vertically so the user can give either more room ---
        self.splitter = QSplitter(Qt.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter, 1)
        self._build_tree()
        self.details = DetailArea(self.splitter)
        self.details.evidence_requested.connect(lambda: self._request_evidence(self.current_item_id()))
        self.details.not_applicable_requested.connect(self._request_not_applicable)
        self.details.undo_requested.connect(self._request_undo)
        self.details.insert_requested.connect(self.insert_requested)
        self.details.profile_requested.connect(self.profile_requested)
        # The detail gets the larger share: a gap's suggestions and preview need the room, and the
        # item list scrolls. Stretch keeps the ratio when the window grows.
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([400, 600])

        self.readability_box = ReadabilityBox(self)
        self.readability_box.long_sentences_toggled.connect(self.long_sentences_toggled)
        outer.addWidget(self.readability_box)
        self._alias_parts()
        self._show_detail(None)

    def _alias_parts(self) -> None:
        """The parts' widgets under the names the panel always had (tests and accessibility checks)."""
        d, r = self.details, self.readability_box
        self.detail_scroll = d
        self.detail = d.detail
        self.detail_title, self.detail_status, self.detail_text = d.detail_title, d.detail_status, d.detail_text
        self.show_button, self.na_button, self.undo_button = d.show_button, d.na_button, d.undo_button
        self.explanation, self.suggestions = d.explanation, d.suggestions
        self.readability_toggle, self.readability_summary = r.toggle, r.summary
        self.readability_label, self.long_sentences_label = r.score_label, r.long_sentences_label
        self.long_sentences_check = r.long_sentences_check
        b = self.summary
        self.summary_label, self.progress, self.context_label = b.summary_label, b.progress, b.context_label
        self.outdated_label = b.outdated_label

    def _build_tree(self) -> None:
        self.tree = QTreeWidget(self.splitter)
        self.tree.setAccessibleName(self.tr("Onderdelen van de checklist"))
        self.tree.setColumnCount(1)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tree.setWordWrap(True)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.tree.setContextMenuPolicy(Qt.CustomContextMenu)
        self.tree.setItemDelegate(ItemDelegate(self.tree))
        self.tree.viewport().installEventFilter(self)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.tree.itemClicked.connect(self._on_item_clicked)
        self.tree.itemActivated.connect(self._on_item_clicked)
        self.tree.itemCollapsed.connect(self._on_collapsed)
        self.tree.itemExpanded.connect(self._on_expanded)
        self.tree.customContextMenuRequested.connect(self._on_context_menu)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Wrapped titles change height with the width: lay the rows out again when the width changes.
        if watched is self.tree.viewport() and event.type() == QEvent.Resize:
            if event.size().width() != event.oldSize().width():
                self.tree.scheduleDelayedItemsLayout()
        return super().eventFilter(watched, event)

    # ----- public API -----

    def set_report(self, report: Report | None) -> None:
        """Show a checklist Report. Keeps the selected item, collapsed groups and scroll position."""
        self._report = report
        current = self.current_item_id()
        scroll = self.tree.verticalScrollBar().value()
        self._items = {item.id: item for item in report.items} if report is not None else {}
        structure = self._structure()
        if structure != self._shown_structure:
            self._rebuild_tree()
            self._shown_structure = structure
        else:
            # Typical while typing: same items in the same groups, only evidence moved. Updating the
            # rows in place avoids a relayout of the whole tree on every analysis.
            for item_id, tree_item in self._tree_items.items():
                self._style_item(tree_item, self._items[item_id])
        self.summary.set_report(report)
        self.readability_box.set_readability(report.readability if report is not None else None)
        if current in self._tree_items:
            self.tree.blockSignals(True)
            self.tree.setCurrentItem(self._tree_items[current])
            self.tree.blockSignals(False)
            # Selecting opens the group the item moved into; remember that as the user's view.
            for status, group in self._groups.items():
                if group.isExpanded():
                    self._collapsed.discard(status)
        self.tree.verticalScrollBar().setValue(scroll)
        self._show_detail(self.current_item_id())

    def report(self) -> Report | None:
        return self._report

    def _structure(self) -> tuple[object, ...]:
        """What the tree rows show apart from tooltips: status groups, order, titles, articles."""
        return tuple(
            (i.id, i.status, i.title, tuple(i.articles), i.required, i.level) for i in self._items.values()
        )

    def set_library(self, library: ClauseLibrary | None) -> None:
        """The clause library the suggestions come from (None: no library)."""
        self._library = library
        self.refresh_suggestions()

    def set_policy(self, policy: Policy | None) -> None:
        """The policy being edited: its organisation profile fills the previews, its decisions give reasons.

        Cheap to call after every analysis: the suggestions are only rebuilt when the organisation
        profile or jurisdiction changed (re-ranking while the user types would move the list under the mouse).
        """
        self._policy = policy
        self._show_detail(self.current_item_id())

    def refresh_suggestions(self) -> None:
        """Fill the suggestions again, e.g. after the organisation profile changed."""
        self.details.refresh_suggestions()
        self._show_detail(self.current_item_id())

    def highlight_items(self, item_ids: list[str] | set[str]) -> None:
        """Mark the items covered by the paragraph the cursor is in (bold, tinted)."""
        new = set(item_ids)
        if new == self._highlighted:
            return
        self._highlighted = new
        for item_id, tree_item in self._tree_items.items():
            self._style_item(tree_item, self._items[item_id])

    def highlighted_items(self) -> set[str]:
        return set(self._highlighted)

    def select_item(self, item_id: str) -> None:
        """Make `item_id` the current item (emits item_selected)."""
        tree_item = self._tree_items.get(item_id)
        if tree_item is not None:
            self.tree.setCurrentItem(tree_item)

    def current_item_id(self) -> str | None:
        current = self.tree.currentItem()
        return current.data(0, ITEM_ID_ROLE) if current is not None else None

    def tree_item(self, item_id: str) -> QTreeWidgetItem | None:
        return self._tree_items.get(item_id)

    def group_item(self, status: str) -> QTreeWidgetItem | None:
        return self._groups.get(status)

    def items_in_group(self, status: str) -> list[str]:
        group = self._groups.get(status)
        if group is None:
            return []
        return [group.child(i).data(0, ITEM_ID_ROLE) for i in range(group.childCount())]

    def long_sentences_marked(self) -> bool:
        return self.long_sentences_check.isChecked()

    def readability_open(self) -> bool:
        return self.readability_box.is_open()

    def set_readability_open(self, open_: bool) -> None:
        """Show the full readability box (True) or only its one-line summary (False)."""
        self.readability_box.set_open(open_)

    # ----- building -----

    def _rebuild_tree(self) -> None:
        self.tree.setUpdatesEnabled(False)
        self.tree.blockSignals(True)
        try:
            self.tree.clear()
            self._tree_items.clear()
            self._groups.clear()
            by_status: dict[str, list[ItemResult]] = {s: [] for s in STATUS_ORDER}
            for item in self._items.values():
                by_status.setdefault(item.status, []).append(item)
            for status in STATUS_ORDER:
                members = by_status[status]
                # Required items first inside a group: they decide the summary.
                members.sort(key=lambda it: not it.required)
                group = QTreeWidgetItem(self.tree)
                group.setData(0, GROUP_ROLE, status)
                group.setFlags(Qt.ItemIsEnabled)
                group.setText(0, f"{status_label(status)} ({len(members)})")
                group.setIcon(0, status_icon(status))
                font = QFont(self.tree.font())
                font.setBold(True)
                group.setFont(0, font)
                group.setForeground(0, QBrush(status_colour(status)))
                group.setBackground(0, QBrush(status_tint(status)))
                group.setData(
                    0,
                    Qt.AccessibleTextRole,
                    self.tr("{status}: {count} onderdelen").format(status=status_label(status), count=len(members)),
                )
                for item in members:
                    child = QTreeWidgetItem(group)
                    child.setData(0, ITEM_ID_ROLE, item.id)
                    child.setData(0, STATUS_ROLE, status)
                    child.setIcon(0, status_icon(status))
                    child.setText(0, item_title(item))
                    child.setData(0, ARTICLES_ROLE, format_articles(list(item.articles)))
                    self._tree_items[item.id] = child
                    self._style_item(child, item)
                self._groups[status] = group
                group.setExpanded(status not in self._collapsed and bool(members))
        finally:
            self.tree.blockSignals(False)
            self.tree.setUpdatesEnabled(True)

    def _style_item(self, tree_item: QTreeWidgetItem, item: ItemResult) -> None:
        covered = item.id in self._highlighted
        # Only touch data that changed: every change makes the view re-measure the row.
        if tree_item.data(0, COVERED_ROLE) != covered:
            tree_item.setData(0, COVERED_ROLE, covered)
            tree_item.setBackground(0, QBrush(QColor(CURSOR_TINT)) if covered else QBrush())
        tooltip = item_tooltip(item, covered)
        if tree_item.toolTip(0) != tooltip:
            tree_item.setToolTip(0, tooltip)
        accessible = f"{status_label(item.status)}: {item_title(item)}, {format_articles(list(item.articles))}"
        if covered:
            accessible += ", " + self.tr("behandeld in de huidige alinea")
        if tree_item.data(0, Qt.AccessibleTextRole) != accessible:
            tree_item.setData(0, Qt.AccessibleTextRole, accessible)

    # ----- detail area -----

    def _show_detail(self, item_id: str | None) -> None:
        item = self._items.get(item_id) if item_id else None
        if item is None:
            self.details.show_nothing()
        else:
            jurisdiction = self._report.jurisdiction if self._report is not None else None
            self.details.show_item(item, self._policy, self._library, jurisdiction)

    # ----- user actions -----

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        item_id = current.data(0, ITEM_ID_ROLE) if current is not None else None
        self._show_detail(item_id)
        if item_id:
            self.item_selected.emit(item_id)

    def _on_item_clicked(self, tree_item: QTreeWidgetItem, _column: int = 0) -> None:
        item_id = tree_item.data(0, ITEM_ID_ROLE)
        if item_id:
            self._request_evidence(item_id)

    def _request_evidence(self, item_id: str | None) -> None:
        item = self._items.get(item_id) if item_id else None
        if item is None or item.status not in (PRESENT, PARTIAL) or not item.evidence:
            return
        first = item.evidence[0]
        self.evidence_requested.emit(item.id, int(first.start), int(first.end))

    def _request_not_applicable(self) -> None:
        item_id = self.current_item_id()
        if item_id:
            self.mark_not_applicable_requested.emit(item_id)

    def _request_undo(self) -> None:
        item_id = self.current_item_id()
        if item_id:
            self.undo_decision_requested.emit(item_id)

    def _on_collapsed(self, tree_item: QTreeWidgetItem) -> None:
        status = tree_item.data(0, GROUP_ROLE)
        if status:
            self._collapsed.add(status)

    def _on_expanded(self, tree_item: QTreeWidgetItem) -> None:
        status = tree_item.data(0, GROUP_ROLE)
        if status:
            self._collapsed.discard(status)

    def context_actions(self, item_id: str) -> QMenu:
        """The context menu for an item (also used by tests)."""
        item = self._items[item_id]
        menu = QMenu(self)
        if item.status in (PRESENT, PARTIAL) and item.evidence:
            menu.addAction(self.tr("Toon in tekst"), lambda: self._request_evidence(item_id))
        if item.status in (MISSING, PARTIAL):
            menu.addAction(
                self.tr("Markeren als niet van toepassing…"),
                lambda: self.mark_not_applicable_requested.emit(item_id),
            )
        if has_decision(item, self._policy):
            menu.addAction(self.tr("Beslissing ongedaan maken"), lambda: self.undo_decision_requested.emit(item_id))
        return menu

    def _on_context_menu(self, pos: QPoint) -> None:
        tree_item = self.tree.itemAt(pos)
        item_id = tree_item.data(0, ITEM_ID_ROLE) if tree_item is not None else None
        if not item_id:
            return
        self.tree.setCurrentItem(tree_item)
        menu = self.context_actions(item_id)
        if menu.actions():
            menu.exec(self.tree.viewport().mapToGlobal(pos))
