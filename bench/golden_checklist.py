"""Golden check of the checklist: full reports on every known text, written once and compared later.

A refactoring of the rules (vocabulary moved to data, guards derived, ...) must not change what the
checklist reports. This writes, for every policy text in the real-world sets (read at run time from
outside the project, never copied), the clause-library corpus and our own annotated policies, the
full JSON report plus the tags of every sentence, one file per text, in a folder OUTSIDE the repo.

usage: python -m bench.golden_checklist write DIR     # the reference (e.g. from main)
       python -m bench.golden_checklist compare DIR   # exit 1 and list the texts that differ
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (
    ROOT.parent / "shared" / "realworld",
    Path("/work/extra/realworld_be"),
    Path("/work/extra/realworld_nl"),
    Path("/work/extra/realworld_r2"),
    ROOT / "clause_library" / "corpus",
    ROOT / "tests" / "annotations" / "own",
)


def texts() -> list[tuple[str, Path]]:
    """(golden file name, text path) for every text found; missing folders are skipped (and said)."""
    out: list[tuple[str, Path]] = []
    for folder in SOURCES:
        if not folder.is_dir():
            print(f"golden: {folder} not found, skipped", file=sys.stderr)
            continue
        for path in sorted(folder.glob("*.txt")):
            out.append((f"{folder.name}__{path.stem}.json", path))
    return out


def snapshot(path: Path) -> dict:
    from editor.core.checklist import analyze
    from editor.core.checklist.features import _block_key, extract_features
    from editor.core.importers import load_document

    policy = load_document(path).policy
    report = analyze(policy, None)
    tags = []
    for block in policy.blocks:
        kind, level, text = _block_key(block)
        tags.append([dict(sorted(t.items())) for t in extract_features(kind, level, text).tags])
    return {"report": report.to_json(str(path.name)), "tags": tags}


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("write", "compare"):
        print(__doc__)
        return 2
    mode, folder = argv[0], Path(argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    differ: list[str] = []
    items = texts()
    for name, path in items:
        got = json.dumps(snapshot(path), ensure_ascii=False, indent=1, sort_keys=True)
        target = folder / name
        if mode == "write":
            target.write_text(got, encoding="utf-8")
        elif not target.exists() or target.read_text(encoding="utf-8") != got:
            differ.append(name)
            (folder.parent / (folder.name + "_after")).mkdir(exist_ok=True)
            (folder.parent / (folder.name + "_after") / name).write_text(got, encoding="utf-8")
    if mode == "write":
        print(f"golden: wrote {len(items)} reports to {folder}")
        return 0
    print(f"golden: {len(items) - len(differ)} of {len(items)} identical")
    for name in differ:
        print(f"  differs: {name} (new report in {folder.name}_after/)")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
