"""Text helpers for the checklist: normalisation, sentence splitting, heading-likeness.

Everything works on a single block's text; offsets are Python string indices into that text,
so the engine can add the block's start offset in the plain-text view.
"""

from __future__ import annotations

import re

from editor.core.importers.heading_cues import labelled_entry

# Abbreviations that end in a full stop without ending a sentence (lower case, without the dot).
ABBREVIATIONS = frozenset(
    """
    o.m om m.b.t mbt bv b.v bijv bijvoorbeeld vb nl enz etc art artt t.o.v tov e.d ed i.p.v ipv d.w.z dwz o.a oa
    ca nr nrs dhr mevr mr dr ir ing prof blz p pp incl excl max min resp inc ltd co jr st tel fax e.g i.e vs
    m.a.w mi a.u.b aub z.s.m zsm evt evt. i.v.m ivm t.a.v tav m.n mn e.a ea al. lid sub jo
    """.split()
)

_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|[\n\t]")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_WS = re.compile(r"\s+")
_NUMBER_WORD = re.compile(r"\d+(?:\.\d+)*|[ivx]+")


def normalise(text: str) -> str:
    """Lower-case text with typographic quotes and odd spaces unified; same length as the input."""
    return (
        text.lower()
        .replace("\u2019", "'")
        .replace("\u2018", "'")
        .replace("\u00a0", " ")
        .replace("\u201c", '"')
        .replace("\u201d", '"')
        .replace("\u2013", "-")
        .replace("\u2014", "-")
    )


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split one block's text into sentence spans (start, end), stripped of surrounding spaces.

    Tabs and newlines (table cells, soft line breaks) always end a sentence; a full stop ends one
    unless it closes a known abbreviation, a single letter (initials) or is followed by lower case.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        ch = m.group(0)
        if ch not in ("\n", "\t"):
            # Look at what follows: a lower-case letter means no sentence break.
            j = end
            while j < n and text[j] in " \u00a0":
                j += 1
            if j < n and (text[j].islower() or text[j] in ",;:"):
                continue
            if ch.startswith("."):
                ws = m.start()
                k = max(text.rfind(" ", 0, ws), text.rfind("(", 0, ws), text.rfind("\n", 0, ws)) + 1
                if k < ws:
                    word = text[k:ws].lower().strip(".")
                    if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or word.isdigit() and j < n and text[j].isdigit():
                        continue
                    if _NUMBER_WORD.fullmatch(word) and not text[start:k].strip():
                        continue  # "1." / "3.2." numbering at the start of a line is no sentence
        _add_span(text, start, m.start() if ch in ("\n", "\t") else end, spans)
        start = end
    _add_span(text, start, n, spans)
    return spans


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


_NUMBERING = re.compile(r"^\s*(?:artikel\s+\d+|art\.\s*\d+|\d+(?:\.\d+)*\.?|[a-z]\.|[ivx]+\.|[-•*·▪–])\s*", re.I)
_SUBNUMBER = re.compile(r"^\s*\d+\.\d+")
_TOP_NUMBER = re.compile(r"^\s*(?:artikel\s+\d+|art\.\s*\d+|\d+\.?\s|[A-Z]\.\s|[IVX]+\.\s)", re.I)


def looks_like_heading(text: str) -> bool:
    """A short line without sentence-final punctuation, as headings in pasted web text are."""
    if len(text) > 160:
        return False  # fast path: 14 words never take 160 characters
    t = text.strip()
    if not t or "\n" in t or "\t" in t:
        return False
    words = t.split()
    if len(words) > 14:
        return False
    if t[-1] in ".;," or (t[-1] == ":" and len(words) > 9):
        return False
    if "@" in t or "http" in t.lower():
        return False
    if labelled_entry(t):
        return False  # "Contractuele noodzaak: voor de uitvoering van je lidmaatschap" is a list entry
    first = _NUMBERING.sub("", t)[:1]
    if not first or first.islower():
        return False
    return True


def heading_level(text: str) -> int:
    """Guess the level of a pseudo-heading from its numbering and case."""
    t = text.strip()
    if _SUBNUMBER.match(t):
        return 3
    letters = [c for c in t if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8 and len(letters) > 3:
        return 1
    if _TOP_NUMBER.match(t):
        return 2
    return 2


def strip_numbering(text: str) -> str:
    return _NUMBERING.sub("", text.strip())


def collapse(text: str) -> str:
    return _WS.sub(" ", text).strip()
