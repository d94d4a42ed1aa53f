"""HTML export: one valid HTML5 file with embedded print CSS, or a fragment for a CMS.

The page is built as an lxml element tree and serialised by lxml, so all document text is
escaped by construction. Links survive only for http, https and mailto; any other link
(javascript:, data:, file:, ...) is written as plain text.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from lxml import etree, html
from lxml.html import builder as E

from editor import __version__
from editor.core.atomic import atomic_write_text
from editor.core.export.common import (
    ListGroup,
    clean_line,
    clean_runs,
    clean_text,
    document_title,
    group_blocks,
    html_language,
    normalised_levels,
    slugify,
    title_block_index,
    updated_line,
)
from editor.core.model import Heading, ListItem, Paragraph, Policy, Run, Table
from editor.core.paths import resources_dir

TOC_LABEL = "Inhoudsopgave"
TOC_TITLE = "Inhoud"


@functools.cache
def default_stylesheet() -> str:
    """The shipped print-friendly CSS (resources/export/html.css)."""
    return (resources_dir() / "export" / "html.css").read_text(encoding="utf-8")


def _append_text(parent: etree._Element, text: str) -> None:
    """Append text to `parent`, turning newlines inside a block into <br>."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            br = etree.SubElement(parent, "br")
            br.tail = ""
            target, attr = br, "tail"
        elif len(parent):
            target, attr = parent[-1], "tail"
        else:
            target, attr = parent, "text"
        if line:
            setattr(target, attr, (getattr(target, attr) or "") + line)


def _append_runs(parent: etree._Element, runs: list[Run], *, single_line: bool = False) -> None:
    """Inline content: <a> outermost so one link spanning several formats stays one link."""
    runs = clean_runs(runs, single_line=single_line)
    i = 0
    while i < len(runs):
        link = runs[i].link
        j = i
        while j < len(runs) and runs[j].link == link:
            j += 1
        holder = etree.SubElement(parent, "a", href=link) if link else parent
        for run in runs[i:j]:
            target = holder
            for flag, tag in ((run.bold, "strong"), (run.italic, "em"), (run.underline, "u")):
                if flag:
                    target = etree.SubElement(target, tag)
            _append_text(target, run.text)
        i = j


def _without_numbering(text: str) -> str:
    """"3.1 Bewaartermijn" -> "Bewaartermijn": section numbers make poor ids."""
    stripped = re.sub(r"^\s*(artikel\s+)?[\divxIVX]+([.)]\d*)*[.):\-\u2013\s]+", "", text, flags=re.IGNORECASE)
    return stripped if stripped.strip() else text


def _heading_tag(level: int) -> str:
    return f"h{max(1, min(3, level))}"


class _Builder:
    def __init__(self, policy: Policy, *, toc: bool, updated: bool, add_title: bool) -> None:
        self.policy = policy
        self.toc = toc
        self.updated = updated
        self.add_title = add_title
        self.used_ids: set[str] = set()
        self.toc_entries: list[tuple[int, str, str]] = []  # (level, id, text)

    def build(self, root: etree._Element) -> None:
        policy = self.policy
        title_index = title_block_index(policy)
        blocks = list(policy.blocks)
        # Section stack: (heading level, <section> element); the root has level 0.
        stack: list[tuple[int, etree._Element]] = [(0, root)]
        if title_index is not None:
            title = blocks[title_index]
            assert isinstance(title, Heading)
            for block in blocks[:title_index]:  # only blank blocks can come before the title
                self._emit(root, block)
            h1 = etree.SubElement(root, "h1", id=slugify(title.text, self.used_ids))
            _append_runs(h1, title.runs, single_line=True)
            blocks = blocks[title_index + 1 :]
        elif self.add_title and not any(
            isinstance(b, Heading) and b.level <= 1 and clean_text(b.text).strip() for b in blocks
        ):
            # A page needs one h1: a policy without a level-1 heading gets its title as h1.
            text = document_title(policy)
            h1 = etree.SubElement(root, "h1", id=slugify(text, self.used_ids))
            h1.text = text
        line = updated_line(policy) if self.updated else None
        if line:
            p = etree.SubElement(root, "p", {"class": "updated"})
            p.text = line
        toc_slot = etree.SubElement(root, "nav") if self.toc else None
        for item in group_blocks(blocks):
            if isinstance(item, Heading) and item.text.strip():
                level = max(1, min(3, item.level))
                while stack[-1][0] >= level:
                    stack.pop()
                section = etree.SubElement(stack[-1][1], "section")
                heading_id = slugify(_without_numbering(item.text), self.used_ids)
                section.set("aria-labelledby", heading_id)
                h = etree.SubElement(section, _heading_tag(level), id=heading_id)
                _append_runs(h, item.runs, single_line=True)
                self.toc_entries.append((level, heading_id, " ".join(clean_line(item.text).split())))
                stack.append((level, section))
            else:
                self._emit(stack[-1][1], item)
        if toc_slot is not None:
            self._fill_toc(toc_slot)

    def _emit(self, parent: etree._Element, item: object) -> None:
        if isinstance(item, ListGroup):
            self._list(parent, item.items)
        elif isinstance(item, Table):
            self._table(parent, item)
        elif isinstance(item, (Paragraph, Heading)):
            if not clean_text(item.text).strip():
                return  # empty paragraphs carry nothing and trip accessibility checks as headings
            p = etree.SubElement(parent, "p")
            _append_runs(p, item.runs)

    def _list(self, parent: etree._Element, items: list[ListItem]) -> None:
        # Stack of open lists: (level, ordered, <ol>/<ul>)
        stack: list[tuple[int, bool, etree._Element]] = []
        last_li: etree._Element | None = None
        for item, level in zip(items, normalised_levels(items), strict=True):
            while stack and (stack[-1][0] > level or (stack[-1][0] == level and stack[-1][1] != item.ordered)):
                stack.pop()
            if not stack or stack[-1][0] < level:
                host = parent if not stack else last_li
                assert host is not None
                lst = etree.SubElement(host, "ol" if item.ordered else "ul")
                stack.append((level, item.ordered, lst))
            li = etree.SubElement(stack[-1][2], "li")
            _append_runs(li, item.runs)
            last_li = li

    def _table(self, parent: etree._Element, table: Table) -> None:
        rows = table.rows
        if not rows:
            return
        width = max(len(r) for r in rows)
        if width == 0:
            return
        el = etree.SubElement(parent, "table")
        header_rows = max(0, min(table.header_rows, len(rows)))
        if header_rows:
            thead = etree.SubElement(el, "thead")
            for row in rows[:header_rows]:
                tr = etree.SubElement(thead, "tr")
                for cell in row + [None] * (width - len(row)):
                    th = etree.SubElement(tr, "th", scope="col")
                    if cell is not None:
                        _append_runs(th, cell.runs)
        if len(rows) > header_rows:
            tbody = etree.SubElement(el, "tbody")
            for row in rows[header_rows:]:
                tr = etree.SubElement(tbody, "tr")
                for cell in row + [None] * (width - len(row)):
                    td = etree.SubElement(tr, "td")
                    if cell is not None:
                        _append_runs(td, cell.runs)

    def _fill_toc(self, nav: etree._Element) -> None:
        if not self.toc_entries:
            nav.getparent().remove(nav)
            return
        nav.set("class", "toc")
        nav.set("aria-label", TOC_LABEL)
        title = etree.SubElement(nav, "p", {"class": "toc-title"})
        title.text = TOC_TITLE
        top = min(level for level, _, _ in self.toc_entries)
        stack: list[tuple[int, etree._Element]] = [(top, etree.SubElement(nav, "ol"))]
        last_li: etree._Element | None = None
        for level, heading_id, text in self.toc_entries:
            level = max(top, min(level, stack[-1][0] + 1))
            while stack[-1][0] > level:
                stack.pop()
            if stack[-1][0] < level and last_li is not None:
                stack.append((level, etree.SubElement(last_li, "ol")))
            li = etree.SubElement(stack[-1][1], "li")
            a = etree.SubElement(li, "a", href=f"#{heading_id}")
            a.text = text
            last_li = li


def build_content(
    policy: Policy,
    *,
    fragment: bool = False,
    toc: bool = False,
    updated_line: bool = True,
    add_title: bool | None = None,
) -> etree._Element:
    """The policy's content as one element: <article> (page) or <div> (fragment).

    add_title (default: not for fragments) puts the document title in an h1 when the policy has
    no level-1 heading; a CMS page has its own h1. Shared with the PDF export.
    """
    container = E.DIV({"class": "privacy-policy"}) if fragment else E.ARTICLE({"class": "privacy-policy"})
    if add_title is None:
        add_title = not fragment
    _Builder(policy, toc=toc, updated=updated_line, add_title=add_title).build(container)
    return container


def render_html(
    policy: Policy,
    *,
    fragment: bool = False,
    toc: bool = False,
    updated_line: bool = True,
    stylesheet: str | None = None,
) -> str:
    """The policy as HTML text.

    fragment=True gives only the content (one <div lang=...>) for pasting into a CMS;
    otherwise a complete HTML5 document with the embedded print-friendly CSS
    (`stylesheet` replaces the shipped CSS).
    """
    lang = html_language(policy)
    container = build_content(policy, fragment=fragment, toc=toc, updated_line=updated_line)
    if fragment:
        container.set("lang", lang)
        # The CMS page brings its own CSS; this one rule keeps a very long word from breaking its layout.
        container.set("style", "overflow-wrap: anywhere")
        return html.tostring(container, encoding="unicode", method="html", pretty_print=True)
    org = " ".join(clean_line(policy.meta.organisation.name).split())
    head = E.HEAD(
        E.META(charset="utf-8"),
        E.META(name="viewport", content="width=device-width, initial-scale=1"),
        E.TITLE(document_title(policy)),
    )
    if org:
        head.append(E.META(name="author", content=org))
    head.append(E.META(name="generator", content=f"privacy-editor {__version__}"))
    head.append(E.STYLE(default_stylesheet() if stylesheet is None else stylesheet))
    page = E.HTML(head, E.BODY(E.MAIN(container)), lang=lang)
    return html.tostring(page, encoding="unicode", method="html", doctype="<!DOCTYPE html>", pretty_print=True)


def export_html(policy: Policy, path: str | Path, **kwargs: object) -> None:
    """Write render_html(policy, **kwargs) to `path` atomically (UTF-8)."""
    atomic_write_text(path, render_html(policy, **kwargs))  # type: ignore[arg-type]
