"""Accessibility of the panels: names on every focusable widget, keyboard use of the checklist."""

from __future__ import annotations

from panels_support import FakeLibrary, sample_clauses, sample_report
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget

from editor.core.model import OrganisationProfile, Policy
from editor.gui.checklist_panel import ChecklistPanel
from editor.gui.decision_dialog import DecisionDialog
from editor.gui.library_browser import LibraryBrowser
from editor.gui.profile_dialog import ProfileDialog


def unnamed_focusable(root: QWidget) -> list[str]:
    """Focusable, visible widgets a screen reader could not name (no accessible name, no text)."""
    out = []
    for child in root.findChildren(QWidget):
        if child.focusPolicy() == Qt.NoFocus or not child.isVisibleTo(root):
            continue
        if child.accessibleName():
            continue
        if isinstance(child, QAbstractButton) and child.text():
            continue
        if child.parent() is not None and child.parent().accessibleName() and child.objectName().startswith("qt_"):
            continue  # Qt's internal parts (scroll area viewports, spin box line edits) of a named widget
        out.append(f"{type(child).__name__}:{child.objectName()}")
    return out


def test_every_focusable_widget_has_a_name(qtbot):
    policy = Policy()
    policy.meta.organisation = OrganisationProfile(name="Acme bv")
    library = FakeLibrary(sample_clauses())
    panel = ChecklistPanel()
    panel.set_library(library)
    panel.set_policy(policy)
    panel.set_report(sample_report())
    panel.select_item("complaint_authority")
    widgets = [
        panel,
        LibraryBrowser(library, policy),
        ProfileDialog(OrganisationProfile(name="Acme"), "BE", "nl-BE"),
        DecisionDialog("dpo_contact", "DPO"),
    ]
    for widget in widgets:
        qtbot.addWidget(widget)
        widget.show()
        assert widget.accessibleName(), type(widget).__name__
        assert unnamed_focusable(widget) == [], type(widget).__name__


def test_checklist_works_from_the_keyboard(qtbot):
    panel = ChecklistPanel()
    qtbot.addWidget(panel)
    panel.set_report(sample_report())
    panel.show()
    qtbot.waitExposed(panel)
    panel.tree.setFocus()
    panel.select_item("controller_identity")
    selected: list[str] = []
    panel.item_selected.connect(selected.append)
    qtbot.keyClick(panel.tree, Qt.Key_Down)
    assert selected == ["purposes"]
    with qtbot.waitSignal(panel.evidence_requested, timeout=1000) as blocker:
        qtbot.keyClick(panel.tree, Qt.Key_Return)
    assert blocker.args == ["purposes", 120, 180]
