"""Limits every imported policy must keep, checked once for all importers and the native format.

A policy that comes out of any importer passes `bound_policy` before anyone else sees it:
levels are clamped, text that no file can hold (NUL and other control characters, lone
surrogates) is repaired, tables are capped, and a document with absurdly many blocks is
refused with a message. Documented in docs/importers.md ("Limits").
"""

from __future__ import annotations

import math
import re
from collections import Counter

from editor.core.errors import BadInputError
from editor.core.i18n import pick
from editor.core.model import Block, Cell, Heading, ListItem, Paragraph, Policy, Run, Table, TextBlock

MAX_BLOCKS = 100_000  # a long real policy has about 1,000
MAX_LIST_LEVEL = 5
MAX_HEADING_LEVEL = 3
MAX_TABLE_COLUMNS = 50
MAX_TABLE_CELLS = 10_000  # rows x widest row; a bigger "table" is read as paragraphs
MAX_LINK_CHARS = 2_048  # longer "links" become plain text
MAX_LINES = 100_000  # .txt and .md; a long real policy has a few thousand lines
MAX_HTML_TAGS = 300_000  # "<" in an HTML file; a heavy web page has some tens of thousands

# Lone surrogates cannot be encoded; C0 controls (except tab and newline) are invalid in XML.
_UNWRITABLE = re.compile("[\x00-\x08\x0b-\x1f\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def too_many_blocks(count: int) -> BadInputError:
    return BadInputError(
        f"Het document heeft te veel alinea's ({count:,}); de grens is {MAX_BLOCKS:,}.".replace(",", "."),
        f"The document has too many paragraphs ({count:,}); the limit is {MAX_BLOCKS:,}.",
    )


def check_line_count(text: str) -> None:
    """Refuse, before any parsing, a text with more lines than a policy can have (linear count)."""
    lines = text.count("\n")
    if lines > MAX_LINES:
        raise BadInputError(
            f"Het bestand heeft te veel regels ({lines:,}); de grens is {MAX_LINES:,}.".replace(",", "."),
            f"The file has too many lines ({lines:,}); the limit is {MAX_LINES:,}.",
        )


def check_tag_count(count: int) -> None:
    if count > MAX_HTML_TAGS:
        raise BadInputError(
            f"Het HTML-bestand heeft te veel elementen ({count:,}); de grens is {MAX_HTML_TAGS:,}.".replace(",", "."),
            f"The HTML file has too many elements ({count:,}); the limit is {MAX_HTML_TAGS:,}.",
        )


def clamp_int(value: object, low: int, high: int, default: int) -> int:
    """An int from untrusted data: numbers are clamped to [low, high]; anything else is an error."""
    if isinstance(value, bool) or value is None:
        return default
    if isinstance(value, int):
        return min(high, max(low, value))
    if isinstance(value, float):
        if math.isnan(value):
            raise ValueError("number is NaN")
        if math.isinf(value):
            return high if value > 0 else low
        return min(high, max(low, int(value)))
    if isinstance(value, str) and value.strip().lstrip("+-").isdigit() and len(value) < 20:
        return min(high, max(low, int(value)))
    raise ValueError(f"not a number: {str(value)[:40]!r}")


def repair_text(text: str, counts: Counter | None = None) -> str:
    """Lone surrogates become U+FFFD; NUL and other control characters are removed."""
    if not _UNWRITABLE.search(text):
        return text
    if counts is not None:
        counts["repaired"] += 1
    return _UNWRITABLE.sub(lambda m: "\ufffd" if _SURROGATE.match(m.group(0)) else "", text)


def _runs(runs: list[Run], counts: Counter) -> list[Run]:
    out = []
    for run in runs:
        run.text = repair_text(run.text, counts)
        if run.link is not None and (len(run.link) > MAX_LINK_CHARS or _UNWRITABLE.search(run.link)):
            run.link = None
            counts["link"] += 1
        if run.text:
            out.append(run)
    return out


def _table_as_paragraphs(table: Table) -> list[Block]:
    """A table too big to show as one: each row becomes a paragraph, cells joined by " | "."""
    out: list[Block] = []
    for row in table.rows:
        runs: list[Run] = []
        for cell in row:
            if runs and cell.runs:
                runs.append(Run(" | "))
            runs.extend(cell.runs)
        if runs:
            out.append(Paragraph(runs=runs))
    return out


def _table(table: Table, counts: Counter) -> list[Block]:
    rows: list[list[Cell]] = []
    for row in table.rows:
        if len(row) > MAX_TABLE_COLUMNS:
            # The cells past the limit join the last kept cell, so no text is lost.
            keep, extra = row[: MAX_TABLE_COLUMNS - 1], row[MAX_TABLE_COLUMNS - 1 :]
            merged: list[Run] = []
            for cell in extra:
                if merged and cell.runs:
                    merged.append(Run(" "))
                merged.extend(cell.runs)
            row = keep + [Cell(merged)]
            counts["columns"] += 1
        for cell in row:
            cell.runs = _runs(cell.runs, counts)
        rows.append(row)
    table.rows = [r for r in rows if r]
    table.header_rows = clamp_int(table.header_rows, 0, len(table.rows), 0)
    width = max((len(r) for r in table.rows), default=0)
    if width == 0:
        return []
    if width * len(table.rows) > MAX_TABLE_CELLS:
        counts["table"] += 1
        return _table_as_paragraphs(table)
    return [table]


def bound_policy(policy: Policy) -> list[str]:
    """Bring `policy` within the limits in place; returns warnings (BadInputError if too big)."""
    if len(policy.blocks) > MAX_BLOCKS:
        raise too_many_blocks(len(policy.blocks))
    counts: Counter = Counter()
    blocks: list[Block] = []
    for block in policy.blocks:
        if isinstance(block, Table):
            blocks.extend(_table(block, counts))
            continue
        if isinstance(block, TextBlock):
            block.runs = _runs(block.runs, counts)
            if isinstance(block, Heading):
                block.level = clamp_int(block.level, 1, MAX_HEADING_LEVEL, 1)
            elif isinstance(block, ListItem):
                block.level = clamp_int(block.level, 0, MAX_LIST_LEVEL, 0)
        blocks.append(block)
    if len(blocks) > MAX_BLOCKS:
        raise too_many_blocks(len(blocks))
    policy.blocks = blocks
    meta = policy.meta
    meta.title = repair_text(meta.title, counts)
    meta.version = repair_text(meta.version, counts)
    meta.last_updated = repair_text(meta.last_updated, counts)
    org = meta.organisation
    for name, value in vars(org).items():
        if isinstance(value, str):
            setattr(org, name, repair_text(value, counts))
    for decision in meta.decisions.values():
        decision.reason = repair_text(decision.reason, counts)
    return _warnings(counts)


def _warnings(counts: Counter) -> list[str]:
    out = []
    if counts["repaired"]:
        out.append(pick(
            f"{counts['repaired']} tekst(en) met ongeldige tekens (NUL, stuurtekens of losse surrogaten) hersteld.",
            f"Repaired {counts['repaired']} text(s) with invalid characters (NUL, control characters or lone surrogates).",
        ))
    if counts["table"]:
        out.append(pick(
            f"{counts['table']} te grote tabel(len) ingelezen als alinea's (grens {MAX_TABLE_CELLS:,} cellen).".replace(",", "."),
            f"Read {counts['table']} table(s) too large to show as paragraphs (limit {MAX_TABLE_CELLS:,} cells).",
        ))
    if counts["columns"]:
        out.append(pick(
            f"In {counts['columns']} tabelrij(en) zijn de kolommen na kolom {MAX_TABLE_COLUMNS} samengevoegd.",
            f"In {counts['columns']} table row(s) the columns after column {MAX_TABLE_COLUMNS} were merged.",
        ))
    if counts["link"]:
        out.append(pick(
            f"{counts['link']} ongeldige of te lange link(s) als gewone tekst ingelezen.",
            f"Read {counts['link']} invalid or overlong link(s) as plain text.",
        ))
    return out
