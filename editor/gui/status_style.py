"""Colour, icon and label per checklist status.

A status is never shown by colour alone: every status has its own icon SHAPE
(circle with a cross, triangle, square with a check, diamond with a dash) and a text label.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon

from editor.core.paths import resources_dir

MISSING = "missing"
PARTIAL = "partial"
PRESENT = "present"
NOT_APPLICABLE = "not_applicable"

# The order in which the checklist panel groups items: the work to do comes first.
STATUS_ORDER: tuple[str, ...] = (MISSING, PARTIAL, PRESENT, NOT_APPLICABLE)

# Text colours with at least 4.5:1 contrast on white (WCAG AA), so they are readable as text too.
_TEXT_COLOURS = {
    MISSING: "#b71c1c",
    PARTIAL: "#8a5300",
    PRESENT: "#1b5e20",
    NOT_APPLICABLE: "#545454",
}
# Light tints for group header backgrounds.
_TINTS = {
    MISSING: "#fdecea",
    PARTIAL: "#fff4e0",
    PRESENT: "#e8f5e9",
    NOT_APPLICABLE: "#f0f0f0",
}
_ICON_FILES = {
    MISSING: "status-missing.svg",
    PARTIAL: "status-partial.svg",
    PRESENT: "status-present.svg",
    NOT_APPLICABLE: "status-not-applicable.svg",
}


def _check(status: str) -> str:
    if status not in _ICON_FILES:
        raise ValueError(f"unknown checklist status: {status!r}")
    return status


def status_label(status: str) -> str:
    """The short label of a status in the UI language ("Ontbreekt", ...)."""
    labels = {
        MISSING: QCoreApplication.translate("StatusStyle", "Ontbreekt"),
        PARTIAL: QCoreApplication.translate("StatusStyle", "Gedeeltelijk"),
        PRESENT: QCoreApplication.translate("StatusStyle", "Aanwezig"),
        NOT_APPLICABLE: QCoreApplication.translate("StatusStyle", "Niet van toepassing"),
    }
    return labels[_check(status)]


def status_colour(status: str) -> QColor:
    """A dark colour for text and marks of this status."""
    return QColor(_TEXT_COLOURS[_check(status)])


def status_tint(status: str) -> QColor:
    """A light background tint for this status."""
    return QColor(_TINTS[_check(status)])


def status_icon_path(status: str) -> str:
    return str(resources_dir() / "icons" / _ICON_FILES[_check(status)])


@cache
def status_icon(status: str) -> QIcon:
    """The status icon (an SVG, rendered by Qt's svg image plugin)."""
    return QIcon(status_icon_path(status))
