"""The rights patterns as pairs (the right named, the action that exercises it) and the other
vocabulary under the names the rights and sources logic uses; the words are data (vocab.py)."""

from __future__ import annotations

import re

from editor.core.checklist import vocab as V
from editor.core.checklist.vocabulary import word_lists

globals().update({name: getattr(V, name) for name in V.PATTERN_NAMES})  # guarded once, in vocab.py

RIGHTS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "right_access": (V.RIGHT_ACCESS, V.RIGHT_ACCESS_ACT),
    "right_rectification": (V.RIGHT_RECTIFICATION, V.RIGHT_RECTIFICATION_ACT),
    "right_erasure": (V.RIGHT_ERASURE, V.RIGHT_ERASURE_ACT),
    "right_restriction": (V.RIGHT_RESTRICTION, V.RIGHT_RESTRICTION_ACT),
    "right_objection": (V.RIGHT_OBJECTION, V.RIGHT_OBJECTION_ACT),
    "right_portability": (V.RIGHT_PORTABILITY, V.RIGHT_PORTABILITY_ACT),
}

_OURS_RIGHTS = ("right_rectification", "right_erasure", "right_restriction")

_RIGHT_CUE = {"right_access": "r_access", "right_rectification": "r_rect", "right_erasure": "r_eras", "right_restriction": "r_restr",
              "right_objection": "r_obj", "right_portability": "r_port"}

_THIRD_PARTY_DOMAINS = frozenset(word_lists()["third_party_domains"])


def _own_domain(low: str) -> bool:
    """A domain that may be the organisation's own site (not "via www.mijngezondheid.be", not a public or platform site)."""
    for m in V._DOMAIN.finditer(low):
        dom = m.group(0)
        if dom in _THIRD_PARTY_DOMAINS or any(dom.endswith("." + d) for d in _THIRD_PARTY_DOMAINS):
            continue
        before = low[max(0, m.start() - 9): m.start()]
        if V.VIA_WWW_BEFORE.search(before):
            continue
        return True
    return False
