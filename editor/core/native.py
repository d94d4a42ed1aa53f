"""The native file format (.ppe): versioned JSON that round-trips the whole model.

See docs/native-format.md. Saving is atomic (temporary file, then replace).
"""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from editor.core.atomic import atomic_write_text
from editor.core.errors import BadInputError
from editor.core.model import (
    Block,
    Cell,
    Decision,
    Heading,
    ListItem,
    OrganisationProfile,
    Paragraph,
    Policy,
    PolicyMeta,
    Run,
    Table,
)

FORMAT_NAME = "privacy-policy-editor"
FORMAT_VERSION = 1
EXTENSION = ".ppe"


def _run_to_json(run: Run) -> dict[str, Any]:
    data: dict[str, Any] = {"text": run.text}
    for flag in ("bold", "italic", "underline"):
        if getattr(run, flag):
            data[flag] = True
    if run.link:
        data["link"] = run.link
    if run.field:
        data["field"] = run.field
    return data


def _run_from_json(data: Any) -> Run:
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise ValueError("run without text")
    link = data.get("link")
    field = data.get("field")
    return Run(
        text=data["text"],
        bold=bool(data.get("bold")),
        italic=bool(data.get("italic")),
        underline=bool(data.get("underline")),
        link=link if isinstance(link, str) else None,
        field=field if isinstance(field, str) and field.isidentifier() else "",
    )


def block_to_json(block: Block) -> dict[str, Any]:
    data: dict[str, Any] = {"type": block.kind, "id": block.id}
    if isinstance(block, Table):
        data["header_rows"] = block.header_rows
        data["rows"] = [[[_run_to_json(r) for r in cell.runs] for cell in row] for row in block.rows]
        return data
    assert isinstance(block, (Heading, Paragraph, ListItem))
    data["runs"] = [_run_to_json(r) for r in block.runs]
    if isinstance(block, Heading):
        data["level"] = block.level
    elif isinstance(block, ListItem):
        data["ordered"] = block.ordered
        data["level"] = block.level
    return data


def block_from_json(data: Any) -> Block:
    if not isinstance(data, dict):
        raise ValueError("block is not an object")
    kind = data.get("type")
    block_id = str(data.get("id", ""))
    if kind == "table":
        rows = [[Cell([_run_from_json(r) for r in cell]) for cell in row] for row in data.get("rows", [])]
        return Table(id=block_id, rows=rows, header_rows=int(data.get("header_rows", 0)))
    runs = [_run_from_json(r) for r in data.get("runs", [])]
    if kind == "heading":
        return Heading(id=block_id, runs=runs, level=min(3, max(1, int(data.get("level", 1)))))
    if kind == "paragraph":
        return Paragraph(id=block_id, runs=runs)
    if kind == "list_item":
        return ListItem(
            id=block_id, runs=runs, ordered=bool(data.get("ordered")), level=max(0, int(data.get("level", 0)))
        )
    raise ValueError(f"unknown block type {kind!r}")


def policy_to_json(policy: Policy) -> dict[str, Any]:
    meta = policy.meta
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "meta": {
            "title": meta.title,
            "language": meta.language,
            "jurisdiction": meta.jurisdiction,
            "organisation": asdict(meta.organisation),
            "version": meta.version,
            "last_updated": meta.last_updated,
            "decisions": {k: asdict(v) for k, v in sorted(meta.decisions.items())},
        },
        "blocks": [block_to_json(b) for b in policy.blocks],
    }


def _known(cls: type, data: Any) -> dict[str, Any]:
    """Keep only the fields a dataclass knows, as strings (unknown keys are ignored)."""
    if not isinstance(data, dict):
        return {}
    names = {f.name for f in fields(cls)}
    return {k: str(v) for k, v in data.items() if k in names and v is not None}


def policy_from_json(data: Any) -> Policy:
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise BadInputError(
            "Dit is geen bestand van de privacyverklaring-editor.",
            "This is not a privacy-policy editor file.",
        )
    version = data.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise BadInputError(
            f"Dit bestand heeft formaatversie {version}; deze versie van de editor leest tot versie {FORMAT_VERSION}.",
            f"This file has format version {version}; this editor reads up to version {FORMAT_VERSION}.",
        )
    try:
        raw_meta = data.get("meta") or {}
        jurisdiction = raw_meta.get("jurisdiction")
        language = raw_meta.get("language") or "nl-BE"
        decisions = {}
        for key, value in (raw_meta.get("decisions") or {}).items():
            fields_ = _known(Decision, value)
            fields_["item_id"] = str(key)
            decisions[str(key)] = Decision(**fields_)
        meta = PolicyMeta(
            title=str(raw_meta.get("title") or ""),
            language=language if language in ("nl-BE", "nl-NL") else "nl-BE",
            jurisdiction=jurisdiction if jurisdiction in ("BE", "NL") else None,
            organisation=OrganisationProfile(**_known(OrganisationProfile, raw_meta.get("organisation"))),
            version=str(raw_meta.get("version") or ""),
            last_updated=str(raw_meta.get("last_updated") or ""),
            decisions=decisions,
        )
        blocks = [block_from_json(b) for b in data.get("blocks", [])]
    except (ValueError, TypeError, AttributeError) as exc:
        raise BadInputError(
            f"Het bestand is beschadigd: {exc}",
            f"The file is damaged: {exc}",
        ) from exc
    return Policy(blocks=blocks, meta=meta)


def dumps(policy: Policy) -> str:
    return json.dumps(policy_to_json(policy), ensure_ascii=False, indent=1) + "\n"


def loads(text: str) -> Policy:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadInputError(
            f"Het bestand is geen geldige JSON (regel {exc.lineno}).",
            f"The file is not valid JSON (line {exc.lineno}).",
        ) from exc
    return policy_from_json(data)


def save(policy: Policy, path: str | Path) -> None:
    """Save atomically: an interrupted save leaves the old file intact."""
    atomic_write_text(path, dumps(policy))


def load(path: str | Path) -> Policy:
    raw = Path(path).read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInputError(
            "Het bestand is geen UTF-8-tekst en dus geen editorbestand.",
            "The file is not UTF-8 text, so not an editor file.",
        ) from exc
    return loads(text)
