"""`privacy-editor export FILE --to OUT.(docx|html|pdf)`: export a policy.

Exit 0 on success, 2 for bad input, a bad template or an unwritable target (one-line message).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from editor.core.errors import BadInputError, UserError
from editor.core.i18n import pick
from editor.core.model import Policy

NAME = "export"
HELP = pick(
    "Exporteer een privacyverklaring naar DOCX, HTML of PDF.",
    "Export a privacy policy to DOCX, HTML or PDF.",
)

FORMATS = ("docx", "html", "pdf")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help=pick("het beleid (.ppe, .txt, .md, .docx, .html)", "the policy (.ppe, .txt, .md, .docx, .html)"))
    parser.add_argument("--to", required=True, metavar="OUT",
                        help=pick("doelbestand: .docx, .html/.htm of .pdf", "target file: .docx, .html/.htm or .pdf"))
    parser.add_argument("--fragment", action="store_true",
                        help=pick("HTML: alleen de inhoud, om in een CMS te plakken", "HTML: content only, for pasting into a CMS"))
    parser.add_argument("--template", metavar="T.docx",
                        help=pick("DOCX: eigen huisstijlsjabloon (standaard: instellingen of het meegeleverde)",
                                  "DOCX: house-style template (default: settings or the shipped one)"))
    parser.add_argument("--toc", action="store_true", help=pick("met inhoudsopgave", "with a table of contents"))
    parser.add_argument("--allow-placeholders", action="store_true",
                        help=pick("ook exporteren als er nog niet-ingevulde velden ({{...}}) in staan",
                                  "export even when unfilled fields ({{...}}) remain"))
    parser.add_argument("--no-updated-line", action="store_true",
                        help=pick("zonder de regel 'Laatst bijgewerkt op …'", "without the 'Laatst bijgewerkt op …' line"))


def target_format(path: str | Path) -> str:
    ext = Path(path).suffix.lower().lstrip(".")
    if ext == "htm":
        ext = "html"
    if ext not in FORMATS:
        shown = f".{ext}" if ext else pick("(geen extensie)", "(no extension)")
        raise UserError(
            f"Onbekend exportformaat {shown}: kies een doelbestand op .docx, .html of .pdf.",
            f"Unknown export format {shown}: choose a target ending in .docx, .html or .pdf.",
        )
    return ext


def load_policy(path: str | Path) -> Policy:
    if not Path(path).is_file():
        raise BadInputError(f"Bestand niet gevonden: {path}", f"File not found: {path}")
    from editor.core.importers import load_document

    return load_document(path).policy


def export_policy(
    policy: Policy,
    target: str | Path,
    *,
    fragment: bool = False,
    template: str | None = None,
    toc: bool = False,
    updated_line: bool = True,
) -> str:
    """Export to the format of `target`'s extension; returns the format. For the CLI and the GUI."""
    fmt = target_format(target)
    if fmt == "docx":
        from editor.core.export import export_docx

        if template is None:
            from editor.core.settings import Settings

            template = Settings.load().docx_template or None
        export_docx(policy, target, template=template, toc=toc, updated_line=updated_line)
    elif fmt == "html":
        from editor.core.export import export_html

        export_html(policy, target, fragment=fragment, toc=toc, updated_line=updated_line)
    else:
        try:
            from editor.gui.pdf_export import ensure_gui_app, export_pdf
        except ImportError as exc:  # Qt missing from a stripped install
            raise UserError(
                f"PDF-export is niet beschikbaar: Qt ontbreekt ({exc}).",
                f"PDF export is not available: Qt is missing ({exc}).",
            ) from exc
        ensure_gui_app()
        export_pdf(policy, target, toc=toc, updated_line=updated_line)
    return fmt


def run(args: argparse.Namespace) -> int:
    target_format(args.to)  # reject an unknown format before reading anything
    policy = load_policy(args.file)
    from editor.core.library.placeholders import fill_policy

    unfilled = fill_policy(policy)  # the document's own profile fills what it can
    if unfilled and not args.allow_placeholders:
        names = ", ".join("{{" + n + "}}" for n in unfilled)
        raise UserError(
            f"Niet geëxporteerd: de tekst bevat nog niet-ingevulde velden ({names}). Vul het profiel aan, "
            "of exporteer toch met --allow-placeholders.",
            f"Not exported: the text still has unfilled fields ({names}). Complete the profile, "
            "or export anyway with --allow-placeholders.",
        )
    export_policy(
        policy,
        args.to,
        fragment=args.fragment,
        template=args.template,
        toc=args.toc,
        updated_line=not args.no_updated_line,
    )
    return 0
