"""Suggested clauses: ranked list from the real clause library, filled preview, marked gaps, insert."""

from __future__ import annotations

from panels_support import FakeLibrary, real_library, sample_clauses
from PySide6.QtCore import Qt

from editor.core.errors import UserError
from editor.core.model import OrganisationProfile, Policy
from editor.gui.suggestions import UNFILLED_BACKGROUND, SuggestionsView, filled_html


def make_view(qtbot) -> SuggestionsView:
    view = SuggestionsView()
    qtbot.addWidget(view)
    view.resize(420, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def acme_policy(**profile) -> Policy:
    policy = Policy()
    policy.meta.jurisdiction = "BE"
    policy.meta.organisation = OrganisationProfile(**({"name": "Acme bv", "email": "privacy@acme.be"} | profile))
    return policy


def test_lists_ranked_clauses_from_the_real_library(qtbot, tmp_path):
    view = make_view(qtbot)
    view.set_item("complaint_authority", real_library(tmp_path), acme_policy())
    ids = [c.id for c in view.clauses()]
    # The retired clause is never suggested; the Belgian one fits a Belgian policy.
    assert set(ids) == {"klacht-gba", "klacht-kort"}
    assert view.list.count() == 2
    assert view.current_clause().id == ids[0]


def test_preview_is_filled_and_unfilled_placeholders_are_marked(qtbot, tmp_path):
    view = make_view(qtbot)
    view.set_item("complaint_authority", FakeLibrary(sample_clauses()), acme_policy())
    assert view.current_clause().id == "klacht-gba"
    text = view.preview.toPlainText()
    assert "privacy@acme.be" in text  # from the profile
    assert "Gegevensbeschermingsautoriteit" in text  # the Belgian authority
    assert "[ontbreekt: telefoonnummer]" in text  # no phone in the profile
    assert "{{" not in text
    assert view.unfilled_count() == 1
    assert view.unfilled_note.isVisible() and "telefoonnummer" in view.unfilled_note.text()
    assert view.profile_button.isVisible()
    assert UNFILLED_BACKGROUND in view.preview.toHtml()


def test_complete_profile_leaves_nothing_marked(qtbot):
    view = make_view(qtbot)
    view.set_item("complaint_authority", FakeLibrary(sample_clauses()), acme_policy(phone="+32 2 123 45 67"))
    assert "+32 2 123 45 67" in view.preview.toPlainText()
    assert "ontbreekt" not in view.preview.toPlainText()
    assert view.unfilled_count() == 0
    assert not view.unfilled_note.isVisible()


def test_insert_button_and_double_click_emit_the_selected_clause(qtbot, tmp_path):
    view = make_view(qtbot)
    view.set_item("complaint_authority", real_library(tmp_path), acme_policy())
    view.list.setCurrentRow(1)
    second = view.clauses()[1]
    with qtbot.waitSignal(view.insert_requested, timeout=1000) as blocker:
        qtbot.mouseClick(view.insert_button, Qt.LeftButton)
    assert blocker.args[0].id == second.id
    rect = view.list.visualItemRect(view.list.item(0))
    qtbot.mouseClick(view.list.viewport(), Qt.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.insert_requested, timeout=1000) as blocker:
        qtbot.mouseDClick(view.list.viewport(), Qt.LeftButton, pos=rect.center())
    assert blocker.args[0].id == view.clauses()[0].id


def test_profile_button_asks_for_the_profile(qtbot):
    view = make_view(qtbot)
    view.set_item("complaint_authority", FakeLibrary(sample_clauses()), acme_policy())
    with qtbot.waitSignal(view.profile_requested, timeout=1000):
        qtbot.mouseClick(view.profile_button, Qt.LeftButton)


def test_no_library_no_clauses_and_library_errors_are_explained(qtbot):
    view = make_view(qtbot)
    view.set_item("retention", None, acme_policy())
    assert "geen clausulebibliotheek" in view.message.text()
    assert not view.insert_button.isVisible()
    view.set_item("children", FakeLibrary(sample_clauses()), acme_policy())
    assert "geen clausule voor dit onderdeel" in view.message.text()

    class Broken(FakeLibrary):
        def suggest(self, item_id, policy):
            raise UserError("De bibliotheek is niet bereikbaar.", "The library is unreachable.")

    view.set_item("retention", Broken([]), acme_policy())
    assert view.message.text() == "De bibliotheek is niet bereikbaar."
    assert view.current_clause() is None


def test_list_items_in_body_become_bullets():
    html = filled_html("Wij bewaren:\n- klantgegevens: 7 jaar\n  - facturen\n1. eerst\n\nSlot.", [], "ontbreekt")
    assert "•&nbsp;klantgegevens: 7 jaar" in html
    assert "1.&nbsp;eerst" in html
    assert html.count("<p") == 5
