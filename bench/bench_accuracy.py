"""Checklist accuracy on the real policies in ../shared/realworld (see bench/accuracy.py)."""

from __future__ import annotations

import re

from bench import Figure
from bench.accuracy import BASELINE, CLI, REALWORLD, SCORER, evidence_overlap, last_line, score


def run() -> list[Figure]:
    if not SCORER.exists() or not (REALWORLD / "annotations.json").exists():
        return [Figure("accuracy (real policies)", "skipped: ../shared/realworld not found")]
    ours = last_line(score(CLI, REALWORLD))
    base = last_line(score(BASELINE, REALWORLD))

    def pick(line: str, key: str) -> str:
        m = re.search(key + r"=([0-9.]+)", line)
        return m.group(1) if m else "?"

    hit, total, _ = evidence_overlap(REALWORLD)
    return [
        Figure("accuracy: presence F1 (34 real policies)", f"{pick(ours, 'F1')} (keyword search {pick(base, 'F1')})", ">= 0.95"),
        Figure("accuracy: macro F1", f"{pick(ours, 'macro F1')} (keyword search {pick(base, 'macro F1')})", ">= 0.90"),
        Figure("accuracy: gap precision / recall", f"{pick(ours, 'gap P')} / {pick(ours, ' R')}", ">= 0.95 / 0.95"),
        Figure("accuracy: evidence overlaps annotated quote", f"{hit}/{total} = {hit / max(1, total):.3f}", "report"),
        Figure("accuracy: outdated references", re.search(r"outdated [^|]*", ours).group(0) if "outdated" in ours else "?", "all, 0 false"),
    ]
