"""The library browser: search, filters, preview, insert, and the offline/read-only banner."""

from __future__ import annotations

import datetime as dt
import shutil

from panels_support import FakeLibrary, real_library, sample_clauses
from PySide6.QtCore import Qt

from editor.core.model import OrganisationProfile, Policy
from editor.gui.library_browser import LibraryBrowser, format_offline_since

TITLES = {"complaint_authority": "Klacht bij de toezichthouder", "retention": "Bewaartermijn"}


def open_browser(qtbot, library, policy=None) -> LibraryBrowser:
    dialog = LibraryBrowser(library, policy, item_titles=TITLES)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def ids(dialog: LibraryBrowser) -> set[str]:
    return {c.id for c in dialog.results_clauses()}


def test_filters_narrow_the_results(qtbot, tmp_path):
    dialog = open_browser(qtbot, real_library(tmp_path))
    assert ids(dialog) == {"klacht-gba", "klacht-kort", "bewaring"}  # active clauses only
    assert dialog.count_label.text() == "3 clausules gevonden"
    dialog.item_combo.setCurrentIndex(dialog.item_combo.findData("complaint_authority"))
    assert ids(dialog) == {"klacht-gba", "klacht-kort"}
    dialog.jurisdiction_combo.setCurrentIndex(dialog.jurisdiction_combo.findData("NL"))
    assert ids(dialog) == {"klacht-kort"}  # "any" clauses fit both countries
    dialog.jurisdiction_combo.setCurrentIndex(dialog.jurisdiction_combo.findData("BE"))
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("retired"))
    assert ids(dialog) == {"oud-klacht"}
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(None))
    assert ids(dialog) == {"klacht-gba", "klacht-kort", "oud-klacht"}


def test_item_filter_shows_checklist_titles(qtbot, tmp_path):
    dialog = open_browser(qtbot, real_library(tmp_path))
    labels = [dialog.item_combo.itemText(i) for i in range(dialog.item_combo.count())]
    assert labels[0] == "Alle onderdelen"
    assert "Klacht bij de toezichthouder" in labels and "Bewaartermijn" in labels


def test_typing_a_query_searches_after_a_pause(qtbot, tmp_path):
    dialog = open_browser(qtbot, real_library(tmp_path))
    qtbot.keyClicks(dialog.search_edit, "bewaren")
    qtbot.waitUntil(lambda: ids(dialog) == {"bewaring"}, timeout=2000)
    dialog.search_edit.clear()
    qtbot.waitUntil(lambda: len(ids(dialog)) == 3, timeout=2000)


def test_set_filters_opens_on_one_item(qtbot, tmp_path):
    dialog = open_browser(qtbot, real_library(tmp_path))
    dialog.set_filters(item_id="retention")
    assert ids(dialog) == {"bewaring"}
    assert dialog.item_combo.currentData() == "retention"


def test_preview_fills_profile_and_marks_gaps_and_insert_emits(qtbot, tmp_path):
    policy = Policy()
    policy.meta.organisation = OrganisationProfile(name="Acme bv")
    dialog = open_browser(qtbot, real_library(tmp_path), policy)
    dialog.set_filters(item_id="complaint_authority", jurisdiction="BE")
    row = [c.id for c in dialog.results_clauses()].index("klacht-gba")
    dialog.results.setCurrentRow(row)
    text = dialog.preview.toPlainText()
    assert "[ontbreekt: e-mailadres voor privacyvragen]" in text
    assert "Gegevensbeschermingsautoriteit" in text
    with qtbot.waitSignal(dialog.insert_requested, timeout=1000) as blocker:
        qtbot.mouseClick(dialog.insert_button, Qt.LeftButton)
    assert blocker.args[0].id == "klacht-gba"
    assert dialog.isVisible()  # stays open for the next clause


def test_no_results_disables_insert(qtbot, tmp_path):
    dialog = open_browser(qtbot, real_library(tmp_path))
    dialog.set_filters(query="zzzz-bestaat-niet")
    assert dialog.results_clauses() == []
    assert dialog.count_label.text() == "0 clausules gevonden"
    assert not dialog.insert_button.isEnabled()


def test_no_banner_when_library_is_online_and_writable(qtbot, tmp_path):
    dialog = open_browser(qtbot, real_library(tmp_path))
    assert not dialog.banner.isVisible()


def test_banner_when_library_went_offline(qtbot, tmp_path):
    library = real_library(tmp_path)
    shutil.rmtree(tmp_path / "library")
    library.reload()  # the share is gone: the library runs from its local copy
    dialog = open_browser(qtbot, library)
    assert dialog.banner.isVisible()
    assert "niet bereikbaar" in dialog.banner.text() and "lokale kopie" in dialog.banner.text()
    assert ids(dialog) == {"klacht-gba", "klacht-kort", "bewaring"}  # still browsable


def test_banner_when_library_is_read_only(qtbot, tmp_path):
    dialog = open_browser(qtbot, real_library(tmp_path, read_only=True))
    assert dialog.banner.isVisible() and "alleen-lezen" in dialog.banner.text()


def test_banner_for_a_library_without_its_own_message(qtbot):
    since = dt.datetime(2026, 11, 20, 14, 5)
    dialog = open_browser(qtbot, FakeLibrary(sample_clauses(), read_only=True, offline_since=since))
    assert "20-11-2026 14:05" in dialog.banner.text()
    dialog = open_browser(qtbot, FakeLibrary(sample_clauses(), read_only=True))
    assert "alleen-lezen" in dialog.banner.text()


def test_format_offline_since():
    assert format_offline_since(dt.date(2026, 1, 2)) == "02-01-2026"
    assert format_offline_since("2026-01-02T03:04:00") == "02-01-2026 03:04"
    assert format_offline_since("gisteren") == "gisteren"
    assert format_offline_since(None) == ""
