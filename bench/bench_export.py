"""Export speed for a synthetic 20k-word policy: DOCX (< 1 s), HTML (< 0.2 s), PDF via Qt (< 2 s).

The policy is bench.util.synthetic_policy_text imported as .txt, with a short list after every
heading and a table every eighth section, so lists and tables are part of what is measured.
"""

from __future__ import annotations

import os
import re

from bench import Figure
from bench.util import median_ms, synthetic_policy_text
from editor.core.export import build_docx, render_html
from editor.core.importers import import_text
from editor.core.model import Cell, Heading, ListItem, Policy, Run, Table


def synthetic_policy(words: int = 20_000) -> Policy:
    policy = import_text(synthetic_policy_text(words)).policy
    blocks = []
    section = 0
    for block in policy.blocks:
        blocks.append(block)
        if isinstance(block, Heading) and block.level > 1:
            section += 1
            blocks += [
                ListItem(runs=[Run("uw "), Run("naam", bold=True), Run(" en adres")], ordered=True),
                ListItem(runs=[Run("uw e-mailadres, zie "), Run("onze site", link="https://example.be")], ordered=True),
                ListItem(runs=[Run("gegevens over uw gebruik van de website")], ordered=True, level=1),
            ]
            if section % 8 == 0:
                rows = [[Cell([Run("Gegevens")]), Cell([Run("Bewaartermijn")])]]
                rows += [[Cell([Run(f"Categorie {i}")]), Cell([Run(f"{i} jaar")])] for i in range(1, 6)]
                blocks.append(Table(rows=rows, header_rows=1))
    policy.blocks = blocks
    policy.ensure_ids()
    return policy


def run() -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    policy = synthetic_policy()
    words = sum(len(b.text.split()) for b in policy.blocks)
    label = f"{words} words, {len(policy.blocks)} blocks"
    figures = [
        Figure(f"export DOCX ({label})", f"{median_ms(lambda: build_docx(policy), repeat=5):.0f} ms", "< 1000 ms"),
        Figure(f"export HTML ({label})", f"{median_ms(lambda: render_html(policy), repeat=7):.0f} ms", "< 200 ms"),
    ]
    from PySide6.QtWidgets import QApplication

    from editor.gui.pdf_export import build_pdf

    _app = QApplication.instance() or QApplication(["bench"])
    ms = median_ms(lambda: build_pdf(policy), repeat=3)
    figures.append(Figure(f"export PDF via Qt ({label}, {_pages(policy)} pages)", f"{ms:.0f} ms", "< 2000 ms"))
    return figures


def _pages(policy: Policy) -> int:
    from editor.gui.pdf_export import build_pdf

    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", build_pdf(policy)))
