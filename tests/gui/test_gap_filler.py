"""Document > "Ontbrekende onderdelen aanvullen": the best clause for every gap, as one undo step."""

from __future__ import annotations

import pytest

from editor.core.importers import import_text
from tests.conftest import analysed, forbid_message_boxes

POLICY_TEXT = (
    "Privacyverklaring\n\nWie zijn wij?\n\nGarage Dewitte bv, Brugsesteenweg 221, 9940 Evergem, info@garagedewitte.be, "
    "is verantwoordelijk voor de verwerking van uw persoonsgegevens.\n\nWaarom verwerken wij uw gegevens?\n\n"
    "Wij verwerken uw naam, adres en e-mailadres om onderhoud aan uw wagen uit te voeren, op basis van de "
    "overeenkomst met u.\n\nContact\n\nVragen? Mail naar info@garagedewitte.be.\n"
)


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch):
    forbid_message_boxes(monkeypatch)


def test_fill_every_gap_from_the_menu_is_one_undo_step(qtbot, window):
    window.load_library()
    qtbot.waitUntil(lambda: window.library is not None or bool(window.library_ctl.library_error), timeout=30000)
    before = analysed(qtbot, window, lambda: window.load_policy(import_text(POLICY_TEXT, "txt").policy, None))
    original = window.editor.toPlainText()
    gaps_before = sum(1 for i in before.items if i.status in ("missing", "partial"))
    assert window.menu.act_fill_gaps.text().replace("&", "") == "Ontbrekende onderdelen aanvullen"
    with qtbot.waitSignal(window.gap_filler.applied, timeout=120000):
        window.menu.act_fill_gaps.trigger()
    after = analysed(qtbot, window, lambda: None) if window.checks.worker.busy() else window.report
    gaps_after = sum(1 for i in after.items if i.status in ("missing", "partial"))
    assert gaps_after < gaps_before
    text = window.editor.toPlainText()
    assert len(text) > len(original)
    # The contact section still closes the policy: clauses go before it, not after.
    assert text.rstrip().endswith("Vragen? Mail naar info@garagedewitte.be.")
    assert window.editor.hasFocus() or window.editor.textCursor().position() > 0
    window.editor.undo()
    assert window.editor.toPlainText() == original
