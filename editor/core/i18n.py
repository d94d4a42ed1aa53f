"""The user's language for messages produced by the core (Dutch by default)."""

from __future__ import annotations

import os

_language = "en" if os.environ.get("PRIVACY_EDITOR_LANG", "").lower().startswith("en") else "nl"


def set_language(lang: str) -> None:
    global _language
    _language = "en" if lang.lower().startswith("en") else "nl"


def language() -> str:
    return _language


def pick(nl: str, en: str) -> str:
    """Return the Dutch or English text for the current UI language."""
    return en if _language == "en" else nl
