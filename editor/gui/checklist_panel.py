"""The checklist panel: which GDPR Art. 13/14 information the policy gives, grouped by status.

Shows an editor.core.checklist Report as it is; it computes nothing itself. User actions leave
the panel as signals, which the main window connects to the text editor and the document.
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.core.model import Policy
from editor.gui.status_style import (
    MISSING,
    NOT_APPLICABLE,
    PARTIAL,
    PRESENT,
    STATUS_ORDER,
    status_colour,
    status_icon,
    status_label,
    status_tint,
)
from editor.gui.suggestions import SuggestionsView

ITEM_ID_ROLE = Qt.UserRole + 1
GROUP_ROLE = Qt.UserRole + 2
STATUS_ROLE = Qt.UserRole + 3
ARTICLES_ROLE = Qt.UserRole + 4  # the formatted article reference, e.g. "Art. 13/14(1)(a)"
COVERED_ROLE = Qt.UserRole + 5  # True when the cursor's paragraph covers the item
# Items covered by the paragraph the cursor is in: a light tint and a bar at the left edge.
CURSOR_TINT = "#dcebfb"
CURSOR_BAR = "#1565c0"

_ARTICLE_PREFIX = re.compile(r"^\s*(art(ikel|icle)?\.?)\s*", re.IGNORECASE)


_ARTICLE_PARTS = re.compile(r"^(\d+)(.*)$")


def format_articles(articles: list[str]) -> str:
    """GDPR article references in lawyers' shorthand.

    ["13(1)(a)", "14(1)(a)"] -> "Art. 13/14(1)(a)"; ["13(2)(b)"] -> "Art. 13(2)(b)".
    References that are not plain article numbers are kept as written.
    """
    if not articles:
        return ""
    bare = [_ARTICLE_PREFIX.sub("", a).strip() for a in articles]
    parsed = [_ARTICLE_PARTS.match(b) for b in bare]
    if not all(parsed):
        return ", ".join(a.strip() for a in articles)
    # Same paragraph/point in several articles (13 and 14 mirror each other): "13/14(1)(a)".
    by_rest: dict[str, list[str]] = {}
    for m in parsed:
        numbers = by_rest.setdefault(m.group(2), [])
        if m.group(1) not in numbers:
            numbers.append(m.group(1))
    return "Art. " + ", ".join("/".join(nums) + rest for rest, nums in by_rest.items())


def _nowrap_references(articles: str) -> str:
    """HTML for an article reference that wraps only between references, never inside "13(2)(c)"."""
    # A no-break space after "Art." and a word joiner (U+2060) between ")(": Qt would break there.
    parts = [html.escape(p).replace(" ", "&nbsp;").replace(")(", ")\u2060(") for p in articles.split(", ")]
    return ", ".join(parts)


class _ItemDelegate(QStyledItemDelegate):
    """Item rows: icon, the title wrapped over as many lines as needed, the article reference in grey below.

    Group rows (no item id) use the default painting. Rows covered by the cursor's paragraph get a
    blue bar at the left edge, a tint and a bold title.
    """

    PAD = 4
    ICON = 16

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def _text_width(self, option: QStyleOptionViewItem, index: QModelIndex) -> int:
        width = option.rect.width()
        if width <= 0:  # size hints come without a rect: use the viewport minus the indentation
            depth = 1 if index.parent().isValid() else 0
            width = self._tree.viewport().width() - self._tree.indentation() * (depth + 1)
        return max(width - self.ICON - 3 * self.PAD, 60)

    def _fonts(self, option: QStyleOptionViewItem, index: QModelIndex) -> tuple[QFont, QFont]:
        title_font = QFont(option.font)
        title_font.setBold(bool(index.data(COVERED_ROLE)))
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() * 0.9, 7.0))
        return title_font, small

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        if not index.data(ITEM_ID_ROLE):
            base = super().sizeHint(option, index)
            return QSize(base.width(), base.height() + 2 * self.PAD)
        title_font, small = self._fonts(option, index)
        width = self._text_width(option, index)
        title = QFontMetrics(title_font).boundingRect(0, 0, width, 10_000, Qt.TextWordWrap, str(index.data()))
        height = self.PAD + title.height() + 1 + QFontMetrics(small).height() + self.PAD
        return QSize(width + self.ICON + 3 * self.PAD, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if not index.data(ITEM_ID_ROLE):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text
        opt.text = ""
        opt.icon = QIcon()
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.CE_ItemViewItem, opt, painter, widget)  # background and selection
        selected = bool(opt.state & QStyle.State_Selected)
        covered = bool(index.data(COVERED_ROLE))
        rect = opt.rect
        painter.save()
        if covered:
            painter.fillRect(rect.x(), rect.y() + 1, 3, rect.height() - 2, QColor(CURSOR_BAR))
        status = index.data(STATUS_ROLE)
        icon_y = rect.y() + self.PAD + 1
        status_icon(status).paint(painter, rect.x() + self.PAD, icon_y, self.ICON, self.ICON)
        title_font, small = self._fonts(opt, index)
        x = rect.x() + self.ICON + 2 * self.PAD
        width = rect.width() - self.ICON - 3 * self.PAD
        text_colour = opt.palette.color(QPalette.HighlightedText if selected else QPalette.Text)
        painter.setFont(title_font)
        painter.setPen(text_colour)
        title_rect = QFontMetrics(title_font).boundingRect(0, 0, width, 10_000, Qt.TextWordWrap, title)
        painter.drawText(x, rect.y() + self.PAD, width, title_rect.height(), Qt.TextWordWrap | Qt.AlignLeft, title)
        painter.setFont(small)
        painter.setPen(text_colour if selected else QColor("#545454"))
        articles = str(index.data(ARTICLES_ROLE) or "")
        metrics = QFontMetrics(small)
        painter.drawText(
            x, rect.y() + self.PAD + title_rect.height() + 1, width, metrics.height(),
            Qt.AlignLeft | Qt.AlignVCenter, metrics.elidedText(articles, Qt.ElideRight, width),
        )
        painter.restore()


class ExpandableText(QLabel):
    """Plain text shown in full, or clamped to its first lines with a "Meer…" link.

    Clamping is measured with the label's own font and width (and redone when the width
    changes), so the text never takes more than `lines` lines. The link opens the full text;
    the full text ends in a link to fold it again. The accessible description always holds
    the full text, so a screen reader misses nothing.
    """

    expanded_changed = Signal(bool)

    def __init__(self, more: str, less: str, parent: QWidget | None = None, lines: int = 2) -> None:
        super().__init__(parent)
        self._more = more
        self._less = less
        self._lines = lines
        self._text = ""
        self._clamp = False
        self._expanded = False
        self._shown_width = -1
        self.setWordWrap(True)
        self.setTextFormat(Qt.RichText)
        self.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.setTextInteractionFlags(
            Qt.TextSelectableByMouse | Qt.LinksAccessibleByMouse | Qt.LinksAccessibleByKeyboard
        )
        self.linkActivated.connect(self._on_link)

    def set_content(self, text: str, *, clamp: bool) -> None:
        """Show `text`; `clamp` allows folding it to the first lines (unless the user opened it)."""
        self._text = text
        self._clamp = clamp
        self.setAccessibleDescription(text)
        self._render()

    def full_text(self) -> str:
        return self._text

    def is_clamped(self) -> bool:
        """True when only the first lines are shown."""
        return self._clamp and not self._expanded and self._cut(self._width()) is not None

    def is_expanded(self) -> bool:
        return self._expanded

    def set_expanded(self, expanded: bool) -> None:
        if expanded != self._expanded:
            self._expanded = expanded
            self._render()
            self.expanded_changed.emit(expanded)

    def _on_link(self, href: str) -> None:
        self.set_expanded(href == "#more")

    def _width(self) -> int:
        return self.contentsRect().width()

    def _cut(self, width: int) -> str | None:
        """The first lines of the text ending in "…", leaving room for the link; None if it all fits."""
        text = self._text
        if not text or width <= 40:
            return None
        layout = QTextLayout(text, self.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        starts: list[int] = []
        while len(starts) <= self._lines:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            starts.append(line.textStart())
        layout.endLayout()
        if len(starts) <= self._lines:
            return None  # fits in the allowed lines
        last = text[starts[self._lines - 1] : starts[self._lines]]
        metrics = QFontMetrics(self.font())
        # Room for "… Meer…" on the last line, plus slack: the rich-text engine wraps a few pixels differently.
        room = width - metrics.horizontalAdvance(" " + self._more) - metrics.horizontalAdvance("…") - 12
        kept = metrics.elidedText(last.rstrip(), Qt.ElideRight, max(room, 0))
        if kept.endswith("…"):
            kept = kept[:-1]
        sentence_end = max(kept.rfind(". "), kept.rfind("; "))
        if sentence_end >= len(kept) // 2:
            return text[: starts[self._lines - 1]] + kept[: sentence_end + 1]  # a whole sentence: no "…"
        if " " in kept.strip():
            kept = kept[: kept.rstrip().rfind(" ")]  # end on a whole word
        return (text[: starts[self._lines - 1]] + kept).rstrip(" ,;:(-–") + "…"

    def _render(self) -> None:
        width = self._width()
        self._shown_width = width
        cut = None if (self._expanded or not self._clamp) else self._cut(width)
        if cut is not None:
            self.setText(f'{html.escape(cut)} <a href="#more">{html.escape(self._more)}</a>')
        elif self._expanded and self._clamp:
            self.setText(f'{html.escape(self._text)} <a href="#less">{html.escape(self._less)}</a>')
        else:
            self.setText(html.escape(self._text))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Wrapping depends on the width: measure again when it changed (not on height changes).
        if self._clamp and self._width() != self._shown_width:
            self._render()


class CoverageBar(QWidget):
    """A thin bar: the share of required items present (QProgressBar repaints synchronously: too slow here)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._present = 0
        self._total = 0
        self.setFixedHeight(8)

    def set_counts(self, present: int, total: int) -> None:
        if (present, total) != (self._present, self._total):
            self._present, self._total = present, total
            self.setAccessibleDescription(f"{present}/{total}")
            self.update()

    def counts(self) -> tuple[int, int]:
        return self._present, self._total

    def paintEvent(self, _event: QEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        rect = self.rect().adjusted(0, 1, -1, -1)
        painter.setPen(QColor("#b0b0b0"))
        painter.setBrush(QColor("#eeeeee"))
        painter.drawRoundedRect(rect, 3, 3)
        if self._total > 0 and self._present > 0:
            filled = rect.adjusted(0, 0, -round(rect.width() * (1 - self._present / self._total)), 0)
            painter.setPen(Qt.NoPen)
            painter.setBrush(status_colour(PRESENT))
            painter.drawRoundedRect(filled, 3, 3)


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
        self._report: Any = None
        self._library: Any = None
        self._policy: Policy | None = None
        self._items: dict[str, Any] = {}
        self._tree_items: dict[str, QTreeWidgetItem] = {}
        self._groups: dict[str, QTreeWidgetItem] = {}
        self._collapsed: set[str] = set()
        self._highlighted: set[str] = set()
        self._shown_structure: tuple[Any, ...] | None = None
        # What the suggestions were built for: (item id, status, library, profile, jurisdiction).
        self._detail_key: tuple[Any, ...] | None = None

        self.setAccessibleName(self.tr("Checklist AVG-informatieplicht"))
        self.setMinimumWidth(320)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.setSpacing(6)

        # --- summary ---
        self.summary_label = QLabel(self.tr("Nog geen analyse"), self)
        self.summary_label.setAccessibleName(self.tr("Samenvatting van de checklist"))
        self.summary_label.setWordWrap(True)
        font = self.summary_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.summary_label.setFont(font)
        outer.addWidget(self.summary_label)

        self.progress = CoverageBar(self)
        self.progress.setAccessibleName(self.tr("Aandeel aanwezige verplichte onderdelen"))
        outer.addWidget(self.progress)

        self.context_label = QLabel(self)
        self.context_label.setWordWrap(True)
        self.context_label.setStyleSheet("color:#545454")
        outer.addWidget(self.context_label)

        # Outdated law is a finding about the whole document: shown with the summary, not folded away.
        self.outdated_label = QLabel(self)
        self.outdated_label.setWordWrap(True)
        self.outdated_label.setStyleSheet(f"color:{status_colour(PARTIAL).name()}")
        self.outdated_label.hide()
        outer.addWidget(self.outdated_label)

        # --- items + detail, split vertically so the user can give either more room ---
        self.splitter = QSplitter(Qt.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter, 1)

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
        self.tree.setItemDelegate(_ItemDelegate(self.tree))
        self.tree.viewport().installEventFilter(self)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.tree.itemClicked.connect(self._on_item_clicked)
        self.tree.itemActivated.connect(self._on_item_clicked)
        self.tree.itemCollapsed.connect(self._on_collapsed)
        self.tree.itemExpanded.connect(self._on_expanded)
        self.tree.customContextMenuRequested.connect(self._on_context_menu)

        # The detail area scrolls when the panel is short, so nothing in it is ever squeezed or overlaps.
        self.detail_scroll = QScrollArea(self.splitter)
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.NoFrame)
        self.detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.detail_scroll.setAccessibleName(self.tr("Details van het gekozen onderdeel"))
        self.detail = QWidget()
        self.detail.setAccessibleName(self.tr("Toelichting bij het gekozen onderdeel"))
        self.detail_scroll.setWidget(self.detail)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(2, 6, 2, 2)
        detail_layout.setSpacing(6)

        self.detail_title = QLabel(self.detail)
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextFormat(Qt.AutoText)
        title_font = self.detail_title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        self.detail_title.setFont(title_font)
        detail_layout.addWidget(self.detail_title)

        # Status and the item's actions share a row: the room below goes to the suggestions.
        status_row = QHBoxLayout()
        status_row.setSpacing(6)
        self.detail_icon = QLabel(self.detail)
        self.detail_icon.setFixedSize(18, 18)
        status_row.addWidget(self.detail_icon, 0, Qt.AlignTop)
        self.detail_status = QLabel(self.detail)
        self.detail_status.setWordWrap(True)
        status_row.addWidget(self.detail_status, 1)
        self.show_button = QPushButton(self.tr("Toon in tekst"), self.detail)
        self.show_button.setAccessibleName(self.tr("Toon de vindplaats in de tekst"))
        self.show_button.clicked.connect(lambda: self._request_evidence(self.current_item_id()))
        status_row.addWidget(self.show_button, 0, Qt.AlignTop)
        self.na_button = QPushButton(self.tr("Niet van toepassing…"), self.detail)
        self.na_button.setAccessibleName(self.tr("Markeren als niet van toepassing"))
        self.na_button.clicked.connect(self._request_not_applicable)
        status_row.addWidget(self.na_button, 0, Qt.AlignTop)
        self.undo_button = QPushButton(self.tr("Beslissing ongedaan maken"), self.detail)
        self.undo_button.setAccessibleName(self.tr("Beslissing niet van toepassing ongedaan maken"))
        self.undo_button.clicked.connect(self._request_undo)
        status_row.addWidget(self.undo_button, 0, Qt.AlignTop)
        detail_layout.addLayout(status_row)

        # What the checker found (short, specific) before the general legal explanation.
        self.detail_text = QLabel(self.detail)
        self.detail_text.setWordWrap(True)
        self.detail_text.setTextFormat(Qt.RichText)
        self.detail_text.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.detail_text.setAccessibleName(self.tr("Bevinding"))
        self.detail_text.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        detail_layout.addWidget(self.detail_text)

        # The explanation is long legal text: for a gap it shows its first lines and "Meer…",
        # so the suggestions, their preview and "Invoegen" fit without scrolling. Once opened
        # it stays open for the next items (the user chose to read them).
        self.explanation = ExpandableText(self.tr("Meer…"), self.tr("Minder"), self.detail)
        self.explanation.setAccessibleName(self.tr("Uitleg bij het onderdeel"))
        self.explanation.setStyleSheet("color:#3c3c3c")
        detail_layout.addWidget(self.explanation)

        self.suggestions = SuggestionsView(self.detail)
        self.suggestions.insert_requested.connect(self.insert_requested)
        self.suggestions.profile_requested.connect(self.profile_requested)
        detail_layout.addWidget(self.suggestions, 1)
        self.detail_spacer = QWidget(self.detail)  # takes the room when no suggestions are shown
        detail_layout.addWidget(self.detail_spacer, 1)
        # The detail gets the larger share: a gap's suggestions and preview need the room, and the
        # item list scrolls. Stretch keeps the ratio when the window grows.
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([400, 600])

        # --- readability: one line until the user opens it ---
        self.readability_box = QFrame(self)
        self.readability_box.setFrameShape(QFrame.StyledPanel)
        self.readability_box.setAccessibleName(self.tr("Leesbaarheid"))
        rb = QVBoxLayout(self.readability_box)
        rb.setContentsMargins(4, 2, 8, 2)
        rb.setSpacing(3)
        header = QHBoxLayout()
        header.setSpacing(6)
        self.readability_toggle = QToolButton(self.readability_box)
        self.readability_toggle.setText(self.tr("Leesbaarheid"))
        self.readability_toggle.setAccessibleName(self.tr("Leesbaarheid tonen of verbergen"))
        self.readability_toggle.setCheckable(True)
        self.readability_toggle.setAutoRaise(True)
        self.readability_toggle.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.readability_toggle.setArrowType(Qt.RightArrow)
        # A disclosure arrow, not a push button: no sunken frame while open.
        self.readability_toggle.setStyleSheet(
            "QToolButton { border: 1px solid transparent; padding: 1px; font-weight: 600; }"
            "QToolButton:focus { border: 1px dotted palette(highlight); }"
        )
        self.readability_toggle.toggled.connect(self._set_readability_open)
        header.addWidget(self.readability_toggle, 0, Qt.AlignLeft)
        self.readability_summary = QLabel(self.readability_box)
        self.readability_summary.setWordWrap(True)
        self.readability_summary.setAccessibleName(self.tr("Samenvatting van de leesbaarheid"))
        self.readability_summary.setCursor(Qt.PointingHandCursor)
        self.readability_summary.installEventFilter(self)  # a click on the summary opens the box too
        header.addWidget(self.readability_summary, 1)
        rb.addLayout(header)
        self.readability_details = QWidget(self.readability_box)
        details = QVBoxLayout(self.readability_details)
        details.setContentsMargins(6, 0, 0, 4)
        details.setSpacing(3)
        self.readability_label = QLabel(self.readability_details)
        self.readability_label.setWordWrap(True)
        self.readability_label.setAccessibleName(self.tr("Flesch-Douma-score"))
        details.addWidget(self.readability_label)
        self.long_sentences_label = QLabel(self.readability_details)
        self.long_sentences_label.setWordWrap(True)
        details.addWidget(self.long_sentences_label)
        self.long_sentences_check = QCheckBox(self.tr("Lange zinnen markeren"), self.readability_details)
        self.long_sentences_check.setAccessibleName(self.tr("Zinnen van meer dan 25 woorden markeren in de tekst"))
        self.long_sentences_check.toggled.connect(self.long_sentences_toggled)
        details.addWidget(self.long_sentences_check)
        self.readability_details.hide()
        rb.addWidget(self.readability_details)
        outer.addWidget(self.readability_box)

        self._update_readability()
        self._show_detail(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is getattr(self, "readability_summary", None) and event.type() == QEvent.MouseButtonRelease:
            self.readability_toggle.toggle()
            return True
        # Wrapped titles change height with the width: lay the rows out again when the width changes.
        if watched is self.tree.viewport() and event.type() == QEvent.Resize:
            if event.size().width() != event.oldSize().width():
                self.tree.scheduleDelayedItemsLayout()
        return super().eventFilter(watched, event)

    # ----- public API -----

    def set_report(self, report: Any) -> None:
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
        self._update_summary()
        self._update_readability()
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

    def report(self) -> Any:
        return self._report

    def _structure(self) -> tuple[Any, ...]:
        """What the tree rows show apart from tooltips: status groups, order, titles, articles."""
        return tuple(
            (i.id, i.status, i.title, tuple(i.articles), i.required, i.level) for i in self._items.values()
        )

    def set_library(self, library: Any) -> None:
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
        self._detail_key = None
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
        return self.readability_toggle.isChecked()

    def set_readability_open(self, open_: bool) -> None:
        """Show the full readability box (True) or only its one-line summary (False)."""
        self.readability_toggle.setChecked(open_)

    def _set_readability_open(self, open_: bool) -> None:
        self.readability_toggle.setArrowType(Qt.DownArrow if open_ else Qt.RightArrow)
        self.readability_details.setVisible(open_)
        self.readability_summary.setVisible(not open_)

    # ----- building -----

    def _rebuild_tree(self) -> None:
        self.tree.setUpdatesEnabled(False)
        self.tree.blockSignals(True)
        try:
            self.tree.clear()
            self._tree_items.clear()
            self._groups.clear()
            by_status: dict[str, list[Any]] = {s: [] for s in STATUS_ORDER}
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
                    child.setText(0, self._item_title(item))
                    child.setData(0, ARTICLES_ROLE, format_articles(list(item.articles)))
                    self._tree_items[item.id] = child
                    self._style_item(child, item)
                self._groups[status] = group
                group.setExpanded(status not in self._collapsed and bool(members))
        finally:
            self.tree.blockSignals(False)
            self.tree.setUpdatesEnabled(True)

    def _item_title(self, item: Any) -> str:
        title = item.title or item.id
        if not item.required:
            if item.level == "recommended":
                return self.tr("{title} (aanbevolen)").format(title=title)
            return self.tr("{title} (indien van toepassing)").format(title=title)
        return title

    def _style_item(self, tree_item: QTreeWidgetItem, item: Any) -> None:
        covered = item.id in self._highlighted
        # Only touch data that changed: every change makes the view re-measure the row.
        if tree_item.data(0, COVERED_ROLE) != covered:
            tree_item.setData(0, COVERED_ROLE, covered)
            tree_item.setBackground(0, QBrush(QColor(CURSOR_TINT)) if covered else QBrush())
        tooltip = self._tooltip(item, covered)
        if tree_item.toolTip(0) != tooltip:
            tree_item.setToolTip(0, tooltip)
        accessible = f"{status_label(item.status)}: {self._item_title(item)}, {format_articles(list(item.articles))}"
        if covered:
            accessible += ", " + self.tr("behandeld in de huidige alinea")
        if tree_item.data(0, Qt.AccessibleTextRole) != accessible:
            tree_item.setData(0, Qt.AccessibleTextRole, accessible)

    def _tooltip(self, item: Any, covered: bool) -> str:
        parts = [
            f"<b>{html.escape(item.title or item.id)}</b>",
            f"{html.escape(status_label(item.status))} · {html.escape(format_articles(list(item.articles)))}",
        ]
        if item.explanation:
            parts.append(html.escape(item.explanation))
        reason = self._finding(item)
        if reason:
            parts.append(f"<i>{html.escape(reason)}</i>")
        if covered:
            parts.append(html.escape(self.tr("Behandeld in de alinea waar de cursor staat.")))
        return "<p style='white-space:normal'>" + "<br><br>".join(parts) + "</p>"

    @staticmethod
    def _finding(item: Any) -> str:
        """Why the item has its status: the engine's note, else the first evidence reason."""
        note = getattr(item, "note", "")
        if note:
            return note
        reasons = [e.reason for e in item.evidence if getattr(e, "reason", "")]
        return reasons[0] if reasons else ""

    def _update_summary(self) -> None:
        report = self._report
        if report is None:
            self.summary_label.setText(self.tr("Nog geen analyse"))
            self.progress.set_counts(0, 0)
            self.context_label.clear()
            return
        present, total = report.summary()
        self.summary_label.setText(
            self.tr("{present} van {total} verplichte onderdelen aanwezig").format(present=present, total=total)
        )
        self.progress.set_counts(present, total)
        counts = {s: 0 for s in STATUS_ORDER}
        for item in self._items.values():
            counts[item.status] = counts.get(item.status, 0) + 1
        jurisdiction = {"BE": self.tr("België"), "NL": self.tr("Nederland")}.get(report.jurisdiction or "", "")
        line = self.tr("{missing} ontbreken, {partial} gedeeltelijk").format(
            missing=counts[MISSING], partial=counts[PARTIAL]
        )
        if jurisdiction:
            line += " · " + self.tr("getoetst voor {country}").format(country=jurisdiction)
        self.context_label.setText(line)

    def _update_readability(self) -> None:
        readability = getattr(self._report, "readability", None) if self._report is not None else None
        if readability is None:
            self.readability_label.setText(self.tr("Flesch-Douma: nog niet berekend"))
            self.long_sentences_label.setText(self.tr("Lange zinnen (meer dan 25 woorden): –"))
            self.readability_summary.setText(self.tr("nog niet berekend"))
        else:
            score = f"{readability.flesch_douma:.0f}"
            count = len(readability.long_sentences)
            self.readability_label.setText(
                self.tr("Flesch-Douma: {score} — {label}").format(score=score, label=readability.label)
            )
            self.long_sentences_label.setText(
                self.tr("Lange zinnen (meer dan 25 woorden): {count}").format(count=count)
            )
            self.readability_summary.setText(
                self.tr("{score} — {label} · {count} lange zinnen").format(
                    score=score, label=readability.label, count=count
                )
            )
        self.readability_summary.setToolTip(
            self.readability_label.text() + "\n" + self.long_sentences_label.text()
        )
        outdated = list(getattr(self._report, "outdated_references", []) or []) if self._report is not None else []
        if outdated:
            self.outdated_label.setText(
                self.tr("Verouderde wetsverwijzingen: {count} (onderstreept in de tekst)").format(count=len(outdated))
            )
            self.outdated_label.setToolTip(
                "\n".join(f"{ref.text} → {ref.replacement}" for ref in outdated if getattr(ref, "replacement", ""))
            )
            self.outdated_label.show()
        else:
            self.outdated_label.hide()

    # ----- detail area -----

    def _show_detail(self, item_id: str | None) -> None:
        item = self._items.get(item_id) if item_id else None
        if item is None:
            self._detail_key = None
            self.detail_title.setText(self.tr("Geen onderdeel gekozen"))
            self.detail_icon.clear()
            self.detail_status.clear()
            self.detail_text.clear()
            self.detail_text.hide()
            self.explanation.set_content(
                self.tr("Kies een onderdeel in de lijst voor de toelichting en voorstellen."), clamp=False
            )
            for button in (self.show_button, self.na_button, self.undo_button):
                button.hide()
            self.suggestions.hide()
            self.detail_spacer.show()
            return
        # The article reference follows the title (as in the list), so the status row keeps one line.
        articles = format_articles(list(item.articles))
        title = item.title or item.id
        if articles:
            self.detail_title.setText(
                f"{html.escape(title)}&nbsp; <span style='color:#545454; font-weight:normal; font-size:small'>"
                f"{_nowrap_references(articles)}</span>"
            )
        else:
            self.detail_title.setText(title)
        self.detail_icon.setPixmap(status_icon(item.status).pixmap(18, 18))
        colour = status_colour(item.status).name()
        self.detail_status.setText(
            f"<span style='color:{colour}; font-weight:600'>{html.escape(status_label(item.status))}</span>"
        )
        findings = []
        reason = self._finding(item)
        if reason:
            finding = self.tr("Bevinding")
            findings.append(f"<i>{html.escape(finding)}:</i> {html.escape(reason)}")
        decision = self._decision_reason(item)
        if item.status == NOT_APPLICABLE and decision:
            because = self.tr("Reden")
            findings.append(f"<i>{html.escape(because)}:</i> {html.escape(decision)}")
        self.detail_text.setText("<br>".join(findings))
        self.detail_text.setVisible(bool(findings))
        wants_suggestions = item.status in (MISSING, PARTIAL)
        # Folded only where the suggestions need the room; elsewhere the full text is shown.
        self.explanation.set_content(item.explanation or "", clamp=wants_suggestions)
        self.explanation.setVisible(bool(item.explanation))
        self.show_button.setVisible(item.status in (PRESENT, PARTIAL) and bool(item.evidence))
        self.na_button.setVisible(item.status in (MISSING, PARTIAL))
        self.undo_button.setVisible(self._has_decision(item))
        self.suggestions.setVisible(wants_suggestions)
        self.detail_spacer.setVisible(not wants_suggestions)
        jurisdiction = getattr(self._report, "jurisdiction", None)
        profile = repr(self._policy.meta.organisation) if self._policy is not None else ""
        key = (item.id, item.status, id(self._library), profile, jurisdiction)
        if wants_suggestions and key != self._detail_key:
            self.suggestions.set_item(item.id, self._library, self._policy, jurisdiction)
            self._detail_key = key
        elif not wants_suggestions:
            self._detail_key = None

    def _decision_reason(self, item: Any) -> str:
        reason = getattr(item, "decision_reason", "")
        if reason or self._policy is None:
            return reason
        decision = self._policy.meta.decisions.get(item.id)
        return decision.reason if decision is not None else ""

    def _has_decision(self, item: Any) -> bool:
        """Not applicable by the user's decision (undoable), not because a condition does not hold."""
        if item.status != NOT_APPLICABLE:
            return False
        in_policy = self._policy is not None and item.id in self._policy.meta.decisions
        return in_policy or bool(getattr(item, "decision_reason", ""))

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
        if self._has_decision(item):
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
