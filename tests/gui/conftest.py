"""Shared fixture of the GUI tests: one main window, shown at laptop size (tests.conftest.analysed
waits for the checklist after an action)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture
def window(qtbot) -> Iterator[object]:
    """A shown MainWindow (1400x900) with default settings; its background work ends with the test."""
    from editor.gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    yield win
    win.checks.worker.wait()
    win.library_ctl.worker.wait()
