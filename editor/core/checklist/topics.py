"""Section topics: which items a heading ("Uw rechten", "Hoe lang bewaren wij ...") is about."""

from __future__ import annotations

import re
from functools import lru_cache

from editor.core.checklist import vocab as V
from editor.core.checklist.vocab_rights import RIGHT_NOT_OBJECTION, RIGHT_WORD, RIGHTS
from editor.core.checklist.vocabulary import load_patterns

# --- heading topics (resources/checklist/vocabulary/headings.toml) -------------------------------
TOPICS: dict[str, re.Pattern[str]] = {p.topic: getattr(V, p.name) for p in load_patterns() if p.topic}
NOT_SECURITY_HEADING = V.NOT_SECURITY_HEADING  # "Toegang en veiligheid op het terrein": people on a site, not data security
NOT_RIGHTS_HEADING = V.NOT_RIGHTS_HEADING

@lru_cache(maxsize=4096)
def heading_topics(low: str) -> frozenset[str]:
    topics = {name for name, rx in TOPICS.items() if rx.search(low)}
    if "rights" in topics and NOT_RIGHTS_HEADING.search(low):
        topics.discard("rights")
    if "security" in topics and NOT_SECURITY_HEADING.search(low) and not V.SECURITY_HEADING_ABOUT_DATA.search(low):
        topics.discard("security")
    return frozenset(topics)

@lru_cache(maxsize=4096)
def heading_rights(low: str, in_rights_section: bool) -> tuple[str, ...]:
    """Specific rights a heading names ("Recht op inzage", or "Inzage" under "Uw rechten").

    Memoised like heading_topics: every analysis walks all headings again."""
    return tuple(_heading_rights(low, in_rights_section))

# "Mag ik zien wat jullie van mij hebben?": a FAQ heading asks for a right (READER_QUESTION); "Inspectie en
# wijziging van uw gegevens" names access to one's own data (OWN_DATA_ACCESS_HEADING). An administrative
# appeal against a decision (AWB_OBJECTION) is no Art. 21 objection. "Artikel 16 | Verbetering" (RIGHT_ARTICLE).
AWB_OBJECTION = V.AWB_OBJECTION
RIGHT_ARTICLE = V.RIGHT_ARTICLE
READER_QUESTION = V.READER_QUESTION
OWN_DATA_ACCESS_HEADING = V.OWN_DATA_ACCESS_HEADING

def _heading_rights(low: str, in_rights_section: bool) -> list[str]:
    if not (RIGHT_WORD.search(low) or in_rights_section or READER_QUESTION.match(low) or RIGHT_ARTICLE.search(low)
            or OWN_DATA_ACCESS_HEADING.match(low)) or NOT_RIGHTS_HEADING.search(low):
        return []
    found = []
    for right, (strong, weak) in RIGHTS.items():
        if strong.search(low) or weak.search(low):
            if right == "right_objection" and RIGHT_NOT_OBJECTION.search(low):
                continue
            found.append(right)
    return found

