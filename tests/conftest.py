"""Shared test set-up. Qt runs offscreen, set here so no test depends on the caller's shell."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PRIVACY_EDITOR_LANG", "nl")

import pytest  # noqa: E402

# Fixtures shared by the grammar tests: the real LanguageTool (once per session) and a replay server.
pytest_plugins = ["grammar_fixtures"]

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "clause_library" / "corpus"
CORPUS_FILES = sorted(CORPUS.glob("*.txt"))

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Never touch the developer's real settings, cache or recovery files."""
    base = tmp_path_factory.mktemp("userdirs")
    monkeypatch.setenv("PRIVACY_EDITOR_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("PRIVACY_EDITOR_CACHE_DIR", str(base / "cache"))
    monkeypatch.setenv("PRIVACY_EDITOR_DATA_DIR", str(base / "data"))
    from editor.core import i18n

    i18n.set_language("nl")
    yield


@pytest.fixture
def corpus_files() -> list[Path]:
    return CORPUS_FILES


_MESSAGE_BOXES = ("show_error", "show_warning", "show_info", "ask_yes_no", "ask_text", "ask_item")


def forbid_message_boxes(monkeypatch: pytest.MonkeyPatch, *extra: str) -> None:
    """A modal box would block an offscreen test forever: fail loudly instead, and answer
    "discard" to the unsaved-changes question. `extra` names further helpers to forbid."""
    from editor.gui import messages

    def unexpected(*args):
        raise AssertionError(f"unexpected message box: {args[1:]}")

    for name in _MESSAGE_BOXES + extra:
        monkeypatch.setattr(messages, name, unexpected)
    monkeypatch.setattr(messages, "ask_save_discard_cancel", lambda *a: messages.Choice.DISCARD)


def analysed(qtbot, window, action) -> object:
    """Run `action` in the main window and return the checklist Report shown after it."""
    with qtbot.waitSignal(window.analysis_finished, timeout=20000) as blocker:
        action()
    return blocker.args[0]
