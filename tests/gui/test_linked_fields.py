"""Placeholders stay linked to the organisation profile: a clause inserted before the profile was
complete is updated when the profile changes, again and again, and after saving and reopening."""

from __future__ import annotations

import dataclasses

import pytest
from panels_support import sample_clauses
from PySide6.QtTest import QTest

from editor.core.importers import import_text
from editor.core.model import OrganisationProfile
from tests.conftest import analysed, forbid_message_boxes


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch):
    forbid_message_boxes(monkeypatch)


def _set_profile(qtbot, window, **values) -> None:
    meta = window.bridge.meta
    profile = dataclasses.replace(meta.organisation, **values)
    analysed(qtbot, window, lambda: window.apply_meta(dataclasses.replace(meta, organisation=profile)))


def test_profile_changes_update_inserted_clauses(qtbot, window, tmp_path):
    analysed(qtbot, window, lambda: window.load_policy(import_text("Privacyverklaring\n\nWie zijn wij?\n\nTekst.").policy, None))
    clause = next(c for c in sample_clauses() if c.id == "klacht-gba")
    analysed(qtbot, window, lambda: window.library_ctl.insert_clause(clause))
    assert "via {{email}} of {{telefoon}}" in window.editor.toPlainText()
    _set_profile(qtbot, window, email="privacy@acme.be")
    assert "via privacy@acme.be of {{telefoon}}" in window.editor.toPlainText()
    _set_profile(qtbot, window, email="dpo@acme.be", phone="09 123 45 67")
    text = window.editor.toPlainText()
    assert "via dpo@acme.be of 09 123 45 67" in text and "privacy@acme.be" not in text
    # Saved and reopened, the fields are still linked.
    target = tmp_path / "beleid.ppe"
    assert window.documents.save_to(str(target))
    analysed(qtbot, window, lambda: window.open_path(str(target)))
    _set_profile(qtbot, window, email="info@acme.be")
    assert "via info@acme.be of 09 123 45 67" in window.editor.toPlainText()


def test_text_typed_after_a_field_is_not_part_of_it(qtbot, window):
    policy = import_text("Titel\n\nMail ons.").policy
    policy.meta.organisation = OrganisationProfile(email="a@b.be")
    analysed(qtbot, window, lambda: window.load_policy(policy, None))
    clause = next(c for c in sample_clauses() if c.id == "klacht-gba")
    analysed(qtbot, window, lambda: window.library_ctl.insert_clause(clause))
    start = window.editor.toPlainText().index("a@b.be") + len("a@b.be")
    cursor = window.editor.textCursor()
    cursor.setPosition(start)
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()
    QTest.keyClicks(window.editor, " (algemeen)")
    _set_profile(qtbot, window, email="c@d.be")
    assert "c@d.be (algemeen)" in window.editor.toPlainText()
