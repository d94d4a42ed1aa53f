"""The QTextDocument <-> model conversion, both ways (editor/gui/document_bridge.py)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument

from editor.core.importers import load_document
from editor.core.model import Cell, Decision, Heading, ListItem, Paragraph, Policy, Run, Table
from editor.core.plaintext import PlainText
from editor.gui.document_bridge import DocumentBridge
from tests.conftest import CORPUS_FILES


def _rich_policy() -> Policy:
    return Policy(
        blocks=[
            Heading(runs=[Run("Privacyverklaring")], level=1),
            Paragraph(
                runs=[
                    Run("Wij, "),
                    Run("Café Ève bv", bold=True),
                    Run(" — "),
                    Run("privacy@cafe.be", link="mailto:privacy@cafe.be"),
                    Run(" kost €0 😀", italic=True, underline=True),
                ]
            ),
            Heading(runs=[Run("Uw "), Run("rechten", bold=True)], level=2),
            ListItem(runs=[Run("inzage")]),
            ListItem(runs=[Run("stap één")], ordered=True, level=1),
            ListItem(runs=[Run("stap twee")], ordered=True, level=1),
            ListItem(runs=[Run("wissing")]),
            Heading(runs=[Run("Bewaartermijnen")], level=3),
            Table(rows=[[Cell([Run("Gegevens")]), Cell([Run("Termijn")])], [Cell([Run("Facturen", bold=True)]), Cell([Run("7 jaar")])], [Cell([Run("los")])]], header_rows=1),
            Paragraph(runs=[Run("Slot.")]),
        ]
    )


@pytest.fixture
def bridge(qapp) -> DocumentBridge:
    return DocumentBridge(QTextDocument())


def test_model_to_qt_to_model_keeps_everything(bridge):
    policy = _rich_policy()
    bridge.load(policy)
    again = bridge.to_policy()
    assert again.blocks == policy.blocks  # ids, kinds, levels, runs and tables all survive


def test_qt_shows_the_model_structure(bridge):
    bridge.load(_rich_policy())
    doc = bridge.document
    first = doc.firstBlock()
    assert first.blockFormat().headingLevel() == 1
    numbered = doc.find("stap één").block()
    assert numbered.textList() is not None and numbered.textList().format().indent() == 2
    assert numbered.textList().count() == 2  # the two numbered items share one list (numbering 1, 2)
    assert "Facturen" in doc.toPlainText()


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_corpus_round_trip_both_ways(bridge, path):
    policy = load_document(path).policy
    bridge.load(policy)
    converted = bridge.to_policy()
    assert converted.blocks == policy.blocks
    # ... and back again: a second document built from the converted model is the same document.
    second = DocumentBridge(QTextDocument())
    second.load(converted)
    assert second.document.toPlainText() == bridge.document.toPlainText()
    assert second.to_policy().blocks == policy.blocks
    assert PlainText.from_policy(converted).text == PlainText.from_policy(policy).text


def test_user_edits_become_model_blocks(qtbot):
    from editor.gui.text_editor import PolicyTextEdit

    editor = PolicyTextEdit()
    qtbot.addWidget(editor)
    editor.bridge.load(Policy(blocks=[Paragraph(runs=[Run("Eerste alinea.")])]))
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, "\r")
    qtbot.keyClicks(editor, "Nieuwe kop")
    editor.set_paragraph_style(2)
    qtbot.keyClick(editor, "\r")  # Enter after a heading continues with body text
    qtbot.keyClicks(editor, "tekst ")
    editor.set_bold(True)
    qtbot.keyClicks(editor, "vet")
    editor.set_bold(False)
    qtbot.keyClick(editor, "\r")
    qtbot.keyClicks(editor, "punt")
    editor.toggle_list(False)
    policy = editor.bridge.to_policy()
    kinds = [(type(b).__name__, b.text) for b in policy.blocks]
    assert kinds == [
        ("Paragraph", "Eerste alinea."),
        ("Heading", "Nieuwe kop"),
        ("Paragraph", "tekst vet"),
        ("ListItem", "punt"),
    ]
    assert policy.blocks[1].level == 2
    assert [r.bold for r in policy.blocks[2].runs] == [False, True]
    assert len({b.id for b in policy.blocks}) == 4
    # Qt -> model -> Qt gives the same model again.
    second = DocumentBridge(QTextDocument())
    second.load(policy)
    assert second.to_policy().blocks == policy.blocks


def test_only_changed_blocks_are_converted_again(bridge):
    bridge.load(_rich_policy())
    before = bridge.to_policy()
    doc = bridge.document
    cursor = QTextCursor(doc.find("Slot.").block())
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.insertText(" Extra zin.")
    after = bridge.to_policy()
    assert after.blocks[-1].text == "Slot. Extra zin."
    assert after.blocks[-1].id == before.blocks[-1].id
    assert after.blocks[1] is before.blocks[1]  # untouched blocks come from the cache


@pytest.mark.parametrize("needle", ["Café Ève bv", "😀", "privacy@cafe.be", "7 jaar", "stap twee", "Slot."])
def test_plain_text_spans_map_to_the_right_qt_selection(bridge, needle):
    policy = _rich_policy()
    bridge.load(policy)
    plain = PlainText.from_policy(policy)
    start = plain.text.index(needle)
    cursor = bridge.span_cursor(plain, start, start + len(needle))
    assert cursor is not None
    assert cursor.selectedText() == needle
    assert bridge.plain_offset(plain, cursor.selectionStart()) in (start, None)


def test_span_over_two_blocks(bridge):
    policy = _rich_policy()
    bridge.load(policy)
    plain = PlainText.from_policy(policy)
    start = plain.text.index("inzage")
    end = plain.text.index("stap één") + len("stap één")
    cursor = bridge.span_cursor(plain, start, end)
    assert cursor.selectedText() == "inzage\u2029stap één"


def test_insert_blocks_is_one_undo_step(bridge):
    bridge.load(_rich_policy())
    doc = bridge.document
    where = bridge.locations()
    policy = bridge.to_policy()
    before = where[policy.blocks[7].id].block  # the "Bewaartermijnen" heading
    bridge.insert_blocks_before(before, [Heading(runs=[Run("Nieuw")], level=2), Paragraph(runs=[Run("Nieuwe tekst.")])])
    texts = [b.text for b in bridge.to_policy().blocks]
    assert texts[7:10] == ["Nieuw", "Nieuwe tekst.", "Bewaartermijnen"]
    doc.undo()
    assert [b.text for b in bridge.to_policy().blocks] == [b.text for b in policy.blocks]


def test_decisions_are_stored_in_the_document_and_undoable(bridge):
    policy = _rich_policy()
    policy.meta.decisions["dpo_contact"] = Decision("dpo_contact", reason="geen DPO aangesteld")
    bridge.load(policy)
    assert bridge.to_policy().meta.decisions["dpo_contact"].reason == "geen DPO aangesteld"
    decisions = bridge.decisions()
    decisions["children"] = Decision("children", reason="geen diensten voor kinderen")
    bridge.set_decisions(decisions)
    assert set(bridge.to_policy().meta.decisions) == {"dpo_contact", "children"}
    bridge.document.undo()
    assert set(bridge.to_policy().meta.decisions) == {"dpo_contact"}
    bridge.document.redo()
    assert set(bridge.to_policy().meta.decisions) == {"dpo_contact", "children"}
