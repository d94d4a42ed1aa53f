"""Resolving a clause conflict in the GUI: both texts listed, the picked one becomes a new revision."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from editor.core.library import Clause, ClauseLibrary, ConflictError
from editor.gui.library_browser import LibraryBrowser


def _library_with_conflict(tmp_path) -> ClauseLibrary:
    root = tmp_path / "clausules"
    root.mkdir()
    lib = ClauseLibrary.open(root, use_cache=False)
    base = lib.add(Clause(id="bewaring", title="Bewaring", body="Tien jaar.", item_ids=["retention"]), author="An")
    lib.save(replace(base, body="Vijf jaar."), 1, author="An")
    with pytest.raises(ConflictError):
        lib.save(replace(base, body="Zeven jaar."), 1, author="Bert")
    return ClauseLibrary.open(root, use_cache=False)


def test_curator_picks_a_version_in_the_conflict_dialog(qtbot, tmp_path):
    lib = _library_with_conflict(tmp_path)
    browser = LibraryBrowser(lib)
    qtbot.addWidget(browser)
    browser.show()
    qtbot.waitExposed(browser)
    assert browser.conflicts_button.isVisible() and browser.conflicts_button.text() == "Conflicten (1)…"
    qtbot.mouseClick(browser.conflicts_button, Qt.LeftButton)
    dialog = browser.conflict_dialog
    qtbot.waitExposed(dialog)
    assert dialog.clause_ids() == ["bewaring"]
    texts = dialog.version_texts()
    assert sorted(texts) == ["Vijf jaar.", "Zeven jaar."]
    dialog.pick(texts.index("Zeven jaar."))
    with qtbot.waitSignal(dialog.resolved, timeout=10000):
        qtbot.mouseClick(dialog.keep_button, Qt.LeftButton)
    assert dialog.clause_ids() == [] and "revisie 3" in dialog.status.text()
    assert not browser.conflicts_button.isVisible()
    on_share = ClauseLibrary.open(lib.root, use_cache=False)
    assert on_share.conflicts() == {} and on_share.get("bewaring").body == "Zeven jaar."
    assert {"Tien jaar.", "Vijf jaar.", "Zeven jaar."} <= {h.body for h in on_share.history("bewaring")}
    dialog.close()


def test_no_conflicts_no_button(qtbot, tmp_path):
    root = tmp_path / "clausules"
    root.mkdir()
    lib = ClauseLibrary.open(root, use_cache=False)
    lib.add(Clause(id="a", title="A", body="Tekst."), author="An")
    browser = LibraryBrowser(lib)
    qtbot.addWidget(browser)
    browser.show()
    assert not browser.conflicts_button.isVisible()


def test_conflict_dialog_in_english(qtbot, qapp, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    from editor.gui import translations
    from editor.gui.library_conflicts import ConflictDialog

    ts = Path(__file__).resolve().parents[1] / "resources" / "translations" / "editor_en.ts"
    qm = ts.with_suffix(".qm")
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        subprocess.run([str(Path(sys.executable).parent / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    assert translations.install(qapp, "en")
    try:
        dialog = ConflictDialog(_library_with_conflict(tmp_path))
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Conflicts in the clause library"
        assert dialog.keep_button.text() == "Keep the chosen version"
        assert dialog.clause_list.item(0).text() == "Bewaring (2 versions)"
    finally:
        translations.install(qapp, "nl")
