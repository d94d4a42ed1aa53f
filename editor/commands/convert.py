"""`privacy-editor convert IN --to OUT.(json|ppe|txt|md)`: import a file and write it out.

json/ppe is the native format, txt plain text, md Markdown. Warnings go to stderr, one line
each. Exit 0 on success; bad input, an unknown target type or an unwritable target exit 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editor.core.atomic import atomic_write_text
from editor.core.errors import UserError
from editor.core.i18n import pick

NAME = "convert"
HELP = pick(
    "Zet een privacyverklaring (.txt, .md, .docx, .html, .ppe) om naar .json, .txt of .md.",
    "Convert a privacy policy (.txt, .md, .docx, .html, .ppe) to .json, .txt or .md.",
)
TARGETS = (".json", ".ppe", ".txt", ".md")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", help=pick("bronbestand", "input file"))
    parser.add_argument(
        "--to", required=True, dest="output", help=pick("doelbestand (.json, .txt of .md)", "target (.json, .txt or .md)")
    )


def run(args: argparse.Namespace) -> int:
    target = Path(args.output)
    ext = target.suffix.lower()
    if ext not in TARGETS:
        shown = ext or pick("(geen extensie)", "(no extension)")
        raise UserError(
            f"Onbekend doeltype {shown}: kies .json, .txt of .md.",
            f"Unknown target type {shown}: choose .json, .txt or .md.",
        )
    from editor.core.importers import load_document

    result = load_document(args.input)
    if ext in (".json", ".ppe"):
        from editor.core.native import dumps

        text = dumps(result.policy)
    elif ext == ".txt":
        from editor.core.importers.render import to_plain_text

        text = to_plain_text(result.policy)
    else:
        from editor.core.importers.render import to_markdown

        text = to_markdown(result.policy)
    if target.resolve() == Path(args.input).resolve():
        raise UserError(
            "Het doelbestand is hetzelfde als het bronbestand; kies een andere naam.",
            "The target is the same file as the input; choose another name.",
        )
    atomic_write_text(target, text)
    # After the write, so that a failed write shows only its own one-line error.
    for warning in result.warnings:
        sys.stderr.write(f"{pick('waarschuwing', 'warning')}: {warning}\n")
    return 0
