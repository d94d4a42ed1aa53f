"""The checklist report: item results with evidence, outdated references, readability.

`Report.to_json(file)` gives the JSON contract of `privacy-editor check --json`;
`format_text(report)` the readable report (Dutch by default, English via the UI language).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from editor.core.i18n import pick

STATUSES = ("present", "partial", "missing", "not_applicable")


@dataclass
class Evidence:
    start: int  # offsets into PlainText.from_policy(policy).text
    end: int
    text: str
    block_ids: list[str]
    reason: str

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "block_ids": list(self.block_ids), "reason": self.reason}


@dataclass
class ItemResult:
    id: str
    articles: list[str]
    level: str  # always | conditional | recommended
    status: str  # present | partial | missing | not_applicable
    evidence: list[Evidence]
    title: str
    explanation: str
    required: bool
    note: str = ""  # why this status, in the UI language
    triggered: bool = True  # conditional items: whether the condition holds
    decision_reason: str = ""  # the user's reason when they marked the item not applicable
    hint: str = ""  # on a present item: what best practice wants beyond the house bar

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "articles": list(self.articles),
            "level": self.level,
            "status": self.status,
            "required": self.required,
            "title": self.title,
            "note": self.note,
            "evidence": [e.to_json() for e in self.evidence],
            **({"decision_reason": self.decision_reason} if self.decision_reason else {}),
            **({"hint": self.hint} if self.hint else {}),
        }


@dataclass
class OutdatedReference:
    start: int
    end: int
    text: str
    replacement: str
    reason: str
    date: str  # ISO date since when the reference is outdated
    key: str = ""
    block_ids: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "replacement": self.replacement,
            "reason": self.reason,
            "date": self.date,
            "rule": self.key,
        }


@dataclass
class ParagraphReadability:
    block_id: str
    start: int
    end: int
    flesch_douma: float
    label: str
    words: int
    sentences: int


@dataclass
class ReadabilityHint:
    start: int
    end: int
    message: str


@dataclass
class Readability:
    flesch_douma: float
    label: str
    long_sentences: list[tuple[int, int]]
    words: int = 0
    sentences: int = 0
    paragraphs: list[ParagraphReadability] = field(default_factory=list)
    hints: list[ReadabilityHint] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "flesch_douma": round(self.flesch_douma, 1),
            "label": self.label,
            "long_sentences": len(self.long_sentences),
            "long_sentence_spans": [list(s) for s in self.long_sentences],
            "words": self.words,
            "sentences": self.sentences,
        }


@dataclass
class Report:
    jurisdiction: str
    items: list[ItemResult]
    outdated_references: list[OutdatedReference]
    readability: Readability
    jurisdiction_source: str = "guess"  # option | document | guess

    def item(self, item_id: str) -> ItemResult:
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(item_id)

    def status(self, item_id: str) -> str:
        return self.item(item_id).status

    def required_items(self) -> list[ItemResult]:
        return [it for it in self.items if it.required]

    def missing_required(self) -> list[ItemResult]:
        return [it for it in self.items if it.required and it.status == "missing"]

    def summary(self) -> tuple[int, int]:
        """(required items fully present, required items in total)."""
        req = self.required_items()
        return sum(1 for it in req if it.status == "present"), len(req)

    def exit_code(self) -> int:
        return 1 if self.missing_required() else 0

    def to_json(self, file: str) -> dict:
        present, total = self.summary()
        return {
            "file": file,
            "jurisdiction": self.jurisdiction,
            "jurisdiction_source": self.jurisdiction_source,
            "summary": {"present_required": present, "total_required": total,
                        "missing_required": [it.id for it in self.missing_required()]},
            "items": [it.to_json() for it in self.items],
            "outdated_references": [o.to_json() for o in self.outdated_references],
            "readability": self.readability.to_json(),
        }


_STATUS_LABEL = {
    "present": ("aanwezig", "present"),
    "partial": ("gedeeltelijk", "partial"),
    "missing": ("ontbreekt", "missing"),
    "not_applicable": ("niet van toepassing", "not applicable"),
}
_MARK = {"present": "[v]", "partial": "[~]", "missing": "[x]", "not_applicable": "[-]"}


def status_label(status: str) -> str:
    nl, en = _STATUS_LABEL[status]
    return pick(nl, en)


def _clip(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_text(report: Report, file: str = "") -> str:
    """The readable report: required items first, grouped by status, then advice and outdated law."""
    out: list[str] = []
    present, total = report.summary()
    src = {"option": pick("opgegeven", "given"), "document": pick("uit het document", "from the document"),
           "guess": pick("afgeleid uit de tekst", "guessed from the text")}[report.jurisdiction_source]
    out.append(pick("Privacyverklaring", "Privacy policy") + (f": {file}" if file else ""))
    out.append(pick("Rechtsgebied", "Jurisdiction") + f": {report.jurisdiction} ({src})")
    out.append(pick(f"Verplichte onderdelen volledig aanwezig: {present} van {total}",
                    f"Required items fully present: {present} of {total}"))
    missing = report.missing_required()
    if missing:
        out.append(pick("Ontbrekend (verplicht): ", "Missing (required): ") + ", ".join(it.title for it in missing))
    out.append("")

    groups = (
        (pick("Verplichte onderdelen", "Required items"), [it for it in report.items if it.required]),
        (pick("Aanbevolen onderdelen", "Recommended items"), [it for it in report.items if not it.required and it.status != "not_applicable"]),
        (pick("Niet van toepassing", "Not applicable"), [it for it in report.items if it.status == "not_applicable"]),
    )
    order = {"missing": 0, "partial": 1, "present": 2, "not_applicable": 3}
    for heading, items in groups:
        if not items:
            continue
        out.append(heading)
        out.append("-" * len(heading))
        for it in sorted(items, key=lambda i: order[i.status]):
            out.append(f"{_MARK[it.status]} {it.title} ({', '.join(it.articles)}): {status_label(it.status)}")
            if it.note:
                out.append(f"      {it.note}")
            if it.hint:
                out.append("      " + pick("Tip: ", "Tip: ") + it.hint)
            if it.decision_reason:
                out.append("      " + pick("Beslissing: ", "Decision: ") + it.decision_reason)
            for ev in it.evidence[:2]:
                out.append(f"      > \"{_clip(ev.text)}\" ({ev.reason})")
        out.append("")

    if report.outdated_references:
        heading = pick("Verouderde verwijzingen", "Outdated references")
        out.append(heading)
        out.append("-" * len(heading))
        for o in report.outdated_references:
            out.append(f"[!] \"{_clip(o.text, 80)}\" -> \"{_clip(o.replacement, 80)}\"")
            out.append(f"      {o.reason}")
        out.append("")

    r = report.readability
    heading = pick("Leesbaarheid", "Readability")
    out.append(heading)
    out.append("-" * len(heading))
    out.append(f"Flesch-Douma: {r.flesch_douma:.1f} ({r.label}); "
               + pick(f"{len(r.long_sentences)} zinnen langer dan 25 woorden", f"{len(r.long_sentences)} sentences over 25 words"))
    if r.flesch_douma < 60:
        out.append(pick("Tip (art. 12 AVG, taalniveau B1): gebruik kortere zinnen en gewone woorden.",
                        "Tip (GDPR Art. 12, level B1): use shorter sentences and everyday words."))
    return "\n".join(out) + "\n"
