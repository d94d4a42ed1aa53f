"""Fill every gap on real policies: `fix` on each policy of ../shared/realworld (read at run
time, never copied into the repo) with the sample profile of its country, then the checklist.

Figures: share of items not given before that are present after (goal >= 95%), unfilled
placeholders left (0), new outdated references (0), policies whose form of address changed (0),
BE/NL facts wrong (0), time per policy. `python -m bench.bench_fix [--write DIR]` also prints
the figures per policy and can write each completed policy as .md to DIR for reading.
"""

from __future__ import annotations

import os
import re
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bench import Figure

ROOT = Path(__file__).resolve().parents[1]
REALWORLD = Path(os.environ.get("REALWORLD_DIR", ROOT.parent / "shared" / "realworld"))
# What the other country's law, authority or children's age looks like in inserted text.
WRONG_FACTS = {
    "BE": re.compile(r"Autoriteit Persoonsgegevens|Uitvoeringswet AVG|\b16 jaar\b|Kamer van Koophandel|Den Haag"),
    "NL": re.compile(r"Gegevensbeschermingsautoriteit|wet van 30 juli 2018|\b13 jaar\b|Kruispuntbank|Drukpersstraat"),
}


@dataclass
class Outcome:
    name: str
    gaps: int
    closed: int
    placeholders: int
    new_outdated: int
    form_changed: bool
    wrong_facts: int
    misplaced: int  # clauses split by another, or put after the policy's closing contact block
    seconds: float
    still_open: list[str]


def fix_one(path: Path, clauses: list, write: Path | None = None) -> Outcome:
    from editor.core.checklist import analyze
    from editor.core.fill_gaps import fill_gaps
    from editor.core.importers import load_document
    from editor.core.library.address import count_forms, detect_form
    from editor.core.library.placeholders import placeholders_in_policy
    from editor.core.plaintext import PlainText
    from editor.core.profile import sample_profile

    country = "NL" if path.name.lower().startswith("nl") else "BE"
    policy = load_document(path).policy
    start = time.perf_counter()
    result = fill_gaps(policy, sample_profile(country).organisation, country, clauses)
    seconds = time.perf_counter() - start
    after = analyze(result.policy, country)  # the check a user would run on the output
    status = {r.id: r.status for r in after.items}
    gaps = [r.id for r in result.before.items if r.status in ("missing", "partial")]
    closed = [g for g in gaps if status[g] == "present"]
    before_refs = {o.text for o in result.before.outdated_references}
    new_outdated = sum(1 for o in after.outdated_references if o.text not in before_refs)
    text_before = PlainText.from_policy(policy).text
    text_after = PlainText.from_policy(result.policy).text
    form = detect_form(text_before)
    (u0, je0), (u1, je1) = count_forms(text_before), count_forms(text_after)
    changed = (form == "u" and je1 > je0) or (form == "je" and u1 > u0)
    inserted_text = "\n".join(b.text for b in result.policy.blocks if b.id in result.inserted_block_ids)
    wrong = len(WRONG_FACTS[country].findall(inserted_text))
    from editor.core.placement import trailing_contact_start

    position = {b.id: n for n, b in enumerate(result.policy.blocks)}
    contact = trailing_contact_start(result.policy, result.inserted_block_ids)
    misplaced = 0
    for ins in result.inserted:
        spots = [position[b] for b in ins.block_ids]
        if spots != list(range(spots[0], spots[0] + len(spots))) or (contact is not None and spots[0] > contact):
            misplaced += 1
    if write is not None:
        from editor.core.importers.render import to_markdown

        write.mkdir(parents=True, exist_ok=True)
        (write / (path.stem + ".md")).write_text(to_markdown(result.policy), encoding="utf-8")
    return Outcome(path.name, len(gaps), len(closed), len(placeholders_in_policy(result.policy)), new_outdated,
                   changed, wrong, misplaced, seconds, [g for g in gaps if status[g] != "present"])


def outcomes(write: Path | None = None) -> list[Outcome]:
    from editor.core.library import ClauseLibrary

    files = sorted(p for p in REALWORLD.glob("*.txt") if p.name[:3] in ("be_", "nl_"))
    if not files:
        raise RuntimeError(f"no policies in {REALWORLD}")
    clauses = ClauseLibrary.open(ROOT / "clause_library", read_only=True, use_cache=False).clauses
    return [fix_one(p, clauses, write) for p in files]


def figures(results: list[Outcome]) -> list[Figure]:
    gaps = sum(r.gaps for r in results)
    closed = sum(r.closed for r in results)
    return [
        Figure("fix: items not given before, present after", f"{closed}/{gaps} = {100 * closed / max(gaps, 1):.1f}%", ">= 95%"),
        Figure("fix: unfilled placeholders left", str(sum(r.placeholders for r in results)), "0"),
        Figure("fix: new outdated references", str(sum(r.new_outdated for r in results)), "0"),
        Figure("fix: policies whose form of address changed", str(sum(r.form_changed for r in results)), "0"),
        Figure("fix: BE/NL facts wrong", str(sum(r.wrong_facts for r in results)), "0"),
        Figure("fix: clauses split or after the closing contact block", str(sum(r.misplaced for r in results)), "0"),
        Figure(f"fix: median time per policy ({len(results)} policies)", f"{statistics.median(r.seconds for r in results):.2f} s"),
    ]


def run() -> list[Figure]:
    return figures(outcomes())


if __name__ == "__main__":
    out = Path(sys.argv[sys.argv.index("--write") + 1]) if "--write" in sys.argv else None
    res = outcomes(out)
    for r in res:
        print(f"{r.name:50} {r.closed:2}/{r.gaps:2} ph={r.placeholders} old={r.new_outdated} "
              f"form={'CHANGED' if r.form_changed else 'ok'} wrong={r.wrong_facts} misplaced={r.misplaced} {r.seconds:.1f}s open={','.join(r.still_open)}")
    for f in figures(res):
        print(f"{f.name:55} {f.value:20} {f.target}")
