"""Plain text pasted into the editor (a PDF, an e-mail) goes through the text importer: lines the PDF wrapped
become one paragraph again and headings are recognised, so the checklist reads whole sentences."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from editor.core.model import Heading, Paragraph, Policy, Run
from editor.gui import messages


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch):
    """The pasted text is not saved: closing the window at the end of a test throws it away."""
    monkeypatch.setattr(messages, "ask_save_discard_cancel", lambda *a: messages.Choice.DISCARD)

# A policy as copied from a PDF: every paragraph broken at about 60 characters.
PDF_TEXT = """Privacyverklaring Bakkerij Janssens

Bewaartermijn

Wij bewaren uw gegevens niet langer dan nodig. Facturen
bewaren wij zeven jaar, omdat de wet dat van ons vraagt.
Contactgegevens verwijderen wij twee jaar na het laatste
contact.

Uw rechten

U hebt het recht om uw gegevens in te zien, te laten
verbeteren of te laten verwijderen. Stuur daarvoor een
e-mail naar privacy@janssens.be.
"""


def _paste(window, text: str) -> None:
    mime = QMimeData()
    mime.setText(text)
    window.editor.insertFromMimeData(mime)


def _ctrl_v(qtbot, window, text: str) -> None:
    """Ctrl+V with the text on the clipboard, as a user pastes."""
    QApplication.clipboard().setText(text)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_text_pasted_from_a_pdf_is_read_as_paragraphs_and_headings(qtbot, window):
    window.load_policy(Policy(blocks=[]), None)
    _ctrl_v(qtbot, window, PDF_TEXT)
    blocks = window.current_policy().blocks
    texts = [b.text for b in blocks]
    assert "Facturen bewaren wij zeven jaar, omdat de wet dat van ons vraagt." in " ".join(texts)
    assert any(t.startswith("Wij bewaren uw gegevens niet langer dan nodig. Facturen bewaren") for t in texts), texts
    assert [b.text for b in blocks if isinstance(b, Heading)] == [
        "Privacyverklaring Bakkerij Janssens", "Bewaartermijn", "Uw rechten"]
    # the checklist shown once the analysis of the pasted text has come back (an earlier one may still arrive first)
    def shown(item: str) -> str:
        report = window.checks.report
        return report.item(item).status if report is not None else ""

    qtbot.waitUntil(lambda: shown("retention") == "present" and shown("right_rectification") == "present", timeout=20000)


def test_text_pasted_into_a_document_gives_no_second_title(qtbot, window):
    window.load_policy(Policy(blocks=[Paragraph(runs=[Run("Wij zijn Bakkerij Janssens.")])]), None)
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    _paste(window, "\n\nCookies\n\nWij gebruiken alleen cookies die de site nodig heeft om te werken.\n")
    headings = [b for b in window.current_policy().blocks if isinstance(b, Heading)]
    assert [(h.text, h.level) for h in headings] == [("Cookies", 2)]


def test_one_line_is_typed_in_place(qtbot, window):
    window.load_policy(Policy(blocks=[Paragraph(runs=[Run("Wij zijn ")])]), None)
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    _paste(window, "Bakkerij Janssens")
    assert [b.text for b in window.current_policy().blocks] == ["Wij zijn Bakkerij Janssens"]


def test_a_pasted_text_is_one_undo_step(qtbot, window):
    window.load_policy(Policy(blocks=[Paragraph(runs=[Run("Wij zijn Bakkerij Janssens.")])]), None)
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    _paste(window, "\n\nCookies\n\nWij gebruiken alleen functionele cookies.\n")
    window.editor.undo()
    assert [b.text for b in window.current_policy().blocks] == ["Wij zijn Bakkerij Janssens."]
