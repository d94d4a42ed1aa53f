"""Help → Over: the About dialog shows version, library path, LanguageTool version and state."""

from __future__ import annotations

from pathlib import Path

from editor import __version__
from editor.gui.about_dialog import AboutDialog, languagetool_version, package_kind


def test_about_shows_version_library_and_languagetool(qtbot, tmp_path):
    library = str(tmp_path / "juridisch" / "clausules <team>")
    dialog = AboutDialog(None, library, "ready", "6.8")
    qtbot.addWidget(dialog)
    shown = {name: label.text() for name, label in dialog.value_labels.items()}
    assert shown["Versie"] == __version__
    assert shown["Clausulebibliotheek"] == library  # shown literally, never as markup
    assert shown["LanguageTool"] == "6.8 — klaar"
    assert shown["Pakket"] == "broncode"  # tests run from the source tree, not a packaged build


def test_unknown_state_and_missing_version_are_explicit(qtbot):
    dialog = AboutDialog(None, "", "unavailable", "")
    qtbot.addWidget(dialog)
    assert dialog.value_labels["LanguageTool"].text() == "onbekend — niet beschikbaar"
    assert dialog.value_labels["Clausulebibliotheek"].text() == "(geen)"
    other = AboutDialog(None, "/x", "Java ontbreekt", "6.8")
    qtbot.addWidget(other)
    assert other.value_labels["LanguageTool"].text() == "6.8 — Java ontbreekt"


def test_copy_puts_the_facts_on_the_clipboard(qtbot):
    from PySide6.QtGui import QGuiApplication

    dialog = AboutDialog(None, "/srv/clausules", "starting", "6.8")
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    text = QGuiApplication.clipboard().text()
    assert f"Versie: {__version__}" in text
    assert "Clausulebibliotheek: /srv/clausules" in text
    assert "LanguageTool: 6.8 — wordt gestart" in text


def test_languagetool_version_from_jar_names():
    jars = [Path("guava-33.5.0-jre.jar"), Path("languagetool-server-6.8.jar"), Path("language-nl-6.8.jar")]
    assert languagetool_version(jars) == "6.8"
    assert languagetool_version([Path("language-nl-6.8.jar")]) == ""


def test_package_kind_from_source():
    assert package_kind() == "source"
