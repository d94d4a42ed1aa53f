"""Where an inserted clause goes in a policy, and how its heading looks, without Qt: the GUI,
the CLI and "fill every gap" all use it.

A clause goes where a lawyer would put it: at the end of the section that already holds a
related item (as a sub-section when that section has sub-sections), otherwise before the
closing sections (changes, contact, questions). Never after the contact block that ends a
policy: a document without closing headings gets the clause before its trailing contact lines.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from typing import Any

from editor.core.model import Block, Heading, ListItem, Paragraph, Policy
from editor.core.patterns import EMAIL, PHONE

# Headings of sections that traditionally close a policy: new sections go before them.
CLOSING_HEADING = re.compile(
    r"\b(wijzig|aanpass|contact|vragen|slot|toepasselijk recht|bevoegde rechtbank|geschil|"
    r"tot slot|changes|questions|meer informatie|laatste versie|versie van|disclaimer)",
    re.IGNORECASE,
)
# Lines of a closing block: "Contact", "Vragen?", an address, e-mail or phone line, "Laatst gewijzigd: ...".
_CONTACT_LINE = re.compile(
    r"^(?:contact|vragen|heeft u vragen|heb je vragen|met vriendelijke groet|adres|e-?mail|tel|telefoon|"
    r"laatst (?:gewijzigd|bijgewerkt|aangepast)|laatste (?:wijziging|aanpassing|update)|versie|last updated)\b|"
    r"\b\d{4}\s?[A-Z]{0,2}\s[A-Z][a-z]+\b",
    re.IGNORECASE,
)
# Items that belong together; a new clause goes next to the section of a related item.
RELATED_ITEMS: tuple[frozenset[str], ...] = (
    frozenset({"controller_identity", "dpo_contact"}),
    frozenset({"purposes", "legal_basis", "legitimate_interests", "data_categories", "data_source",
               "statutory_contractual_requirement"}),
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


def _section_level(policy: Policy, headings: list[tuple[int, Heading]]) -> tuple[int, int]:
    """(level of the document's sections, index of its title heading or -1).

    The section level is the level most headings below the title have (ties: the shallower):
    a policy with one H2 "Over X" and numbered H3 sections has its sections at H3.
    """
    top = min(h.level for _, h in headings)
    at_top = [i for i, h in headings if h.level == top]
    title_index = -1
    rest = headings
    if len(at_top) == 1 and at_top[0] == headings[0][0] and len(headings) > 1:
        # A single top heading opening the document is its title; sections sit below it.
        title_index = at_top[0]
        rest = headings[1:]
    counts = Counter(h.level for _, h in rest)
    level = max(sorted(counts), key=lambda lv: counts[lv])
    return level, title_index


def trailing_contact_start(policy: Policy, ignore: Collection[str] = ()) -> int | None:
    """Index of the first block of a contact block that ends the policy (None: there is none).

    The block is a run of short paragraphs at the very end, at least one of which gives an
    e-mail address, phone number or postal address, or starts like "Contact" / "Vragen?".
    Blocks in `ignore` (clauses just inserted) are not part of the document's own ending.
    """
    blocks = [b for b in policy.blocks if b.id not in ignore]
    start: int | None = None
    seen_contact = False
    for i in range(len(blocks) - 1, max(-1, len(blocks) - 9), -1):
        block = blocks[i]
        if isinstance(block, Heading):
            if seen_contact and CLOSING_HEADING.search(block.text):
                start = i  # the contact block has its own heading: keep them together
            break
        if not isinstance(block, (Paragraph, ListItem)):
            break
        text = block.text.strip()
        if len(text.split()) > 40:
            break
        if EMAIL.search(text) or PHONE.search(text) or _CONTACT_LINE.search(text):
            seen_contact = True
            start = i
        elif not seen_contact and text:
            break  # the last lines are ordinary text, not a contact block
    if not seen_contact or start is None:
        return None
    return policy.blocks.index(blocks[start])  # index in the whole policy


def _section_end(headings: list[tuple[int, Heading]], after: int, level: int) -> str | None:
    for i, h in headings:
        if i > after and h.level <= level:
            return h.id
    return None


def insertion_point(
    policy: Policy, report: Any, item_ids: Sequence[str], *, ignore: Collection[str] = ()
) -> tuple[str | None, int]:
    """(id of the block to insert before (None: at the end), heading level for the new section).

    `report` is the checklist Report of this policy (or None): its evidence tells which section
    already speaks of a related item. Evidence in the blocks of `ignore` (clauses inserted in
    the same run) does not count, and a clause never goes in front of a run of them: several
    clauses for one section keep the order they were inserted in.
    """
    before, level = _insertion_point(policy, report, item_ids, set(ignore))
    if ignore and before is not None:
        blocks = policy.blocks
        i = next(n for n, b in enumerate(blocks) if b.id == before)
        while i < len(blocks) and blocks[i].id in ignore:
            i += 1
        contact = trailing_contact_start(policy, ignore)
        if contact is not None and i > contact:
            i = contact
        before = blocks[i].id if i < len(blocks) else None
    return before, level


def _insertion_point(policy: Policy, report: Any, item_ids: Sequence[str], ignore: set[str]) -> tuple[str | None, int]:
    headings = [(i, b) for i, b in enumerate(policy.blocks) if isinstance(b, Heading)]
    contact = trailing_contact_start(policy, ignore)
    contact_id = policy.blocks[contact].id if contact is not None else None
    if not headings:
        return contact_id, 2
    section_level, title_index = _section_level(policy, headings)
    index_of = {b.id: i for i, b in enumerate(policy.blocks)}
    related: set[str] = set(item_ids)
    for group in RELATED_ITEMS:
        if related & group:
            related |= group
    # 1. At the end of the section holding most evidence of this or related items (ties: the later one).
    hits: Counter[int] = Counter()
    starts = [i for i, h in headings if i != title_index and h.level >= section_level]
    for item in getattr(report, "items", None) or []:
        if item.id not in related or item.status not in ("present", "partial"):
            continue
        for ev in item.evidence:
            for bid in ev.block_ids:
                i = index_of.get(bid)
                if i is not None and bid not in ignore and (contact is None or i < contact):
                    owner = max((s for s in starts if s <= i), default=None)
                    if owner is not None:
                        # The item's own (partial) text decides first: retention joins the section
                        # on retention even when the security section says more on related items.
                        hits[owner] += 10 if item.id in item_ids else 1
    if hits:
        start = max(hits, key=lambda s: (hits[s], s))
        parents = [h for i, h in headings if i <= start and i != title_index and h.level <= section_level]
        head = policy.blocks[start]
        assert isinstance(head, Heading)
        # Evidence in the closing sections (contact, changes): the clause goes before them.
        if not (parents and CLOSING_HEADING.search(parents[-1].text)):
            before = _section_end(headings, start, head.level)
            if contact is not None and (before is None or index_of[before] > contact):
                before = contact_id
            return before, head.level
    # 2. Before the closing sections (changes, contact, questions), when the document has them.
    third = len(policy.blocks) // 3
    for i, h in headings:
        if i >= third and i != title_index and h.level <= section_level and CLOSING_HEADING.search(h.text):
            return h.id, section_level
    # 3. Before a contact block that ends the document, else at the end.
    return contact_id, section_level


def set_heading_level(blocks: list[Block], level: int) -> None:
    """Shift the clause's headings so its top heading gets `level` (kept within 1-3)."""
    headings = [b for b in blocks if isinstance(b, Heading)]
    if not headings:
        return
    shift = level - min(h.level for h in headings)
    for h in headings:
        h.level = max(1, min(3, h.level + shift))


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) / len(letters) > 0.9


def heading_case(policy: Policy, level: int) -> str:
    """'upper' when the document writes its headings of this level in ALL CAPS, else ''."""
    same = [h for h in policy.headings() if h.level == level and h.text.strip()] or [
        h for h in policy.headings() if h.text.strip()
    ]
    if same and sum(_is_caps(h.text) for h in same) * 2 > len(same):
        return "upper"
    return ""


def match_heading_style(blocks: list[Block], policy: Policy) -> None:
    """Write the clause's headings the way the document writes headings of their level."""
    for block in blocks:
        if isinstance(block, Heading) and heading_case(policy, block.level) == "upper":
            for run in block.runs:
                run.text = run.text.upper()
