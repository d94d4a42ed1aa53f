"""Splitting a corpus policy into clause-sized sections (heading + body) and writing a body."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from editor.core.model import Block, Heading, ListItem, Policy, Table
from editor.core.plaintext import PlainText

_NUMBERING = re.compile(r"^\s*(?:Artikel\s+\d+\s*[–-]\s*|\d+(?:\.\d+)*\.?\s+|[A-Z]\.\s+)")


@dataclass
class Section:
    title: str
    heading: str  # original heading text
    blocks: list[Block]
    source: str
    line: int
    start: int
    end: int
    spans: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # block id -> (start, end, line)


def clean_title(text: str) -> str:
    """'Artikel 4 – Jouw rechten' -> 'Jouw rechten'; ALL CAPS -> sentence case; no trailing ':'."""
    t = _NUMBERING.sub("", text.strip()).strip().rstrip(":").strip()
    t = re.sub(r"\s+", " ", t) or text.strip()
    letters = [c for c in t if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.6:
        t = t.lower()
        t = t[0].upper() + t[1:]
        t = re.sub(r"\b(avg|gdpr|eu|kbo)\b", lambda m: m.group(1).upper(), t)
    return t


def lower_first(text: str) -> str:
    return text if text[1:2].isupper() else text[:1].lower() + text[1:]


def _line_of(lines: list[str], needle: str, after: int = 0) -> int:
    """1-based line of the source where `needle` starts (whitespace-insensitive; 0 = not found).
    Searches from line `after` on first: blocks come in document order, and a heading's words may
    also occur earlier (in a table of contents or an enumeration)."""
    probe = " ".join(needle.split())
    for size in (40, 20):
        part = probe[:size]
        if not part:
            break
        for first in (after, 0):
            for n in range(max(first, 1), len(lines) + 1):
                if part in lines[n - 1]:
                    return n
    return 0


def split_sections(policy: Policy, source: str, raw: str) -> tuple[list[Section], list[str]]:
    """Heading + body sections. A section with only sub-headings gives its title to them."""
    plain = PlainText.from_policy(policy)
    spans = {s.block_id: s for s in plain.spans}
    lines = [" ".join(line.split()) for line in raw.split("\n")]  # no-break spaces etc. as the importer sees them
    cursor = 0
    notes: list[str] = []
    sections: list[Section] = []
    parents: dict[int, str] = {}
    current: Section | None = None
    doc_title = policy.meta.title.strip()

    def close() -> None:
        if current is not None and current.blocks:
            current.end = spans[current.blocks[-1].id].end
            sections.append(current)

    for block in policy.blocks:
        if isinstance(block, Heading):
            close()
            title = clean_title(block.text)
            if block.level == 1 and (block.text.strip() == doc_title or not sections):
                title = "Inleiding"
            parent = next((parents[lv] for lv in sorted(parents, reverse=True) if 2 <= lv < block.level), None)
            if parent and block.level >= 2 and len(title.split()) <= 2 and title != "Inleiding":
                # "Duur" alone says nothing: "Het gebruik van cookies: duur".
                title = f"{parent.rstrip('?:')}: {lower_first(title)}"
            parents = {lv: t for lv, t in parents.items() if lv < block.level}
            parents[block.level] = clean_title(block.text)
            span = spans[block.id]
            cursor = _line_of(lines, block.text, cursor) or cursor
            current = Section(title, block.text, [], source, cursor, span.start, span.end)
            continue
        if isinstance(block, Table):
            notes.append(f"{source}: tabel van {len(block.rows)} rijen overgeslagen (organisatiespecifieke cookielijst)")
            continue
        if not block.text.strip():
            continue
        cursor = _line_of(lines, block.text, cursor) or cursor
        if current is None:
            span = spans[block.id]
            current = Section("Inleiding", "", [], source, cursor, span.start, span.end)
        current.blocks.append(block)
        current.spans[block.id] = (spans[block.id].start, spans[block.id].end, cursor)
    close()
    return sections, notes


def blocks_to_body(blocks: list[Block], edit: Callable[[str], str] | None = None) -> str:
    """Clause body text: paragraphs separated by blank lines, list items as "- " / "1. " lines.
    `edit` is applied per block, so no pattern can reach across two blocks."""
    parts: list[str] = []
    counter = 0
    prev_list = False
    for block in blocks:
        text = re.sub(r"\s+", " ", block.text).strip()
        if edit is not None:
            text = edit(text)
        if isinstance(block, ListItem):
            counter = counter + 1 if prev_list else 1
            marker = f"{counter}. " if block.ordered else "- "
            line = "  " * block.level + marker + text
            if prev_list:
                parts[-1] += "\n" + line
            else:
                parts.append(line)
            prev_list = True
        else:
            parts.append(text)
            prev_list = False
    return "\n\n".join(parts)
