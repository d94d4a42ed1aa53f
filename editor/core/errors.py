"""Errors meant for a user: they carry a Dutch and an English message, never a traceback."""

from __future__ import annotations

from editor.core.i18n import pick


class UserError(Exception):
    """A problem the user can act on (bad input, unwritable target, ...)."""

    def __init__(self, nl: str, en: str) -> None:
        super().__init__(en)
        self.nl = nl
        self.en = en

    @property
    def message(self) -> str:
        return pick(self.nl, self.en)

    def __str__(self) -> str:
        return self.message


class BadInputError(UserError):
    """The input file cannot be read as a policy."""


class WriteError(UserError):
    """The target cannot be written."""
