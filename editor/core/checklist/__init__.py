"""GDPR Art. 13/14 checklist engine (no Qt).

Public API used by the GUI, the clause library and the CLI:
`analyze(policy, jurisdiction=None) -> Report`, the incremental `Analyzer`, the report types
(`Report`, `ItemResult`, `Evidence`, `OutdatedReference`, `Readability`), `load_catalogue()`
and `item_ids_for_text(content)` to tag a clause with the items it covers.
"""

from editor.core.checklist.catalogue import ITEM_IDS, Catalogue, CatalogueItem, load_catalogue
from editor.core.checklist.engine import Analyzer, analyze, item_ids_for_text
from editor.core.checklist.jurisdiction import guess_jurisdiction
from editor.core.checklist.report import (
    STATUSES,
    Evidence,
    ItemResult,
    OutdatedReference,
    ParagraphReadability,
    Readability,
    ReadabilityHint,
    Report,
    format_text,
)

__all__ = [
    "ITEM_IDS",
    "STATUSES",
    "Analyzer",
    "Catalogue",
    "CatalogueItem",
    "Evidence",
    "ItemResult",
    "OutdatedReference",
    "ParagraphReadability",
    "Readability",
    "ReadabilityHint",
    "Report",
    "analyze",
    "format_text",
    "guess_jurisdiction",
    "item_ids_for_text",
    "load_catalogue",
]
