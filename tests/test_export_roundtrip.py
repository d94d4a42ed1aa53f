"""Round trip: importing an exported DOCX or HTML gives back the same block structure.

Depends on editor.core.importers (issue 2). Compared per block: kind, heading level, list
ordered/level, text (whitespace-insensitive), and inline bold/italic/underline/link per character.
Exports use updated_line=False: the "Laatst bijgewerkt op …" line is added content, not the policy's.
"""

from __future__ import annotations

import pytest
from test_export_tools import corpus_policies, require_importer, rich_policy

from editor.core.export import build_docx, render_html
from editor.core.model import Block, Heading, ListItem, Policy, Run, Table


def _format_segments(runs: list[Run]) -> list[tuple[str, bool, bool, bool, str | None]]:
    """Non-space characters grouped by format: spacing differences between runs do not count."""
    out: list[tuple[str, bool, bool, bool, str | None]] = []
    for run in runs:
        fmt = (bool(run.bold), bool(run.italic), bool(run.underline), run.link or None)
        chars = "".join(run.text.split())
        if not chars:
            continue
        if out and out[-1][1:] == fmt:
            out[-1] = (out[-1][0] + chars, *fmt)
        else:
            out.append((chars, *fmt))
    return out


def signature(block: Block) -> tuple:
    if isinstance(block, Table):
        return ("table", block.header_rows, [[" ".join(c.text.split()) for c in row] for row in block.rows])
    text = " ".join(block.text.split())
    runs = _format_segments(block.runs)  # type: ignore[attr-defined]
    if isinstance(block, Heading):
        return ("heading", block.level, text, runs)
    if isinstance(block, ListItem):
        return ("list_item", block.ordered, block.level, text, runs)
    return ("paragraph", text, runs)


def structure(policy: Policy) -> list[tuple]:
    return [signature(b) for b in policy.blocks if b.text.strip()]


def _docx_round_trip(policy: Policy) -> Policy:
    from editor.core.importers.docx_import import parse_docx_bytes

    imported, _warnings = parse_docx_bytes(build_docx(policy, updated_line=False))
    return imported


def _html_round_trip(policy: Policy, **kwargs: object) -> Policy:
    from editor.core.importers import import_text

    return import_text(render_html(policy, updated_line=False, **kwargs), "html").policy  # type: ignore[arg-type]


def _assert_same(expected: list[tuple], actual: list[tuple], label: str) -> None:
    for i, (a, b) in enumerate(zip(expected, actual, strict=False)):
        assert a == b, f"{label}: block {i} differs\n expected {str(a)[:300]}\n got      {str(b)[:300]}"
    assert len(expected) == len(actual), f"{label}: {len(expected)} blocks exported, {len(actual)} imported"


@pytest.fixture(autouse=True)
def _importer() -> None:
    require_importer()


def test_rich_policy_round_trips_through_docx() -> None:
    policy = rich_policy()
    _assert_same(structure(policy), structure(_docx_round_trip(policy)), "docx")


def test_rich_policy_round_trips_through_html() -> None:
    policy = rich_policy()
    _assert_same(structure(policy), structure(_html_round_trip(policy)), "html")
    # The table of contents is navigation: it must not come back as document text.
    _assert_same(structure(policy), structure(_html_round_trip(policy, toc=True)), "html+toc")


def test_corpus_round_trips_through_docx() -> None:
    for name, policy in corpus_policies().items():
        _assert_same(structure(policy), structure(_docx_round_trip(policy)), f"docx {name}")


def test_corpus_round_trips_through_html() -> None:
    for name, policy in corpus_policies().items():
        _assert_same(structure(policy), structure(_html_round_trip(policy)), f"html {name}")


def test_metadata_title_survives_docx() -> None:
    policy = rich_policy()
    imported = _docx_round_trip(policy)
    assert imported.meta.title == policy.meta.title


def test_comparison_notices_a_change() -> None:
    """The structure comparison must see a lost bold run or a changed level (else it proves nothing)."""
    policy = rich_policy()
    changed = rich_policy()
    changed.blocks[1].runs[1].bold = False  # type: ignore[attr-defined]
    assert structure(policy) != structure(changed)
    changed = rich_policy()
    changed.blocks[5].level = 0  # type: ignore[attr-defined]
    assert structure(policy) != structure(changed)
