"""DOCX with tracked changes: the blocks "fill every gap" inserted become real Word revisions
(w:ins with author and date) against the original text, so the client can accept or reject
each clause in Word or LibreOffice.

Every run of an inserted paragraph is wrapped in <w:ins>, and the paragraph mark itself is
marked inserted (w:pPr/w:rPr/w:ins): rejecting the change then removes the whole paragraph,
accepting it keeps the text exactly as the completed policy has it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from editor.core.atomic import atomic_write_bytes
from editor.core.model import Policy

DEFAULT_AUTHOR = "privacy-editor"


class _Revisions:
    def __init__(self, author: str, date: str) -> None:
        self.author = author or DEFAULT_AUTHOR
        self.date = date
        self.next_id = 9000  # revision ids only need to be unique in the document

    def ins(self) -> OxmlElement:
        el = OxmlElement("w:ins")
        el.set(qn("w:id"), str(self.next_id))
        el.set(qn("w:author"), self.author)
        el.set(qn("w:date"), self.date)
        self.next_id += 1
        return el

    def mark_paragraph(self, p) -> None:  # noqa: ANN001 - a CT_P
        for child in list(p):
            if child.tag == qn("w:r"):
                wrapper = self.ins()
                child.addprevious(wrapper)
                wrapper.append(child)
            elif child.tag == qn("w:hyperlink"):  # w:ins may not hold a hyperlink: wrap its runs
                for run in [r for r in child if r.tag == qn("w:r")]:
                    wrapper = self.ins()
                    run.addprevious(wrapper)
                    wrapper.append(run)
        ppr = p.get_or_add_pPr()
        rpr = ppr.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            # Schema order: rPr comes after the other paragraph properties, before sectPr/pPrChange.
            follower = next((c for c in ppr if c.tag in (qn("w:sectPr"), qn("w:pPrChange"))), None)
            if follower is not None:
                follower.addprevious(rpr)
            else:
                ppr.append(rpr)
        rpr.insert(0, self.ins())

    def __call__(self, inserted: Iterable[str]):  # noqa: ANN204
        wanted = set(inserted)

        def apply(paragraphs_of: dict[str, list]) -> None:
            for block_id in wanted:
                for p in paragraphs_of.get(block_id, []):
                    self.mark_paragraph(p)

        return apply


def build_docx_tracked(
    policy: Policy, inserted_ids: Iterable[str], *, author: str = DEFAULT_AUTHOR, date: str = "", template: str | None = None
) -> bytes:
    """The policy as .docx bytes, the blocks in `inserted_ids` as tracked insertions."""
    from editor.core.export.docx_export import build_docx

    stamp = date or dt.datetime.now(dt.UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
    revisions = _Revisions(author, stamp)(inserted_ids)
    # No "last updated" line: it is not part of the original text, and is not a tracked change.
    return build_docx(policy, template=template, updated_line=False, revisions=revisions)


def export_docx_tracked(
    policy: Policy, path: str | Path, inserted_ids: Iterable[str], *, author: str = DEFAULT_AUTHOR, date: str = "",
    template: str | None = None,
) -> None:
    """Write the redline atomically."""
    if template is None:
        from editor.core.settings import Settings

        template = Settings.load().docx_template or None
    atomic_write_bytes(path, build_docx_tracked(policy, inserted_ids, author=author, date=date, template=template))
