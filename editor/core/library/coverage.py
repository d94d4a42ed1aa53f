"""Clause coverage: what the checklist makes of a clause on its own (used to rank suggestions)."""

from __future__ import annotations

from functools import lru_cache

from editor.core.library.clause import Clause
from editor.core.model import Policy, PolicyMeta


@lru_cache(maxsize=64)
def item_topic(item_id: str) -> str:
    """The checklist item's Dutch title, used to prefer clauses whose title is about it."""
    try:
        from editor.core.checklist import load_catalogue

        item = load_catalogue().item(item_id)
        return str(getattr(item, "title_nl", "") or "")
    except Exception:  # unknown item or no catalogue: rank without it
        return ""


@lru_cache(maxsize=8192)
def _statuses_on_own(title: str, body: str, jurisdiction: str) -> dict[str, str]:
    """{item id: status} of a clause analysed on its own (heading + body, placeholders filled as
    when the library is tagged). Keyed by the text, so an edited clause is analysed again; a few
    ms per clause, once per process."""
    try:
        from editor.core.checklist import analyze
        from editor.core.library.build import _filled_blocks  # build imports neither store nor this module

        juris = jurisdiction if jurisdiction in ("BE", "NL") else None
        blocks = _filled_blocks(title, body)
        report = analyze(Policy(blocks=blocks, meta=PolicyMeta(jurisdiction=juris)), juris)
    except Exception:  # no checklist engine or a clause it cannot read: rank without completeness
        return {}
    # "present_hint": the house bar is met, but best practice wants more (the checklist shows a hint, e.g. data kept
    # "voor onbepaalde duur"), so a clause that meets both ranks first
    return {item.id: "present_hint" if item.status == "present" and item.hint else item.status for item in report.items}


def clause_coverage(clause: Clause) -> dict[str, str]:
    """What the checklist makes of `clause` alone: {item id: present/present_hint/partial/missing/not_applicable}."""
    return _statuses_on_own(clause.title, clause.body, clause.jurisdiction)
