"""Every panel and dialog opens in Dutch (the source language) and in English (Qt Linguist translation).

The English test compiles resources/translations/editor_en.ts with pyside6-lrelease into a temporary
folder, so it checks the translation source itself, and then looks for any Dutch source text left
visible in the English widgets.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree
from panels_support import FakeLibrary, sample_clauses, sample_report
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget

from editor.core import i18n
from editor.core.model import OrganisationProfile, Policy
from editor.core.paths import resources_dir
from editor.gui.checklist_panel import ChecklistPanel
from editor.gui.decision_dialog import DecisionDialog
from editor.gui.library_browser import LibraryBrowser
from editor.gui.profile_dialog import ProfileDialog
from editor.gui.suggestions import SuggestionsView

PANEL_CONTEXTS = {"ChecklistPanel", "SuggestionsView", "LibraryBrowser", "ProfileDialog", "DecisionDialog", "StatusStyle"}
TS_FILE = resources_dir() / "translations" / "editor_en.ts"


def build_widgets(qtbot) -> dict[str, QWidget]:
    policy = Policy()
    policy.meta.organisation = OrganisationProfile(name="Acme bv")
    library = FakeLibrary(sample_clauses(), read_only=True)
    panel = ChecklistPanel()
    panel.set_library(library)
    panel.set_policy(policy)
    panel.set_report(sample_report())
    panel.select_item("complaint_authority")
    suggestions = SuggestionsView()
    suggestions.set_item("complaint_authority", library, policy)
    widgets = {
        "panel": panel,
        "suggestions": suggestions,
        "browser": LibraryBrowser(library, policy),
        "profile": ProfileDialog(OrganisationProfile(name="Acme bv", email="fout"), "BE", "nl-BE"),
        "decision": DecisionDialog("dpo_contact", "DPO"),
    }
    widgets["profile"].validate()
    for widget in widgets.values():
        qtbot.addWidget(widget)
        widget.show()
    return widgets


def visible_texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle()]
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget):
            continue
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        elif isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        elif isinstance(child, QComboBox):
            texts.extend(child.itemText(i) for i in range(child.count()))
        texts.append(child.accessibleName())
    return [t for t in texts if t]


def test_widgets_open_in_dutch(qtbot):
    i18n.set_language("nl")
    widgets = build_widgets(qtbot)
    assert widgets["panel"].summary_label.text() == "2 van 5 verplichte onderdelen aanwezig"
    assert widgets["panel"].group_item("missing").text(0) == "Ontbreekt (3)"
    assert widgets["suggestions"].insert_button.text() == "Invoegen"
    assert widgets["browser"].windowTitle() == "Clausulebibliotheek"
    assert "alleen-lezen" in widgets["browser"].banner.text()
    assert widgets["profile"].windowTitle() == "Organisatieprofiel"
    assert "e-mailadres is ongeldig" in widgets["profile"].error_label.text()
    assert widgets["decision"].windowTitle() == "Niet van toepassing"


@pytest.fixture
def english(tmp_path):
    """Install the English translation compiled from the .ts source; restore Dutch afterwards."""
    assert TS_FILE.is_file(), f"{TS_FILE} is missing"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    qm = tmp_path / "editor_en.qm"
    subprocess.run([str(lrelease), str(TS_FILE), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    i18n.set_language("en")
    yield
    app.removeTranslator(translator)
    i18n.set_language("nl")


def dutch_sources() -> set[str]:
    """Source texts of the panel contexts whose English translation differs from the Dutch."""
    tree = etree.parse(str(TS_FILE), etree.XMLParser(resolve_entities=False, no_network=True))
    sources = set()
    for context in tree.findall("context"):
        if context.findtext("name") not in PANEL_CONTEXTS:
            continue
        for message in context.findall("message"):
            source, translation = message.findtext("source"), message.findtext("translation")
            if source and translation != source:
                sources.add(source)
    return sources


def test_widgets_open_in_english(qtbot, english):
    widgets = build_widgets(qtbot)
    panel = widgets["panel"]
    assert panel.summary_label.text() == "2 of 5 required items present"
    assert panel.group_item("missing").text(0) == "Missing (3)"
    assert panel.group_item("not_applicable").text(0) == "Not applicable (1)"
    assert panel.long_sentences_check.text() == "Highlight long sentences"
    assert widgets["suggestions"].insert_button.text() == "Insert"
    assert "[missing: " in widgets["suggestions"].preview.toPlainText()
    assert widgets["browser"].windowTitle() == "Clause library"
    assert widgets["profile"].windowTitle() == "Organisation profile"
    assert "e-mail address is invalid" in widgets["profile"].error_label.text()
    assert widgets["decision"].windowTitle() == "Not applicable"
    left_over = dutch_sources()
    for name, widget in widgets.items():
        dutch = [t for t in visible_texts(widget) if t in left_over]
        assert not dutch, f"{name} still shows Dutch: {dutch}"
