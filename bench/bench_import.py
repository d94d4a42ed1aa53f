"""Import speed: each corpus file (load_document) and a synthetic 20k-word policy (import_text)."""

from __future__ import annotations

from bench import Figure
from bench.util import median_ms, synthetic_policy_text
from editor.core.importers import import_text, load_document
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
    return figures
