"""How one checklist row is drawn: icon, wrapped title, the GDPR article reference below it."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeWidget

from editor.gui.status_style import status_icon

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


def nowrap_references(articles: str) -> str:
    """HTML for an article reference that wraps only between references, never inside "13(2)(c)"."""
    # A no-break space after "Art." and a word joiner (U+2060) between ")(": Qt would break there.
    parts = [html.escape(p).replace(" ", "&nbsp;").replace(")(", ")\u2060(") for p in articles.split(", ")]
    return ", ".join(parts)


class ItemDelegate(QStyledItemDelegate):
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
