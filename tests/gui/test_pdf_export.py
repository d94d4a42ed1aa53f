"""PDF export through Qt (editor/gui/pdf_export.py): A4, headings, page numbers, searchable text."""

from __future__ import annotations

import random
import subprocess
from pathlib import Path

import pytest
from test_export_tools import corpus_policies, first_sentence, pdf_info, pdf_text, require, rich_policy, squash

from editor.core.errors import WriteError
from editor.core.model import Heading, Paragraph, Policy, PolicyMeta, Run


@pytest.fixture
def pdf_module(qapp):  # noqa: ANN001, ANN201 - pytest-qt's QApplication must exist before painting
    from editor.gui import pdf_export

    return pdf_export


def _page_texts(path: Path, pages: int) -> list[str]:
    require("poppler")
    return [
        subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), str(path), "-"],
                       capture_output=True, text=True, check=True).stdout
        for i in range(1, pages + 1)
    ]


def test_rich_policy_pdf(pdf_module, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "beleid.pdf"
    pdf_module.export_pdf(rich_policy(), out, toc=True)
    info = pdf_info(out)
    assert info["Page size"].startswith("595") and "842" in info["Page size"]  # A4 in points
    assert info["Title"] == "Privacyverklaring Voorbeeld bv"
    assert info["Author"] == "Voorbeeld bv"
    text = pdf_text(out)
    flat = squash(text)
    for heading in rich_policy().headings():
        assert heading.text in flat
    assert "Laatst bijgewerkt op 1 november 2026 (versie 2.1)" in flat
    assert "aandachtig" in flat, "ligatures must not break words in the text layer"
    assert f"Pagina 1 van {info['Pages']}" in flat
    lines = [line.strip() for line in text.splitlines()]
    assert "a. Onderdeel a" in lines and "1. Nieuwe lijst, eerste punt" in lines
    raw = out.read_bytes()  # links are clickable: link annotations with the URI
    assert b"/URI (https://example.be/privacy)" in raw and b"/URI (mailto:privacy@example.be)" in raw


def test_corpus_policies_to_pdf(pdf_module, tmp_path: Path) -> None:  # noqa: ANN001
    for name, policy in corpus_policies().items():
        out = tmp_path / f"{name}.pdf"
        pdf_module.export_pdf(policy, out)
        pages = int(pdf_info(out)["Pages"])
        words = sum(len(b.text.split()) for b in policy.blocks)
        assert 1 <= pages <= words // 150 + 3, (name, pages)
        flat = squash(pdf_text(out))
        for heading in policy.headings():
            assert squash(heading.text) in flat, (name, heading.text)
        assert first_sentence(policy) in flat, name
        texts = _page_texts(out, pages)
        assert f"Pagina {pages} van {pages}" in texts[-1]
        heading_texts = {squash(h.text) for h in policy.headings()}
        for number, page in enumerate(texts[:-1], start=1):
            lines = [squash(line) for line in page.splitlines() if line.strip()]
            assert lines[-1] == f"Pagina {number} van {pages}"
            # No page may end with a heading (also not with the last line of a wrapped one).
            assert not any(h.endswith(lines[-2]) for h in heading_texts), (name, number, lines[-2])


def test_headings_are_not_left_at_the_bottom_of_a_page(pdf_module, tmp_path: Path) -> None:  # noqa: ANN001
    rng = random.Random(3)
    blocks = [Heading(runs=[Run("Lange verklaring")], level=1)]
    for i in range(40):
        blocks.append(Heading(runs=[Run(f"Onderwerp nummer {i}")], level=2))
        words = " ".join(rng.choice(["gegevens", "verwerking", "bewaren", "rechten", "wij", "u"]) for _ in range(
            rng.randint(20, 140)))
        blocks.append(Paragraph(runs=[Run(words.capitalize() + ".")]))
    policy = Policy(blocks=blocks, meta=PolicyMeta(title="Lange verklaring"))
    out = tmp_path / "lang.pdf"
    pdf_module.export_pdf(policy, out)
    pages = int(pdf_info(out)["Pages"])
    assert pages >= 3
    headings = {f"Onderwerp nummer {i}" for i in range(40)}
    for number, page in enumerate(_page_texts(out, pages), start=1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        assert lines[-1] == f"Pagina {number} van {pages}"
        assert lines[-2] not in headings, f"heading alone at the bottom of page {number}"


def test_unwritable_target(pdf_module, tmp_path: Path) -> None:  # noqa: ANN001
    with pytest.raises(WriteError):
        pdf_module.export_pdf(rich_policy(), tmp_path / "nope" / "x.pdf")
