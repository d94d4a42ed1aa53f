"""The library's errors and load problems, with Dutch and English messages."""

from __future__ import annotations

from dataclasses import dataclass

from editor.core.errors import UserError
from editor.core.i18n import pick
from editor.core.library.clause import Clause


@dataclass
class LoadProblem:
    file: str
    nl: str
    en: str

    @property
    def message(self) -> str:
        return f"{self.file}: {pick(self.nl, self.en)}"


class ConflictError(UserError):
    """Two versions of a clause exist side by side. `kept` says whether `mine` is on the share
    (saved as one side of a conflict a curator resolves) or was refused (then it is only here)."""

    def __init__(
        self, mine: Clause, theirs: Clause | None, nl: str = "", en: str = "", *, kept: bool = False
    ) -> None:
        if theirs is None:
            default_nl = f"Clausule '{mine.id}' staat niet (meer) in de bibliotheek. Uw tekst is niet verloren."
            default_en = f"Clause '{mine.id}' is not (or no longer) in the library. Your text is not lost."
        elif kept:
            who = f" door {theirs.author}" if theirs.author else ""
            who_en = f" by {theirs.author}" if theirs.author else ""
            default_nl = (
                f"Uw versie van clausule '{mine.id}' is opgeslagen, maar tegelijk is er een andere versie{who} "
                "bewaard. Beide staan in de bibliotheek als conflict; een beheerder kiest de juiste."
            )
            default_en = (
                f"Your version of clause '{mine.id}' was saved, but another version{who_en} was saved at the same "
                "time. Both are in the library as a conflict; a curator picks the right one."
            )
        else:
            who = f" ({theirs.author})" if theirs.author else ""
            default_nl = f"Clausule '{mine.id}' is intussen gewijzigd (nu revisie {theirs.revision}{who}). Uw tekst is niet verloren; vergelijk beide versies."
            default_en = f"Clause '{mine.id}' was changed meanwhile (now revision {theirs.revision}{who}). Your text is not lost; compare both versions."
        super().__init__(nl or default_nl, en or default_en)
        self.mine = mine
        self.theirs = theirs
        self.kept = kept


class ReadOnlyError(UserError):
    """Writing is refused: offline copy, no write permission or the shipped library."""


class LibraryOfflineError(ReadOnlyError):
    """The share became unreachable; the library now runs from the offline copy."""
