"""`privacy-editor check FILE [--jurisdiction BE|NL] [--json]`: the GDPR checklist for one policy.

Prints a readable report (Dutch by default) or, with --json, the JSON contract. Exit 0 when
no required item is missing, 1 when one is (so a team can gate a policy in CI), 2 for bad input.
The jurisdiction comes from the option, then the document, then a guess from the text.
"""

from __future__ import annotations

import argparse
import json
import sys

from editor.core.errors import UserError
from editor.core.i18n import pick
from editor.core.model import Policy

NAME = "check"
HELP = pick(
    "Controleer een privacyverklaring op de informatie die art. 13/14 AVG vereist.",
    "Check a privacy policy for the information GDPR Art. 13/14 requires.",
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help=pick("privacyverklaring (.txt, .md, .docx, .html, .ppe)", "privacy policy (.txt, .md, .docx, .html, .ppe)"))
    parser.add_argument("--jurisdiction", type=str.upper, choices=("BE", "NL"),
                        help=pick("rechtsgebied: BE of NL (anders uit het document of de tekst)",
                                  "jurisdiction: BE or NL (otherwise from the document or the text)"))
    parser.add_argument("--json", action="store_true", help=pick("uitvoer als JSON", "output as JSON"))


# A long real policy holds about 100,000 characters; the checklist's sentence patterns are
# measured on that scale (bench/bench_inputs.py), so far larger texts are refused up front.
MAX_CHECK_CHARS = 1_000_000


def check_text_size(policy: Policy) -> None:
    size = sum(len(block.text) for block in policy.blocks)
    if size > MAX_CHECK_CHARS:
        raise UserError(
            f"Het document is te groot voor de controle ({size:,} tekens; de grens is {MAX_CHECK_CHARS:,}).".replace(",", "."),
            f"The document is too large to check ({size:,} characters; the limit is {MAX_CHECK_CHARS:,}).",
        )


def run(args: argparse.Namespace) -> int:
    from editor.core.checklist import analyze, format_text
    from editor.core.importers import load_document

    result = load_document(args.file)
    if not result.policy.blocks:
        raise UserError(f"{args.file}: het bestand bevat geen tekst.", f"{args.file}: the file contains no text.")
    for warning in result.warnings:
        sys.stderr.write(f"privacy-editor: {warning}\n")
    check_text_size(result.policy)
    report = analyze(result.policy, args.jurisdiction)
    if args.json:
        sys.stdout.write(json.dumps(report.to_json(args.file), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_text(report, args.file))
    return report.exit_code()
