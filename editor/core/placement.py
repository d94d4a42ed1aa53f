"""Where an inserted clause goes in a policy, without Qt: the GUI and the CLI both use it.

A clause goes after the section that already holds a related item, otherwise before the
closing sections (changes, contact, questions), otherwise at the end.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from editor.core.model import Block, Heading, Policy

# Headings of sections that traditionally close a policy: new sections go before them.
CLOSING_HEADING = re.compile(
    r"\b(wijziging|aanpassing|contact|vragen|slot|toepasselijk recht|bevoegde rechtbank|geschil|"
    r"tot slot|changes|questions)",
    re.IGNORECASE,
)
# Items that belong together; a new clause goes next to the section of a related item.
RELATED_ITEMS: tuple[frozenset[str], ...] = (
    frozenset({"controller_identity", "dpo_contact"}),
    frozenset({"purposes", "legal_basis", "legitimate_interests", "data_categories", "data_source"}),
    frozenset({"recipients", "third_country_transfers"}),
    frozenset(
        {
            "right_access",
            "right_rectification",
            "right_erasure",
            "right_restriction",
            "right_objection",
            "right_portability",
            "withdraw_consent",
            "complaint_authority",
            "automated_decisions",
        }
    ),
    frozenset({"retention", "security"}),
)


def insertion_point(policy: Policy, report: Any, item_ids: Sequence[str]) -> tuple[str | None, int]:
    """(id of the heading to insert before (None: at the end), heading level for the new section).

    `report` is the checklist Report of this policy (or None): its evidence tells which section
    already speaks of a related item.
    """
    headings = [(i, b) for i, b in enumerate(policy.blocks) if isinstance(b, Heading)]
    if not headings:
        return None, 2
    top = min(h.level for _, h in headings)
    at_top = [i for i, h in headings if h.level == top]
    if len(at_top) == 1 and at_top[0] == headings[0][0] and len(headings) > 1:
        # A single top heading opening the document is its title; sections sit below it.
        section_level = min(h.level for _, h in headings[1:])
        title_index = at_top[0]
    else:
        section_level = top
        title_index = -1
    index_of = {b.id: i for i, b in enumerate(policy.blocks)}
    related: set[str] = set(item_ids)
    for group in RELATED_ITEMS:
        if related & group:
            related |= group
    # 1. After the last section that holds evidence of a related item.
    best: int | None = None
    for item in getattr(report, "items", None) or []:
        if item.id not in related or item.status not in ("present", "partial"):
            continue
        for ev in item.evidence:
            for bid in ev.block_ids:
                i = index_of.get(bid)
                if i is not None:
                    best = i if best is None else max(best, i)
    if best is not None:
        owning = [(i, h) for i, h in headings if i <= best and i != title_index and h.level >= section_level]
        if owning:
            level = min(owning[-1][1].level, section_level) if owning[-1][1].level > section_level else owning[-1][1].level
            # The section ends at the next heading of its level or above.
            for i, h in headings:
                if i > best and h.level <= level:
                    return h.id, level
            return None, level
    # 2. Before the closing sections (changes, contact, questions), when the document has them.
    third = len(policy.blocks) // 3
    for i, h in headings:
        if i >= third and i != title_index and h.level <= section_level and CLOSING_HEADING.search(h.text):
            return h.id, section_level
    # 3. At the end.
    return None, section_level


def set_heading_level(blocks: list[Block], level: int) -> None:
    """Shift the clause's headings so its top heading gets `level` (kept within 1-3)."""
    headings = [b for b in blocks if isinstance(b, Heading)]
    if not headings:
        return
    shift = level - min(h.level for h in headings)
    for h in headings:
        h.level = max(1, min(3, h.level + shift))
