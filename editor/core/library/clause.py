"""One clause: its text plus metadata, and the human-readable file format it is stored in.

A clause file is UTF-8 text:

    ---
    { ...JSON metadata... }
    ---
    Body paragraph one, may contain {{organisatie}} placeholders.

    - a list item
    --- end ---

The metadata block is parsed with json.loads as plain data; nothing in a clause file is
ever evaluated, formatted or rendered as a template. The closing "--- end ---" line lets a
reader tell a complete file from one that was cut off half-way.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, fields
from typing import Any

from editor.core.model import Block, Heading, ListItem, OrganisationProfile, Paragraph, Run
from editor.core.patterns import PLACEHOLDER

FORMAT_VERSION = 1
SUFFIX = ".md"
END_MARKER = "--- end ---"
STATUSES = ("active", "retired")
ORIGINS = ("corpus", "team", "model")  # model: written by the app's team, shipped
FORMS = ("u", "je", "")  # form of address of the clause ("" = does not address the reader)
CLAUSE_JURISDICTIONS = ("BE", "NL", "any")

# Ids become file names, so they are restricted to characters that are safe on every share.
ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,99}$")
PLACEHOLDER_RE = PLACEHOLDER
_LIST_RE = re.compile(r"^(?P<indent>(?:  )*)(?:(?P<bullet>- )|(?P<num>\d{1,3})\. )(?P<text>.*)$")


class ClauseFormatError(ValueError):
    """A clause file that cannot be read; `nl`/`en` say why (shown in the load report)."""

    def __init__(self, nl: str, en: str) -> None:
        super().__init__(en)
        self.nl = nl
        self.en = en


class FutureFormatError(ClauseFormatError):
    """Written by a newer version of the app: skipped rather than misread."""


@dataclass
class Provenance:
    source: str = ""  # corpus file name the text came from
    line: int = 0  # 1-based line of the clause's heading in that file (0 = unknown)
    start: int = 0  # character offsets of the clause in the source's plain text
    end: int = 0
    heading: str = ""  # the original heading, before placeholders

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "line": self.line, "start": self.start, "end": self.end, "heading": self.heading}


@dataclass
class Change:
    """A modernisation applied to corpus text, recorded so a curator can review it."""

    old: str
    new: str
    reason: str = ""

    def to_json(self) -> dict[str, str]:
        return {"old": self.old, "new": self.new, "reason": self.reason}


@dataclass
class Clause:
    id: str
    title: str
    body: str
    item_ids: list[str] = field(default_factory=list)
    jurisdiction: str = "any"  # BE, NL or any
    language: str = "nl"
    origin: str = "corpus"  # corpus (mined), model (shipped, written for the app) or team (the firm's)
    form: str = ""  # "u" or "je": the form of address the clause uses ("" = none)
    author: str = ""
    revision: int = 1
    created: str = ""
    modified: str = ""
    status: str = "active"
    outdated: bool = False  # contains outdated law that was not modernised: not offered by default
    changes: list[Change] = field(default_factory=list)
    provenance: Provenance | None = None
    also_in: list[str] = field(default_factory=list)  # near-duplicates dropped at build time
    format_version: int = FORMAT_VERSION
    extra: dict[str, Any] = field(default_factory=dict)  # unknown fields, kept on rewrite

    @property
    def placeholders(self) -> list[str]:
        return sorted(set(PLACEHOLDER_RE.findall(self.title + "\n" + self.body)))

    @property
    def active(self) -> bool:
        return self.status == "active"

    def word_count(self) -> int:
        return len(self.body.split())

    def blocks_text(self) -> list[tuple[str, str, int, bool]]:
        """The body as (kind, text, level, ordered) tuples: paragraphs and list items."""
        out: list[tuple[str, str, int, bool]] = []
        para: list[str] = []

        def flush() -> None:
            if para:
                out.append(("paragraph", " ".join(para), 0, False))
                para.clear()

        for line in self.body.split("\n"):
            if not line.strip():
                flush()
                continue
            m = _LIST_RE.match(line)
            if m:
                flush()
                out.append(("list_item", m.group("text").strip(), len(m.group("indent")) // 2, m.group("num") is not None))
            else:
                para.append(line.strip())
        flush()
        return out

    def to_blocks(
        self, profile: OrganisationProfile | None, jurisdiction: str | None, *, date: str = ""
    ) -> list[Block]:
        """Blocks ready to insert: a level-2 heading and the body, placeholders filled.

        Block ids are left empty: the receiving Policy gives them fresh ids (ensure_ids).
        Unfilled placeholders stay in the text as {{name}} so the user sees them.
        """
        from editor.core.library.placeholders import fill_placeholders

        def fill(text: str) -> str:
            return fill_placeholders(text, profile, jurisdiction, date=date).text

        blocks: list[Block] = [Heading(runs=[Run(fill(self.title))], level=2)]
        for kind, text, level, ordered in self.blocks_text():
            if kind == "list_item":
                blocks.append(ListItem(runs=[Run(fill(text))], ordered=ordered, level=level))
            else:
                blocks.append(Paragraph(runs=[Run(fill(text))]))
        return blocks

    # --- file format -------------------------------------------------------------------

    def metadata(self) -> dict[str, Any]:
        meta: dict[str, Any] = {
            "format_version": self.format_version,
            "id": self.id,
            "title": self.title,
            "item_ids": list(self.item_ids),
            "jurisdiction": self.jurisdiction,
            "language": self.language,
            "placeholders": self.placeholders,
            "origin": self.origin,
            "form": self.form,
            "author": self.author,
            "revision": self.revision,
            "created": self.created,
            "modified": self.modified,
            "status": self.status,
            "outdated": self.outdated,
            "changes": [c.to_json() for c in self.changes],
            "provenance": self.provenance.to_json() if self.provenance else None,
            "also_in": list(self.also_in),
        }
        for key, value in self.extra.items():
            meta.setdefault(key, value)
        return meta

    def to_text(self) -> str:
        body = self.body.replace("\r\n", "\n").strip("\n")
        header = json.dumps(self.metadata(), ensure_ascii=False, indent=1)
        return f"---\n{header}\n---\n{body}\n{END_MARKER}\n"

    def to_bytes(self) -> bytes:
        return self.to_text().encode("utf-8")

    def to_json(self) -> dict[str, Any]:
        """Metadata plus body, as stored in index.json and the offline cache."""
        data = self.metadata()
        data["body"] = self.body
        return data

    @classmethod
    def from_json(cls, data: Any, *, where: str = "") -> Clause:
        """Build a clause from parsed metadata, strictly: wrong types are refused, unknown keys kept."""
        if not isinstance(data, dict):
            raise ClauseFormatError("metadata is geen object", "metadata is not an object")
        version = data.get("format_version", FORMAT_VERSION)
        if not isinstance(version, int) or isinstance(version, bool):
            raise ClauseFormatError("format_version is geen geheel getal", "format_version is not an integer")
        if version > FORMAT_VERSION:
            raise FutureFormatError(
                f"opgeslagen in een nieuwere formaatversie ({version}); werk de app bij",
                f"saved in a newer format version ({version}); update the app",
            )

        def get(key: str, typ: type | tuple[type, ...], default: Any) -> Any:
            value = data.get(key, default)
            if value is None and default is None:
                return None
            if isinstance(value, bool) and typ is int:
                raise ClauseFormatError(f"veld '{key}' heeft een verkeerd type", f"field '{key}' has the wrong type")
            if not isinstance(value, typ):
                raise ClauseFormatError(f"veld '{key}' heeft een verkeerd type", f"field '{key}' has the wrong type")
            return value

        def str_list(key: str) -> list[str]:
            value = get(key, list, [])
            if not all(isinstance(v, str) for v in value):
                raise ClauseFormatError(f"veld '{key}' moet een lijst tekst zijn", f"field '{key}' must be a list of strings")
            return list(value)

        cid = get("id", str, "")
        if not ID_RE.match(cid):
            raise ClauseFormatError(f"ongeldige id {cid!r}", f"invalid id {cid!r}")
        status = get("status", str, "active")
        if status not in STATUSES:
            raise ClauseFormatError(f"onbekende status {status!r}", f"unknown status {status!r}")
        jurisdiction = get("jurisdiction", str, "any")
        if jurisdiction not in CLAUSE_JURISDICTIONS:
            raise ClauseFormatError(f"onbekende jurisdictie {jurisdiction!r}", f"unknown jurisdiction {jurisdiction!r}")
        origin = get("origin", str, "corpus")
        if origin not in ORIGINS:
            raise ClauseFormatError(f"onbekende herkomst {origin!r}", f"unknown origin {origin!r}")
        form = get("form", str, "")
        if form not in FORMS:
            raise ClauseFormatError(f"onbekende aanspreekvorm {form!r}", f"unknown form of address {form!r}")
        revision = get("revision", int, 1)
        if revision < 0:
            raise ClauseFormatError("negatieve revisie", "negative revision")
        changes = []
        for c in get("changes", list, []):
            if not (isinstance(c, dict) and all(isinstance(c.get(k, ""), str) for k in ("old", "new", "reason"))):
                raise ClauseFormatError("veld 'changes' is ongeldig", "field 'changes' is invalid")
            changes.append(Change(c.get("old", ""), c.get("new", ""), c.get("reason", "")))
        prov_data = get("provenance", dict, None)
        provenance = None
        if prov_data is not None:
            try:
                provenance = Provenance(
                    source=str(prov_data.get("source", "")),
                    line=int(prov_data.get("line", 0)),
                    start=int(prov_data.get("start", 0)),
                    end=int(prov_data.get("end", 0)),
                    heading=str(prov_data.get("heading", "")),
                )
            except (TypeError, ValueError) as exc:
                raise ClauseFormatError("veld 'provenance' is ongeldig", "field 'provenance' is invalid") from exc
        extra = {k: v for k, v in data.items() if k not in _KNOWN_KEYS}
        return cls(
            id=cid,
            title=get("title", str, ""),
            body=get("body", str, ""),
            item_ids=str_list("item_ids"),
            jurisdiction=jurisdiction,
            language=get("language", str, "nl"),
            origin=origin,
            form=form,
            author=get("author", str, ""),
            revision=revision,
            created=get("created", str, ""),
            modified=get("modified", str, ""),
            status=status,
            outdated=get("outdated", bool, False),
            changes=changes,
            provenance=provenance,
            also_in=str_list("also_in"),
            format_version=version,
            extra=extra,
        )


_KNOWN_KEYS = frozenset({f.name for f in fields(Clause)} | {"placeholders", "body"})


def parse_clause(data: bytes, *, name: str = "") -> Clause:
    """Parse a clause file's bytes. Raises ClauseFormatError with a reason for the load report."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ClauseFormatError("geen geldige UTF-8-tekst", "not valid UTF-8 text") from exc
    text = text.replace("\r\n", "\n")
    if not text.startswith("---\n"):
        raise ClauseFormatError("begint niet met een metadatablok (---)", "does not start with a metadata block (---)")
    close = text.find("\n---\n", 4)
    if close < 0:
        raise ClauseFormatError("metadatablok is niet afgesloten (half geschreven?)", "metadata block is not closed (half-written?)")
    header, rest = text[4:close], text[close + 5 :]
    stripped = rest.rstrip()
    if not stripped.endswith(END_MARKER) or (stripped != END_MARKER and not stripped.endswith("\n" + END_MARKER)):
        raise ClauseFormatError(
            f"de afsluitregel '{END_MARKER}' ontbreekt (bestand afgebroken?)",
            f"the closing line '{END_MARKER}' is missing (file cut off?)",
        )
    body = stripped[: -len(END_MARKER)].strip("\n")
    try:
        meta = json.loads(header, object_pairs_hook=_no_duplicates)
    except ValueError as exc:
        raise ClauseFormatError(f"metadata is geen geldige JSON: {exc}", f"metadata is not valid JSON: {exc}") from exc
    if isinstance(meta, dict):
        meta = dict(meta)
        meta.pop("body", None)  # the body lives below the metadata, never inside it
        meta["body"] = body
    clause = Clause.from_json(meta)
    if name and name != clause.id + SUFFIX:
        raise ClauseFormatError(
            f"id '{clause.id}' past niet bij de bestandsnaam", f"id '{clause.id}' does not match the file name"
        )
    return clause


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"duplicate key {key!r}")
        out[key] = value
    return out


def slugify(text: str, used: set[str] | None = None, max_len: int = 80) -> str:
    """A file-safe id from a title; unique within `used` (which is updated)."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    slug = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    if len(slug) > max_len:
        cut = slug[: max_len + 1]
        slug = cut[: cut.rfind("-")] if "-" in cut[10:] else slug[:max_len]  # end on a whole word
    slug = slug.strip("-") or "clausule"
    if used is None:
        return slug
    candidate, n = slug, 2
    while candidate in used:
        candidate = f"{slug}-{n}"
        n += 1
    used.add(candidate)
    return candidate
