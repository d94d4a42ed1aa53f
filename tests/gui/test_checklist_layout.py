"""The checklist panel on a laptop screen: a selected gap shows its status, the suggestions, the
filled preview and "Invoegen" without scrolling; the long explanation is one click away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from editor.core.importers import import_text
from editor.core.model import OrganisationProfile
from tests.conftest import forbid_message_boxes

# A short policy that gives neither the right to restriction nor a way to withdraw consent in full.
POLICY_TEXT = (
    "Privacyverklaring\n\nWie zijn wij?\n\nGarage Dewitte bv, Brugsesteenweg 221, 9940 Evergem, info@garagedewitte.be, "
    "is verantwoordelijk voor de verwerking van uw persoonsgegevens.\n\nWaarom verwerken wij uw gegevens?\n\n"
    "Wij verwerken uw naam, adres en e-mailadres om onderhoud aan uw wagen uit te voeren, op basis van de "
    "overeenkomst met u. Met uw toestemming sturen wij u een nieuwsbrief; u kunt zich altijd afmelden.\n\n"
    "Hoe lang bewaren wij uw gegevens?\n\nWij bewaren uw gegevens zolang u klant bent en daarna zeven jaar "
    "voor de boekhouding.\n\nUw rechten\n\nU kunt uw gegevens inzien en laten verbeteren of wissen via "
    "info@garagedewitte.be. U kunt een klacht indienen bij de Gegevensbeschermingsautoriteit.\n"
)


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch):
    forbid_message_boxes(monkeypatch)


@pytest.fixture(autouse=True)
def loaded(qtbot, window):
    """The shared window, here with the shipped library and a short policy with known gaps."""
    win = window
    win.load_library()
    qtbot.waitUntil(lambda: win.library is not None or bool(win.library_ctl.library_error), timeout=30000)
    assert win.library is not None, win.library_ctl.library_error
    policy = import_text(POLICY_TEXT, "txt").policy
    with qtbot.waitSignal(win.analysis_finished, timeout=20000):
        win.load_policy(policy, None)
    return win


def select_gap(qtbot, win, item_id: str, size: tuple[int, int]) -> None:
    win.resize(*size)
    qtbot.waitUntil(lambda: (win.width(), win.height()) == size, timeout=5000)
    panel = win.checklist
    status = {i.id: i.status for i in win.report.items}[item_id]
    assert status in ("missing", "partial"), status
    panel.select_item(item_id)
    qtbot.waitUntil(lambda: panel.suggestions.current_clause() is not None, timeout=5000)
    for _ in range(3):  # let the wrapped labels settle their heights
        QApplication.processEvents()


def unseen(widget: QWidget, viewport: QWidget, window: QWidget) -> str:
    """Why `widget` is not fully visible in `viewport` (and the viewport in the window); "" if it is."""
    if not widget.isVisible():
        return "hidden"
    rect = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    if not viewport.rect().contains(rect):
        return f"{rect} outside the visible {viewport.rect()}"
    in_window = QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size())
    if not window.rect().contains(in_window):
        return f"viewport {in_window} outside the window {window.rect()}"
    return ""


@pytest.mark.parametrize(
    ("item_id", "size"),
    [
        ("right_restriction", (1400, 900)),
        ("withdraw_consent", (1400, 900)),  # partial: two buttons in the status row, unfilled placeholders
        ("right_restriction", (1280, 800)),
    ],
)
def test_gap_shows_status_suggestions_preview_and_insert_without_scrolling(qtbot, window, item_id, size):
    select_gap(qtbot, window, item_id, size)
    panel = window.checklist
    view = panel.suggestions
    viewport = panel.detail_scroll.viewport()
    assert panel.detail_scroll.verticalScrollBar().value() == 0
    for name, widget in [
        ("status", panel.detail_status),
        ("not-applicable button", panel.na_button),
        ("suggestions", view.list),
        ("preview", view.preview),
        ("Invoegen", view.insert_button),
    ]:
        assert unseen(widget, viewport, window) == "", name
    # The preview shows the selected clause filled in, and is big enough to read.
    assert view.preview.height() >= 80
    assert view.current_clause().body.split()[0] in view.preview.toPlainText()
    assert view.insert_button.isEnabled()
    # The explanation is folded to its first lines, the full text one click ("Meer…") away.
    assert panel.explanation.is_clamped()
    item = next(i for i in window.report.items if i.id == item_id)
    assert panel.explanation.accessibleDescription() == item.explanation


def test_first_suggestion_for_restriction_is_the_restriction_clause(qtbot, window):
    select_gap(qtbot, window, "right_restriction", (1400, 900))
    clause = window.checklist.suggestions.current_clause()
    assert "beperking van de verwerking" in clause.title.lower() and "right_restriction" in clause.item_ids


def test_more_opens_the_full_explanation_and_less_folds_it(qtbot, window):
    select_gap(qtbot, window, "right_restriction", (1400, 900))
    panel = window.checklist
    explanation = panel.explanation
    item = next(i for i in window.report.items if i.id == "right_restriction")
    folded_height = explanation.height()
    assert "Meer…" in explanation.text() and item.explanation not in explanation.text()
    explanation.linkActivated.emit("#more")
    QApplication.processEvents()
    assert not explanation.is_clamped() and explanation.is_expanded()
    assert "Minder" in explanation.text()
    assert explanation.sizeHint().height() > folded_height
    # The user's choice holds for the next gap; "Minder" folds again.
    select_gap(qtbot, window, "withdraw_consent", (1400, 900))
    assert explanation.is_expanded()
    explanation.linkActivated.emit("#less")
    QApplication.processEvents()
    assert explanation.is_clamped()


def test_present_item_shows_its_whole_explanation(qtbot, window):
    panel = window.checklist
    item = next(i for i in window.report.items if i.status == "present" and i.explanation)
    panel.select_item(item.id)
    QApplication.processEvents()
    assert not panel.explanation.is_clamped()
    assert "Meer…" not in panel.explanation.text()
    assert not panel.suggestions.isVisible()


def test_profile_gaps_sit_beside_the_insert_button(qtbot, window):
    # The imported policy has no organisation profile: a clause with placeholders stays unfilled.
    assert window.current_policy().meta.organisation == OrganisationProfile()
    select_gap(qtbot, window, "withdraw_consent", (1400, 900))
    view = window.checklist.suggestions
    row = next(r for r, c in enumerate(view.clauses()) if c.placeholders)
    view.list.setCurrentRow(row)
    QApplication.processEvents()
    assert view.unfilled_count() > 0
    note, profile, insert = view.unfilled_note, view.profile_button, view.insert_button
    assert note.isVisible() and profile.isVisible()
    assert "Niet ingevuld" in note.text() and "organisatieprofiel" in note.toolTip()
    # One row: the note left of "Profiel aanvullen…" and "Invoegen", overlapping their height.
    assert note.geometry().right() < profile.geometry().left() < insert.geometry().left()
    assert note.geometry().top() <= insert.geometry().bottom() and note.geometry().bottom() >= insert.geometry().top()
    assert unseen(insert, window.checklist.detail_scroll.viewport(), window) == ""


def test_typing_after_invoegen_lands_in_the_document_after_the_clause(qtbot, window):
    """Real mouse click on "Invoegen", then real key events to whatever has the focus."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.activateWindow()
    select_gap(qtbot, window, "right_restriction", (1400, 900))
    view = window.checklist.suggestions
    clause = view.current_clause()
    with qtbot.waitSignal(window.analysis_finished, timeout=20000):
        qtbot.mouseClick(view.insert_button, Qt.MouseButton.LeftButton)
    focus = QApplication.focusWidget()
    assert focus is window.editor, focus
    QTest.keyClicks(focus, "XYZ")
    text = window.editor.toPlainText()
    assert "XYZ" in text
    last_words = clause.body.split()[-1]
    before = text[: text.index("XYZ")]
    assert before.rstrip().endswith(last_words.rstrip()) or last_words.strip(".") in before[-200:]
    # The cursor (and so the inserted text) is in view.
    rect = window.editor.cursorRect()
    assert window.editor.viewport().rect().contains(rect.center())
