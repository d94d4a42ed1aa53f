"""The document model: a privacy policy as an ordered list of blocks plus metadata.

Plain dataclasses, no Qt. Every other part of the app (checklist, clause library,
importers, exporters, grammar, GUI) reads and writes this model.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import ClassVar, Literal

Language = Literal["nl-BE", "nl-NL"]
Jurisdiction = Literal["BE", "NL"]
LANGUAGES: tuple[str, ...] = ("nl-BE", "nl-NL")
JURISDICTIONS: tuple[str, ...] = ("BE", "NL")


@dataclass
class Run:
    """A piece of inline text with uniform formatting."""

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False
    link: str | None = None
    # A linked field: the value of this profile placeholder ("organisatie", "email", ...), refilled
    # when the organisation profile changes (editor.core.profile_fields). "" for ordinary text.
    field: str = ""

    def same_format(self, other: Run) -> bool:
        return (self.bold, self.italic, self.underline, self.link, self.field) == (
            other.bold,
            other.italic,
            other.underline,
            other.link,
            other.field,
        )


def merge_runs(runs: list[Run]) -> list[Run]:
    """Join neighbouring runs with equal formatting and drop empty ones."""
    out: list[Run] = []
    for run in runs:
        if not run.text:
            continue
        if out and out[-1].same_format(run):
            out[-1] = Run(out[-1].text + run.text, run.bold, run.italic, run.underline, run.link, run.field)
        else:
            out.append(Run(run.text, run.bold, run.italic, run.underline, run.link, run.field))
    return out


def runs_text(runs: list[Run]) -> str:
    if len(runs) == 1:  # most blocks: the checklist asks every block's text after every edit
        return runs[0].text
    return "".join([r.text for r in runs])


@dataclass
class Block:
    """Base class of all blocks. `id` is stable for the life of the document."""

    id: str = ""
    kind: ClassVar[str] = "block"

    @property
    def text(self) -> str:  # pragma: no cover - overridden
        raise NotImplementedError


@dataclass
class TextBlock(Block):
    runs: list[Run] = field(default_factory=list)

    @property
    def text(self) -> str:
        return runs_text(self.runs)


@dataclass
class Heading(TextBlock):
    level: int = 1  # 1..3
    kind: ClassVar[str] = "heading"


@dataclass
class Paragraph(TextBlock):
    kind: ClassVar[str] = "paragraph"


@dataclass
class ListItem(TextBlock):
    ordered: bool = False
    level: int = 0  # nesting depth, 0 = top level
    kind: ClassVar[str] = "list_item"


@dataclass
class Cell:
    runs: list[Run] = field(default_factory=list)

    @property
    def text(self) -> str:
        return runs_text(self.runs)


@dataclass
class Table(Block):
    rows: list[list[Cell]] = field(default_factory=list)
    header_rows: int = 0  # the first N rows are header rows
    kind: ClassVar[str] = "table"

    @property
    def text(self) -> str:
        # Cells are joined by tabs and rows by newlines in the plain-text view.
        return "\n".join("\t".join(c.text for c in row) for row in self.rows)


@dataclass
class OrganisationProfile:
    name: str = ""
    legal_form: str = ""
    address: str = ""
    enterprise_number: str = ""  # KBO (BE) or KvK (NL)
    email: str = ""
    phone: str = ""
    website: str = ""
    dpo_name: str = ""
    dpo_contact: str = ""


@dataclass
class Decision:
    """A user's decision on a checklist item, e.g. not applicable with a reason."""

    item_id: str
    status: str = "not_applicable"
    reason: str = ""
    decided_at: str = ""  # ISO 8601 timestamp


@dataclass
class PolicyMeta:
    title: str = ""
    language: str = "nl-BE"
    jurisdiction: str | None = None  # None: unknown, guessed from the text
    organisation: OrganisationProfile = field(default_factory=OrganisationProfile)
    version: str = ""
    last_updated: str = ""  # ISO date, e.g. 2024-05-01
    decisions: dict[str, Decision] = field(default_factory=dict)


@dataclass
class Policy:
    blocks: list[Block] = field(default_factory=list)
    meta: PolicyMeta = field(default_factory=PolicyMeta)

    def __post_init__(self) -> None:
        self.ensure_ids()

    def ensure_ids(self) -> None:
        """Give every block without an id (or with a duplicate id) a fresh one."""
        seen: set[str] = set()
        counter = itertools.count(1)
        for block in self.blocks:
            if not block.id or block.id in seen:
                block.id = self._next_id(seen, counter)
            seen.add(block.id)

    def new_block_id(self) -> str:
        return self._next_id({b.id for b in self.blocks}, itertools.count(len(self.blocks) + 1))

    @staticmethod
    def _next_id(used: set[str], counter: itertools.count) -> str:
        while True:
            candidate = f"b{next(counter)}"
            if candidate not in used:
                return candidate

    def block_by_id(self, block_id: str) -> Block | None:
        for block in self.blocks:
            if block.id == block_id:
                return block
        return None

    def headings(self) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading)]
