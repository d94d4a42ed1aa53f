"""Browse the whole clause library: search, filter, preview and insert any clause.

Searching and filtering are the library's own `search(query, item_id=, jurisdiction=, status=)`;
the dialog only collects the user's choices and shows the result.
"""

from __future__ import annotations

import datetime as _dt
import html
from typing import Any

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editor.core.errors import UserError
from editor.core.model import OrganisationProfile, Policy
from editor.gui.suggestions import UNFILLED_BACKGROUND, default_filler, filled_html

SEARCH_DELAY_MS = 200  # wait for a pause in typing before searching
META_ROLE = Qt.UserRole + 1


class _ClauseDelegate(QStyledItemDelegate):
    """Two lines per result: the clause title in bold, its jurisdiction and items in grey below."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.State_Selected)
        rect = opt.rect.adjusted(6, 4, -6, -4)
        painter.save()
        title_font = QFont(opt.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(opt.palette.color(QPalette.HighlightedText if selected else QPalette.Text))
        line = QFontMetrics(title_font).height()
        painter.drawText(
            rect.x(), rect.y(), rect.width(), line, Qt.AlignLeft | Qt.AlignVCenter,
            QFontMetrics(title_font).elidedText(title, Qt.ElideRight, rect.width()),
        )
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(QPalette.HighlightedText) if selected else QColor("#545454"))
        meta = str(index.data(META_ROLE) or "")
        painter.drawText(
            rect.x(), rect.y() + line + 1, rect.width(), QFontMetrics(opt.font).height(),
            Qt.AlignLeft | Qt.AlignVCenter, QFontMetrics(opt.font).elidedText(meta, Qt.ElideRight, rect.width()),
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        height = QFontMetrics(option.font).height()
        return QSize(200, 2 * height + 10)


def format_offline_since(value: Any) -> str:
    """A date/time from the library's offline_since (datetime, date, epoch seconds or ISO text) as Dutch text."""
    if value is None or value is True:
        return ""
    moment: _dt.datetime | _dt.date | None = None
    if isinstance(value, _dt.datetime | _dt.date):
        moment = value
    elif isinstance(value, int | float):
        moment = _dt.datetime.fromtimestamp(value)
    elif isinstance(value, str):
        try:
            moment = _dt.datetime.fromisoformat(value.strip())
        except ValueError:
            return value.strip()
    if isinstance(moment, _dt.datetime):
        if moment.tzinfo is not None:
            moment = moment.astimezone()
        return moment.strftime("%d-%m-%Y %H:%M")
    if isinstance(moment, _dt.date):
        return moment.strftime("%d-%m-%Y")
    return str(value)


class LibraryBrowser(QDialog):
    """Search field, filters (item, jurisdiction, status), results, preview and "Invoegen".

    Signal insert_requested(clause) when the user inserts the selected clause; the dialog stays
    open so several clauses can be inserted in a row.
    """

    insert_requested = Signal(object)

    def __init__(
        self,
        library: Any,
        policy: Policy | None = None,
        parent: QWidget | None = None,
        *,
        item_titles: dict[str, str] | None = None,
        jurisdiction: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._policy = policy
        self._item_titles = dict(item_titles or {})
        self._fill_jurisdiction = jurisdiction or (policy.meta.jurisdiction if policy else None) or "BE"
        self._results: list[Any] = []

        self.setWindowTitle(self.tr("Clausulebibliotheek"))
        self.setAccessibleName(self.tr("Clausulebibliotheek doorzoeken"))
        self.resize(980, 640)
        layout = QVBoxLayout(self)

        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Status van de clausulebibliotheek"))
        self.banner.setStyleSheet(
            "background-color:#fff4e0; color:#5c3700; border:1px solid #e0a040; border-radius:3px; padding:6px"
        )
        layout.addWidget(self.banner)

        filters = QHBoxLayout()
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Zoeken in titels en tekst…"))
        self.search_edit.setAccessibleName(self.tr("Zoekterm"))
        self.search_edit.setClearButtonEnabled(True)
        filters.addWidget(self.search_edit, 3)

        self.item_combo = QComboBox(self)
        self.item_combo.setAccessibleName(self.tr("Filter op onderdeel van de checklist"))
        self.item_combo.addItem(self.tr("Alle onderdelen"), None)
        for item_id in self._item_ids():
            self.item_combo.addItem(self._item_titles.get(item_id, item_id), item_id)
        filters.addWidget(self.item_combo, 2)

        self.jurisdiction_combo = QComboBox(self)
        self.jurisdiction_combo.setAccessibleName(self.tr("Filter op rechtsgebied"))
        self.jurisdiction_combo.addItem(self.tr("België en Nederland"), None)
        self.jurisdiction_combo.addItem(self.tr("België"), "BE")
        self.jurisdiction_combo.addItem(self.tr("Nederland"), "NL")
        filters.addWidget(self.jurisdiction_combo, 1)

        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Filter op status van de clausule"))
        self.status_combo.addItem(self.tr("In gebruik"), "active")
        self.status_combo.addItem(self.tr("Ingetrokken"), "retired")
        self.status_combo.addItem(self.tr("Alle statussen"), None)
        filters.addWidget(self.status_combo, 1)
        layout.addLayout(filters)

        splitter = QSplitter(Qt.Horizontal, self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.count_label = QLabel(left)
        self.count_label.setStyleSheet("color:#545454")
        left_layout.addWidget(self.count_label)
        self.results = QListWidget(left)
        self.results.setAccessibleName(self.tr("Gevonden clausules"))
        self.results.setItemDelegate(_ClauseDelegate(self.results))
        self.results.currentRowChanged.connect(self._show_preview)
        self.results.itemDoubleClicked.connect(lambda _item: self._emit_insert())
        left_layout.addWidget(self.results, 1)
        self.preview = QTextBrowser(splitter)
        self.preview.setAccessibleName(self.tr("Voorbeeld van de clausule"))
        self.preview.setOpenLinks(False)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 580])
        layout.addWidget(splitter, 1)

        buttons = QHBoxLayout()
        self.conflicts_button = QPushButton(self)
        self.conflicts_button.setAccessibleName(self.tr("Clausules met een conflict bekijken en oplossen"))
        self.conflicts_button.clicked.connect(self.show_conflicts)
        buttons.addWidget(self.conflicts_button)
        buttons.addStretch(1)
        self.insert_button = QPushButton(self.tr("Invoegen"), self)
        self.insert_button.setAccessibleName(self.tr("Gekozen clausule invoegen in de tekst"))
        self.insert_button.setDefault(True)
        self.insert_button.clicked.connect(self._emit_insert)
        buttons.addWidget(self.insert_button)
        self.close_button = QPushButton(self.tr("Sluiten"), self)
        self.close_button.setAccessibleName(self.tr("Bibliotheek sluiten"))
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())
        for combo in (self.item_combo, self.jurisdiction_combo, self.status_combo):
            combo.currentIndexChanged.connect(lambda _index: self.refresh())

        self._update_banner()
        self._update_conflicts_button()
        self.refresh()

    # ----- public API -----

    def show_conflicts(self) -> None:
        """Open the dialog that lists every clause in conflict with all its versions."""
        import os

        from editor.gui.library_conflicts import ConflictDialog

        author = os.environ.get("USER") or os.environ.get("USERNAME") or ""
        self.conflict_dialog = ConflictDialog(self._library, author, self)
        self.conflict_dialog.resolved.connect(lambda _cid: (self._update_conflicts_button(), self.refresh()))
        self.conflict_dialog.open()

    def _update_conflicts_button(self) -> None:
        conflicts = getattr(self._library, "conflicts", None)
        count = len(conflicts()) if callable(conflicts) else 0
        self.conflicts_button.setText(self.tr("Conflicten ({count})…").format(count=count))
        self.conflicts_button.setVisible(count > 0 and not getattr(self._library, "read_only", False))

    def set_filters(
        self, query: str = "", item_id: str | None = None, jurisdiction: str | None = None, status: str | None = "active"
    ) -> None:
        """Set every filter at once and search (e.g. open the browser on one checklist item)."""
        for combo, value in (
            (self.item_combo, item_id),
            (self.jurisdiction_combo, jurisdiction),
            (self.status_combo, status),
        ):
            combo.blockSignals(True)
            index = combo.findData(value)
            combo.setCurrentIndex(index if index >= 0 else 0)
            combo.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.setText(query)
        self.search_edit.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Search the library with the current query and filters."""
        self._timer.stop()
        current = self.current_clause()
        try:
            self._results = list(
                self._library.search(
                    self.search_edit.text().strip(),
                    item_id=self.item_combo.currentData(),
                    jurisdiction=self.jurisdiction_combo.currentData(),
                    status=self.status_combo.currentData(),
                )
            )
        except UserError as exc:
            self._results = []
            self.count_label.setText(exc.message)
        else:
            self.count_label.setText(self.tr("{count} clausules gevonden").format(count=len(self._results)))
        self.results.blockSignals(True)
        self.results.clear()
        for clause in self._results:
            title = self._fill(clause.title or clause.id)
            meta = self._meta_line(clause)
            entry = QListWidgetItem(title)
            entry.setData(META_ROLE, meta)
            entry.setData(Qt.AccessibleTextRole, f"{title}, {meta}")
            entry.setToolTip(f"{title}\n{meta}")
            self.results.addItem(entry)
        self.results.blockSignals(False)
        row = 0
        if current is not None:
            ids = [c.id for c in self._results]
            row = ids.index(current.id) if current.id in ids else 0
        self.results.setCurrentRow(row if self._results else -1)
        self._show_preview(self.results.currentRow())

    def results_clauses(self) -> list[Any]:
        return list(self._results)

    def current_clause(self) -> Any | None:
        row = self.results.currentRow()
        return self._results[row] if 0 <= row < len(self._results) else None

    # ----- internals -----

    def _item_ids(self) -> list[str]:
        ids: list[str] = list(self._item_titles)
        for clause in getattr(self._library, "clauses", []) or []:
            for item_id in clause.item_ids:
                if item_id not in ids:
                    ids.append(item_id)
        if not self._item_titles:
            ids.sort()
        return ids

    def _update_banner(self) -> None:
        offline = getattr(self._library, "offline_since", None)
        read_only = bool(getattr(self._library, "read_only", False))
        # The library words its own state best (which folder, since when, why read-only).
        own = getattr(self._library, "status_message", "")
        own = own() if callable(own) else own
        if (offline or read_only) and isinstance(own, str) and own.strip():
            text = own.strip()
        elif offline:
            since = format_offline_since(offline)
            text = self.tr(
                "De clausulebibliotheek is niet bereikbaar. U werkt met de lokale kopie van {since}; "
                "wijzigingen aan de bibliotheek zijn niet mogelijk."
            ).format(since=since or self.tr("een eerder moment"))
        elif read_only:
            text = self.tr("De clausulebibliotheek is alleen-lezen: u kunt clausules invoegen, maar niet wijzigen.")
        else:
            text = ""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def _meta_line(self, clause: Any) -> str:
        jurisdiction = {
            "BE": self.tr("België"),
            "NL": self.tr("Nederland"),
        }.get(getattr(clause, "jurisdiction", "any"), self.tr("België en Nederland"))
        items = ", ".join(self._item_titles.get(i, i) for i in clause.item_ids)
        parts = [jurisdiction]
        if items:
            parts.append(items)
        if getattr(clause, "status", "active") != "active":
            parts.append(self.tr("ingetrokken"))
        if getattr(clause, "outdated", False):
            parts.append(self.tr("verouderde wetgeving"))
        return " · ".join(parts)

    def _profile(self) -> OrganisationProfile:
        return self._policy.meta.organisation if self._policy is not None else OrganisationProfile()

    def _fill(self, text: str) -> str:
        return default_filler(self._library)(text, self._profile(), self._fill_jurisdiction).text

    def _show_preview(self, row: int) -> None:
        clause = self._results[row] if 0 <= row < len(self._results) else None
        self.insert_button.setEnabled(clause is not None)
        if clause is None:
            nothing = self.tr("Geen clausule gekozen.")
            self.preview.setHtml(f"<p style='color:#545454'>{html.escape(nothing)}</p>")
            return
        filled = default_filler(self._library)(clause.body, self._profile(), self._fill_jurisdiction)
        unfilled = list(filled.unfilled)
        parts = [
            f"<h3 style='margin:0 0 4px 0'>{html.escape(self._fill(clause.title or clause.id))}</h3>",
            f"<p style='color:#545454; margin:0 0 10px 0'>{html.escape(self._meta_line(clause))}</p>",
            filled_html(filled.text, unfilled, self.tr("ontbreekt")),
        ]
        if unfilled:
            parts.append(
                f"<p style='background-color:{UNFILLED_BACKGROUND}; padding:4px'>"
                + html.escape(self.tr("Geel gemarkeerde gegevens ontbreken in het organisatieprofiel."))
                + "</p>"
            )
        provenance = getattr(clause, "provenance", None)
        if provenance is not None and getattr(provenance, "source", ""):
            parts.append(
                "<p style='color:#545454; font-size:small'>"
                + html.escape(self.tr("Bron: {source}").format(source=provenance.source))
                + "</p>"
            )
        self.preview.setHtml("".join(parts))

    def _emit_insert(self) -> None:
        clause = self.current_clause()
        if clause is not None:
            self.insert_requested.emit(clause)
