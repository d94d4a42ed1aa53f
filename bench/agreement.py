"""Two independent readers of the same real policies: how far they agree, and the checklist against each and
against the items both readers agree on.

The blind rounds are annotated by one reader each. Where a second reader annotates the same texts without seeing
the first's work, their agreement says how much of the checklist's "error" on a round is the readers' own
split; the items both call the same are the cleanest yardstick there is. Same contract as the scorer: an item
counts as given when the status is "present". Texts are read at run time; none is copied into the project.

usage: python -m bench.agreement FIRST.json SECOND.json TEXT_DIR [--engine] [--disagreements]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

Pair = tuple[bool, bool]  # (truth, other)


def figures(pairs: list[Pair]) -> dict[str, float]:
    """Presence P/R/F1 and gap P/R with the first of each pair as truth, and Cohen's kappa."""
    tp = sum(1 for t, g in pairs if t and g)
    fp = sum(1 for t, g in pairs if g and not t)
    fn = sum(1 for t, g in pairs if t and not g)
    tn = len(pairs) - tp - fp - fn

    def ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    p, r = ratio(tp, tp + fp), ratio(tp, tp + fn)
    n = len(pairs)
    observed = ratio(tp + tn, n)
    first, second = ratio(tp + fn, n), ratio(tp + fp, n)
    chance = first * second + (1 - first) * (1 - second)
    return {"n": n, "P": p, "R": r, "F1": ratio(2 * p * r, p + r) if p + r else 0.0, "gap_P": ratio(tn, tn + fn),
            "gap_R": ratio(tn, tn + fp), "kappa": ratio(observed - chance, 1 - chance) if chance < 1 else 1.0,
            "differ": fp + fn}


def _given(annotation: dict) -> dict[str, bool]:
    return {item: bool(v["present"]) for item, v in annotation["items"].items()}


def _line(label: str, f: dict[str, float]) -> str:
    return (f"{label:34} n={f['n']:<5} F1={f['F1']:.3f} P={f['P']:.3f} R={f['R']:.3f} gap P={f['gap_P']:.3f} "
            f"R={f['gap_R']:.3f} kappa={f['kappa']:.3f} differ={f['differ']}")


def _engine(texts: Path, ann: dict) -> dict[str, bool]:
    from editor.core.checklist import analyze
    from editor.core.importers import load_document

    report = analyze(load_document(texts / ann["file"]).policy, ann.get("country"))
    return {item.id: item.status == "present" for item in report.items}


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 3:
        print(__doc__)
        return 2
    first = {a["file"]: a for a in json.loads(Path(args[0]).read_text(encoding="utf-8"))}
    second = {a["file"]: a for a in json.loads(Path(args[1]).read_text(encoding="utf-8"))}
    files = sorted(set(first) & set(second))
    readers: list[Pair] = []
    split: Counter[str] = Counter()
    vs_first: list[Pair] = []
    vs_second: list[Pair] = []
    vs_agreed: list[Pair] = []
    for name in files:
        a, b = _given(first[name]), _given(second[name])
        got = _engine(Path(args[2]), first[name]) if "--engine" in argv else {}
        for item, truth in a.items():
            readers.append((truth, b[item]))
            if truth != b[item]:
                split[item] += 1
                if "--disagreements" in argv:
                    print(f"{name:48} {item:34} first={truth} second={b[item]}")
            if got:
                vs_first.append((truth, got[item]))
                vs_second.append((b[item], got[item]))
                if truth == b[item]:
                    vs_agreed.append((truth, got[item]))
    print(f"{len(files)} policies read by both readers")
    print(_line("second reader vs first", figures(readers)))
    print("items the readers split on: " + ", ".join(f"{k} {v}" for k, v in split.most_common()))
    if vs_first:
        print(_line("checklist vs first reader", figures(vs_first)))
        print(_line("checklist vs second reader", figures(vs_second)))
        print(_line("checklist on items both agree on", figures(vs_agreed)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
