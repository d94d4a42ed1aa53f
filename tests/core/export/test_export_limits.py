"""Exports hold any policy within the formats' limits (issue 15)."""

from __future__ import annotations

import io

import docx

from editor.core.export import build_docx, render_html
from editor.core.importers.render import to_markdown
from editor.core.model import Cell, Heading, ListItem, Paragraph, Policy, Run, Table


def test_a_first_heading_over_255_characters_exports_with_a_cut_title() -> None:
    heading = "Privacyverklaring " + "van een heel lange organisatie " * 20
    policy = Policy(blocks=[Heading(runs=[Run(heading)], level=1), Paragraph(runs=[Run("Tekst.")])])
    policy.meta.version = "v" * 400
    document = docx.Document(io.BytesIO(build_docx(policy)))
    title = document.core_properties.title
    assert 200 < len(title) <= 255 and title.endswith("…") and title.startswith("Privacyverklaring van")
    assert heading.strip() in "\n".join(p.text for p in document.paragraphs)  # the text itself is whole


def test_list_levels_from_a_damaged_document_do_not_blow_up_markdown() -> None:
    policy = Policy(blocks=[ListItem(runs=[Run("diep")], level=10**9)])
    assert len(to_markdown(policy)) < 100


def test_ragged_table_exports_to_html_and_docx() -> None:
    table = Table(rows=[[Cell([Run("a")]), Cell([Run("b")]), Cell([Run("c")])], [Cell([Run("d")])]])
    policy = Policy(blocks=[table])
    html = render_html(policy, fragment=True)
    assert html.count("<td") == 6  # the short row is filled out only to the table's width
    document = docx.Document(io.BytesIO(build_docx(policy)))
    assert [c.text for c in document.tables[0].rows[1].cells] == ["d", "", ""]
