"""Checklist accuracy on real policies: `make accuracy` (also part of `make bench`).

Scores `privacy-editor check --json` on ../shared/realworld with the project's official scorer
(../shared/tools/score-checklist, the contract of the private evaluation), prints its per-item table
beside the 25-line keyword baseline, and the share of correctly present items whose evidence overlaps
the annotated quote. Real policies are read at run time; none is copied into the project.

usage: python -m bench.accuracy [DATA_DIR ...] [--errors]
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score-checklist"
BASELINE = SHARED / "tools" / "keyword-baseline"
REALWORLD = SHARED / "realworld"
CLI = ROOT / ".venv" / "bin" / "privacy-editor"


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _overlaps(a: str, b: str) -> bool:
    a, b = _norm(a), _norm(b)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    wa, wb = a.split(), b.split()  # a shared run of 5 words counts: quotes are often a clause of a sentence
    runs = {" ".join(wa[i:i + 5]) for i in range(max(1, len(wa) - 4))}
    return any(" ".join(wb[i:i + 5]) in runs for i in range(max(1, len(wb) - 4)))


def evidence_overlap(data: Path) -> tuple[int, int, list[str]]:
    """(true-present items whose evidence overlaps the annotated quote, all true-present items, the misses)."""
    from editor.core.checklist import analyze
    from editor.core.importers import load_document

    hit = total = 0
    misses: list[str] = []
    for ann in json.loads((data / "annotations.json").read_text(encoding="utf-8")):
        report = analyze(load_document(data / ann["file"]).policy, ann.get("country"))
        for item in report.items:
            truth = ann["items"][item.id]
            if item.status != "present" or not truth["present"] or not truth.get("evidence"):
                continue
            total += 1
            quotes = [q for q in truth["evidence"].split(" | ") if q]
            if any(_overlaps(e.text, q) for e in item.evidence for q in quotes):
                hit += 1
            else:
                misses.append(f"{ann['file']:44} {item.id:34} {item.evidence[0].text[:70] if item.evidence else ''}")
    return hit, total, misses


def score(tool: Path, data: Path, *flags: str) -> str:
    out = subprocess.run([sys.executable, str(SCORER), str(tool), str(data), *flags], capture_output=True, text=True, check=False)
    return out.stdout


def last_line(output: str) -> str:
    lines = [line for line in output.splitlines() if line.startswith("policies ")]
    return lines[-1] if lines else output.strip()[-200:]


def main(argv: list[str]) -> int:
    dirs = [Path(a) for a in argv if not a.startswith("--")] or [REALWORLD]
    if not SCORER.exists() or not all((d / "annotations.json").exists() for d in dirs):
        print(f"accuracy: needs {SCORER} and annotated policies in {', '.join(map(str, dirs))}")
        return 2
    for data in dirs:
        print(f"== {data}")
        flags = ["--per-item"] + (["--errors"] if "--errors" in argv else [])
        print(score(CLI, data, *flags).rstrip())
        print("keyword baseline: " + last_line(score(BASELINE, data)))
        hit, total, misses = evidence_overlap(data)
        print(f"evidence overlaps the annotated quote: {hit}/{total} = {hit / max(1, total):.3f} of correctly present items")
        if "--errors" in argv:
            print("\n".join("  evidence elsewhere: " + m for m in misses))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
