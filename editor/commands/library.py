"""`privacy-editor library build|list|search|show|add|edit|retire|conflicts|resolve`: the clause library
from the shell.

add/edit/retire save a new revision, as the GUI does. Two saves from the same revision are both
kept as a conflict (exit code 2, nothing lost); `conflicts` lists them with every text and
`resolve ID --pick N` makes the chosen text the new revision. A save the share cannot take is
written to a local file so nothing is lost.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import replace
from pathlib import Path

from editor.core.errors import UserError
from editor.core.i18n import pick

NAME = "library"
HELP = pick(
    "Clausulebibliotheek: bouwen uit het corpus, tonen, zoeken en bewerken.",
    "Clause library: build from the corpus, list, search and edit.",
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--library",
        metavar="PAD",
        help=pick(
            "map van de bibliotheek (standaard: uit de instellingen, anders de meegeleverde)",
            "library folder (default: from the settings, else the shipped one)",
        ),
    )
    sub = parser.add_subparsers(dest="action", required=True, parser_class=type(parser))

    p = sub.add_parser("build", help=pick("bibliotheek bouwen uit corpusmappen", "build a library from corpus folders"))
    p.add_argument("corpus", nargs="+", metavar="CORPUS_DIR")
    p.add_argument("--out", required=True, metavar="MAP")

    p = sub.add_parser("list", parents=[common], help=pick("clausules opsommen", "list clauses"))
    p.add_argument("--item", help=pick("alleen voor dit checklistpunt", "only for this checklist item"))
    p.add_argument("--jurisdiction", choices=["BE", "NL"])
    p.add_argument("--status", choices=["active", "retired", "all"], default="active")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("search", parents=[common], help=pick("zoeken in de tekst", "full-text search"))
    p.add_argument("query")
    p.add_argument("--item")
    p.add_argument("--jurisdiction", choices=["BE", "NL"])
    p.add_argument("--status", choices=["active", "retired", "all"], default="active")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("show", parents=[common], help=pick("een clausule tonen", "show one clause"))
    p.add_argument("id")
    p.add_argument("--history", action="store_true", help=pick("alle bewaarde revisies", "all kept revisions"))

    for action, text in (("add", pick("nieuwe clausule (door het team geschreven)", "new clause (written by the team)")),
                         ("edit", pick("clausule wijzigen", "change a clause"))):
        p = sub.add_parser(action, parents=[common], help=text)
        if action == "edit":
            p.add_argument("id")
            p.add_argument("--base-revision", type=int, help=pick(
                "de revisie waarvan u vertrok (standaard: de huidige)", "the revision you started from (default: current)"))
        p.add_argument("--title", required=action == "add")
        p.add_argument("--body-file", metavar="BESTAND", help=pick("tekst uit dit bestand (- = stdin)", "text from this file (- = stdin)"))
        p.add_argument("--body", help=pick("tekst van de clausule", "clause text"))
        p.add_argument("--item", action="append", dest="items", metavar="ITEM_ID")
        p.add_argument("--jurisdiction", choices=["BE", "NL", "any"])
        p.add_argument("--author", default=os.environ.get("USER") or os.environ.get("USERNAME") or "")
        if action == "add":
            p.add_argument("--id")

    p = sub.add_parser("conflicts", parents=[common], help=pick(
        "clausules met twee of meer versies naast elkaar", "clauses with two or more versions side by side"))
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("resolve", parents=[common], help=pick(
        "een conflict beslechten: de gekozen versie wordt de nieuwe revisie",
        "resolve a conflict: the chosen version becomes the new revision"))
    p.add_argument("id")
    p.add_argument("--pick", type=int, required=True, metavar="N", help=pick(
        "het nummer van de versie in `library conflicts`", "the number of the version in `library conflicts`"))
    p.add_argument("--body-file", metavar="BESTAND", help=pick("gekozen tekst eerst aanpassen", "edit the chosen text first"))
    p.add_argument("--body", help=pick("gekozen tekst eerst aanpassen", "edit the chosen text first"))
    p.add_argument("--author", default=os.environ.get("USER") or os.environ.get("USERNAME") or "")

    p = sub.add_parser("retire", parents=[common], help=pick("clausule intrekken (blijft in de historiek)", "retire a clause (kept in history)"))
    p.add_argument("id")
    p.add_argument("--base-revision", type=int)
    p.add_argument("--author", default=os.environ.get("USER") or os.environ.get("USERNAME") or "")


def _library_path(args: argparse.Namespace) -> tuple[Path, bool]:
    """The library folder and whether it is the shipped (read-only) default."""
    from editor.core.paths import default_library_dir
    from editor.core.settings import Settings

    if getattr(args, "library", None):
        return Path(args.library), False
    configured = Settings.load().library_path
    if configured:
        return Path(configured), False
    return default_library_dir(), True


def _open(args: argparse.Namespace):
    from editor.core.library import ClauseLibrary

    path, shipped = _library_path(args)
    lib = ClauseLibrary.open(path, read_only=shipped)
    if lib.offline_since is not None:
        sys.stderr.write(lib.status_message + "\n")
    for problem in lib.problems:
        sys.stderr.write(pick("overgeslagen: ", "skipped: ") + problem.message + "\n")
    return lib


def _status(value: str) -> str | None:
    return None if value == "all" else value


def _line(c) -> str:
    flags = []
    if c.status != "active":
        flags.append(pick("ingetrokken", "retired"))
    if c.outdated:
        flags.append(pick("verouderd", "outdated"))
    extra = f" [{', '.join(flags)}]" if flags else ""
    return f"{c.id}\tr{c.revision}\t{c.jurisdiction}\t{','.join(c.item_ids)}\t{c.title}{extra}"


def _print_list(clauses, as_json: bool) -> None:
    if as_json:
        print(json.dumps([c.to_json() for c in clauses], ensure_ascii=False, indent=1))
    else:
        for c in clauses:
            print(_line(c))


def _read_body(args: argparse.Namespace) -> str | None:
    if args.body_file:
        if args.body_file == "-":
            return sys.stdin.read()
        try:
            return Path(args.body_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(
                f"Kan {args.body_file} niet lezen: {exc}", f"Cannot read {args.body_file}: {exc}"
            ) from exc
    return args.body


def _save(lib, clause, base: int, author: str) -> int:
    from editor.core.library import ConflictError, save_aside

    try:
        saved = lib.save(clause, base, author=author) if base else lib.add(clause, author=author)
    except ConflictError as exc:
        sys.stderr.write(f"privacy-editor: {exc.message}\n")
        if exc.kept:
            sys.stderr.write(pick(
                f"Bekijk beide versies met: privacy-editor library conflicts; kies met: library resolve {clause.id} --pick N\n",
                f"See both versions with: privacy-editor library conflicts; pick with: library resolve {clause.id} --pick N\n",
            ))
        else:
            aside = save_aside(exc.mine)
            sys.stderr.write(pick(f"Uw versie is bewaard in {aside}.\n", f"Your version was saved to {aside}.\n"))
        if exc.theirs is not None:
            sys.stderr.write(pick("Andere versie", "Other version") + f" (r{exc.theirs.revision}):\n{exc.theirs.body}\n")
        return 2
    except UserError as exc:  # offline, read-only, share failing: keep the text locally
        aside = save_aside(clause)
        sys.stderr.write(f"privacy-editor: {exc.message}\n")
        sys.stderr.write(pick(f"Uw versie is bewaard in {aside}.\n", f"Your version was saved to {aside}.\n"))
        return 2
    print(pick(f"Opgeslagen: {saved.id} revisie {saved.revision}", f"Saved: {saved.id} revision {saved.revision}"))
    return 0


def _conflicts(lib, as_json: bool) -> int:
    from editor.core.library.revisions import rev_id

    found = lib.conflicts()
    if as_json:
        print(json.dumps({cid: [h.to_json() for h in heads] for cid, heads in found.items()}, ensure_ascii=False, indent=1))
        return 0
    if not found:
        print(pick("Geen conflicten.", "No conflicts."))
    for cid, heads in found.items():
        print(pick(f"{cid}: {len(heads)} versies naast elkaar", f"{cid}: {len(heads)} versions side by side"))
        for n, head in enumerate(heads, 1):
            print(f"--- {n}: r{head.revision} {head.author} {head.modified} [{rev_id(head)}]")
            print(head.body)
    return 0


def _resolve(lib, args: argparse.Namespace) -> int:
    from editor.core.library import ConflictError
    from editor.core.library.revisions import rev_id

    heads = lib.conflicts().get(args.id)
    if not heads:
        raise UserError(f"Clausule '{args.id}' heeft geen conflict.", f"Clause '{args.id}' has no conflict.")
    if not 1 <= args.pick <= len(heads):
        raise UserError(f"Kies een versie van 1 tot {len(heads)}.", f"Pick a version from 1 to {len(heads)}.")
    chosen = heads[args.pick - 1]
    body = _read_body(args)
    if body and body.strip():
        chosen = replace(chosen, body=body.strip())
    try:
        saved = lib.resolve(args.id, chosen, author=args.author, seen=[rev_id(h) for h in heads])
    except ConflictError as exc:
        sys.stderr.write(f"privacy-editor: {exc.message}\n")
        return 2
    print(pick(f"Opgelost: {saved.id} revisie {saved.revision}", f"Resolved: {saved.id} revision {saved.revision}"))
    return 0


def run(args: argparse.Namespace) -> int:
    action = args.action
    if action == "build":
        from editor.core.library.build import build_library

        result = build_library([Path(p) for p in args.corpus], Path(args.out))
        print(result.summary())
        return 0

    lib = _open(args)
    if action == "list":
        clauses = [c for c in lib.clauses if (_status(args.status) is None or c.status == args.status)]
        if args.item:
            clauses = [c for c in clauses if args.item in c.item_ids]
        if args.jurisdiction:
            clauses = [c for c in clauses if c.jurisdiction in (args.jurisdiction, "any")]
        _print_list(clauses, args.json)
        return 0
    if action == "search":
        hits = lib.search(args.query, item_id=args.item, jurisdiction=args.jurisdiction, status=_status(args.status), limit=args.limit)
        _print_list(hits, args.json)
        return 0
    if action == "conflicts":
        return _conflicts(lib, args.json)
    if action == "resolve":
        return _resolve(lib, args)
    if action == "show":
        clause = lib.get(args.id)
        if clause is None:
            raise UserError(f"Onbekende clausule '{args.id}'.", f"Unknown clause '{args.id}'.")
        if args.history:
            for old in lib.history(args.id):
                print(f"--- r{old.revision} {old.modified} {old.author} {old.status}")
                print(old.body)
            return 0
        sys.stdout.write(clause.to_text())
        return 0
    if action == "add":
        from editor.core.library import Clause

        body = _read_body(args)
        if not body or not body.strip():
            raise UserError("Geef de tekst met --body of --body-file.", "Give the text with --body or --body-file.")
        if not args.author:
            raise UserError("Geef de auteur met --author.", "Give the author with --author.")
        cid = args.id or lib.new_id(args.title)
        clause = Clause(
            id=cid, title=args.title, body=body.strip(), item_ids=args.items or [],
            jurisdiction=args.jurisdiction or "any", origin="team", author=args.author,
        )
        return _save(lib, clause, 0, args.author)
    if action in ("edit", "retire"):
        current = lib.get(args.id)
        if current is None:
            raise UserError(f"Onbekende clausule '{args.id}'.", f"Unknown clause '{args.id}'.")
        base = args.base_revision if args.base_revision is not None else current.revision
        if action == "retire":
            return _save(lib, replace(current, status="retired"), base, args.author)
        body = _read_body(args)
        changed = replace(
            current,
            title=args.title or current.title,
            body=body.strip() if body else current.body,
            item_ids=args.items or current.item_ids,
            jurisdiction=args.jurisdiction or current.jurisdiction,
        )
        return _save(lib, changed, base, args.author)
    raise UserError(f"Onbekende actie {action}.", f"Unknown action {action}.")
