"""Building the default clause library: mined corpus clauses plus the team's model clauses.

`build_library(corpus_dirs, out)`:
  1. opens every corpus policy with the app's own importer (headings as users see them),
  2. splits it into clauses (build_split): a heading with its body; a long rights section
     becomes one clause per right,
  3. turns organisation details into {{placeholders}} (build_anonymise),
  4. modernises outdated legal references where the checklist knows the current law (the
     change is recorded); a clause with outdated law that cannot be replaced is rejected,
  5. repairs a scrap by rule (site furniture dropped, recorded) or rejects it with the reason
     (build_verify): every shipped clause is self-contained, neutral and current,
  6. adds the model clauses (model_clauses.toml, u and je forms),
  7. tags every clause with the items the checklist finds present in it alone (verified tags),
  8. drops near-duplicates (word 5-gram Jaccard), recording where else the text occurred,
  9. writes one file per clause, index.json and BUILD_REPORT.md.

The output depends only on the corpus and the model clauses: no clock, no random ids.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from editor.core.atomic import atomic_write_bytes
from editor.core.errors import UserError
from editor.core.library.address import detect_form
from editor.core.library.build_anonymise import anonymise, organisation_aliases, policy_dates
from editor.core.library.build_modernise import modernise
from editor.core.library.build_report import REPORT_FILE, render_report
from editor.core.library.build_split import Section, blocks_to_body, lower_first, split_sections
from editor.core.library.build_verify import (
    TAG_PROFILE,
    Tagger,
    checklist_tagger,
    drop_furniture,
    filled_blocks,
    rejection,
    verified_items,
)
from editor.core.library.clause import Change, Clause, Provenance, slugify
from editor.core.library.model_clauses import load_model_clauses
from editor.core.library.search import jaccard, shingles
from editor.core.library.store import CLAUSES_DIR, HISTORY_DIR, INDEX_FILE, INDEX_VERSION
from editor.core.model import Block

__all__ = ["REPORT_FILE", "TAG_PROFILE", "BuildResult", "build_library", "corpus_files"]

DUPLICATE_THRESHOLD = 0.5
CORPUS_EXTENSIONS = (".txt", ".md", ".docx", ".html", ".htm")
RIGHT_ITEMS = ("right_access", "right_rectification", "right_erasure", "right_restriction", "right_objection", "right_portability")
AUTHORITY = re.compile(r"\bGegevensbeschermings?autoriteit\b(?:\s*\(GBA\))?|\bAutoriteit Persoonsgegevens\b")
_BE_MARKERS = re.compile(
    r"Belg|wet van 30 juli 2018|Kruispuntbank|\bKBO\b|Wetboek (?:van )?Economisch Recht|\b13 jaar\b", re.IGNORECASE
)
_NL_MARKERS = re.compile(r"Uitvoeringswet AVG|Kamer van Koophandel|\bKvK\b|Nederland|\b16 jaar\b", re.IGNORECASE)


def _filled_blocks(title: str, body: str) -> list[Block]:
    """Kept for the library store's completeness ranking: the clause filled as when tagged (BE)."""
    return filled_blocks(title, body, "BE")


@dataclass
class Dropped:
    title: str
    source: str
    duplicate_of: str
    similarity: float


@dataclass
class Rejected:
    title: str
    source: str
    reason: str


@dataclass
class BuildResult:
    out: Path
    clauses: list[Clause]
    sources: list[tuple[str, str, int]]  # file, title, clauses taken from it
    dropped: list[Dropped] = field(default_factory=list)
    coverage: dict[str, list[str]] = field(default_factory=dict)
    missing_required: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    per_country: dict[str, dict[str, int]] = field(default_factory=dict)  # item -> {"BE": n, "NL": n}

    def summary(self) -> str:
        missing = ", ".join(self.missing_required) or "-"
        return (
            f"{len(self.clauses)} clausules in {self.out} uit {len(self.sources)} verklaringen en de modelclausules; "
            f"{len(self.rejected)} afgewezen, {len(self.dropped)} bijna-dubbels weggelaten; "
            f"verplichte punten zonder clausule: {missing}. Zie {self.out / REPORT_FILE}."
        )


def corpus_files(dirs: list[Path]) -> list[Path]:
    files: list[Path] = []
    for d in dirs:
        if d.is_file():
            files.append(d)
            continue
        if not d.is_dir():
            raise UserError(f"Corpusmap niet gevonden: {d}", f"Corpus folder not found: {d}")
        files.extend(
            p for p in sorted(d.iterdir())
            if p.suffix.lower() in CORPUS_EXTENSIONS and not p.name.lower().startswith("readme") and p.is_file()
        )
    if not files:
        raise UserError("Geen verklaringen gevonden in het corpus.", "No policies found in the corpus.")
    return files


def _split_rights(section: Section, tag: Tagger) -> list[tuple[str, list[Block]]]:
    """One group of blocks per right; blocks naming no right stay with the group before them."""
    groups: list[tuple[set[str], list[Block]]] = []
    for block in section.blocks:
        items, _ = tag([block])
        rights = {i for i in items if i in RIGHT_ITEMS}
        if groups and (not rights or rights <= groups[-1][0] or not groups[-1][0]):
            groups[-1][0].update(rights)
            groups[-1][1].append(block)
        else:
            groups.append((set(rights), [block]))
    return [(",".join(sorted(r)), blocks) for r, blocks in groups]


def _catalogue() -> list[dict]:
    from editor.core.paths import resources_dir

    data = json.loads((resources_dir() / "checklist" / "catalogue.json").read_text(encoding="utf-8"))
    return list(data.get("items", []))


def clause_jurisdiction(body: str) -> str:
    be, nl = bool(_BE_MARKERS.search(body)), bool(_NL_MARKERS.search(body))
    return "BE" if be and not nl else "NL" if nl and not be else "any"


def build_library(corpus_dirs: list[Path], out: Path, *, tagger: Tagger | None = None) -> BuildResult:
    out = Path(out)
    if (out / HISTORY_DIR).exists():
        raise UserError(
            f"{out} is een gebruikte bibliotheek (met historiek); bouw in een nieuwe map.",
            f"{out} is a library in use (it has history); build into a new folder.",
        )
    tag = tagger or checklist_tagger("BE")
    catalogue = _catalogue()
    item_titles = {i["id"]: i.get("title_nl", i["id"]) for i in catalogue}
    files = corpus_files(corpus_dirs)

    from editor.core.importers import load_document

    candidates: list[tuple[Clause, frozenset]] = []
    sources: list[tuple[str, str, int]] = []
    notes: list[str] = []
    rejected: list[Rejected] = []
    dates: list[dt.date] = []
    used_ids: set[str] = set()
    for path in files:
        raw = path.read_bytes().decode("utf-8", errors="replace")
        dates.extend(policy_dates(raw))
        result = load_document(path)
        aliases = organisation_aliases(raw)
        sections, sec_notes = split_sections(result.policy, path.name, raw)
        notes.extend(sec_notes)
        taken = 0
        for section in sections:
            items, _ = tag(filled_blocks(section.title, blocks_to_body(section.blocks)))
            parts: list[tuple[str, list[Block]]] = [("", section.blocks)]
            if sum(i in RIGHT_ITEMS for i in items) >= 3 and len(section.blocks) >= 2:
                split = _split_rights(section, tag)
                if len(split) > 1:
                    parts = split
            for rights, blocks in parts:
                title = section.title
                if rights:
                    names = [item_titles.get(r, r) for r in rights.split(",")]
                    title = f"{section.title.rstrip('?:')}: {', '.join(lower_first(n) for n in names)}"
                body = blocks_to_body(blocks, lambda t, a=aliases: anonymise(t, a))
                title = anonymise(title, aliases)
                clause, why = _make_clause(title, body, blocks, section, path.name, aliases, used_ids)
                if why:
                    rejected.append(Rejected(title, path.name, why))
                    continue
                candidates.append((clause, shingles(clause.body)))
                taken += 1
        sources.append((path.name, result.policy.meta.title, taken))

    build_date = (max(dates).isoformat() + "T00:00:00Z") if dates else "2000-01-01T00:00:00Z"
    kept: list[tuple[Clause, frozenset]] = []
    dropped: list[Dropped] = []
    for clause, sh in candidates:
        best = max(((jaccard(sh, ksh), k) for k, ksh in kept), key=lambda t: t[0], default=(0.0, None))
        if best[1] is not None and best[0] >= DUPLICATE_THRESHOLD:
            dup = best[1]
            prov = clause.provenance
            dup.also_in.append(f"{prov.source}:{prov.line}" if prov else clause.title)
            dropped.append(Dropped(clause.title, prov.source if prov else "", dup.id, round(best[0], 2)))
            continue
        kept.append((clause, sh))
    clauses = [c for c, _ in kept]
    for c in clauses:
        c.author = "corpus-build"
    for model in load_model_clauses():
        items = verified_items(model.title, model.body, model.jurisdiction)
        unconfirmed = [i for i in model.intended if i not in items]
        if unconfirmed:
            notes.append(f"modelclausule {model.id}: de checklist bevestigt {', '.join(unconfirmed)} niet")
        clauses.append(Clause(
            id=model.id, title=model.title, body=model.body, item_ids=items, jurisdiction=model.jurisdiction,
            origin="model", form=model.form, author="privacy-editor",
            extra={"review": model.review} if model.review else {},
        ))
    clauses.sort(key=lambda c: c.id)
    for c in clauses:
        c.created = c.modified = build_date

    coverage = {i["id"]: [c.id for c in clauses if i["id"] in c.item_ids] for i in catalogue}
    per_country = {
        i["id"]: {
            country: sum(1 for c in clauses if i["id"] in c.item_ids and c.jurisdiction in (country, "any") and c.form != "je")
            for country in ("BE", "NL")
        }
        for i in catalogue
    }
    missing_required = [i["id"] for i in catalogue if i.get("level") == "always" and not coverage[i["id"]]]
    result = BuildResult(out, clauses, sources, dropped, coverage, missing_required, notes, rejected, per_country)
    _write(out, clauses, render_report(result, catalogue, build_date))
    return result


def _make_clause(
    title: str,
    body: str,
    blocks: list[Block],
    section: Section,
    source: str,
    aliases: list[str],
    used_ids: set[str],
) -> tuple[Clause, str]:
    """The shipped clause for a mined section, or the reason it is rejected."""
    body, changes, stuck = modernise(title, body)
    body, furniture = drop_furniture(body)
    changes += [Change(s, "", "weggelaten: verwijst naar de bronwebsite (herstel volgens regel)") for s in furniture]
    body = AUTHORITY.sub("{{toezichthouder}}", body)
    # Record what the clause now says: a modern authority name is the placeholder.
    changes = [Change(c.old, AUTHORITY.sub("{{toezichthouder}}", c.new), c.reason) for c in changes]
    jurisdiction = clause_jurisdiction(body)
    start, end, line = section.start, section.end, section.line
    if blocks and blocks[0] is not section.blocks[0]:
        start, _, line = section.spans[blocks[0].id]  # one right split off a longer section
    if blocks:
        end = section.spans[blocks[-1].id][1]
    items = verified_items(title, body, jurisdiction)
    why = f"verouderde wetgeving die niet veilig te vervangen is ({stuck[0]})" if stuck else ""
    why = why or rejection(title, body, items, aliases)
    clause = Clause(
        id="",
        title=title,
        body=body,
        item_ids=items,
        jurisdiction=jurisdiction,
        origin="corpus",
        form=detect_form(body),
        changes=changes,
        # The heading as the clause shows it: the original could name the source organisation.
        provenance=Provenance(source=source, line=line, start=start, end=end, heading=anonymise(section.heading, aliases)),
    )
    if not why:
        clause.id = slugify(title, used_ids)
    return clause, why


def _write(out: Path, clauses: list[Clause], report: str) -> None:
    folder = out / CLAUSES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    wanted = {c.id + ".md" for c in clauses}
    entries = {}
    for c in clauses:
        data = c.to_bytes()
        path = folder / f"{c.id}.md"
        if not path.exists() or path.read_bytes() != data:
            atomic_write_bytes(path, data)
        # No mtime from a build: readers re-read these files once and then keep their own index.
        entries[f"{c.id}.md"] = {"size": len(data), "mtime_ns": None, "clause": c.to_json()}
    for stale in sorted(folder.iterdir()):
        if stale.suffix == ".md" and stale.name not in wanted:
            os.unlink(stale)
    index = {"index_version": INDEX_VERSION, "entries": entries}
    atomic_write_bytes(out / INDEX_FILE, (json.dumps(index, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    atomic_write_bytes(out / REPORT_FILE, report.encode("utf-8"))
