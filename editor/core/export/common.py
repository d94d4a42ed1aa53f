"""Helpers shared by the DOCX, HTML and PDF exporters (no Qt).

Text cleaning, link filtering, slugs, Dutch dates and the grouping of list items into
nested lists live here so every format treats hostile or odd input the same way.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from editor.core.model import Block, Heading, ListItem, Policy, Run

# Characters that are invalid in XML 1.0 or parse errors in HTML: C0 controls except tab and
# newline, DEL, C1 controls, lone surrogates and the noncharacters U+FDD0..U+FDEF, U+xFFFE/U+xFFFF.
_BAD_CHARS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    "\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff\U0004fffe\U0004ffff"
    "\U0005fffe\U0005ffff\U0006fffe\U0006ffff\U0007fffe\U0007ffff\U0008fffe\U0008ffff"
    "\U0009fffe\U0009ffff\U000afffe\U000affff\U000bfffe\U000bffff\U000cfffe\U000cffff"
    "\U000dfffe\U000dffff\U000efffe\U000effff\U000ffffe\U000fffff\U0010fffe\U0010ffff]"
)

SAFE_SCHEMES = ("http", "https", "mailto")

DUTCH_MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)


def clean_text(text: str) -> str:
    """Drop characters no output format can carry; a carriage return becomes a newline."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _BAD_CHARS.sub("", text)


def safe_link(url: str | None) -> str | None:
    """Return the URL when it is http(s) with a host or mailto, else None (shown as plain text).

    Browsers ignore tabs/newlines and leading control characters in a URL, so "java\\nscript:"
    would still run: the check runs on the URL with those removed, and that cleaned URL is kept.
    """
    if not url:
        return None
    cleaned = re.sub(r"[\x00-\x20\x7f-\x9f]", "", url.strip())
    if not cleaned:
        return None
    try:
        parts = urlsplit(cleaned)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in SAFE_SCHEMES:
        return None
    if scheme in ("http", "https") and not parts.netloc:
        return None
    if scheme == "mailto" and len(cleaned) <= len("mailto:"):
        return None
    return cleaned


def clean_line(text: str) -> str:
    """clean_text for one-line places (headings, titles, metadata): line breaks and tabs become spaces."""
    return re.sub(r"[\t\n]", " ", clean_text(text))


def clean_runs(runs: list[Run], *, single_line: bool = False) -> list[Run]:
    """Runs with cleaned text and only safe links; neighbouring equal runs merged."""
    out: list[Run] = []
    for run in runs:
        text = clean_line(run.text) if single_line else clean_text(run.text)
        if not text:
            continue
        new = Run(text, run.bold, run.italic, run.underline, safe_link(run.link))
        if out and out[-1].same_format(new):
            out[-1] = Run(out[-1].text + new.text, new.bold, new.italic, new.underline, new.link)
        else:
            out.append(new)
    if single_line:  # a heading or title: no spaces dangling at either end
        while out and not out[0].text.strip():
            out.pop(0)
        while out and not out[-1].text.strip():
            out.pop()
        if out:
            out[0].text = out[0].text.lstrip()
            out[-1].text = out[-1].text.rstrip()
    return out


def slugify(text: str, used: set[str], fallback: str = "sectie") -> str:
    """A readable, unique HTML id: ASCII, lower case, words joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].strip("-")
    if not slug or not slug[0].isalpha():
        slug = f"{fallback}-{slug}" if slug else fallback
    candidate = slug
    n = 2
    while candidate in used:
        candidate = f"{slug}-{n}"
        n += 1
    used.add(candidate)
    return candidate


def parse_date(value: str) -> _dt.date | None:
    """Read an ISO date (or the date part of an ISO timestamp); None when it is not one."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        return _dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def dutch_date(value: _dt.date) -> str:
    """1 november 2026: the way a Dutch or Flemish reader writes a date."""
    return f"{value.day} {DUTCH_MONTHS[value.month - 1]} {value.year}"


def updated_line(policy: Policy) -> str | None:
    """"Laatst bijgewerkt op 1 november 2026 (versie 2.1)", or None without a valid date."""
    date = parse_date(policy.meta.last_updated)
    if date is None:
        return None
    line = f"Laatst bijgewerkt op {dutch_date(date)}"
    version = " ".join(clean_line(policy.meta.version).split())
    if version:
        line += f" (versie {version})"
    return line


def document_title(policy: Policy) -> str:
    """The title for metadata: meta.title, else the first heading, else a generic Dutch title."""
    title = " ".join(clean_line(policy.meta.title).split())
    if title:
        return title
    for block in policy.blocks:
        if isinstance(block, Heading) and block.text.strip():
            return " ".join(clean_line(block.text).split())
    return "Privacyverklaring"


def html_language(policy: Policy) -> str:
    return policy.meta.language if policy.meta.language in ("nl-BE", "nl-NL") else "nl-BE"


def title_block_index(policy: Policy) -> int | None:
    """Index of the block shown as the document title: a first level-1 heading, if any.

    Corpus policies start with their name as a level-1 heading; exporters give it the Title
    style (DOCX) and put the "last updated" line right after it.
    """
    for i, block in enumerate(policy.blocks):
        if isinstance(block, Heading) and block.level == 1 and block.text.strip():
            return i
        if block.text.strip():
            return None
    return None


@dataclass
class ListGroup:
    """A run of consecutive list items: the exporters turn it into (nested) lists."""

    items: list[ListItem] = field(default_factory=list)


def group_blocks(blocks: list[Block]) -> list[Block | ListGroup]:
    """Blocks in order, with each run of consecutive ListItems gathered in one ListGroup."""
    out: list[Block | ListGroup] = []
    for block in blocks:
        if isinstance(block, ListItem):
            if out and isinstance(out[-1], ListGroup):
                out[-1].items.append(block)
            else:
                out.append(ListGroup([block]))
        else:
            out.append(block)
    return out


def normalised_levels(items: list[ListItem], max_level: int = 2) -> list[int]:
    """List levels that never skip (each item at most one deeper than the one before).

    HTML cannot nest a list two levels deeper without an empty item; Word would show an odd
    indent. Levels above `max_level` are shown at `max_level`.
    """
    levels: list[int] = []
    prev = -1
    for item in items:
        level = max(0, min(item.level, prev + 1, max_level))
        levels.append(level)
        prev = level
    return levels
