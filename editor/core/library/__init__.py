"""The clause library: clauses mined from the corpus or written by the firm, on a shared folder.

No Qt here. See docs/clause-library.md for the file format and the concurrency rules.
"""

from editor.core.library.clause import (
    FORMAT_VERSION,
    Change,
    Clause,
    ClauseFormatError,
    FutureFormatError,
    Provenance,
    parse_clause,
)
from editor.core.library.errors import ConflictError, LibraryOfflineError, LoadProblem, ReadOnlyError
from editor.core.library.offline import save_aside
from editor.core.library.placeholders import AUTHORITIES, PLACEHOLDERS, FilledText, fill_placeholders
from editor.core.library.store import ClauseLibrary

__all__ = [
    "AUTHORITIES",
    "FORMAT_VERSION",
    "PLACEHOLDERS",
    "Change",
    "Clause",
    "ClauseFormatError",
    "ClauseLibrary",
    "ConflictError",
    "FilledText",
    "FutureFormatError",
    "LibraryOfflineError",
    "LoadProblem",
    "Provenance",
    "ReadOnlyError",
    "fill_placeholders",
    "parse_clause",
    "save_aside",
]
