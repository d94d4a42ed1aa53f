"""Every dialog speaks the UI language: the file dialog (Qt's own labels) and the About dialog."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

from editor.gui import messages, translations

DUTCH_WORDS = ("Zoeken in", "Bestands", "Openen", "Opslaan", "Annuleren", "Versie", "Sluiten", "Kopi", "broncode")
ENGLISH_WORDS = ("Look in", "Files of", "File name", "Cancel", "Version", "Close", "Copy", "source code")


@pytest.fixture(params=["nl", "en"])
def lang(request, qapp):
    assert translations.install(qapp, request.param)
    yield request.param
    translations.install(qapp, "nl")


def _texts(widget) -> list[str]:
    return [w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QPushButton) if w.text()]


@pytest.mark.parametrize("mode", [QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave])
def test_file_dialog_labels_are_in_the_ui_language(qtbot, lang, tmp_path, mode):
    dialog = messages.file_dialog(None, "t", str(tmp_path), "Alle (*)", mode=mode)
    qtbot.addWidget(dialog)
    texts = " ".join(_texts(dialog)).replace("&", "")
    if lang == "nl":
        assert "Zoeken in:" in texts and "Bestandstype:" in texts and "Annuleren" in texts
        assert not any(word in texts for word in ("Look in", "Files of", "Cancel"))
    else:
        assert "Look in:" in texts and "Files of type:" in texts and "Cancel" in texts
        assert not any(word in texts for word in ("Zoeken in", "Bestands", "Annuleren"))


def test_about_dialog_is_fully_translated(qtbot, lang):
    from editor.gui.about_dialog import AboutDialog

    dialog = AboutDialog(None, "/srv/clausules", "ready", "6.8")
    qtbot.addWidget(dialog)
    texts = " ".join([dialog.windowTitle(), *_texts(dialog)])
    if lang == "en":
        assert "Privacy Policy Editor" in texts
        assert not [w for w in DUTCH_WORDS + ("Privacyverklaring",) if w in texts], texts
    else:
        assert "Privacyverklaring-editor" in texts
        assert not [w for w in ENGLISH_WORDS if w in texts], texts
