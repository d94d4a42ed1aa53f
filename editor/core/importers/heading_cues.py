"""What makes a short line a heading, shared by the .txt and the .docx importers.

The .txt importer sees only text; the .docx importer adds bold and font size as cues.
Both use these patterns and the same numbering levels, so that the same policy gets the
same outline whichever format the client sends.
"""

from __future__ import annotations

import re

BULLET = re.compile(r"^([-•*–—·▪◦‣●■►✓✔])\s+(?=\S)")  # — and ✓: pasted web lists use them as bullets too
ORDERED = re.compile(r"^(\d{1,3}|[A-Za-z])([.)])\s+(?=\S)")
DOTTED = re.compile(r"^(\d{1,3}(?:\.\d{1,3})+)\.?\s+(?=\S)")
ARTICLE = re.compile(r"^(artikel|art\.|article|hoofdstuk|chapter)\s+\d+[a-z]?\b", re.I)
DATE = re.compile(
    r"^\d{1,2}(?:\s+\w+\s+|[-/.]\d{1,2}[-/.])\d{2,4}$|^(?:bijgewerkt|laatst|versie|update)", re.I
)
FINAL_PUNCT = ".,;:!?…"
_SENTENCE_BREAK = re.compile(r"[.!?]\s+\S")


def ends_open(text: str) -> bool:
    return bool(text) and text[-1] not in FINAL_PUNCT


def starts_like_heading(text: str) -> bool:
    first = text[0]
    if first.isupper() or first.isdigit() or first in "\"'“‘(":
        return True
    # "iAssist", "eBay": a brand written with a lowercase first letter.
    return first.isalpha() and len(text) > 1 and text[1].isupper()


def single_sentence(text: str) -> bool:
    return not _SENTENCE_BREAK.search(text[:-1])


def same_numbering(a: re.Match[str], b: re.Match[str] | None) -> bool:
    """Both lines numbered in the same style (digits, or letters): items of one list."""
    return b is not None and a.group(1).isdigit() == b.group(1).isdigit()


def restarts(before: re.Match[str] | None, after: re.Match[str] | None) -> bool:
    """The numbering starts again ("19. Wijzigingen" then "1. Inleiding"): the second line does not
    continue the first one's list (a table of contents followed by the first numbered heading)."""
    if before is None or after is None:
        return False
    x, y = before.group(1), after.group(1)
    return x.isdigit() and y.isdigit() and int(y) < int(x)


def labelled_entry(text: str) -> bool:
    """"Dienstverlening: om onze diensten te leveren", "Adres: Kerkstraat 1, 8800 Roeselare": a short label, then
    what it stands for. A list entry or a field whose bullet the copy lost, not a heading (the importers and the
    checklist's pseudo-headings, checklist/text.looks_like_heading, read it alike). An "Artikel 3: ..." line is
    taken for a heading before this is asked."""
    label, colon, value = text.partition(": ")
    return bool(colon) and len(value.split()) >= 2 and len(label.split()) <= 5


_DOMAIN = re.compile(r"\b[\w-]+\.(?:be|nl|eu|com|org|net|info)\b", re.I)


def looks_like_contact(text: str) -> bool:
    return "@" in text or "www." in text.lower() or "://" in text or bool(_DOMAIN.search(text))


class NumberedLevels:
    """Levels of numbered headings ("1. …", "A. …"), fed the headings in reading order.

    "7. Opmerkingen?" in a document that also has "6.3 …" headings is a section (2); "1. …"
    under a section heading such as "Wanneer …?" is a sub-section (3); "A. Klanten" under
    "2. Welke gegevens …" is one level below that number.
    """

    def __init__(self, has_dotted: bool) -> None:
        self.has_dotted = has_dotted
        self.seen_section = False
        self.digit_level: int | None = None  # level of the last "1. …" heading in this section

    def section(self) -> None:
        """An unnumbered level-2 heading starts a new section."""
        self.seen_section = True
        self.digit_level = None

    def level(self, text: str) -> int:
        if text[0].isalpha() and self.digit_level is not None:
            return min(3, self.digit_level + 1)
        level = 2 if self.has_dotted or not self.seen_section else 3
        if text[0].isdigit():
            self.digit_level = level
        return level
