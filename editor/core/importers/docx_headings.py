"""Headings in a DOCX that uses no heading styles: what clients send (manual bold headings)
and what LibreOffice writes from web text (plain paragraphs with bold or larger runs).

Only when the document has no heading style or outline level at all (a Title alone does
not count) are the top-level paragraphs (never table cells or list items) looked at.
A paragraph becomes a heading when it is short (at most 14 words; a question 20; an
exclamation 60 characters), has no other sentence-final punctuation, starts like a heading,
has something after it, and
  - is numbered like a section ("3. Uw rechten", "3.1 Bewaartermijn", "Artikel 4 – …"), with
    the levels of the .txt importer (heading_cues.NumberedLevels), or
  - is entirely bold (unless the body text itself is bold), or entirely set at least 1 pt
    larger than the body text (the size that holds most characters).
Three or more bold body-size lines in a row that look the same are an address or a bold
block, not headings. The first paragraph, if it is bold or larger, is the title (1) unless
the document has a Title paragraph; other bold/larger lines are sections (2), or
sub-sections (3) when they are smaller than the largest ones.
Each paragraph's runs are read once and style lookups are cached: the import stays linear.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from editor.core.importers.heading_cues import (
    ARTICLE,
    DATE,
    DOTTED,
    ORDERED,
    NumberedLevels,
    ends_open,
    looks_like_contact,
    same_numbering,
    single_sentence,
    starts_like_heading,
)
from editor.core.model import Run, runs_text

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MAX_WORDS = 14
MAX_QUESTION_WORDS = 20  # "Wie heeft toegang tot de gegevens, hoe worden deze verwerkt en …?"
MAX_CHARS = 120
LARGER = 2  # half-points: 1 pt above the body size
WORD_DEFAULT_SIZE = 20  # half-points: 10 pt, what Word uses when nothing sets a size


def _q(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _on(element) -> bool:  # noqa: ANN001 - lxml element of a toggle property such as w:b
    return element.get(_q("val"), "true").lower() not in ("0", "false", "off")


def _size(element) -> int | None:  # noqa: ANN001 - lxml w:sz element
    value = element.get(_q("val"), "")
    return int(value) if value.isdigit() and len(value) < 5 else None


@dataclass
class Look:
    """Bold and font size (half-points) of the visible text of one paragraph."""

    chars: int = 0
    bold_chars: int = 0
    min_size: int | None = None
    sizes: Counter[int] = field(default_factory=Counter)

    @property
    def all_bold(self) -> bool:
        return self.chars > 0 and self.bold_chars == self.chars


class Looks:
    """Reads effective bold and size: the run, its character style, the paragraph style, the defaults."""

    def __init__(self, chain: Callable[..., list], styles_element) -> None:  # noqa: ANN001
        self._chain = chain  # the importer's cached style chain: chain(style_id, para=...)
        self._cache: dict[tuple[str | None, str | None], tuple[bool, int]] = {}
        self._default_size = WORD_DEFAULT_SIZE
        self._default_bold = False
        rpr = styles_element.find(f"{_q('docDefaults')}/{_q('rPrDefault')}/{_q('rPr')}")
        if rpr is not None:
            sz, b = rpr.find(_q("sz")), rpr.find(_q("b"))
            self._default_size = (_size(sz) if sz is not None else None) or WORD_DEFAULT_SIZE
            self._default_bold = b is not None and _on(b)

    def _inherited(self, para_style: str | None, char_style: str | None) -> tuple[bool, int]:
        key = (para_style, char_style)
        if key not in self._cache:
            bold: bool | None = None
            size: int | None = None
            styles = (self._chain(char_style, para=False) if char_style else []) + self._chain(para_style)
            for style in styles:
                rpr = style.element.find(_q("rPr"))
                if rpr is None:
                    continue
                b, sz = rpr.find(_q("b")), rpr.find(_q("sz"))
                if bold is None and b is not None:
                    bold = _on(b)
                if size is None and sz is not None:
                    size = _size(sz)
            self._cache[key] = (
                self._default_bold if bold is None else bold,
                self._default_size if size is None else size,
            )
        return self._cache[key]

    def of(self, p) -> Look:  # noqa: ANN001 - lxml w:p element
        look = Look()
        ppr = p.find(_q("pPr"))
        pstyle = ppr.find(_q("pStyle")) if ppr is not None else None
        para_style = pstyle.get(_q("val")) if pstyle is not None else None
        for r in p.iter(_q("r")):
            chars = sum(len(t.text.strip()) for t in r.iter(_q("t")) if t.text)
            if not chars:
                continue  # spaces, tabs and deleted text do not decide how a line looks
            rpr = r.find(_q("rPr"))
            rstyle = rpr.find(_q("rStyle")) if rpr is not None else None
            bold, size = self._inherited(para_style, rstyle.get(_q("val")) if rstyle is not None else None)
            if rpr is not None:
                b, sz = rpr.find(_q("b")), rpr.find(_q("sz"))
                bold = _on(b) if b is not None else bold
                size = (_size(sz) or size) if sz is not None else size
            look.chars += chars
            look.bold_chars += chars if bold else 0
            look.sizes[size] += chars
            look.min_size = size if look.min_size is None else min(look.min_size, size)
        return look


def _heading_sized(text: str) -> bool:
    """Short and without sentence-final punctuation; a question, or a short exclamation, as in
    the .txt importer ("Hoe lang bewaren wij uw gegevens?", "Wij nemen uw privacy serieus!")."""
    numbered = ORDERED.match(text) or ARTICLE.match(text)
    text = text[numbered.end():].strip() if numbered else text  # "7. Opmerkingen?": the dot is no sentence end
    if text.endswith("?"):  # "M.B.T." may stand in a question heading: its length decides
        return len(text.split()) <= MAX_QUESTION_WORDS
    if text.endswith("!"):
        return len(text) <= 60 and single_sentence(text)
    return ends_open(text) and len(text.split()) <= MAX_WORDS


def _numbering(text: str, prev: str | None, nxt: str | None) -> str | None:
    """"dotted" ("3.1 …"), "numhead" ("3. …") or "article" ("Artikel 3 …"); None if not numbered
    like a section. Two numbered neighbours in the same style are a typed list, as in the .txt importer."""
    dotted = DOTTED.match(text)
    if dotted:  # "4.1 Recht van inzage:" is a heading in the .txt importer too
        rest = text[dotted.end():]
        ok = rest and starts_like_heading(rest) and len(text) <= 100 and text[-1] not in ".,;"
        return "dotted" if ok and len(rest.split()) <= MAX_WORDS else None
    if ARTICLE.match(text):
        return "article"
    m = ORDERED.match(text)
    if m is None or (m.group(1).isalpha() and m.group(2) == ")"):
        return None
    rest = text[m.end():]
    if not rest or not starts_like_heading(rest):
        return None
    if any(other is not None and same_numbering(m, ORDERED.match(other)) for other in (prev, nxt)):
        return None
    return "numhead"


def infer_headings(
    items: list[tuple[str, object]], paragraphs: dict[int, object], looks: Looks, has_title: bool
) -> list[tuple[str, object]]:
    """Turn heading-like "para" items into ("inferred", (level, runs)); `paragraphs` maps an
    item's index to its w:p element."""
    look_of = {i: looks.of(p) for i, p in paragraphs.items()}
    body = Counter[int]()
    bold_chars = chars = 0
    for look in look_of.values():
        body.update(look.sizes)
        bold_chars += look.bold_chars
        chars += look.chars
    if not chars:
        return items
    body_size = body.most_common(1)[0][0]
    bold_is_body = bold_chars * 2 > chars
    texts = {i: runs_text(items[i][1]).strip() for i in paragraphs}  # type: ignore[arg-type]

    # kind per candidate index: "look" (bold/larger) or a numbering kind
    kinds: dict[int, str] = {}
    for i, text in texts.items():
        if (
            i + 1 >= len(items)
            or not text
            or len(text) > MAX_CHARS
            or not starts_like_heading(text)
            or looks_like_contact(text)
            or DATE.match(text)
        ):
            continue
        numbered = _numbering(text, texts.get(i - 1), texts.get(i + 1))
        if not (numbered == "dotted" or _heading_sized(text)):
            continue
        look = look_of[i]
        larger = look.min_size is not None and look.min_size >= body_size + LARGER
        if numbered:
            kinds[i] = numbered
        elif (look.all_bold and not bold_is_body) or larger:
            kinds[i] = "look"

    def same_look(i: int, j: int) -> bool:
        a, b = look_of[i], look_of.get(j)
        return kinds.get(j) == "look" and b is not None and (a.all_bold, a.min_size) == (b.all_bold, b.min_size)

    title = 0 if kinds.get(0) == "look" and not has_title else None
    # Three or more bold body-size lines in a row are an address or a bold block, not headings
    # (two may be a section heading and its first sub-heading). Larger lines are never crowded.
    crowded: set[int] = set()
    row: list[int] = []
    for i in sorted(kinds):
        small = kinds[i] == "look" and i != title and (look_of[i].min_size or 0) < body_size + LARGER
        if small and row and row[-1] == i - 1 and same_look(i, row[-1]):
            row.append(i)
            continue
        if len(row) >= 3:
            crowded.update(row)
        row = [i] if small else []
    if len(row) >= 3:
        crowded.update(row)
    kinds = {i: k for i, k in kinds.items() if i not in crowded}
    sizes = [look_of[i].min_size or 0 for i, k in kinds.items() if k == "look" and i != title]
    top = max(sizes, default=0)

    numbering = NumberedLevels(has_dotted="dotted" in kinds.values())
    out = list(items)
    for i in sorted(kinds):
        kind = kinds[i]
        if i == title:
            level = 1
        elif kind == "dotted":
            level = 3
        elif kind == "numhead":
            level = numbering.level(texts[i])
        else:  # "article", or a bold/larger line: smaller than the largest ones is a sub-section
            level = 2 if kind == "article" or (look_of[i].min_size or 0) >= top - 1 else 3
            if level == 2:
                numbering.section()
        runs: list[Run] = items[i][1]  # type: ignore[assignment]
        if look_of[i].all_bold:  # the heading itself is bold: the runs need not say so again
            runs = [Run(r.text, False, r.italic, r.underline, r.link) for r in runs]
        out[i] = ("inferred", (level, runs))
    return out
