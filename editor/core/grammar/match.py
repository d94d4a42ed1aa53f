"""One grammar issue (GrammarMatch) and how LanguageTool's answers become one. No Qt."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

from editor.core.plaintext import from_utf16, to_utf16

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


def convert(match: Any, text: str) -> GrammarMatch:
    """language-tool-python Match -> GrammarMatch with code-point offsets.

    language-tool-python already turns `offset` into code points (it subtracts one per astral
    character before it) but leaves `error_length` in UTF-16 units; go back to UTF-16 for the
    start and add the length there, then map both ends to code points.
    """
    start16 = to_utf16(text, int(match.offset))
    end16 = start16 + int(match.error_length)
    start = from_utf16(text, start16)
    end = from_utf16(text, end16)
    category = str(getattr(match, "category", "") or "")
    rule_id = str(match.rule_id)
    return GrammarMatch(
        start=start,
        end=end,
        text=text[start:end],
        rule_id=rule_id,
        category=category,
        message=str(match.message),
        replacements=tuple(str(r) for r in (match.replacements or [])[:10]),
        kind=classify(rule_id, category, str(getattr(match, "rule_issue_type", "") or "")),
    )
