"""Lists whose bullets a copy from a web page lost (plain-text import): every entry is a line of its own,
which the heading rules of txt.py would otherwise read as a title or a paragraph.

The functions re-label the kinds txt._classify gave its lines ("short": a short line that would be a heading,
"para": a paragraph) as "entry" where the lines are the entries of a list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Protocol

from editor.core.importers.heading_cues import ends_open, looks_like_contact, starts_like_heading


class _Line(Protocol):
    blank_before: bool

    @property
    def text(self) -> str: ...


def lost_bullets(units: list[_Line], kinds: list[str]) -> None:
    """Apply every rule below, in order."""
    _short_runs_to_entries(units, kinds)
    _lead_in_entries(units, kinds)
    _enumerations_to_entries(units, kinds)
    _line_runs_to_entries(units, kinds)


def _card_line(text: str) -> bool:
    """A line of an address card or contact block (a digit: street number, postcode, phone; an e-mail or web
    address): it stays a line of its own, never a list entry."""
    return any(c.isdigit() for c in text) or looks_like_contact(text)


def _runs(n: int, starts: Callable[[int], bool], goes_on: Callable[[int, int], bool]) -> Iterator[tuple[int, int]]:
    """Maximal runs [i, j) of lines: from a line where `starts(i)` for as long as `goes_on(i, j)`. Lazy: a caller
    that re-labels lines while iterating is seen by the next run."""
    i = 0
    while i < n:
        if not starts(i):
            i += 1
            continue
        j = i + 1
        while j < n and goes_on(i, j):
            j += 1
        yield i, j
        i = j


def _short_runs_to_entries(units: list[_Line], kinds: list[str]) -> None:
    """Short lines that follow one another with no text under any of them are the entries of a list whose
    bullets the copy lost ("Welke gegevens?" then "Naam", "E-mailadres", "IP-adres (automatisch)", then the
    next numbered heading), not headings of empty sections; so are short lines right after a lead-in
    ("Wij delen uw gegevens met:"). A short line with text under it stays a heading ("Cookies" above a
    paragraph, even after a lead-in whose list a template left empty), and so does the run it ends
    ("Uw rechten", "Recht op inzage", then the paragraph or a bulleted list) unless a lead-in opens that run."""
    n = len(units)
    for i, j in _runs(n, lambda i: kinds[i] == "short", lambda _i, j: kinds[j] == "short"):
        after_lead_in = i > 0 and kinds[i - 1] == "para" and units[i - 1].text.endswith(":")
        prose_after = j < n and kinds[j] in ("para", "list")  # text or a bulleted list stands under the run
        if (after_lead_in and (j - i >= 2 or not prose_after)) or (j - i >= 2 and not prose_after):
            for k in range(i, j):
                kinds[k] = "entry"


_ENTRY_MAX = 150  # longer lines ending in ';' are paragraphs written as one long enumerating sentence


def _enumerated(unit: _Line) -> bool:
    return unit.text.endswith(";") and len(unit.text) <= _ENTRY_MAX


def _enumerations_to_entries(units: list[_Line], kinds: list[str]) -> None:
    """Lines that end in ';' one after another are the entries of an enumeration whose bullets the copy lost
    ("Identificatiegegevens;", "Mutualiteit;", "Rijksregisternummer;"), and so is the line that closes it when it
    follows in the same way (no blank line between when the entries have none). Entries are short lines."""
    n = len(units)
    for i, j in _runs(n, lambda i: kinds[i] == "para" and _enumerated(units[i]),
                      lambda i, j: kinds[j] == "para" and _enumerated(units[j]) and units[j].blank_before == units[i + 1].blank_before):
        if j - i >= 2:
            if j < n and kinds[j] == "para" and units[j].blank_before == units[j - 1].blank_before and not units[j].text.endswith(":") \
                    and len(units[j].text) <= _ENTRY_MAX:
                j += 1
            for k in range(i, j):
                kinds[k] = "entry"


def _entry_line(unit: _Line) -> bool:
    """A line that could be an entry of a list without bullets: short, no final punctuation, no digit (an address
    card's street and postcode stay lines of their own), no contact detail."""
    text = unit.text
    return len(text) <= 60 and ends_open(text) and starts_like_heading(text) and not _card_line(text)


def _line_runs_to_entries(units: list[_Line], kinds: list[str]) -> None:
    """Short lines one directly under the other ("Voornaam", "Achternaam", "Adres") are the entries of a list
    whose bullets the copy lost, unless a line of text follows directly: then they are titles above it
    ("Uw rechten", "Recht op inzage", "U mag ...")."""
    n = len(units)
    for i, j in _runs(n, lambda i: kinds[i] == "para" and _entry_line(units[i]),
                      lambda _i, j: kinds[j] == "para" and not units[j].blank_before and _entry_line(units[j])):
        prose_after = j < n and not units[j].blank_before and kinds[j] == "para"  # the run ends in a line of text
        if j - i >= 3 and not prose_after:  # two lines may be a greeting and a name, a title and a subtitle
            for k in range(i, j):
                kinds[k] = "entry"


def _lead_in_entries(units: list[_Line], kinds: list[str]) -> None:
    """The lines after a lead-in ("... verzamelen wij de volgende gegevens:", "Wij verwerken deze gegevens om:") are
    its entries: the lines directly under it (no blank line between, a blank line after) up to _LINE_MAX, or short lines without
    final punctuation each after a blank line ("achternaam", "voornamen"). Lines with a digit or a contact detail
    (an address card after "De verantwoordelijke is:") and lines that open a list of their own end the run."""
    n = len(units)
    for i in range(n - 1):
        if kinds[i] != "para" or not units[i].text.endswith(":"):
            continue
        attached = not units[i + 1].blank_before
        j = i + 1
        while j < n and kinds[j] in ("para", "short", "entry") and units[j].blank_before != attached \
                and not units[j].text.endswith(":") and not _card_line(units[j].text) \
                and (len(units[j].text) <= _LINE_MAX if attached else len(units[j].text) <= 60 and ends_open(units[j].text)):
            j += 1
        # lines directly under a lead-in form its list when a blank line closes them; in text without blank lines
        # (as some copies give) only the short lines that read as entries do (_short_entry)
        if attached and not (j < n and units[j].blank_before):  # the end of the text closes nothing: no blank line came
            j = i + 1
            while j < n and kinds[j] in ("para", "short", "entry") and not units[j].blank_before and _short_entry(units[j]):
                j += 1
        if j - i - 1 >= 2:
            for k in range(i + 1, j):
                kinds[k] = "entry"


def _short_entry(unit: _Line) -> bool:
    """A short line that reads as an entry even without a blank line after the list: it starts in lower case or ends
    in ';' or ',' ("achternaam", "Naam;"). A short capitalised line may be the next section's title ("Hoe lang we
    ... bewaren"); the checklist tells those apart by their topics (document._build_doc)."""
    text = unit.text
    return len(text) <= 60 and (text[0].islower() or text[-1] in ";,") and not _card_line(text)


_LINE_MAX = 200  # a line directly under a lead-in longer than this is a paragraph of its own
