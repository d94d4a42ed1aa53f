"""The document outline: the headings as a tree; activating one moves the cursor there."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from editor.core.model import Heading, Policy

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class OutlineView(QTreeWidget):
    heading_activated = Signal(str)  # block id of the heading

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Overzicht van de koppen"))
        self.setUniformRowHeights(True)
        self.setExpandsOnDoubleClick(False)
        self._signature: tuple = ()
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)

    def set_policy(self, policy: Policy) -> None:
        headings = [b for b in policy.blocks if isinstance(b, Heading) and b.text.strip()]
        signature = tuple((h.id, h.level, h.text) for h in headings)
        if signature == self._signature:
            return  # nothing to redraw (most keystrokes do not touch a heading)
        self._signature = signature
        self.clear()
        stack: list[tuple[int, QTreeWidgetItem]] = []
        for heading in headings:
            item = QTreeWidgetItem([heading.text.strip()])
            item.setData(0, ID_ROLE, heading.id)
            item.setToolTip(0, heading.text.strip())
            while stack and stack[-1][0] >= heading.level:
                stack.pop()
            if stack:
                stack[-1][1].addChild(item)
            else:
                self.addTopLevelItem(item)
            stack.append((heading.level, item))
        self.expandAll()

    def heading_ids(self) -> list[str]:
        out: list[str] = []

        def walk(item: QTreeWidgetItem) -> None:
            out.append(item.data(0, ID_ROLE))
            for i in range(item.childCount()):
                walk(item.child(i))

        for i in range(self.topLevelItemCount()):
            walk(self.topLevelItem(i))
        return out

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        block_id = item.data(0, ID_ROLE)
        if block_id:
            self.heading_activated.emit(block_id)
