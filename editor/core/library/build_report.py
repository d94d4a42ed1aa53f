"""BUILD_REPORT.md: what the library build took, verified, repaired, rejected and still lacks."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from editor.core.library.build import BuildResult

REPORT_FILE = "BUILD_REPORT.md"


def render_report(result: BuildResult, catalogue: list[dict], build_date: str) -> str:
    lines = [
        "# Bouwrapport van de clausulebibliotheek",
        "",
        "Automatisch gemaakt door `privacy-editor library build`; niet met de hand bewerken.",
        f"Datum van de bibliotheek (nieuwste datum in het corpus): {build_date[:10]}.",
        "",
        "Twee soorten clausules. Corpusclausules (origin: corpus) zijn tekst uit het corpus: alleen",
        "organisatiegegevens zijn vervangen door invulvelden ({{organisatie}}, {{adres}}, ...),",
        "verouderde wetsverwijzingen zijn gemoderniseerd en zinnen die naar de bronwebsite verwijzen",
        "zijn weggelaten (elke wijziging staat in de clausule); wat niet zo te herstellen is, is",
        "afgewezen (zie hieronder). Modelclausules (origin: model) zijn door het team geschreven",
        "(resources/library/model_clauses.toml), in de u- en de je-vorm.",
        "",
        "Elk checklistpunt van een clausule is geverifieerd: de checklist, uitgevoerd op de clausule",
        "alleen met een ingevuld voorbeeldprofiel, vindt het punt aanwezig.",
        "",
        "## Corpus",
        "",
        "| bestand | titel | clausules |",
        "|---|---|---|",
    ]
    lines += [f"| {f} | {t} | {n} |" for f, t, n in result.sources]
    models = sum(c.origin == "model" for c in result.clauses)
    lines += ["", f"Totaal: {len(result.clauses)} clausules ({len(result.clauses) - models} uit het corpus, {models} modelclausules).", ""]
    lines += [
        "## Dekking per checklistpunt", "",
        "BE en NL: clausules in de u-vorm voor dat land (elk heeft ook een je-variant of is in de je-vorm).", "",
        "| punt | niveau | BE | NL | ids |", "|---|---|---|---|---|",
    ]
    for item in catalogue:
        ids = result.coverage.get(item["id"], [])
        n = result.per_country.get(item["id"], {})
        lines.append(
            f"| {item['id']} ({item.get('title_nl', '')}) | {item.get('level', '')} | {n.get('BE', 0)} | {n.get('NL', 0)} | {', '.join(ids)} |"
        )
    lines += ["", "## Verplichte punten zonder clausule", ""]
    if result.missing_required:
        lines.append("Voor deze verplichte punten heeft de bibliotheek geen geverifieerde clausule.")
        lines.append("")
        titles = {i["id"]: i.get("title_nl", "") for i in catalogue}
        lines += [f"- {i}: {titles.get(i, '')}" for i in result.missing_required]
    else:
        lines.append("Geen: elk verplicht punt heeft minstens één clausule.")
    lines += ["", "## Gemoderniseerd of hersteld", ""]
    changed = [c for c in result.clauses if c.changes]
    if not changed:
        lines.append("Geen.")
    for c in changed:
        for ch in c.changes:
            what = f"'{ch.old}' -> '{ch.new}'" if ch.new else f"'{ch.old}' weggelaten"
            lines.append(f"- {c.id}: {what}. {ch.reason}".rstrip())
    lines += ["", "## Afgewezen", ""]
    if not result.rejected:
        lines.append("Geen.")
    lines += [f"- '{r.title}' ({r.source}): {r.reason}" for r in result.rejected]
    lines += ["", "## Weggelaten bijna-dubbels", ""]
    if not result.dropped:
        lines.append("Geen.")
    lines += [f"- '{d.title}' ({d.source}) lijkt op {d.duplicate_of} (Jaccard {d.similarity:.2f})" for d in result.dropped]
    lines += ["", "## Opmerkingen", ""]
    lines += [f"- {n}" for n in result.notes] or ["Geen."]
    return "\n".join(lines) + "\n"
