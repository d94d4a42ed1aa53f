"""Mining the default clause library from a corpus of real privacy policies.

`build_library(corpus_dirs, out)`:
  1. opens every policy with the app's own importer (so headings match what users see),
  2. splits it into clauses: a heading with its body; a long rights section becomes one
     clause per right,
  3. tags each clause with the checklist items it covers (the checklist engine),
  4. turns organisation details into {{placeholders}},
  5. modernises outdated legal references where the checklist engine knows the current law
     (the change is recorded), or marks the clause outdated so it is not offered by default,
  6. drops near-duplicates (word 5-gram Jaccard), recording where else the text occurred,
  7. writes one file per clause, index.json and BUILD_REPORT.md.

The output depends only on the corpus: no clock, no random ids. Timestamps are the newest
policy date found in the corpus. Nothing is invented: every clause body is corpus text with
only placeholder and recorded modernisation edits.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from editor.core.atomic import atomic_write_bytes
from editor.core.errors import UserError
from editor.core.library.clause import Change, Clause, Provenance, slugify
from editor.core.library.layout import CLAUSES_DIR, HISTORY_DIR, INDEX_FILE, INDEX_VERSION
from editor.core.library.search import jaccard, shingles
from editor.core.model import Block, Heading, ListItem, OrganisationProfile, Policy, PolicyMeta, Run, Table
from editor.core.plaintext import PlainText

REPORT_FILE = "BUILD_REPORT.md"
DUPLICATE_THRESHOLD = 0.5
CORPUS_EXTENSIONS = (".txt", ".md", ".docx", ".html", ".htm")
RIGHT_ITEMS = ("right_access", "right_rectification", "right_erasure", "right_restriction", "right_objection", "right_portability")

# The organisations of the shipped corpus and their spellings. More aliases are derived from
# each policy itself ("(hierna 'X')" definitions and the names in its e-mail domains).
KNOWN_ORGANISATIONS = (
    "Archer Consulting BV", "Webassur", "INSUCOMMERCE", "3D CONFIG", "iAssist bv", "iAssist",
    "Luyten.Website", "Luyten Wouter",
)
KNOWN_WEBSITES = ("Mijn.Luyten.Website",)
# Fake but realistic values used only while tagging, so the checklist sees text as a user would.
TAG_PROFILE = OrganisationProfile(
    name="Voorbeeld", address="Kerkstraat 1, 1000 Brussel", enterprise_number="BE0123.456.789",
    email="privacy@voorbeeld.be", phone="+32 2 123 45 67", website="www.voorbeeld.be", dpo_name="Els Janssens",
)

_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"\bhttps?://[^\s)\]>\"']+|\bwww\.[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
_BARE_DOMAIN = re.compile(r"(?<![\w@.])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:be|nl|com|eu|website)\b")
_PHONE = re.compile(r"(?:\+|\b00)\d{2}[\d ().-]{7,}\d")
_ENTERPRISE = re.compile(r"\bBE\s?0?\d{3,4}\.\d{3}\.\d{3}\b")
_ADDRESS = re.compile(
    r"\b[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3}\s\d{1,4}[A-Za-z]?(?:\s?/\s?[0-9A-Za-z]+)?,\s\d{4}(?:\s?[A-Z]{2})?"
    r"\s[A-Z][\w-]+(?:,\s(?:België|Nederland|Belgium))?"
)
_NUM_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b")
# A worded date is a policy date unless it names a law or regulation ("wet van 8 december 1992").
_WORD_DATE = re.compile(rf"(?<!van )(?<!Van )\b\d{{1,2}} (?:{_MONTHS}) \d{{4}}\b")
# "X (Y)" and "(hierna 'X')" say nothing once both names are the placeholder.
_ORG_SELF = re.compile(r"(?<=\{\{organisatie\}\})\s*\([‘'\"“”]?\{\{organisatie\}\}[’'\"”]?\)")
_ORG_HIERNA = re.compile(r"\s*\(hierna(?:\s+genoemd)?:?\s*[‘'\"“”]?\{\{organisatie\}\}[’'\"”]?\)")
_HIERNA = re.compile(r"\(hierna(?:\s+genoemd)?\s*[‘'\"“]([^’'\"”]{2,40})[’'\"”]\)")
_NUMBERING = re.compile(r"^\s*(?:Artikel\s+\d+\s*[–-]\s*|\d+(?:\.\d+)*\.?\s+|[A-Z]\.\s+)")
_BE_MARKERS = re.compile(
    r"Belg|wet van 30 juli 2018|Kruispuntbank|\bKBO\b|Wetboek (?:van )?Economisch Recht", re.IGNORECASE
)
# Current authority names become a placeholder, so the clause fits either jurisdiction.
_AUTHORITY = re.compile(r"\bGegevensbeschermings?autoriteit\b(?:\s*\(GBA\))?|\bAutoriteit Persoonsgegevens\b")

Tagger = Callable[[list[Block]], tuple[list[str], list[tuple[str, str, str]]]]


@dataclass
class Dropped:
    title: str
    source: str
    duplicate_of: str
    similarity: float


@dataclass
class BuildResult:
    out: Path
    clauses: list[Clause]
    sources: list[tuple[str, str, int]]  # file, title, clauses taken from it
    dropped: list[Dropped] = field(default_factory=list)
    coverage: dict[str, list[str]] = field(default_factory=dict)
    missing_required: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        missing = ", ".join(self.missing_required) or "-"
        return (
            f"{len(self.clauses)} clausules in {self.out} uit {len(self.sources)} verklaringen; "
            f"{len(self.dropped)} bijna-dubbels weggelaten; verplichte punten zonder corpustekst: {missing}. "
            f"Zie {self.out / REPORT_FILE}."
        )


# --- splitting -------------------------------------------------------------------------------


@dataclass
class _Section:
    title: str
    heading: str  # original heading text
    blocks: list[Block]
    source: str
    line: int
    start: int
    end: int
    spans: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # block id -> (start, end, line)


def clean_title(text: str) -> str:
    """'Artikel 4 – Jouw rechten' -> 'Jouw rechten'; ALL CAPS -> sentence case; no trailing ':'."""
    t = _NUMBERING.sub("", text.strip()).strip().rstrip(":").strip()
    t = re.sub(r"\s+", " ", t) or text.strip()
    letters = [c for c in t if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.6:
        t = t.lower()
        t = t[0].upper() + t[1:]
        t = re.sub(r"\b(avg|gdpr|eu|kbo)\b", lambda m: m.group(1).upper(), t)
    return t


def _lower_first(text: str) -> str:
    return text if text[1:2].isupper() else text[:1].lower() + text[1:]


def _line_of(lines: list[str], needle: str, after: int = 0) -> int:
    """1-based line of the source where `needle` starts (whitespace-insensitive; 0 = not found).
    Searches from line `after` on first: blocks come in document order, and a heading's words may
    also occur earlier (in a table of contents or an enumeration)."""
    probe = " ".join(needle.split())
    for size in (40, 20):
        part = probe[:size]
        if not part:
            break
        for first in (after, 0):
            for n in range(max(first, 1), len(lines) + 1):
                if part in lines[n - 1]:
                    return n
    return 0


def split_sections(policy: Policy, source: str, raw: str) -> tuple[list[_Section], list[str]]:
    """Heading + body sections. A section with only sub-headings gives its title to them."""
    plain = PlainText.from_policy(policy)
    spans = {s.block_id: s for s in plain.spans}
    lines = [" ".join(line.split()) for line in raw.split("\n")]  # no-break spaces etc. as the importer sees them
    cursor = 0
    notes: list[str] = []
    sections: list[_Section] = []
    parents: dict[int, str] = {}
    current: _Section | None = None
    doc_title = policy.meta.title.strip()

    def close() -> None:
        if current is not None and current.blocks:
            current.end = spans[current.blocks[-1].id].end
            sections.append(current)

    for block in policy.blocks:
        if isinstance(block, Heading):
            close()
            title = clean_title(block.text)
            if block.level == 1 and (block.text.strip() == doc_title or not sections):
                title = "Inleiding"
            parent = next((parents[lv] for lv in sorted(parents, reverse=True) if 2 <= lv < block.level), None)
            if parent and block.level >= 2 and len(title.split()) <= 2 and title != "Inleiding":
                # "Duur" alone says nothing: "Het gebruik van cookies: duur".
                title = f"{parent.rstrip('?:')}: {_lower_first(title)}"
            parents = {lv: t for lv, t in parents.items() if lv < block.level}
            parents[block.level] = clean_title(block.text)
            span = spans[block.id]
            cursor = _line_of(lines, block.text, cursor) or cursor
            current = _Section(title, block.text, [], source, cursor, span.start, span.end)
            continue
        if isinstance(block, Table):
            notes.append(f"{source}: tabel van {len(block.rows)} rijen overgeslagen (organisatiespecifieke cookielijst)")
            continue
        if not block.text.strip():
            continue
        cursor = _line_of(lines, block.text, cursor) or cursor
        if current is None:
            span = spans[block.id]
            current = _Section("Inleiding", "", [], source, cursor, span.start, span.end)
        current.blocks.append(block)
        current.spans[block.id] = (spans[block.id].start, spans[block.id].end, cursor)
    close()
    return sections, notes


def blocks_to_body(blocks: list[Block], edit: Callable[[str], str] | None = None) -> str:
    """Clause body text: paragraphs separated by blank lines, list items as "- " / "1. " lines.
    `edit` is applied per block, so no pattern can reach across two blocks."""
    parts: list[str] = []
    counter = 0
    prev_list = False
    for block in blocks:
        text = re.sub(r"\s+", " ", block.text).strip()
        if edit is not None:
            text = edit(text)
        if isinstance(block, ListItem):
            counter = counter + 1 if prev_list else 1
            marker = f"{counter}. " if block.ordered else "- "
            line = "  " * block.level + marker + text
            if prev_list:
                parts[-1] += "\n" + line
            else:
                parts.append(line)
            prev_list = True
        else:
            parts.append(text)
            prev_list = False
    return "\n\n".join(parts)


# --- placeholders ----------------------------------------------------------------------------


def organisation_aliases(raw: str) -> list[str]:
    """Names of the policy's own organisation: known spellings plus those the text defines."""
    names = set(KNOWN_ORGANISATIONS)
    names.update(m.group(1).strip() for m in _HIERNA.finditer(raw))
    for m in _EMAIL.finditer(raw):
        label = m.group(0).split("@", 1)[1].split(".")[0]
        if len(label) >= 4 and label.lower() not in {"gmail", "hotmail", "outlook", "yahoo", "telenet", "skynet"}:
            names.add(label)
    return sorted(names, key=lambda n: (-len(n), n))


def anonymise(text: str, aliases: list[str]) -> str:
    text = _EMAIL.sub("{{email}}", text)
    text = _URL.sub("{{website}}", text)
    for site in KNOWN_WEBSITES:
        text = re.sub(rf"(?<![\w.]){re.escape(site)}(?![\w])", "{{website}}", text, flags=re.IGNORECASE)
    text = _BARE_DOMAIN.sub("{{website}}", text)
    text = _PHONE.sub("{{telefoon}}", text)
    text = _ENTERPRISE.sub("{{ondernemingsnummer}}", text)
    text = _ADDRESS.sub("{{adres}}", text)
    text = _NUM_DATE.sub("{{datum}}", text)
    text = _WORD_DATE.sub("{{datum}}", text)
    for name in aliases:
        text = re.sub(rf"(?<![\w.{{]){re.escape(name)}(?![\w}}])", "{{organisatie}}", text, flags=re.IGNORECASE)
    text = _ORG_SELF.sub("", text)
    text = _ORG_HIERNA.sub("", text)
    return text


# --- tagging with the checklist engine -------------------------------------------------------


def checklist_tagger(jurisdiction: str = "BE") -> Tagger:
    """Item ids (present or partial) and outdated references of a clause, per the checklist engine."""
    try:
        from editor.core import checklist
    except ImportError as exc:  # pragma: no cover - the engine is part of the app
        raise UserError(
            "De checklist-module ontbreekt; de bibliotheek kan niet getagd worden.",
            "The checklist module is missing; the library cannot be tagged.",
        ) from exc

    def tag(blocks: list[Block]) -> tuple[list[str], list[tuple[str, str, str]]]:
        items = sorted(checklist.item_ids_for_text(blocks))
        # The outdated-law linter runs as part of a full analysis.
        report = checklist.analyze(Policy(blocks=blocks, meta=PolicyMeta(jurisdiction=jurisdiction)), jurisdiction)
        outdated = [(o.text, o.replacement or "", o.reason) for o in report.outdated_references]
        return items, outdated

    return tag


def _filled_blocks(title: str, body: str) -> list[Block]:
    from editor.core.library.placeholders import fill_placeholders

    clause = Clause(id="x", title=title, body=body)
    blocks = clause.to_blocks(TAG_PROFILE, "BE")
    for b in blocks:  # to_blocks fills already; keep authority text realistic too
        if hasattr(b, "runs"):
            b.runs = [Run(fill_placeholders(b.text, TAG_PROFILE, "BE").text)]
    return blocks


# --- the build -------------------------------------------------------------------------------


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


def _policy_dates(raw: str) -> list[dt.date]:
    out: list[dt.date] = []
    for m in _NUM_DATE.finditer(raw):
        d, mth, y = (int(x) for x in m.group(0).split("/"))
        with contextlib.suppress(ValueError):
            out.append(dt.date(y, mth, d))
    months = _MONTHS.split("|")
    for m in _WORD_DATE.finditer(raw):
        d, mname, y = m.group(0).split()
        with contextlib.suppress(ValueError):
            out.append(dt.date(int(y), months.index(mname) + 1, int(d)))
    return out


def _split_rights(section: _Section, tag: Tagger) -> list[tuple[str, list[Block]]]:
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

    candidates: list[tuple[Clause, set]] = []
    sources: list[tuple[str, str, int]] = []
    notes: list[str] = []
    dates: list[dt.date] = []
    used_ids: set[str] = set()
    for path in files:
        raw = path.read_bytes().decode("utf-8", errors="replace")
        dates.extend(_policy_dates(raw))
        result = load_document(path)
        aliases = organisation_aliases(raw)
        sections, sec_notes = split_sections(result.policy, path.name, raw)
        notes.extend(sec_notes)
        taken = 0
        for section in sections:
            items, _ = tag(_filled_blocks(section.title, blocks_to_body(section.blocks)))
            parts: list[tuple[str, list[Block]]] = [("", section.blocks)]
            if sum(i in RIGHT_ITEMS for i in items) >= 3 and len(section.blocks) >= 2:
                split = _split_rights(section, tag)
                if len(split) > 1:
                    parts = split
            for rights, blocks in parts:
                title = section.title
                tag_title = None
                if rights:
                    names = [item_titles.get(r, r) for r in rights.split(",")]
                    title = f"{section.title.rstrip('?:')}: {', '.join(_lower_first(n) for n in names)}"
                    # Tag the split-off part by its own right, not by the umbrella heading naming all.
                    tag_title = ", ".join(names)
                body = blocks_to_body(blocks, lambda t, a=aliases: anonymise(t, a))
                title = anonymise(title, aliases)
                clause, sh = _make_clause(title, body, blocks, section, path.name, tag, used_ids, tag_title)
                candidates.append((clause, sh))
                taken += 1
        sources.append((path.name, result.policy.meta.title, taken))

    build_date = (max(dates).isoformat() + "T00:00:00Z") if dates else "2000-01-01T00:00:00Z"
    kept: list[tuple[Clause, set]] = []
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
    clauses = sorted((c for c, _ in kept), key=lambda c: c.id)
    for c in clauses:
        c.created = c.modified = build_date
        c.author = "corpus-build"

    coverage = {i["id"]: [c.id for c in clauses if i["id"] in c.item_ids and not c.outdated] for i in catalogue}
    missing_required = [i["id"] for i in catalogue if i.get("level") == "always" and not coverage[i["id"]]]
    result = BuildResult(out, clauses, sources, dropped, coverage, missing_required, notes)
    _write(out, clauses, render_report(result, catalogue, build_date))
    return result


# Replacements that would change a factual claim about a third party are not made
# automatically ("Google is part of Privacy Shield" -> "... Data Privacy Framework" may be false).
_UNSAFE_REPLACEMENTS = ("Privacy Framework",)


_ARTICLE_BEFORE = re.compile(r"\b(?:de|het|De|Het)\s+[“\"‘']?$")


def _replace_reference(body: str, old: str, new: str) -> str:
    """Replace a legal reference without doubling its article: "met de wet van ..." becomes
    "met de Algemene Verordening ...", not "met de de Algemene Verordening ..."."""
    out: list[str] = []
    pos = 0
    for m in re.finditer(re.escape(old), body):
        before = body[pos : m.start()]
        out.append(before)
        text = new
        if new[:3].lower() == "de " and _ARTICLE_BEFORE.search(body[: m.start()]):
            text = new[3:]
        out.append(text)
        pos = m.end()
    out.append(body[pos:])
    return "".join(out)


def _safe_modernisation(replacement: str) -> bool:
    """Only names of laws, authorities and terms are swapped. A replacement that is a whole
    sentence would put new claims in the organisation's mouth: the clause is marked instead."""
    if replacement.rstrip().endswith((".", "!", "?")):
        return False
    return not any(u in replacement for u in _UNSAFE_REPLACEMENTS)


def _make_clause(
    title: str,
    body: str,
    blocks: list[Block],
    section: _Section,
    source: str,
    tag: Tagger,
    used_ids: set[str],
    tag_title: str | None = None,
) -> tuple[Clause, set]:
    tag_title = tag_title or title
    items, outdated = tag(_filled_blocks(tag_title, body))
    changes: list[Change] = []
    is_outdated = False
    applied: set[str] = set()
    for old, new, reason in outdated:
        is_law = "Wet " in new or "Verordening" in new
        if new and old in body and _safe_modernisation(new) and not (is_law and new in applied):
            applied.add(new)
            if new.endswith("autoriteit"):
                # Authorities are "de"-words: "bij het College ..." becomes "bij de ...autoriteit".
                m = re.search(r"\b([Hh])et\s+" + re.escape(old), body)
                if m:
                    old, new = m.group(0), ("D" if m.group(1) == "H" else "d") + "e " + new
                    body = body.replace(old, new)
                    changes.append(Change(old, new, reason))
                    continue
            body = _replace_reference(body, old, new)
            changes.append(Change(old, new, reason))
        else:
            # Not replaced automatically (a claim, not a name; or a second law reference that
            # would repeat the same modern law): recorded, and the clause is not offered by default.
            is_outdated = True
            changes.append(Change(old, "", reason))
    if changes:
        # Re-tag: a modernised authority or law may change what the clause covers.
        items, _ = tag(_filled_blocks(tag_title, body))
    body = _AUTHORITY.sub("{{toezichthouder}}", body)
    # Record what the clause now says: a modern authority name is the placeholder.
    changes = [Change(c.old, _AUTHORITY.sub("{{toezichthouder}}", c.new), c.reason) for c in changes]
    jurisdiction = "BE" if _BE_MARKERS.search(body) else "any"
    start, end, line = section.start, section.end, section.line
    if blocks and blocks[0] is not section.blocks[0]:
        # One right split off a longer section: point at its own first block.
        start, _, line = section.spans[blocks[0].id]
    if blocks:
        end = section.spans[blocks[-1].id][1]
    cid = slugify(title, used_ids)
    clause = Clause(
        id=cid,
        title=title,
        body=body,
        item_ids=sorted(set(items)),
        jurisdiction=jurisdiction,
        origin="corpus",
        outdated=is_outdated,
        changes=changes,
        provenance=Provenance(source=source, line=line, start=start, end=end, heading=section.heading),
    )
    return clause, shingles(body)


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


def render_report(result: BuildResult, catalogue: list[dict], build_date: str) -> str:
    lines = [
        "# Bouwrapport van de clausulebibliotheek",
        "",
        "Automatisch gemaakt door `privacy-editor library build`; niet met de hand bewerken.",
        f"Datum van de bibliotheek (nieuwste datum in het corpus): {build_date[:10]}.",
        "",
        "Elke clausule is tekst uit het corpus. Alleen organisatiegegevens zijn vervangen door",
        "invulvelden ({{organisatie}}, {{adres}}, ...) en verouderde wetsverwijzingen zijn",
        "gemoderniseerd (de wijziging staat in de clausule) of de clausule is als verouderd gemarkeerd.",
        "Er is geen tekst verzonnen.",
        "",
        "## Corpus",
        "",
        "| bestand | titel | clausules |",
        "|---|---|---|",
    ]
    lines += [f"| {f} | {t} | {n} |" for f, t, n in result.sources]
    lines += ["", f"Totaal: {len(result.clauses)} clausules ({sum(c.outdated for c in result.clauses)} als verouderd gemarkeerd).", ""]
    lines += ["## Dekking per checklistpunt", "", "| punt | niveau | clausules | ids |", "|---|---|---|---|"]
    for item in catalogue:
        ids = result.coverage.get(item["id"], [])
        lines.append(f"| {item['id']} ({item.get('title_nl', '')}) | {item.get('level', '')} | {len(ids)} | {', '.join(ids)} |")
    lines += ["", "## Verplichte punten zonder corpustekst", ""]
    if result.missing_required:
        lines.append("Het corpus bevat voor deze verplichte punten geen bruikbare (niet-verouderde) tekst. Er is")
        lines.append("bewust geen clausule verzonnen; het team kan er zelf een schrijven (origin: team, met auteur).")
        lines.append("")
        titles = {i["id"]: i.get("title_nl", "") for i in catalogue}
        lines += [f"- {i}: {titles.get(i, '')}" for i in result.missing_required]
    else:
        lines.append("Geen: elk verplicht punt heeft minstens één clausule.")
    lines += ["", "## Gemoderniseerd of verouderd", ""]
    changed = [c for c in result.clauses if c.changes]
    if not changed:
        lines.append("Geen verouderde verwijzingen gevonden.")
    for c in changed:
        for ch in c.changes:
            what = f"'{ch.old}' -> '{ch.new}'" if ch.new else f"'{ch.old}' (niet vervangen: clausule gemarkeerd als verouderd)"
            lines.append(f"- {c.id}: {what}. {ch.reason}".rstrip())
    lines += ["", "## Weggelaten bijna-dubbels", ""]
    if not result.dropped:
        lines.append("Geen.")
    lines += [f"- '{d.title}' ({d.source}) lijkt op {d.duplicate_of} (Jaccard {d.similarity:.2f})" for d in result.dropped]
    lines += ["", "## Opmerkingen", ""]
    lines += [f"- {n}" for n in result.notes] or ["Geen."]
    return "\n".join(lines) + "\n"
