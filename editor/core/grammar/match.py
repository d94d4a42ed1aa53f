"""One grammar issue (GrammarMatch) and its colour class. No Qt. (request.py turns LanguageTool's JSON into these.)"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

STYLE_ISSUE_TYPES = {"style", "register", "locale-violation"}
STYLE_CATEGORIES = {"STYLE", "LEESBAARHEID", "REDUNDANCY", "REGISTER", "COLLOQUIALISMS", "PLAIN_ENGLISH", "GENDER_NEUTRALITY"}
SPELLING_CATEGORIES = {"TYPOS", "SPELLING"}


@dataclass(frozen=True)
class GrammarMatch:
    """One issue. start/end: code-point offsets; text: the flagged characters."""

    start: int
    end: int
    text: str
    rule_id: str
    category: str
    message: str
    replacements: tuple[str, ...] = ()
    kind: str = "grammar"  # "spelling" | "grammar" | "style"

    def shifted(self, delta: int) -> GrammarMatch:
        return replace(self, start=self.start + delta, end=self.end + delta)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["replacements"] = list(self.replacements)
        return data


def classify(rule_id: str, category: str, issue_type: str) -> str:
    """Map LanguageTool's rule/category/issue type to the three underline colours."""
    rid = rule_id.upper()
    if rid.startswith(("MORFOLOGIK_RULE", "HUNSPELL")) or "SPELLER" in rid or category in SPELLING_CATEGORIES:
        return "spelling"
    if issue_type in STYLE_ISSUE_TYPES or category in STYLE_CATEGORIES:
        return "style"
    return "grammar"
