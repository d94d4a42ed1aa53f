"""DOCX import is linear: style lookups are cached, at most 1 ms per paragraph (issue 15).

Before, python-docx searched the whole style list for every paragraph and run: a Word-sized
style list (250 styles) cost 3-20 ms per paragraph and a 2 MB file over ten minutes.
"""

from __future__ import annotations

import time

from bench.hostile_inputs import docx_large
from editor.core.importers.docx_import import parse_docx_bytes


def test_docx_import_takes_under_a_millisecond_per_paragraph() -> None:
    data = docx_large(150_000)  # ~3,500 paragraphs with 250 styles
    parse_docx_bytes(docx_large(5_000))  # import python-docx and lxml outside the timing
    t0 = time.perf_counter()
    policy, _warnings = parse_docx_bytes(data)
    per_paragraph_ms = (time.perf_counter() - t0) * 1000 / len(policy.blocks)
    assert len(policy.blocks) > 3000
    assert per_paragraph_ms < 1.0, f"{per_paragraph_ms:.2f} ms per paragraph"


def test_style_formatting_is_still_read_through_the_cache() -> None:
    policy, _ = parse_docx_bytes(docx_large(20_000))
    # Styles S0..S249 are bold (w:b in the style), runs italic; Heading1 gives headings.
    bold_styled = [b for b in policy.blocks if getattr(b, "runs", None) and b.runs[0].italic]
    assert bold_styled and policy.blocks[0].text == "Artikel 0"
    assert policy.blocks[0].kind == "heading"


def test_heading_inference_keeps_docx_import_under_a_millisecond_per_paragraph() -> None:
    """Issue 14: with no heading styles, bold/larger lines are read once more per paragraph."""
    data = docx_large(150_000, manual_headings=True)  # the same file, headings as bold 14 pt lines
    parse_docx_bytes(docx_large(5_000))
    t0 = time.perf_counter()
    policy, _warnings = parse_docx_bytes(data)
    per_paragraph_ms = (time.perf_counter() - t0) * 1000 / len(policy.blocks)
    headings = [b for b in policy.blocks if b.kind == "heading"]
    assert len(policy.blocks) > 3000 and len(headings) > 100
    assert all(h.text.startswith("Onderdeel ") for h in headings)
    assert per_paragraph_ms < 1.0, f"{per_paragraph_ms:.2f} ms per paragraph"
