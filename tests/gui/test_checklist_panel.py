"""The checklist panel: grouping, summary, evidence jumps, readability toggle, decisions, suggestions."""

from __future__ import annotations

from dataclasses import replace

import pytest
from panels_support import FakeLibrary, ItemResult, sample_clauses, sample_report
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QPainter

from editor.core.model import OrganisationProfile, Policy
from editor.gui.checklist_panel import ChecklistPanel, format_articles
from editor.gui.status_style import STATUS_ORDER, status_colour, status_icon, status_icon_path, status_label


@pytest.fixture
def panel(qtbot):
    widget = ChecklistPanel()
    qtbot.addWidget(widget)
    widget.resize(420, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click_item(qtbot, panel: ChecklistPanel, item_id: str) -> None:
    tree_item = panel.tree_item(item_id)
    panel.tree.scrollToItem(tree_item)
    rect = panel.tree.visualItemRect(tree_item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.LeftButton, pos=rect.center())


def test_groups_counts_and_summary(panel):
    panel.set_report(sample_report())
    assert panel.summary_label.text() == "2 van 5 verplichte onderdelen aanwezig"
    assert panel.items_in_group("missing") == ["complaint_authority", "right_portability", "security"]
    assert panel.items_in_group("partial") == ["retention"]
    assert panel.items_in_group("present") == ["controller_identity", "purposes"]
    assert panel.items_in_group("not_applicable") == ["dpo_contact"]
    # Group headers carry the status as text, not only as colour.
    assert panel.group_item("missing").text(0) == "Ontbreekt (3)"
    assert panel.group_item("partial").text(0) == "Gedeeltelijk (1)"
    assert panel.group_item("present").text(0) == "Aanwezig (2)"
    assert panel.group_item("not_applicable").text(0) == "Niet van toepassing (1)"
    assert panel.progress.counts() == (2, 5)
    assert "getoetst voor België" in panel.context_label.text()


def test_item_rows_show_title_article_and_explanation(panel):
    panel.set_report(sample_report())
    row = panel.tree_item("controller_identity")
    assert row.text(0) == "Identiteit en contactgegevens"
    assert panel.tree_item("security").text(0) == "Beveiliging (aanbevolen)"
    from editor.gui.checklist_panel import ARTICLES_ROLE

    assert row.data(0, ARTICLES_ROLE) == "Art. 13/14(1)(a)"
    tooltip = row.toolTip(0)
    assert "Wie verwerkt de gegevens" in tooltip and "Naam en adres" in tooltip and "Aanwezig" in tooltip
    accessible = row.data(0, Qt.AccessibleTextRole)
    assert accessible.startswith("Aanwezig: Identiteit en contactgegevens")


def test_format_articles():
    assert format_articles(["13(1)(a)", "14(1)(a)"]) == "Art. 13/14(1)(a)"
    assert format_articles(["13(2)(b)", "15"]) == "Art. 13(2)(b), 15"
    assert format_articles(["Art. 13(2)(a)"]) == "Art. 13(2)(a)"
    assert format_articles(["13(2)(d)", "14(2)(e)", "77"]) == "Art. 13(2)(d), 14(2)(e), 77"
    assert format_articles(["ePrivacy 5(3)"]) == "ePrivacy 5(3)"
    assert format_articles([]) == ""


def test_clicking_present_item_requests_its_first_evidence_span(qtbot, panel):
    panel.set_report(sample_report())
    selected: list[str] = []
    panel.item_selected.connect(selected.append)
    with qtbot.waitSignal(panel.evidence_requested, timeout=1000) as blocker:
        click_item(qtbot, panel, "controller_identity")
    assert blocker.args == ["controller_identity", 10, 52]
    assert selected == ["controller_identity"]


def test_clicking_partial_item_requests_evidence_but_missing_item_does_not(qtbot, panel):
    panel.set_report(sample_report())
    spans: list[tuple] = []
    panel.evidence_requested.connect(lambda *args: spans.append(args))
    click_item(qtbot, panel, "retention")
    click_item(qtbot, panel, "complaint_authority")
    assert spans == [("retention", 300, 340)]
    assert panel.current_item_id() == "complaint_authority"


def test_readability_is_one_line_until_opened(qtbot, panel):
    panel.set_report(sample_report())
    # Folded: one line with the score and the count; the details and the checkbox are hidden.
    assert not panel.readability_open()
    assert panel.readability_summary.isVisible() and not panel.long_sentences_check.isVisible()
    assert panel.readability_summary.text() == "42 — moeilijk · 3 lange zinnen"
    line = panel.readability_summary.fontMetrics().height()
    assert panel.readability_box.height() < 3 * line
    # Outdated law is a document finding: visible with the summary at the top, not folded away.
    assert panel.outdated_label.isVisible() and "Verouderde wetsverwijzingen: 1" in panel.outdated_label.text()
    qtbot.mouseClick(panel.readability_toggle, Qt.LeftButton)
    assert panel.readability_open() and panel.long_sentences_check.isVisible()
    assert not panel.readability_summary.isVisible()
    panel.readability_toggle.setFocus()
    qtbot.keyClick(panel.readability_toggle, Qt.Key_Space)
    assert not panel.readability_open() and not panel.long_sentences_check.isVisible()
    # A click on the summary line opens it too.
    qtbot.mouseClick(panel.readability_summary, Qt.LeftButton)
    assert panel.readability_open()


def test_readability_shows_score_label_and_count_and_toggle_emits(qtbot, panel):
    panel.set_report(sample_report())
    panel.set_readability_open(True)
    assert panel.readability_label.text() == "Flesch-Douma: 42 — moeilijk"
    assert panel.long_sentences_label.text().endswith(": 3")
    assert "Verouderde wetsverwijzingen: 1" in panel.outdated_label.text()
    box = panel.long_sentences_check
    on_indicator = QPoint(8, box.height() // 2)
    with qtbot.waitSignal(panel.long_sentences_toggled, timeout=1000) as blocker:
        qtbot.mouseClick(box, Qt.LeftButton, pos=on_indicator)
    assert blocker.args == [True]
    assert panel.long_sentences_marked()
    box.setFocus()
    with qtbot.waitSignal(panel.long_sentences_toggled, timeout=1000) as blocker:
        qtbot.keyClick(box, Qt.Key_Space)
    assert blocker.args == [False]


def test_highlight_items_marks_rows_covered_by_cursor_paragraph(panel):
    from editor.gui.checklist_panel import COVERED_ROLE

    panel.set_report(sample_report())
    panel.highlight_items(["purposes", "retention"])
    assert panel.tree_item("purposes").data(0, COVERED_ROLE) is True
    assert panel.tree_item("controller_identity").data(0, COVERED_ROLE) is False
    assert "huidige alinea" in panel.tree_item("retention").data(0, Qt.AccessibleTextRole)
    # A new report keeps the marks; a new cursor position replaces them.
    panel.set_report(sample_report())
    assert panel.tree_item("purposes").data(0, COVERED_ROLE) is True
    panel.highlight_items([])
    assert panel.tree_item("purposes").data(0, COVERED_ROLE) is False


def test_mark_not_applicable_and_undo_buttons(qtbot, panel):
    from editor.core.model import Decision

    policy = Policy()
    policy.meta.decisions["dpo_contact"] = Decision("dpo_contact", reason="geen DPO aangesteld")
    panel.set_policy(policy)
    panel.set_report(sample_report())
    panel.select_item("complaint_authority")
    assert panel.na_button.isVisible() and not panel.undo_button.isVisible()
    with qtbot.waitSignal(panel.mark_not_applicable_requested, timeout=1000) as blocker:
        qtbot.mouseClick(panel.na_button, Qt.LeftButton)
    assert blocker.args == ["complaint_authority"]

    panel.select_item("dpo_contact")
    assert panel.undo_button.isVisible() and not panel.na_button.isVisible()
    with qtbot.waitSignal(panel.undo_decision_requested, timeout=1000) as blocker:
        qtbot.mouseClick(panel.undo_button, Qt.LeftButton)
    assert blocker.args == ["dpo_contact"]


def test_not_applicable_by_condition_offers_no_undo(panel):
    panel.set_policy(Policy())  # no decision: the engine found the condition does not hold
    panel.set_report(sample_report())
    panel.select_item("dpo_contact")
    assert not panel.undo_button.isVisible() and not panel.na_button.isVisible()
    assert panel.context_actions("dpo_contact").actions() == []


def test_context_menu_offers_the_right_actions(qtbot, panel):
    from editor.core.model import Decision

    policy = Policy()
    policy.meta.decisions["dpo_contact"] = Decision("dpo_contact", reason="geen DPO aangesteld")
    panel.set_policy(policy)
    panel.set_report(sample_report())
    texts = [a.text() for a in panel.context_actions("retention").actions()]
    assert texts == ["Toon in tekst", "Markeren als niet van toepassing…"]
    assert [a.text() for a in panel.context_actions("dpo_contact").actions()] == ["Beslissing ongedaan maken"]
    with qtbot.waitSignal(panel.mark_not_applicable_requested, timeout=1000) as blocker:
        panel.context_actions("complaint_authority").actions()[0].trigger()
    assert blocker.args == ["complaint_authority"]


def test_decision_reason_shown_for_not_applicable_item(panel):
    from editor.core.model import Decision

    policy = Policy()
    policy.meta.decisions["dpo_contact"] = Decision("dpo_contact", reason="geen DPO aangesteld")
    panel.set_policy(policy)
    panel.set_report(sample_report())
    panel.select_item("dpo_contact")
    assert "geen DPO aangesteld" in panel.detail_text.text()


def test_new_report_keeps_selection_and_collapsed_groups(panel):
    panel.set_report(sample_report())
    panel.select_item("complaint_authority")
    panel.group_item("present").setExpanded(False)
    panel.set_report(sample_report())
    assert panel.current_item_id() == "complaint_authority"
    assert not panel.group_item("present").isExpanded()
    assert panel.group_item("missing").isExpanded()


def test_selection_follows_item_into_its_new_group(panel):
    panel.set_report(sample_report())
    panel.select_item("retention")
    panel.group_item("present").setExpanded(False)
    report = sample_report()
    # The item turned present while the user typed: it stays selected and its group opens.
    report.items = [replace(i, status="present") if i.id == "retention" else i for i in report.items]
    panel.set_report(report)
    assert panel.current_item_id() == "retention"
    assert panel.items_in_group("present") == ["controller_identity", "purposes", "retention"]
    assert panel.group_item("present").isExpanded()
    assert panel.group_item("partial").text(0) == "Gedeeltelijk (0)"


def test_missing_item_shows_suggestions_and_insert_is_forwarded(qtbot, panel):
    library = FakeLibrary(sample_clauses())
    policy = Policy()
    policy.meta.organisation = OrganisationProfile(name="Acme bv", email="privacy@acme.be")
    panel.set_library(library)
    panel.set_policy(policy)
    panel.set_report(sample_report())
    click_item(qtbot, panel, "complaint_authority")
    assert panel.suggestions.isVisible()
    assert [c.id for c in panel.suggestions.clauses()] == ["klacht-gba", "klacht-kort"]
    with qtbot.waitSignal(panel.insert_requested, timeout=1000) as blocker:
        qtbot.mouseClick(panel.suggestions.insert_button, Qt.LeftButton)
    assert blocker.args[0].id == "klacht-gba"
    # A new report and the same policy after every analysis do not ask the library again...
    calls = len(library.suggest_calls)
    panel.set_report(sample_report())
    panel.set_policy(policy)
    assert len(library.suggest_calls) == calls
    assert "[ontbreekt: telefoonnummer]" in panel.suggestions.preview.toPlainText()
    # ...but a changed organisation profile fills the preview again.
    policy.meta.organisation = OrganisationProfile(name="Acme bv", email="privacy@acme.be", phone="09 123 45 67")
    panel.set_policy(policy)
    assert len(library.suggest_calls) == calls + 1
    assert "09 123 45 67" in panel.suggestions.preview.toPlainText()
    # Present items show no suggestions.
    click_item(qtbot, panel, "purposes")
    assert not panel.suggestions.isVisible()


def test_empty_panel_before_first_report(panel):
    assert panel.summary_label.text() == "Nog geen analyse"
    assert panel.current_item_id() is None
    assert "nog niet berekend" in panel.readability_label.text()


def test_status_icons_have_distinct_shapes_and_labels(qtbot):
    images = []
    for status in STATUS_ORDER:
        icon = status_icon(status)
        assert not icon.isNull(), status_icon_path(status)
        # Render to a grey-scale alpha mask: the shapes must differ even without colour.
        image = QImage(32, 32, QImage.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        icon.paint(painter, 0, 0, 32, 32)
        painter.end()
        mask = image.convertToFormat(QImage.Format_Alpha8)
        images.append(bytes(mask.constBits())[: 32 * 32])
    assert len(set(images)) == len(STATUS_ORDER)
    assert len({status_label(s) for s in STATUS_ORDER}) == 4
    assert len({status_colour(s).name() for s in STATUS_ORDER}) == 4


def test_unknown_status_is_rejected():
    with pytest.raises(ValueError):
        status_label("maybe")


def test_item_without_articles_or_explanation(panel):
    report = sample_report()
    report.items.append(ItemResult("children", [], "recommended", "missing", [], "Kinderen", "", False))
    panel.set_report(report)
    panel.select_item("children")
    assert panel.detail_title.text() == "Kinderen"


@pytest.mark.parametrize("index", range(5))
def test_real_report_of_each_corpus_policy(qtbot, panel, corpus_files, index):
    from editor.core.checklist import analyze
    from editor.core.importers import load_document
    from editor.core.plaintext import PlainText

    policy = load_document(corpus_files[index]).policy
    report = analyze(policy)
    panel.set_policy(policy)
    panel.set_report(report)
    present, total = report.summary()
    assert panel.summary_label.text() == f"{present} van {total} verplichte onderdelen aanwezig"
    for status in STATUS_ORDER:
        expected = [i.id for i in report.items if i.status == status]
        assert sorted(panel.items_in_group(status)) == sorted(expected), status
        assert panel.group_item(status).text(0) == f"{status_label(status)} ({len(expected)})"
    assert str(round(report.readability.flesch_douma)) in panel.readability_label.text()
    assert report.readability.label in panel.readability_label.text()
    # Clicking the first present item with evidence asks for exactly its first span.
    item = next(i for i in report.items if i.status == "present" and i.evidence)
    with qtbot.waitSignal(panel.evidence_requested, timeout=1000) as blocker:
        click_item(qtbot, panel, item.id)
    start, end = blocker.args[1], blocker.args[2]
    assert (start, end) == (item.evidence[0].start, item.evidence[0].end)
    assert PlainText.from_policy(policy).text[start:end] == item.evidence[0].text


def test_open_counts_are_correct_dutch_and_keep_required_and_recommended_apart(qtbot):
    panel = ChecklistPanel()
    qtbot.addWidget(panel)
    report = sample_report()
    panel.set_report(report)
    # Two required gaps and one partial; the recommended "Beveiliging" is counted on its own.
    assert panel.context_label.text().startswith("Verplicht: 2 ontbreken, 1 gedeeltelijk · Aanbevolen: 1 ontbreekt")
    one_gap = replace(report, items=[i for i in report.items if i.id != "right_portability"])
    panel.set_report(one_gap)
    assert panel.context_label.text().startswith("Verplicht: 1 ontbreekt, 1 gedeeltelijk · Aanbevolen: 1 ontbreekt")
    assert "ontbreken" not in panel.context_label.text()


def test_a_present_item_shows_what_best_practice_still_wants(panel):
    """House bar met, best practice not: the finding carries the engine's hint as a tip."""
    from editor.core.checklist import analyze
    from editor.core.importers import import_text

    report = analyze(import_text("Privacyverklaring\n\nWij zijn Bakkerij Noord.\n\nLaatst bijgewerkt: 1 maart 2024\n").policy)
    item = report.item("policy_changes")
    assert item.status == "present" and item.hint
    panel.set_policy(Policy())
    panel.set_report(report)
    panel.select_item("policy_changes")
    text = panel.detail_text.text()
    assert "Tip:" in text and "hoe wijzigingen bekend worden gemaakt" in text
