"""`privacy-editor fix FILE --out OUT [--profile P.json] [--jurisdiction BE|NL] [--json] [--track-changes]`:
insert a library clause for every checklist item the policy does not give, and write the result.

OUT's extension picks the format: .docx, .html, .pdf (as `export`), .ppe/.json (native), .txt,
.md. With --track-changes (DOCX only) the insertions are Word revisions against the original.
Prints what was inserted where and what is still open. Exit 0 when no required item is left
open, 1 when one is (the file is written either way), 2 for bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from editor.core.errors import UserError
from editor.core.i18n import language, pick

NAME = "fix"
HELP = pick(
    "Vul elk ontbrekend onderdeel van een privacyverklaring aan met een clausule uit de bibliotheek.",
    "Complete every missing part of a privacy policy with a clause from the library.",
)
TEXT_TARGETS = (".ppe", ".json", ".txt", ".md")
EXPORT_TARGETS = (".docx", ".html", ".htm", ".pdf")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help=pick("de privacyverklaring (.ppe, .txt, .md, .docx, .html)", "the policy (.ppe, .txt, .md, .docx, .html)"))
    parser.add_argument("--out", required=True, metavar="OUT",
                        help=pick("doelbestand: .docx, .html, .pdf, .ppe, .txt of .md", "target: .docx, .html, .pdf, .ppe, .txt or .md"))
    parser.add_argument("--profile", metavar="PROFILE.json",
                        help=pick("organisatieprofiel (docs/profile.md); anders het profiel in het document",
                                  "organisation profile (docs/profile.md); otherwise the document's own"))
    parser.add_argument("--jurisdiction", type=str.upper, choices=("BE", "NL"),
                        help=pick("rechtsgebied (anders profiel, document of tekst)", "jurisdiction (else profile, document or text)"))
    parser.add_argument("--library", metavar="DIR", help=pick("clausulebibliotheek (standaard: de meegeleverde)", "clause library (default: the shipped one)"))
    parser.add_argument("--json", action="store_true", help=pick("verslag als JSON", "report as JSON"))
    parser.add_argument("--track-changes", action="store_true",
                        help=pick("DOCX: invoegingen als Word-revisies (wijzigingen bijhouden)", "DOCX: insertions as Word revisions (track changes)"))
    parser.add_argument("--author", default="privacy-editor", help=pick("auteur van de revisies", "author of the revisions"))
    parser.add_argument("--allow-placeholders", action="store_true",
                        help=pick("ook clausules met niet-ingevulde velden invoegen en schrijven", "also insert and write clauses with unfilled fields"))


def _target_kind(out: str, track: bool) -> str:
    ext = Path(out).suffix.lower()
    if ext not in TEXT_TARGETS + EXPORT_TARGETS:
        shown = ext or pick("(geen extensie)", "(no extension)")
        raise UserError(
            f"Onbekend doelformaat {shown}: kies .docx, .html, .pdf, .ppe, .txt of .md.",
            f"Unknown target format {shown}: choose .docx, .html, .pdf, .ppe, .txt or .md.",
        )
    if track and ext != ".docx":
        raise UserError("--track-changes werkt alleen met een .docx-doelbestand.", "--track-changes needs a .docx target.")
    return ext


def write_result(policy, out: str, *, inserted_ids=frozenset(), track: bool = False, author: str = "") -> None:  # noqa: ANN001
    ext = Path(out).suffix.lower()
    if ext == ".docx" and track:
        from editor.core.export.track_changes import export_docx_tracked

        export_docx_tracked(policy, out, inserted_ids, author=author)
    elif ext in EXPORT_TARGETS:
        from editor.commands.export import export_policy

        export_policy(policy, out)
    else:
        from editor.core.atomic import atomic_write_text

        if ext in (".ppe", ".json"):
            from editor.core.native import dumps

            text = dumps(policy)
        elif ext == ".txt":
            from editor.core.importers.render import to_plain_text

            text = to_plain_text(policy)
        else:
            from editor.core.importers.render import to_markdown

            text = to_markdown(policy)
        atomic_write_text(out, text)


def run(args: argparse.Namespace) -> int:
    _target_kind(args.out, args.track_changes)
    if Path(args.out).resolve() == Path(args.file).resolve():
        raise UserError("Het doelbestand is het bronbestand; kies een andere naam.", "The target is the input file; choose another name.")
    from editor.commands.export import load_policy
    from editor.core.fill_gaps import fill_gaps
    from editor.core.library import ClauseLibrary
    from editor.core.paths import default_library_dir

    policy = load_policy(args.file)
    if not policy.blocks:
        raise UserError(f"{args.file}: het bestand bevat geen tekst.", f"{args.file}: the file contains no text.")
    profile, jurisdiction, form = None, args.jurisdiction, ""
    if args.profile:
        from editor.core.profile import load_profile

        loaded = load_profile(args.profile)
        profile, form = loaded.organisation, loaded.form_of_address
        jurisdiction = jurisdiction or loaded.jurisdiction
    library = ClauseLibrary.open(Path(args.library) if args.library else default_library_dir(), read_only=True, use_cache=False)
    result = fill_gaps(policy, profile, jurisdiction, library.clauses, form=form, allow_placeholders=args.allow_placeholders)
    write_result(result.policy, args.out, inserted_ids=result.inserted_block_ids, track=args.track_changes, author=args.author)
    required_open = [o for o in result.still_open if _required(result, o.item_id)]
    if args.json:
        sys.stdout.write(json.dumps(to_json(result, args.file, args.out), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_text(result, args.out))
    return 1 if required_open else 0


def _required(result, item_id: str) -> bool:  # noqa: ANN001
    return any(r.id == item_id and r.required for r in result.after.items)


def to_json(result, file: str, out: str) -> dict:  # noqa: ANN001
    return {
        "file": file,
        "out": out,
        "jurisdiction": result.jurisdiction,
        "form_of_address": result.form,
        "inserted": [
            {"item": i.item_id, "clause": i.clause_id, "title": i.title, "before_block": i.before_id,
             "where": i.where("en"), "block_ids": i.block_ids, "review": i.review}
            for i in result.inserted
        ],
        "still_open": [{"item": o.item_id, "reason": o.reason_en, "reason_nl": o.reason_nl} for o in result.still_open],
        "unfilled_placeholders": result.unfilled,
        "before": {r.id: r.status for r in result.before.items},
        "after": {r.id: r.status for r in result.after.items},
    }


def format_text(result, out: str) -> str:  # noqa: ANN001
    lang = language()
    lines = [pick(f"Aangevuld: {out} ({result.jurisdiction}, {result.form}-vorm)", f"Completed: {out} ({result.jurisdiction}, {result.form} form)")]
    titles = {r.id: r.title for r in result.after.items}
    if result.inserted:
        lines.append(pick("Ingevoegd:", "Inserted:"))
        for i in result.inserted:
            lines.append(f"  + {titles.get(i.item_id, i.item_id)}: '{i.title}' {i.where(lang)}")
            if i.review:  # the notes are written in Dutch, for the firm's lawyers
                lines.append(f"      {pick('na te kijken', 'to review')}: {i.review}")
    else:
        lines.append(pick("Niets ingevoegd: er ontbrak niets dat de bibliotheek kan aanvullen.", "Nothing inserted."))
    if result.still_open:
        lines.append(pick("Nog open:", "Still open:"))
        lines += [f"  - {titles.get(o.item_id, o.item_id)}: {pick(o.reason_nl, o.reason_en)}" for o in result.still_open]
    if result.unfilled:
        lines.append(pick("Niet-ingevulde velden: ", "Unfilled fields: ") + ", ".join("{{" + n + "}}" for n in result.unfilled))
    return "\n".join(lines) + "\n"
