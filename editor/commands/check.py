"""`privacy-editor check FILE|FOLDER ... [--jurisdiction BE|NL] [--json]`: the GDPR checklist.

One file: a readable report (Dutch by default) or, with --json, the JSON contract. Several files
or a folder (a team checking all its clients' policies): a summary table, or with --json one JSON
object per line. Exit 0 when no required item is missing, 1 when one is in any file (so a team can
gate its policies in CI), 2 for bad input (in a batch: any file that could not be read). The
jurisdiction comes from the option, then the document, then a guess from the text.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from editor.core.errors import UserError
from editor.core.i18n import pick

NAME = "check"
HELP = pick(
    "Controleer privacyverklaringen op de informatie die art. 13/14 AVG vereist.",
    "Check privacy policies for the information GDPR Art. 13/14 requires.",
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help=pick("privacyverklaring(en) of map (.txt, .md, .docx, .html, .ppe)",
                                  "privacy polic(y/ies) or folder (.txt, .md, .docx, .html, .ppe)"))
    parser.add_argument("--jurisdiction", type=str.upper, choices=("BE", "NL"),
                        help=pick("rechtsgebied: BE of NL (anders uit het document of de tekst)",
                                  "jurisdiction: BE or NL (otherwise from the document or the text)"))
    parser.add_argument("--json", action="store_true",
                        help=pick("uitvoer als JSON (bij meerdere bestanden: één object per regel)",
                                  "output as JSON (for several files: one object per line)"))


def _collect(args: list[str]) -> list[Path]:
    from editor.core.importers import SUPPORTED_EXTENSIONS

    files: list[Path] = []
    for arg in args:
        path = Path(arg)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_EXTENSIONS
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not found:
                raise UserError(f"{arg}: geen privacyverklaringen in deze map.", f"{arg}: no privacy policies in this folder.")
            files.extend(found)
        else:
            files.append(path)
    return files


def _analyse(path: Path, jurisdiction: str | None):
    from editor.core.checklist import analyze
    from editor.core.importers import load_document

    result = load_document(path)
    if not result.policy.blocks:
        raise UserError(f"{path}: het bestand bevat geen tekst.", f"{path}: the file contains no text.")
    for warning in result.warnings:
        sys.stderr.write(f"privacy-editor: {warning}\n")
    return analyze(result.policy, jurisdiction)


def run(args: argparse.Namespace) -> int:
    from editor.core.checklist import format_text

    files = _collect(args.files)
    if len(files) == 1 and not Path(args.files[0]).is_dir():
        report = _analyse(files[0], args.jurisdiction)
        if args.json:
            sys.stdout.write(json.dumps(report.to_json(str(files[0])), ensure_ascii=False, indent=2) + "\n")
        else:
            sys.stdout.write(format_text(report, str(files[0])))
        return report.exit_code()
    return _batch(files, args)


def _batch(files: list[Path], args: argparse.Namespace) -> int:
    rows: list[tuple[str, str, str, str, str]] = []
    worst = 0
    for path in files:
        try:
            report = _analyse(path, args.jurisdiction)
        except UserError as exc:
            worst = 2
            message = exc.message
            if args.json:
                sys.stdout.write(json.dumps({"file": str(path), "error": message}, ensure_ascii=False) + "\n")
            rows.append((str(path), "-", "-", "-", pick("fout: ", "error: ") + message))
            continue
        worst = max(worst, report.exit_code())
        if args.json:
            sys.stdout.write(json.dumps(report.to_json(str(path)), ensure_ascii=False) + "\n")
            continue
        present, total = report.summary()
        gaps = [it for it in report.required_items() if it.status != "present"]
        missing = sum(1 for it in gaps if it.status == "missing")
        rows.append((str(path), report.jurisdiction, f"{present}/{total}",
                     pick(f"{len(gaps)} ({missing} ontbreekt)" if missing == 1 else f"{len(gaps)} ({missing} ontbreken)",
                          f"{len(gaps)} ({missing} missing)"),
                     str(len(report.outdated_references))))
    if not args.json:
        sys.stdout.write(_table(rows))
    return worst


def _table(rows: list[tuple[str, str, str, str, str]]) -> str:
    head = (pick("bestand", "file"), pick("recht", "law"), pick("gegeven", "given"), pick("lacunes", "gaps"),
            pick("verouderd", "outdated"))
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(4)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(head[:4], widths, strict=True)) + "  " + head[4]]
    lines.append("  ".join("-" * w for w in widths) + "  " + "-" * len(head[4]))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r[:4], widths, strict=True)) + "  " + r[4] for r in rows]
    return "\n".join(lines) + "\n"
