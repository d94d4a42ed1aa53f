"""Fuzz every importer and exporter (issue 15): any input ends in a result or a UserError.

Hypothesis generates texts built from each format's special tokens, damaged files (valid
files with bytes flipped, cut or inserted), arbitrary .ppe JSON and arbitrary policies.
Each example must finish within DEADLINE_MS, and the whole module must not grow the
process's peak memory by more than RSS_BUDGET_MB. The only accepted failure is UserError.
Derandomized, so CI sees the same cases every run.
"""

from __future__ import annotations

import json
import resource
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.hostile_inputs import docx_bytes
from editor.core import native
from editor.core.errors import UserError
from editor.core.export import build_docx, render_html
from editor.core.importers import import_text, load_document
from editor.core.importers.render import to_markdown, to_plain_text
from editor.core.model import Cell, Heading, ListItem, Paragraph, Policy, Run, Table

DEADLINE_MS = 3_000
RSS_BUDGET_MB = 300
FUZZ = settings(
    derandomize=True,
    database=None,
    deadline=DEADLINE_MS,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)

TOKENS = {
    "txt": ["\n", "\n\n", "  ", "\t", "1. ", "1.1 ", "a) ", "- ", "• ", "Artikel 3 ", "HOOFDSTUK", ":", ". ",
            "&amp;", "&lt", "&#x1F600;", "[a_b]", "[/a_b]", "[x](https://a.nl)", "mailto:a@b.nl", "\u00a0",
            "\u200b", "\x00", "\ud800", "\x0c", "\r\n"],
    "md": ["#", "# ", "###### ", "\n", "\n\n", "===", "---", "***", "|", "|---|", "- ", "* ", "1. ", "    ", "> ",
           "```", "`", "**", "__", "_", "*", "[", "](", ")", "<u>", "</u>", "<br>", "<https://a.nl>", "\\",
           "![x](y)", "\ud800", "\x00"],
    "html": ["<p>", "</p>", "<h1>", "</h1>", "<h4>", "<ul>", "<ol>", "<li>", "</li>", "</ul>", "<table>", "<tr>",
             "<td colspan=99999>", "<th>", "</td>", "</table>", "<br>", "<b>", "<i>", "<u>", "<a href='", "'>",
             "</a>", "<script>", "</script>", "<main>", "<nav>", "<!DOCTYPE x [", "]>", "<!ENTITY e 'x'>", "&e;",
             "<meta charset='rot13'>", "<?xml version='1.0'?>", "<p style='mso-list:l0 level9'>", "<div>",
             "<header>", "<article>", "<!--", "-->", "<![CDATA[", "]]>", "\x00", "\ud800"],
}


def _token_text(fmt: str) -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(TOKENS[fmt]), st.text(max_size=12))
    return st.lists(piece, max_size=60).map("".join)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.fixture(scope="module", autouse=True)
def _memory_budget():
    before = _peak_mb()
    yield
    assert _peak_mb() - before < RSS_BUDGET_MB, f"fuzzing raised the peak RSS by {_peak_mb() - before:.0f} MB"


def _exports(policy: Policy) -> None:
    """Every exporter on an imported or generated policy: result or UserError."""
    try:
        render_html(policy)
        render_html(policy, fragment=True, toc=True)
        to_markdown(policy)
        to_plain_text(policy)
        native.loads(native.dumps(policy))
    except UserError:
        pass


@settings(FUZZ, max_examples=700)
@given(fmt=st.sampled_from(["txt", "md", "html"]), data=st.data())
def test_text_importers_end_in_a_result_or_a_user_error(fmt: str, data: st.DataObject) -> None:
    text = data.draw(_token_text(fmt))
    try:
        result = import_text(text, fmt)
    except UserError:
        return
    _exports(result.policy)


_SAMPLE_TEXT = "Privacyverklaring\n\n1. Wie zijn wij?\n\nWij zijn ACME.\n- punt een\n- punt twee\n"
_VALID: dict[str, bytes] = {
    ".txt": _SAMPLE_TEXT.encode(),
    ".md": b"# Privacy\n\n- a\n  - b\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[x](https://a.nl) **vet**\n",
    ".html": b"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body><h1>P</h1><ul><li>a<ol><li>b</li>"
             b"</ol></li></ul><table><tr><th>a</th></tr><tr><td>1</td></tr></table></body></html>",
    ".ppe": native.dumps(import_text(_SAMPLE_TEXT).policy).encode(),
    ".docx": docx_bytes(
        '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Privacy</w:t></w:r></w:p>'
        '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Tekst</w:t></w:r><w:hyperlink r:id="rId9"><w:r><w:t>link</w:t>'
        "</w:r></w:hyperlink></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>c</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
        compression=0,  # stored: flipped bytes land in the XML, not only in deflate streams
    ),
}


@st.composite
def _damaged(draw: st.DrawFn) -> tuple[str, bytes]:
    ext = draw(st.sampled_from(sorted(_VALID)))
    data = bytearray(_VALID[ext])
    for _ in range(draw(st.integers(0, 6))):
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        action = draw(st.sampled_from(["flip", "cut", "insert", "truncate"]))
        if action == "flip" and data:
            data[pos] = draw(st.integers(0, 255))
        elif action == "cut":
            del data[pos : pos + draw(st.integers(1, 64))]
        elif action == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=32))
        elif action == "truncate":
            del data[pos:]
    return ext, bytes(data)


@settings(FUZZ, max_examples=900)
@given(case=_damaged())
def test_damaged_files_end_in_a_result_or_a_user_error(case: tuple[str, bytes], tmp_path_factory) -> None:
    ext, data = case
    path = Path(tmp_path_factory.mktemp("fuzz")) / f"input{ext}"
    path.write_bytes(data)
    try:
        result = load_document(path)
    except UserError:
        return
    _exports(result.policy)


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
_any_number = st.one_of(st.integers(), st.floats(), st.text(max_size=4), st.none(), st.booleans())
_block = st.fixed_dictionaries(
    {"type": st.sampled_from(["heading", "paragraph", "list_item", "table", "x"])},
    optional={
        "runs": st.lists(st.one_of(st.fixed_dictionaries({"text": st.text(max_size=10)}), _json), max_size=3),
        "level": _any_number, "header_rows": _any_number, "ordered": _json, "id": _json,
        "rows": st.lists(st.lists(st.lists(st.fixed_dictionaries({"text": st.text(max_size=5)}), max_size=2),
                                  max_size=5), max_size=5) | _json,
    },
)


@settings(FUZZ, max_examples=700)
@given(meta=_json, blocks=st.one_of(st.lists(_block, max_size=6), _json), version=_any_number)
def test_native_files_end_in_a_result_or_a_user_error(meta: object, blocks: object, version: object) -> None:
    doc = {"format": "privacy-policy-editor", "version": version, "meta": meta, "blocks": blocks}
    try:
        policy = native.loads(json.dumps(doc))
    except UserError:
        return
    _exports(policy)


_runs = st.lists(st.builds(Run, st.text(max_size=30), st.booleans(), st.booleans(), st.booleans(),
                           st.one_of(st.none(), st.text(max_size=20), st.just("javascript:alert(1)"))), max_size=4)
_blocks = st.one_of(
    st.builds(Heading, runs=_runs, level=st.integers(-5, 10**9)),
    st.builds(Paragraph, runs=_runs),
    st.builds(ListItem, runs=_runs, ordered=st.booleans(), level=st.integers(-5, 10**9)),
    st.builds(Table, rows=st.lists(st.lists(st.builds(Cell, _runs), max_size=6), max_size=6),
              header_rows=st.integers(-3, 10**6)),
)


_policies = st.builds(
    lambda blocks, title, version: _policy(blocks, title, version),
    st.lists(_blocks, max_size=8), st.text(max_size=400), st.text(max_size=300),
)


def _policy(blocks: list, title: str, version: str) -> Policy:
    policy = Policy(blocks=blocks)
    policy.meta.title, policy.meta.version, policy.meta.organisation.name = title, version, title
    return policy


@settings(FUZZ, max_examples=600)
@given(policy=_policies)
def test_text_exporters_take_any_policy(policy: Policy) -> None:
    """Policies as the GUI could hold them (unbounded levels, ragged tables, odd text)."""
    _exports(policy)


@settings(FUZZ, max_examples=150)
@given(policy=_policies)
def test_docx_export_takes_any_policy(policy: Policy) -> None:
    try:
        build_docx(policy, toc=True)
    except UserError:
        pass
