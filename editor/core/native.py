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
from editor.core.importers.bounds import (
    MAX_BLOCKS,
    MAX_HEADING_LEVEL,
    MAX_LIST_LEVEL,
    MAX_TABLE_CELLS,
    bound_policy,
    clamp_int,
    too_many_blocks,
)
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
        bold=data.get("bold") is True,
        italic=data.get("italic") is True,
        underline=data.get("underline") is True,
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


def _list(data: Any, what: str) -> list:
    if data is None:
        return []
    if not isinstance(data, list):
        raise ValueError(f"{what} is not a list")
    return data


def _table_from_json(data: dict[str, Any], block_id: str) -> Table:
    raw_rows = _list(data.get("rows"), "rows")
    # Counted before building, so that a hostile file cannot make millions of cells.
    cells = sum(len(_list(row, "row")) for row in raw_rows)
    if cells > MAX_TABLE_CELLS * 10:
        raise ValueError(f"table with {cells} cells")
    rows = [[Cell([_run_from_json(r) for r in _list(cell, "cell")]) for cell in row] for row in raw_rows]
    return Table(id=block_id, rows=rows, header_rows=clamp_int(data.get("header_rows"), 0, len(rows), 0))


def block_from_json(data: Any) -> Block:
    if not isinstance(data, dict):
        raise ValueError("block is not an object")
    kind = data.get("type")
    raw_id = data.get("id", "")
    block_id = raw_id if isinstance(raw_id, str) and len(raw_id) <= 64 else ""
    if kind == "table":
        return _table_from_json(data, block_id)
    runs = [_run_from_json(r) for r in _list(data.get("runs"), "runs")]
    if kind == "heading":
        return Heading(id=block_id, runs=runs, level=clamp_int(data.get("level", 1), 1, MAX_HEADING_LEVEL, 1))
    if kind == "paragraph":
        return Paragraph(id=block_id, runs=runs)
    if kind == "list_item":
        level = clamp_int(data.get("level", 0), 0, MAX_LIST_LEVEL, 0)
        return ListItem(id=block_id, runs=runs, ordered=data.get("ordered") is True, level=level)
    raise ValueError(f"unknown block type {str(kind)[:40]!r}")


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
    return {k: str(v)[:10_000] for k, v in data.items() if k in names and isinstance(v, (str, int, float))}


def policy_from_json(data: Any) -> Policy:
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise BadInputError(
            "Dit is geen bestand van de privacyverklaring-editor.",
            "This is not a privacy-policy editor file.",
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 0 <= version <= FORMAT_VERSION:
        raise BadInputError(
            f"Dit bestand heeft formaatversie {str(version)[:20]}; deze versie van de editor leest tot versie {FORMAT_VERSION}.",
            f"This file has format version {str(version)[:20]}; this editor reads up to version {FORMAT_VERSION}.",
        )
    try:
        raw_meta = data.get("meta") or {}
        if not isinstance(raw_meta, dict):
            raise ValueError("meta is not an object")
        jurisdiction = raw_meta.get("jurisdiction")
        language = raw_meta.get("language") or "nl-BE"
        raw_decisions = raw_meta.get("decisions") or {}
        if not isinstance(raw_decisions, dict):
            raise ValueError("decisions is not an object")
        decisions = {}
        for key, value in raw_decisions.items():
            fields_ = _known(Decision, value)
            fields_["item_id"] = str(key)
            decisions[str(key)] = Decision(**fields_)
        meta = PolicyMeta(
            title=_string(raw_meta.get("title")),
            language=language if language in ("nl-BE", "nl-NL") else "nl-BE",
            jurisdiction=jurisdiction if jurisdiction in ("BE", "NL") else None,
            organisation=OrganisationProfile(**_known(OrganisationProfile, raw_meta.get("organisation"))),
            version=_string(raw_meta.get("version")),
            last_updated=_string(raw_meta.get("last_updated")),
            decisions=decisions,
        )
        raw_blocks = _list(data.get("blocks"), "blocks")
        if len(raw_blocks) > MAX_BLOCKS:
            raise too_many_blocks(len(raw_blocks))
        blocks = [block_from_json(b) for b in raw_blocks]
    except (ValueError, TypeError, AttributeError, OverflowError) as exc:
        detail = str(exc)[:200]
        raise BadInputError(f"Het bestand is beschadigd: {detail}", f"The file is damaged: {detail}") from exc
    policy = Policy(blocks=blocks, meta=meta)
    bound_policy(policy)
    return policy


def _string(value: Any) -> str:
    return str(value)[:10_000] if isinstance(value, (str, int, float)) and not isinstance(value, bool) else ""


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
