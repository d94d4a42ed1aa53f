"""Plain text and Markdown output of a policy (the `convert` command's .txt and .md targets).

These are the inverse of the .txt and .md importers: converting a corpus file to Markdown
and importing that Markdown again gives the same block structure (tested).
"""

from __future__ import annotations

import re

from editor.core.importers.bounds import MAX_LIST_LEVEL
from editor.core.model import Block, Heading, ListItem, Paragraph, Policy, Run, Table


def _level(item: ListItem) -> int:
    """The indent level, bounded: a damaged document's level 10**9 must not make a 2 GB indent."""
    return max(0, min(item.level, MAX_LIST_LEVEL))


def _numbering(blocks: list[Block]) -> list[int]:
    """The number each ordered list item shows (1-based, restarting per list and level)."""
    numbers = [0] * len(blocks)
    counters: dict[int, int] = {}
    for i, block in enumerate(blocks):
        if not isinstance(block, ListItem):
            counters.clear()
            continue
        for deeper in [lvl for lvl in counters if lvl > block.level]:
            del counters[deeper]
        counters[block.level] = counters.get(block.level, 0) + 1
        numbers[i] = counters[block.level]
    return numbers


def _join(out: list[str | list[str]]) -> str:
    return "\n\n".join(part if isinstance(part, str) else "\n".join(part) for part in out) + "\n"


def to_plain_text(policy: Policy) -> str:
    """Blocks separated by blank lines; list items with "- " or "1. "; table cells by tabs."""
    out: list[str | list[str]] = []  # a list's lines are joined at the end (+= was quadratic)
    numbers = _numbering(policy.blocks)
    prev: Block | None = None
    for i, block in enumerate(policy.blocks):
        if isinstance(block, ListItem):
            marker = f"{numbers[i]}. " if block.ordered else "- "
            line = "  " * _level(block) + marker + block.text
            # Items of one list stay together, like in the corpus.
            if isinstance(prev, ListItem):
                out[-1].append(line)
            else:
                out.append([line])
        elif isinstance(block, Table):
            out.append("\n".join("\t".join(c.text for c in row) for row in block.rows))
        else:
            out.append(block.text)
        prev = block
    return _join(out)


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_MD_LINE_START = re.compile(r"^(\s*)(#{1,6}\s|[-+*]\s|\d+[.)]\s|>|=+\s*$|-+\s*$)")


def _escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def _md_runs(runs: list[Run]) -> str:
    parts = []
    for run in runs:
        text = _escape(run.text)
        # Markdown emphasis markers must hug the text: keep surrounding spaces outside.
        lead = text[: len(text) - len(text.lstrip())]
        trail = text[len(text.rstrip()) :]
        core = text.strip()
        if core:
            if run.bold and run.italic:
                core = f"***{core}***"
            elif run.bold:
                core = f"**{core}**"
            elif run.italic:
                core = f"*{core}*"
            if run.underline:
                core = f"<u>{core}</u>"
            if run.link:
                core = f"[{core}]({run.link.replace(')', '%29').replace(' ', '%20')})"
        parts.append(lead + core + trail)
    return "".join(parts)


def _md_line(runs: list[Run]) -> str:
    text = _md_runs(runs).replace("\n", " ")
    # A paragraph that starts like a heading or list marker must not become one.
    m = _MD_LINE_START.match(text)
    if m:
        pos = len(m.group(1))
        rest = text[pos:]
        digits = re.match(r"\d+", rest)
        if digits:
            text = text[: pos + digits.end()] + "\\" + text[pos + digits.end() :]
        else:
            text = text[:pos] + "\\" + rest
    return text


def to_markdown(policy: Policy) -> str:
    out: list[str | list[str]] = []  # a list's lines are joined at the end (+= was quadratic)
    numbers = _numbering(policy.blocks)
    prev: Block | None = None
    for i, block in enumerate(policy.blocks):
        if isinstance(block, Heading):
            out.append("#" * max(1, min(block.level, 6)) + " " + _md_runs(block.runs).replace("\n", " "))
        elif isinstance(block, ListItem):
            marker = f"{numbers[i]}. " if block.ordered else "- "
            line = "    " * _level(block) + marker + _md_line(block.runs)
            if isinstance(prev, ListItem):
                out[-1].append(line)
            else:
                out.append([line])
        elif isinstance(block, Table):
            out.append(_md_table(block))
        elif isinstance(block, Paragraph):
            out.append(_md_line(block.runs))
        prev = block
    return _join(out)


def _md_table(table: Table) -> str:
    width = max((len(r) for r in table.rows), default=0)
    if not width:
        return ""

    def row(cells: list[str]) -> str:
        cells = cells + [""] * (width - len(cells))
        return "| " + " | ".join(c.replace("\n", " ") for c in cells) + " |"

    rows = [[_md_runs(c.runs) for c in r] for r in table.rows]
    # Markdown tables always have one header row; an empty one if the table has none.
    header = rows[0] if table.header_rows else [""] * width
    body = rows[1:] if table.header_rows else rows
    lines = [row(header), "| " + " | ".join(["---"] * width) + " |"]
    lines.extend(row(r) for r in body)
    return "\n".join(lines)
