"""Importers: open a policy from .ppe, .txt, .md, .docx or .html and return the model.

`load_document(path)` picks the importer by extension and returns an ImportResult with the
policy and a list of warnings (in the UI language) about what was cleaned or guessed.
Bad input raises BadInputError with a Dutch and English message. Limits: see docs/importers.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from editor.core.errors import BadInputError
from editor.core.i18n import pick
from editor.core.importers.bounds import bound_policy, check_line_count
from editor.core.importers.encoding import DOCX_LIMIT, TEXT_LIMIT, decode_bytes, encoding_warning, read_limited
from editor.core.model import Heading, Policy

__all__ = ["ImportResult", "load_document", "import_text", "SUPPORTED_EXTENSIONS", "TEXT_LIMIT", "DOCX_LIMIT"]

SUPPORTED_EXTENSIONS: tuple[str, ...] = (".ppe", ".json", ".txt", ".md", ".markdown", ".docx", ".html", ".htm")


@dataclass
class ImportResult:
    policy: Policy
    warnings: list[str] = field(default_factory=list)


def _finish(policy: Policy, warnings: list[str]) -> ImportResult:
    warnings.extend(bound_policy(policy))
    if not policy.meta.title:
        policy.meta.title = _guess_title(policy)
    if not policy.blocks:
        warnings.append(pick("Het bestand bevat geen tekst.", "The file contains no text."))
    policy.ensure_ids()
    return ImportResult(policy, warnings)


def _guess_title(policy: Policy) -> str:
    headings = [b for b in policy.blocks if isinstance(b, Heading)]
    if not headings:
        return ""
    best = min(headings, key=lambda h: h.level)
    return best.text.strip() if best.level == 1 or best is headings[0] else ""


def _too_complex() -> BadInputError:
    return BadInputError(
        "Het bestand is te ingewikkeld opgebouwd (te diep genest) om te lezen.",
        "The file is structured too intricately (nested too deeply) to read.",
    )


def import_text(text: str, fmt: str = "txt") -> ImportResult:
    """Import text that is already decoded. fmt: "txt", "md" or "html"."""
    try:
        return _import_text(text, fmt)
    except RecursionError as exc:
        raise _too_complex() from exc


def _import_text(text: str, fmt: str) -> ImportResult:
    fmt = fmt.lower().lstrip(".")
    if fmt in ("txt", "text", "md", "markdown"):
        check_line_count(text)
    if fmt in ("txt", "text"):
        from editor.core.importers.txt import parse_text

        policy, warnings = parse_text(text)
    elif fmt in ("md", "markdown"):
        from editor.core.importers.markdown import parse_markdown

        policy, warnings = parse_markdown(text)
    elif fmt in ("html", "htm"):
        from editor.core.importers.html_import import parse_html

        policy, warnings = parse_html(text)
    else:
        raise ValueError(f"unknown text format {fmt!r}")
    return _finish(policy, warnings)


def load_document(path: str | Path) -> ImportResult:
    """Open any supported file. Raises BadInputError with a clear message for bad input."""
    try:
        return _load_document(Path(path))
    except RecursionError as exc:
        raise _too_complex() from exc


def _load_document(path: Path) -> ImportResult:
    ext = path.suffix.lower()
    if ext not in SUPPORTED_EXTENSIONS:
        shown = ext or pick("(geen extensie)", "(no extension)")
        raise BadInputError(
            f"Onbekend bestandstype {shown}: {path.name}. De editor opent .ppe, .txt, .md, .docx, .html en .htm.",
            f"Unknown file type {shown}: {path.name}. The editor opens .ppe, .txt, .md, .docx, .html and .htm.",
        )
    if ext in (".ppe", ".json"):
        from editor.core import native

        read_limited(path, TEXT_LIMIT)  # size, empty and existence checks
        return ImportResult(native.load(path), [])
    if ext == ".docx":
        from editor.core.importers.docx_import import parse_docx

        policy, warnings = parse_docx(path, DOCX_LIMIT)
        return _finish(policy, warnings)
    data = read_limited(path, TEXT_LIMIT)
    if ext in (".html", ".htm"):
        from editor.core.importers.html_import import decode_html, parse_html

        text, encoding = decode_html(data)
        policy, warnings = parse_html(text)
    else:
        decoded = decode_bytes(data)
        text, encoding = decoded.text, decoded.encoding
        fmt = "md" if ext in (".md", ".markdown") else "txt"
        result = _import_text(text, fmt)
        policy, warnings = result.policy, result.warnings
    note = encoding_warning(encoding)
    if note:
        warnings.insert(0, note)
    return _finish(policy, warnings)


def describe(result: ImportResult) -> str:
    """Block structure in one line per block (used by the golden tests and for debugging)."""
    from editor.core.model import ListItem, Paragraph, Table

    lines = []
    for block in result.policy.blocks:
        text = block.text.replace("\n", " / ").replace("\t", " | ")
        if isinstance(block, Heading):
            lines.append(f"H{block.level} {text}")
        elif isinstance(block, ListItem):
            lines.append(f"{'OL' if block.ordered else 'LI'}{block.level} {text[:60]}")
        elif isinstance(block, Paragraph):
            lines.append(f"P {text[:60]}")
        elif isinstance(block, Table):
            lines.append(f"T {len(block.rows)}x{max((len(r) for r in block.rows), default=0)} h{block.header_rows}")
    return "\n".join(lines) + "\n"
