"""Modernising outdated legal references in mined text, where only a name changes.

The checklist's outdated-law linter finds the references and knows the current law. Names of
laws, authorities and terms are swapped (the change is recorded in the clause); a reference
whose replacement would be a claim ("Google is part of Privacy Shield" -> "... Data Privacy
Framework" may be false) cannot be swapped, and the clause is rejected by the build.
"""

from __future__ import annotations

import re

from editor.core.library.build_verify import filled_blocks
from editor.core.library.clause import Change
from editor.core.model import Policy, PolicyMeta

# Replacements that would change a factual claim about a third party are not made
# automatically ("Google is part of Privacy Shield" -> "... Data Privacy Framework" may be false).
_UNSAFE_REPLACEMENTS = ("Privacy Framework",)


_ARTICLE_BEFORE = re.compile(r"\b(?:de|het|De|Het)\s+[“\"‘']?$")


def _replace_reference(body: str, old: str, new: str) -> str:
    """Replace a legal reference without doubling its article: "met de wet van ..." becomes
    "met de Algemene Verordening ...", not "met de de Algemene Verordening ..."."""
    out: list[str] = []
    pos = 0
    for m in re.finditer(re.escape(old), body):
        before = body[pos : m.start()]
        out.append(before)
        text = new
        if new[:3].lower() == "de " and _ARTICLE_BEFORE.search(body[: m.start()]):
            text = new[3:]
        out.append(text)
        pos = m.end()
    out.append(body[pos:])
    return "".join(out)


def _safe_modernisation(replacement: str) -> bool:
    """Only names of laws, authorities and terms are swapped. A replacement that is a whole
    sentence would put new claims in the organisation's mouth: the clause is marked instead."""
    if replacement.rstrip().endswith((".", "!", "?")):
        return False
    return not any(u in replacement for u in _UNSAFE_REPLACEMENTS)




def _outdated(title: str, body: str) -> list[tuple[str, str, str]]:
    from editor.core.checklist import analyze

    report = analyze(Policy(blocks=filled_blocks(title, body, "BE"), meta=PolicyMeta(jurisdiction="BE")), "BE")
    return [(o.text, o.replacement or "", o.reason) for o in report.outdated_references]


def modernise(title: str, body: str) -> tuple[str, list[Change], list[str]]:
    """(body with names modernised, the changes made, the references that could not be)."""
    changes: list[Change] = []
    stuck: list[str] = []
    applied: set[str] = set()
    for old, new, reason in _outdated(title, body):
        is_law = "Wet " in new or "Verordening" in new
        if new and old in body and _safe_modernisation(new) and not (is_law and new in applied):
            applied.add(new)
            if new.endswith("autoriteit"):
                # Authorities are "de"-words: "bij het College ..." becomes "bij de ...autoriteit".
                m = re.search(r"\b([Hh])et\s+" + re.escape(old), body)
                if m:
                    old, new = m.group(0), ("D" if m.group(1) == "H" else "d") + "e " + new
                    body = body.replace(old, new)
                    changes.append(Change(old, new, reason))
                    continue
            body = _replace_reference(body, old, new)
            changes.append(Change(old, new, reason))
        else:
            stuck.append(old)
    if changes and _outdated(title, body):
        stuck.extend(o for o, _, _ in _outdated(title, body) if o not in stuck)
    return body, changes, stuck
