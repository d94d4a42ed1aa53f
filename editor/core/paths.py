"""Where the app's data files live, from a source checkout and from a packaged build."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder holding resources/ and clause_library/ (PyInstaller unpacks to _MEIPASS)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    return app_root() / "resources"


def default_library_dir() -> Path:
    return app_root() / "clause_library"


def corpus_dir() -> Path:
    return default_library_dir() / "corpus"
