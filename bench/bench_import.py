"""Import speed: each corpus file (load_document), a synthetic 20k-word policy (import_text), and a
~3,500-paragraph DOCX with heading styles and with manual bold 14 pt headings (inferred, issue 14)."""

from __future__ import annotations

from bench import Figure
from bench.hostile_inputs import docx_large
from bench.util import median_ms, synthetic_policy_text
from editor.core.importers import import_text, load_document
from editor.core.importers.docx_import import parse_docx_bytes
from editor.core.paths import corpus_dir


def run() -> list[Figure]:
    figures: list[Figure] = []
    for path in sorted(corpus_dir().glob("*.txt")):
        blocks = len(load_document(path).policy.blocks)
        ms = median_ms(lambda p=path: load_document(p), repeat=7)
        figures.append(Figure(f"import {path.name} ({blocks} blocks)", f"{ms:.1f} ms", "< 100 ms"))
    text = synthetic_policy_text(20_000)
    words = len(text.split())
    blocks = len(import_text(text).policy.blocks)
    ms = median_ms(lambda: import_text(text), repeat=5)
    figures.append(Figure(f"import synthetic {words} words ({blocks} blocks)", f"{ms:.1f} ms", "< 1000 ms"))
    for manual in (False, True):
        data = docx_large(150_000, manual_headings=manual)
        policy = parse_docx_bytes(data)[0]
        heads = sum(1 for b in policy.blocks if b.kind == "heading")
        ms = median_ms(lambda d=data: parse_docx_bytes(d), repeat=3) / len(policy.blocks)
        kind = "manual bold headings" if manual else "heading styles"
        figures.append(Figure(f"import DOCX, {kind} ({len(policy.blocks)} blocks, {heads} headings)",
                              f"{ms:.3f} ms/paragraph", "< 1 ms"))
    return figures
