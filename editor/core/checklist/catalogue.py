"""The checklist catalogue: resources/checklist/catalogue.json (item ids are an interface)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from editor.core.errors import BadInputError
from editor.core.i18n import pick
from editor.core.paths import resources_dir

ITEM_IDS: tuple[str, ...] = (
    "controller_identity", "dpo_contact", "purposes", "legal_basis", "legitimate_interests", "recipients",
    "third_country_transfers", "retention", "right_access", "right_rectification", "right_erasure",
    "right_restriction", "right_objection", "right_portability", "withdraw_consent", "complaint_authority",
    "statutory_contractual_requirement", "automated_decisions", "data_categories", "data_source", "cookies",
    "security", "policy_changes", "children",
)
LEVELS = ("always", "conditional", "recommended")


@dataclass(frozen=True)
class CatalogueItem:
    id: str
    articles: tuple[str, ...]
    level: str
    title_nl: str
    title_en: str
    explanation_nl: str
    explanation_en: str
    trigger_nl: str = ""
    trigger_en: str = ""
    jurisdictions: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def title(self) -> str:
        return pick(self.title_nl, self.title_en)

    @property
    def explanation(self) -> str:
        return pick(self.explanation_nl, self.explanation_en)

    @property
    def trigger(self) -> str:
        return pick(self.trigger_nl, self.trigger_en)


@dataclass(frozen=True)
class Catalogue:
    items: tuple[CatalogueItem, ...]
    jurisdictions: dict = field(default_factory=dict, compare=False, hash=False)

    def item(self, item_id: str) -> CatalogueItem:
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(item_id)

    def ids(self) -> list[str]:
        return [it.id for it in self.items]

    def authority(self, jurisdiction: str) -> dict:
        return dict(self.jurisdictions.get(jurisdiction, {}))


def catalogue_path() -> Path:
    return resources_dir() / "checklist" / "catalogue.json"


@lru_cache(maxsize=4)
def _load(path: str) -> Catalogue:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        items = tuple(
            CatalogueItem(
                id=d["id"],
                articles=tuple(d["articles"]),
                level=d["level"],
                title_nl=d["title_nl"],
                title_en=d["title_en"],
                explanation_nl=d["explanation_nl"],
                explanation_en=d["explanation_en"],
                trigger_nl=d.get("trigger_nl", ""),
                trigger_en=d.get("trigger_en", ""),
                jurisdictions=d.get("jurisdictions", {}),
            )
            for d in data["items"]
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BadInputError(
            f"De checklistcatalogus {path} is onleesbaar: {exc}",
            f"The checklist catalogue {path} cannot be read: {exc}",
        ) from exc
    ids = [it.id for it in items]
    if sorted(ids) != sorted(ITEM_IDS) or any(it.level not in LEVELS for it in items):
        raise BadInputError(
            f"De checklistcatalogus {path} mist items of heeft een ongeldig niveau.",
            f"The checklist catalogue {path} lacks items or has an invalid level.",
        )
    return Catalogue(items, data.get("jurisdictions", {}))


def load_catalogue(path: str | Path | None = None) -> Catalogue:
    """Read resources/checklist/catalogue.json (memoised)."""
    return _load(str(path or catalogue_path()))
