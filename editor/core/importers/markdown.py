"""Markdown import (.md): headings, lists (nested by indentation), emphasis, links, pipe tables.

A pragmatic subset of CommonMark, enough for policies written or exported as Markdown:
ATX (#) and setext (===/---) headings (levels above 3 become 3), bullet (-, *, +) and
numbered (1. / 1)) lists, **bold**, *italic*, __bold__, _italic_, <u>underline</u>,
[text](url) links (kept as links for http(s)/mailto addresses), `code` as plain text,
block quotes as paragraphs and simple pipe tables.
"""

from __future__ import annotations

import re
import string

from editor.core.importers.cleanup import Cleaner, is_real_url
from editor.core.model import Block, Cell, Heading, ListItem, Paragraph, Policy, PolicyMeta, Run, Table, merge_runs

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:\s+(.*))?$")  # (.*?)\s*$ was quadratic on long space runs
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_HR = re.compile(r"^ {0,3}([-*_])(?:\s*\1){2,}\s*$")
_LIST = re.compile(r"^(\s*)([-*+]|\d{1,9}[.)])(?:\s+(.*)|\s*)$")
_SEP_CELL = re.compile(r":?-+:?")
_FENCE = re.compile(r"^\s*(```|~~~)")
_QUOTE = re.compile(r"^\s*>\s?")
_LINK = re.compile(r"\[((?:[^\[\]\\]|\\.)*)\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]+)>")
_UNDERLINE = re.compile(r"<u>(.*?)</u>", re.S | re.I)
_BR = re.compile(r"<br\s*/?>", re.I)
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_PUNCT = set(string.punctuation)


def _run_length(s: str, i: int, ch: str) -> int:
    j = i
    while j < len(s) and s[j] == ch:
        j += 1
    return j - i


def _fmt(base: Run, **changes: object) -> Run:
    run = Run("", base.bold, base.italic, base.underline, base.link)
    for key, value in changes.items():
        setattr(run, key, value)
    return run


def _find_closing(s: str, delim: str, start: int, dead: dict[str, int]) -> int:
    """Index of the closing delimiter for an emphasis opened just before `start`, or -1.

    Whether a position can close depends only on the text around it, so once a search from
    `start` found nothing, no later start will: `dead` remembers that and keeps this linear.
    """
    if start >= dead.get(delim, len(s) + 1):
        return -1
    j = start
    while True:
        j = s.find(delim, j)
        if j < 0:
            dead[delim] = min(start, dead.get(delim, start))
            return -1
        if j > start and not s[j - 1].isspace() and s[j - 1] != "\\":
            after = s[j + len(delim) : j + len(delim) + 1]
            if delim[0] == "_" and after.isalnum():
                j += 1
                continue
            # A single "*" must not close on half of a "**".
            if len(delim) == 1 and (after == delim or s[j - 1] == delim):
                j += 1
                continue
            return j
        j += 1


def parse_inline(s: str, base: Run | None = None) -> list[Run]:
    base = base or Run("")
    out: list[Run] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            out.append(_fmt(base, text="".join(buf)))
            buf.clear()

    i = 0
    n = len(s)
    dead: dict[str, int] = {}
    while i < n:
        c = s[i]
        if c == "\\" and i + 1 < n and s[i + 1] in _PUNCT:
            buf.append(s[i + 1])
            i += 2
            continue
        if c == "`":
            ticks = _run_length(s, i, "`")
            key = "`" * ticks
            end = -1 if i >= dead.get(key, n + 1) else s.find(key, i + ticks)
            if end < 0:
                dead[key] = min(i, dead.get(key, i))
            if end > 0:
                buf.append(s[i + ticks : end].strip())
                i = end + ticks
                continue
        if c == "[":
            m = _LINK.match(s, i)
            if m:
                flush()
                url = m.group(2)
                out.extend(parse_inline(m.group(1), _fmt(base, link=url if is_real_url(url) else base.link)))
                i = m.end()
                continue
        if c == "<":
            m = _AUTOLINK.match(s, i)
            if m:
                flush()
                out.append(_fmt(base, text=m.group(1).removeprefix("mailto:"), link=m.group(1)))
                i = m.end()
                continue
            # A failed <u> match means no "</u>" follows: later "<u>"s need not search again.
            m = None if i >= dead.get("</u>", n + 1) else _UNDERLINE.match(s, i)
            if m is None and s[i : i + 3].lower() == "<u>":
                dead["</u>"] = min(i, dead.get("</u>", i))
            if m:
                flush()
                out.extend(parse_inline(m.group(1), _fmt(base, underline=True)))
                i = m.end()
                continue
            m = _BR.match(s, i)
            if m:
                buf.append(" ")
                i = m.end()
                continue
            m = _TAG.match(s, i)
            if m:
                i = m.end()
                continue
        if c in "*_":
            run_len = _run_length(s, i, c)
            delim = c * min(run_len, 3)
            opens = i + len(delim) < n and not s[i + len(delim)].isspace()
            if c == "_" and i > 0 and s[i - 1].isalnum():
                opens = False  # snake_case words are not emphasis
            if opens:
                j = _find_closing(s, delim, i + len(delim), dead)
                if j > 0:
                    flush()
                    inner = s[i + len(delim) : j]
                    changes: dict[str, object] = {}
                    if len(delim) >= 2:
                        changes["bold"] = True
                    if len(delim) in (1, 3):
                        changes["italic"] = True
                    out.extend(parse_inline(inner, _fmt(base, **changes)))
                    i = j + len(delim)
                    continue
            buf.append(delim)
            i += len(delim)
            continue
        buf.append(c)
        i += 1
    flush()
    return merge_runs(out)


def _is_table_sep(line: str) -> bool:
    """A table's separator row ("|---|:--:|"), checked cell by cell (no regex backtracking)."""
    line = line.strip()
    if "-" not in line:
        return False
    line = line.removeprefix("|").removesuffix("|")
    return all(_SEP_CELL.fullmatch(cell.strip()) for cell in line.split("|"))


def _split_row(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    cells = re.split(r"(?<!\\)\|", line)
    return [c.strip().replace("\\|", "|") for c in cells]


def parse_markdown(text: str, cleaner: Cleaner | None = None) -> tuple[Policy, list[str]]:
    cleaner = cleaner or Cleaner()
    lines = text.split("\n")
    blocks: list[Block] = []
    para: list[str] = []
    list_indents: list[int] = []
    last_item: ListItem | None = None
    last_item_src: list[str] = []

    def runs_of(src: str) -> list[Run]:
        runs = cleaner.runs(parse_inline(src.strip()))
        if runs:
            runs[0].text = runs[0].text.lstrip()
            runs[-1].text = runs[-1].text.rstrip()
        return [r for r in runs if r.text]

    def flush_para() -> None:
        if para:
            runs = runs_of(" ".join(p.strip() for p in para))
            if runs:
                blocks.append(Paragraph(runs=runs))
            para.clear()

    def end_item() -> None:
        nonlocal last_item
        if last_item is not None:
            last_item.runs = runs_of(" ".join(last_item_src))
            last_item = None
            last_item_src.clear()

    def end_list() -> None:
        end_item()
        list_indents.clear()

    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        if not line.strip():
            flush_para()
            end_item()
            i += 1
            continue
        if _FENCE.match(line):
            flush_para()
            end_list()
            fence = _FENCE.match(line).group(1)  # type: ignore[union-attr]
            i += 1
            while i < len(lines) and not lines[i].strip().startswith(fence):
                if lines[i].strip():
                    blocks.append(Paragraph(runs=[Run(cleaner.text(lines[i].strip()))]))
                i += 1
            i += 1
            continue
        atx = _ATX.match(line)
        if atx:
            flush_para()
            end_list()
            runs = runs_of((atx.group(2) or "").strip())
            if runs:
                blocks.append(Heading(runs=runs, level=min(3, len(atx.group(1)))))
            i += 1
            continue
        setext = _SETEXT.match(line)
        if setext and para and last_item is None:
            level = 1 if setext.group(1)[0] == "=" else 2
            runs = runs_of(" ".join(p.strip() for p in para))
            para.clear()
            if runs:
                blocks.append(Heading(runs=runs, level=level))
            i += 1
            continue
        if _HR.match(line):
            flush_para()
            end_list()
            i += 1
            continue
        if "|" in line and i + 1 < len(lines) and _is_table_sep(lines[i + 1]):
            flush_para()
            end_list()
            rows = [_split_row(line)]
            i += 2
            while i < len(lines) and lines[i].strip() and "|" in lines[i]:
                rows.append(_split_row(lines[i]))
                i += 1
            width = max(len(r) for r in rows)
            table_rows = [[Cell(runs_of(c)) for c in r + [""] * (width - len(r))] for r in rows]
            # A header row with only empty cells is how Markdown writes a table without header.
            header = 0 if all(not c.runs for c in table_rows[0]) else 1
            blocks.append(Table(rows=table_rows[1:] if header == 0 else table_rows, header_rows=header))
            continue
        item = _LIST.match(line)
        if item and (not para or item.group(2)[0] in "-*+" or item.group(2)[:-1] == "1"):
            flush_para()  # a list may interrupt a paragraph, as in CommonMark
            end_item()
            indent = len(item.group(1).expandtabs(4))
            while list_indents and indent < list_indents[-1]:
                list_indents.pop()
            if not list_indents or indent > list_indents[-1]:
                list_indents.append(indent)
            marker = item.group(2)
            last_item = ListItem(ordered=marker[0].isdigit(), level=min(len(list_indents) - 1, 5))
            last_item_src.append(item.group(3) or "")
            blocks.append(last_item)
            i += 1
            continue
        if last_item is not None:
            last_item_src.append(line.strip())  # continuation line of a list item
            i += 1
            continue
        if list_indents and not para and line.startswith(" "):
            pass  # an indented paragraph after a list item: an ordinary paragraph for us
        else:
            end_list()
        para.append(_QUOTE.sub("", line))
        i += 1
    flush_para()
    end_item()
    blocks = [b for b in blocks if not isinstance(b, ListItem) or b.runs]
    meta = PolicyMeta()
    for block in blocks:
        if isinstance(block, Heading) and block.level == 1:
            meta.title = block.text.strip()
            break
    return Policy(blocks=blocks, meta=meta), cleaner.warnings()
