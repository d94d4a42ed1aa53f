"""Why a sentence counts as evidence: the reason texts shown beside evidence, Dutch and English."""

from __future__ import annotations

from editor.core.checklist.rulebook import load_rulebook
from editor.core.i18n import pick


class Reason:
    """A bilingual reason; resolved to the UI language when a report is built."""

    __slots__ = ("nl", "en")

    def __init__(self, nl: str, en: str) -> None:
        self.nl = nl
        self.en = en

    def text(self) -> str:
        return pick(self.nl, self.en)

# The texts live in resources/checklist/rules/messages.toml ([reasons]); this is their bilingual view.
REASONS: dict[str, Reason] = {key: Reason(nl, en) for key, (nl, en) in load_rulebook().reasons.items()}


def reason_text(key: str) -> str:
    r = REASONS.get(key)
    return r.text() if r else key
