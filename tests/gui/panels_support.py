"""Shared helpers for the GUI panel tests: a small in-memory clause library and hand-made reports.

The report objects follow the editor.core.checklist interface (Report, ItemResult, Evidence,
Readability); tests that can use the real engine do so, these cover exact hand-picked cases.
No tests live here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from editor.core.library.clause import Clause
from editor.core.library.placeholders import fill_placeholders


@dataclass
class Evidence:
    start: int
    end: int
    text: str = ""
    block_ids: list[str] = field(default_factory=list)
    reason: str = ""


@dataclass
class ItemResult:
    id: str
    articles: list[str]
    level: str
    status: str
    evidence: list[Evidence] = field(default_factory=list)
    title: str = ""
    explanation: str = ""
    required: bool = True
    note: str = ""
    triggered: bool = True
    decision_reason: str = ""
    hint: str = ""


@dataclass
class Readability:
    flesch_douma: float
    label: str
    long_sentences: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class OutdatedReference:
    start: int
    end: int
    text: str
    replacement: str
    reason: str = ""
    date: str = ""


@dataclass
class Report:
    jurisdiction: str | None
    items: list[ItemResult]
    readability: Readability
    outdated_references: list[OutdatedReference] = field(default_factory=list)

    def summary(self) -> tuple[int, int]:
        required = [i for i in self.items if i.required]
        return sum(1 for i in required if i.status == "present"), len(required)


def sample_report() -> Report:
    """Four statuses, one recommended item, evidence spans with reasons."""
    items = [
        ItemResult(
            "controller_identity", ["13(1)(a)", "14(1)(a)"], "always", "present",
            [Evidence(10, 52, "Acme bv, Kerkstraat 1", ["b2"], "Naam en adres van de verwerkingsverantwoordelijke gevonden")],
            "Identiteit en contactgegevens", "Wie verwerkt de gegevens en hoe bereikt u die organisatie?",
        ),
        ItemResult(
            "purposes", ["13(1)(c)"], "always", "present",
            [Evidence(120, 180, "", ["b5"], "Doeleinden opgesomd")],
            "Doeleinden van de verwerking", "Waarvoor worden de persoonsgegevens gebruikt?",
        ),
        ItemResult(
            "retention", ["13(2)(a)"], "always", "partial",
            [Evidence(300, 340, "", ["b9"], "Bewaartermijn vermeld zonder criteria")],
            "Bewaartermijn", "Hoe lang worden de gegevens bewaard, of welke criteria bepalen dat?",
        ),
        ItemResult(
            "complaint_authority", ["13(2)(d)"], "always", "missing", [],
            "Klacht bij de toezichthouder", "Het recht om klacht in te dienen bij de Gegevensbeschermingsautoriteit.",
        ),
        ItemResult(
            "right_portability", ["13(2)(b)"], "always", "missing", [],
            "Recht op overdraagbaarheid", "Het recht om de gegevens in een gangbare vorm te krijgen.",
        ),
        ItemResult(
            "dpo_contact", ["13(1)(b)"], "conditional", "not_applicable", [],
            "Functionaris voor gegevensbescherming", "Contactgegevens van de DPO, als die er is.", False,
        ),
        ItemResult(
            "security", [], "recommended", "missing", [],
            "Beveiliging", "Hoe worden de gegevens beveiligd?", False,
        ),
    ]
    return Report(
        "BE", items, Readability(42.4, "moeilijk", [(0, 200), (400, 640), (700, 900)]),
        [OutdatedReference(500, 520, "Wet van 8 december 1992", "Wet van 30 juli 2018", "vervangen")],
    )


class FakeLibrary:
    """The ClauseLibrary methods the widgets use, over a fixed list of real Clause objects."""

    def __init__(self, clauses: list[Clause], *, read_only: bool = False, offline_since: Any = None) -> None:
        self.clauses = clauses
        self.read_only = read_only
        self.offline_since = offline_since
        self.suggest_calls: list[str] = []

    def suggest(self, item_id: str, policy: Any) -> list[Clause]:
        self.suggest_calls.append(item_id)
        return [c for c in self.clauses if item_id in c.item_ids and c.status == "active"]

    def search(self, query: str, item_id: str | None = None, jurisdiction: str | None = None,
               status: str | None = "active") -> list[Clause]:
        out = []
        for c in self.clauses:
            if query and query.lower() not in (c.title + " " + c.body).lower():
                continue
            if item_id and item_id not in c.item_ids:
                continue
            if jurisdiction and c.jurisdiction not in (jurisdiction, "any"):
                continue
            if status and c.status != status:
                continue
            out.append(c)
        return out

    def fill_placeholders(self, text: str, profile: Any, jurisdiction: str | None) -> Any:
        return fill_placeholders(text, profile, jurisdiction)


def sample_clauses() -> list[Clause]:
    return [
        Clause(
            id="klacht-gba", title="Klacht indienen",
            body=("U kunt een klacht indienen bij de {{toezichthouder}} ({{toezichthouder_website}}).\n\n"
                  "Neem eerst contact met ons op via {{email}} of {{telefoon}}."),
            item_ids=["complaint_authority"], jurisdiction="BE",
        ),
        Clause(
            id="klacht-kort", title="Klachten",
            body="Bent u niet tevreden, dan kunt u terecht bij de {{toezichthouder}}.",
            item_ids=["complaint_authority"], jurisdiction="any",
        ),
        Clause(
            id="bewaring", title="Hoe lang bewaren wij uw gegevens?",
            body="{{organisatie}} bewaart uw gegevens niet langer dan nodig:\n- klantgegevens: 7 jaar\n- sollicitaties: 1 jaar",
            item_ids=["retention"], jurisdiction="NL",
        ),
        Clause(
            id="oud-klacht", title="Klacht bij de Privacycommissie",
            body="U kunt klacht indienen bij de Commissie voor de bescherming van de persoonlijke levenssfeer.",
            item_ids=["complaint_authority"], jurisdiction="BE", status="retired",
        ),
    ]


def real_library(folder: Any, *, read_only: bool = False) -> Any:
    """A real ClauseLibrary on disk holding sample_clauses() (folder: a pytest tmp_path)."""
    from editor.core.library import ClauseLibrary

    root = folder / "library"
    root.mkdir(exist_ok=True)
    library = ClauseLibrary.open(root, folder / "library-cache")
    for clause in sample_clauses():
        library.add(clause)
    library.reload()  # as on a later start: the local offline copy now holds the clauses
    if read_only:
        library = ClauseLibrary.open(root, folder / "library-cache", read_only=True)
    return library
