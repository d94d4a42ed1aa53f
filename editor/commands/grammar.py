"""`privacy-editor grammar FILE [--json]`: spelling and grammar issues of a policy.

Spans are offsets in the document's plain-text view (editor.core.plaintext). The names in the
document's organisation profile are not reported as misspellings, as in the editor. Exit code 0,
or 2 (with a one-line message) when the input is bad or no grammar engine is available.
"""

from __future__ import annotations

import argparse
import json
import sys

from editor.core.i18n import pick

NAME = "grammar"
HELP = pick(
    "Controleer spelling en grammatica (LanguageTool) en toon de gevonden problemen.",
    "Check spelling and grammar (LanguageTool) and list the issues found.",
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help=pick("het beleidsdocument (.ppe, .txt, .md, .docx, .html)",
                                          "the policy document (.ppe, .txt, .md, .docx, .html)"))
    parser.add_argument("--json", action="store_true", help=pick("uitvoer als JSON", "output as JSON"))
    parser.add_argument("--language", choices=("nl-BE", "nl-NL"),
                        help=pick("taalvariant (standaard: die van het document)",
                                  "language variant (default: the document's)"))


def run(args: argparse.Namespace) -> int:
    from editor.core.grammar import GrammarChecker, LocalServer, language_for, profile_terms
    from editor.core.importers import load_document
    from editor.core.settings import Settings

    result = load_document(args.file)  # BadInputError -> exit 2 via cli.py
    policy = result.policy
    language = args.language or language_for(policy)
    settings = Settings.load()
    server = LocalServer() if settings.grammar_mode == "local" else None  # ours: stopped below
    checker = GrammarChecker(settings, server=server)
    checker.set_document_terms(profile_terms(policy.meta.organisation))  # as in the editor
    try:
        if sys.stderr.isatty():
            sys.stderr.write(pick("Taalcontrole starten…\n", "Starting the language checker…\n"))
        checker.start()  # EngineUnavailable is a UserError -> exit 2
        for warning in checker.warnings:
            sys.stderr.write(warning + "\n")
        matches = checker.check_policy(policy, language)
    finally:
        checker.close()
        if server is not None:
            server.stop()

    if args.json:
        sys.stdout.write(json.dumps({"matches": [m.to_json() for m in matches]}, ensure_ascii=False, indent=1) + "\n")
        return 0
    if not matches:
        print(pick("Geen spel- of grammaticaproblemen gevonden.", "No spelling or grammar issues found."))
        return 0
    kinds = {"spelling": pick("spelling", "spelling"), "grammar": pick("grammatica", "grammar"),
             "style": pick("stijl", "style")}
    for m in matches:
        repl = ", ".join(m.replacements[:5]) or "—"
        print(f"{m.start}-{m.end}\t{kinds.get(m.kind, m.kind)}\t{m.rule_id} ({m.category})\t«{m.text}»\t{m.message}"
              f"\t→ {repl}")
    print(pick(f"{len(matches)} probleem/problemen gevonden ({language}).",
               f"{len(matches)} issue(s) found ({language})."))
    return 0
