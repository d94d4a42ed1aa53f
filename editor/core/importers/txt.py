"""Plain-text import (.txt): the corpus format, text copied from a website.

Every non-empty line is a block (web text keeps one paragraph per line); hard-wrapped
text (all lines under ~100 characters) is joined into paragraphs first, and so is a single
sentence broken over lines (a long open line, then one that goes on in lower case).

Heading levels (see docs/importers.md):
  1  the title: the first line, if it is short and heading-like ("Privacybeleid", "PRIVACY POLICY");
  2  sections: "Artikel 3 – …", ALL-CAPS lines, short questions ("Hoe lang bewaren wij uw gegevens?"),
     short lines without final punctuation that stand alone above text ("Cookies"), or stand
     directly above a long sentence;
  3  sub-sections: "3.1 …", and "1. …" / "A. …" headings under a section heading.
A numbered line is a heading only if it stands alone (blank lines around it, not indented,
no neighbouring numbered lines), is short, has no final punctuation and text follows it;
otherwise it is a list item ("  1. Telefonisch via …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor.core.importers.cleanup import Cleaner
from editor.core.importers.heading_cues import (
    ARTICLE,
    BULLET,
    DATE,
    DOTTED,
    ORDERED,
    NumberedLevels,
    ends_open,
    labelled_entry,
    looks_like_contact,
    restarts,
    same_numbering,
    single_sentence,
    starts_like_heading,
)
from editor.core.importers.lost_bullets import lost_bullets
from editor.core.model import Block, Cell, Heading, ListItem, Paragraph, Policy, PolicyMeta, Run, Table, runs_text


@dataclass
class _Unit:
    raw: str  # cleaned text; Markdown links are turned into runs at the end
    indent: int
    blank_before: bool
    blank_after: bool
    runs: list[Run] | None = None
    cells: list[str] | None = None  # a tab-separated line (a table row copied from a web page)

    @property
    def text(self) -> str:
        return runs_text(self.runs).strip() if self.runs is not None else self.raw


def _strip_runs(runs: list[Run], prefix_len: int) -> list[Run]:
    """Remove `prefix_len` characters from the start of the runs, then leading/trailing spaces."""
    out: list[Run] = []
    skip = prefix_len
    for run in runs:
        text = run.text
        if skip:
            cut = min(skip, len(text))
            text, skip = text[cut:], skip - cut
        if text:
            out.append(Run(text, run.bold, run.italic, run.underline, run.link))
    if out:
        out[0].text = out[0].text.lstrip()
        out[-1].text = out[-1].text.rstrip()
    return [r for r in out if r.text]


def _is_wrapped(lines: list[str]) -> bool:
    """True for hard-wrapped text (e-mail style), where a paragraph spans several lines."""
    content = [ln for ln in lines if ln.strip()]
    if len(content) < 4 or max(len(ln) for ln in content) > 100:
        return False
    joined_pairs = sum(
        1
        for a, b in zip(lines, lines[1:], strict=False)
        if len(a.strip()) >= 40 and b.strip() and not _marker(b.strip())
    )
    return joined_pairs >= max(2, len(content) // 5)


# A line broken off mid-sentence (text pasted from a PDF or an e-mail): the previous line is long and
# open, and this one goes on in lower case ("... over zaken die" / "(aanzienlijke) gevolgen kunnen ...").
_GOES_ON = re.compile(r"\(?[a-zà-ÿ]")


def _continues(previous: str, line: str) -> bool:
    return len(previous) >= 60 and ends_open(previous) and previous[-1] not in ":;," and _GOES_ON.match(line) is not None


def _marker(text: str) -> re.Match[str] | None:
    return BULLET.match(text) or ORDERED.match(text)


def _units(text: str, cleaner: Cleaner) -> list[_Unit]:
    raw_lines = text.split("\n")
    lines: list[str] = []
    cells_of: list[list[str] | None] = []
    for line in raw_lines:
        if not line.strip():  # str.strip() also removes non-breaking spaces
            if "\u00a0" in line:
                cleaner.note_blank_line()
            lines.append("")
            cells_of.append(None)
            continue
        cleaned = cleaner.text(line.rstrip())
        stripped = cleaned.strip()
        cells = [c.strip() for c in stripped.split("\t")] if "\t" in stripped else None
        marker = cells and (BULLET.match(stripped) or ORDERED.match(stripped))
        if marker and "\t" not in stripped[marker.end():]:
            cells = None  # "•<tab>Tekst" (a list pasted from Word) is a list entry, not a table row
        cells_of.append(cells if cells and sum(1 for c in cells if c) >= 2 else None)
        lines.append(cleaned.replace("\t", " ").rstrip() if stripped else "")
    wrapped = _is_wrapped(lines)
    units: list[_Unit] = []
    blank = True
    for line, cells in zip(lines, cells_of, strict=True):
        stripped = line.strip()
        if not stripped:
            blank = True
            if units:
                units[-1].blank_after = True
            continue
        indent = len(line) - len(line.lstrip(" "))
        if units and not blank and cells is None and units[-1].cells is None and not _marker(stripped) and (
                (wrapped and len(units[-1].raw) >= 40) or _continues(units[-1].raw, stripped)):
            units[-1].raw += " " + stripped
        else:
            units.append(_Unit(stripped, indent, blank, False, cells=cells))
        blank = False
    if units:
        units[-1].blank_after = True
    for unit in units:
        unit.runs = cleaner.md_links(unit.raw)
    return [u for u in units if u.text]


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 4:
        return False
    first_word = re.sub(r"[^\w]", "", text.split()[0])
    if len(first_word) < 2 or not first_word.isupper():
        return False
    return sum(c.isupper() for c in letters) / len(letters) >= 0.6


def _prose_follows(units: list[_Unit], i: int) -> bool:
    """The next line is a long sentence that starts with a capital: the answer under a title."""
    if i + 1 >= len(units):
        return False
    nxt = units[i + 1].text
    return len(nxt) >= 60 and nxt[0].isupper() and nxt[-1] in ".!?:" and not _marker(nxt)


def _classify(units: list[_Unit]) -> list[Block]:
    n = len(units)
    # kind per unit: ("title"|"h2"|"dotted"|"numhead"|"list"|"para", extra)
    kinds: list[str] = ["para"] * n
    is_marker = [bool(_marker(u.text)) and not DOTTED.match(u.text) for u in units]

    def standalone(i: int) -> bool:
        return units[i].blank_before and units[i].blank_after

    def has_next(i: int) -> bool:
        return i + 1 < n

    for i, unit in enumerate(units):
        text = unit.text
        words = len(text.split())
        if i == 0 and has_next(i) and len(text) <= 80 and not is_marker[i] and (
            ends_open(text) or text[-1] in "?!"
        ) and not ARTICLE.match(text):
            kinds[i] = "title"
            continue
        dotted = DOTTED.match(text)
        if dotted and unit.indent == 0 and has_next(i) and len(text) <= 100 and text[-1] not in ".,;":
            rest = text[dotted.end():]
            if rest and starts_like_heading(rest):
                kinds[i] = "dotted"
                continue
        if ARTICLE.match(text) and has_next(i) and len(text) <= 120 and text[-1] not in ".,;":
            kinds[i] = "h2"
            continue
        if is_marker[i]:
            m = ORDERED.match(text)
            rest = text[m.end():] if m else ""
            prev_m = ORDERED.match(units[i - 1].text) if i > 0 else None
            next_m = ORDERED.match(units[i + 1].text) if i + 1 < n else None
            neighbours_numbered = m is not None and (
                (same_numbering(m, prev_m) and not restarts(prev_m, m)) or (same_numbering(m, next_m) and not restarts(m, next_m))
            )
            if (
                m
                and unit.indent == 0
                and standalone(i)
                and has_next(i)
                and not neighbours_numbered
                and len(text) <= 90
                and len(rest.split()) <= 15
                and (ends_open(text) or text.endswith("?"))
                and starts_like_heading(rest)
                and not (m.group(1).isalpha() and m.group(2) == ")")
            ):
                kinds[i] = "numhead"
            else:
                kinds[i] = "list"
            continue
        if not has_next(i) or not unit.blank_before or unit.indent > 3:
            continue
        if _is_caps(text) and len(text) <= 120 and text[-1] not in ".,;":
            kinds[i] = "h2"
        elif text.endswith("?") and len(text) <= 120 and single_sentence(text) and starts_like_heading(text):
            kinds[i] = "h2"
        elif (
            text.endswith("!") and len(text) <= 60 and standalone(i) and single_sentence(text)
            and starts_like_heading(text)
        ):
            kinds[i] = "h2"
        elif (
            (standalone(i) or (unit.blank_before and _prose_follows(units, i)))
            and len(text) <= 80
            and (words <= 10 or (words <= 12 and standalone(i) and _prose_follows(units, i)))
            and ends_open(text)
            and text[0].isalpha()
            and starts_like_heading(text)
            and not looks_like_contact(text)
            and not labelled_entry(text)
            and not DATE.match(text)
        ):
            kinds[i] = "short"
    lost_bullets(units, kinds)

    numbered = NumberedLevels(has_dotted="dotted" in kinds)
    blocks: list[Block] = []
    i = 0
    while i < n:
        unit, kind = units[i], kinds[i]
        if kind == "title":
            blocks.append(Heading(runs=unit.runs, level=1))
        elif kind in ("h2", "short"):
            blocks.append(Heading(runs=unit.runs, level=2))
            numbered.section()
        elif kind == "entry":
            blocks.append(ListItem(runs=unit.runs))
        elif kind == "dotted":
            blocks.append(Heading(runs=unit.runs, level=3))
        elif kind == "numhead":
            blocks.append(Heading(runs=unit.runs, level=numbered.level(unit.text)))
        elif kind == "list":
            j = i
            while j < n and kinds[j] == "list":
                j += 1
            blocks.extend(_list_items(units[i:j]))
            i = j
            continue
        else:
            blocks.append(Paragraph(runs=unit.runs))
        i += 1
    return blocks


def _list_items(units: list[_Unit]) -> list[ListItem]:
    """A run of list lines: nesting level from the indentation relative to the run."""
    indents = sorted({u.indent for u in units})
    items = []
    for unit in units:
        m = _marker(unit.text)
        assert m is not None
        ordered = m.re is ORDERED
        level = min(indents.index(unit.indent), 5)
        # The runs still start with the unit's text (indent stripped): remove the marker.
        runs = _strip_runs(unit.runs, _leading_ws(unit.runs) + m.end())
        items.append(ListItem(runs=runs, ordered=ordered, level=level))
    return items


def _leading_ws(runs: list[Run]) -> int:
    text = runs_text(runs)
    return len(text) - len(text.lstrip())


def _table_runs(units: list[_Unit]) -> list[tuple[int, int]]:
    """(start, end) of runs of two or more adjacent tab-separated lines: a table copied from a web page."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(units):
        j = i
        while j < len(units) and units[j].cells is not None and (j == i or not units[j].blank_before):
            j += 1
        if j - i >= 2:
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _table(units: list[_Unit], cleaner: Cleaner) -> Table:
    width = max(len(u.cells or ()) for u in units)
    rows = [[Cell(runs=cleaner.md_links(c) if c else []) for c in (u.cells or []) + [""] * (width - len(u.cells or ()))]
            for u in units]
    return Table(rows=rows, header_rows=1)


def parse_text(text: str, cleaner: Cleaner | None = None) -> tuple[Policy, list[str]]:
    cleaner = cleaner or Cleaner()
    units = _units(text, cleaner)
    # Tables are cut out first; the text around each one is classified on its own.
    blocks: list[Block] = []
    start = 0
    for begin, end in _table_runs(units):
        blocks += _classify(units[start:begin])
        blocks.append(_table(units[begin:end], cleaner))
        start = end
    blocks += _classify(units[start:])
    meta = PolicyMeta()
    titles = [b for b in blocks if isinstance(b, Heading) and b.level == 1]
    if titles:
        meta.title = titles[0].text.strip()
    return Policy(blocks=blocks, meta=meta), cleaner.warnings()
