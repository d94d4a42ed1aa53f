"""Fill every gap: insert the best library clause for each checklist item a policy does not
give (required and recommended alike), each where a lawyer would put it. No Qt.

`fill_gaps(policy, profile, jurisdiction, clauses)` works on a copy and returns it with what
was inserted where and what is still open. A clause is kept only when the checklist then finds
its item present; otherwise the next candidate is tried. Candidates fit the document: its
jurisdiction, its form of address (u/je), its facts (no "data stay in the EEA" beside Google
Analytics) and the profile (no clause whose placeholders the profile cannot fill, unless
`allow_placeholders`). The GUI applies the returned policy as one undoable step.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from editor.core.checklist import Analyzer, Report, guess_jurisdiction, load_catalogue
from editor.core.library.address import detect_form
from editor.core.library.clause import Clause
from editor.core.library.facts import DATED, contradicts, document_facts
from editor.core.library.placeholders import PLACEHOLDERS, fill_placeholders
from editor.core.library.search import suggest
from editor.core.model import OrganisationProfile, Policy
from editor.core.placement import insertion_point, match_heading_style, set_heading_level
from editor.core.plaintext import PlainText

GAP_STATUSES = ("missing", "partial")
MAX_TRIES = 4  # candidates tried per item before it is reported open


@dataclass
class Inserted:
    item_id: str
    clause_id: str
    title: str  # the heading as inserted
    before_id: str | None  # original block it was inserted before (None: at the end)
    before_text: str  # that block's text, to say where ("" = at the end)
    block_ids: list[str] = field(default_factory=list)  # the new blocks in GapFill.policy
    review: str = ""  # what the lawyer must still check with the client (model clauses)

    def where(self, lang: str = "nl") -> str:
        if not self.before_text:
            return "aan het einde" if lang == "nl" else "at the end"
        short = " ".join(self.before_text.split())[:60]
        return f"vóór '{short}'" if lang == "nl" else f"before '{short}'"


@dataclass
class StillOpen:
    item_id: str
    reason_nl: str
    reason_en: str


@dataclass
class GapFill:
    policy: Policy  # the completed copy; the input policy is not changed
    jurisdiction: str
    form: str  # "u" or "je"
    inserted: list[Inserted]
    still_open: list[StillOpen]
    before: Report
    after: Report
    unfilled: list[str]  # placeholder names left in the inserted text

    @property
    def inserted_block_ids(self) -> set[str]:
        return {bid for ins in self.inserted for bid in ins.block_ids}


def _gaps(report: Report) -> list[str]:
    return [r.id for r in report.items if r.status in GAP_STATUSES]


def _status(report: Report, item_id: str) -> str:
    return next((r.status for r in report.items if r.id == item_id), "")


def _unfillable(clause: Clause, profile: OrganisationProfile, jurisdiction: str) -> list[str]:
    text = clause.title + "\n" + clause.body
    return sorted({n for _, _, n in fill_placeholders(text, profile, jurisdiction, date="2000-01-01").unfilled})


def candidates(
    clauses: list[Clause], item_id: str, policy: Policy, jurisdiction: str, form: str, profile: OrganisationProfile,
    *, allow_placeholders: bool = False,
) -> tuple[list[Clause], list[str]]:
    """Clauses for an item that fit this document, best first; and the profile fields the
    best otherwise-fitting clause would need (to explain an item left open)."""
    text = PlainText.from_policy(policy).text
    facts = document_facts(text)
    try:
        topic = load_catalogue().item(item_id).title_nl
    except Exception:  # an item the catalogue does not know: rank without a topic
        topic = ""
    ranked = suggest(clauses, item_id, text, jurisdiction, limit=200, topic=topic)
    fitting: list[Clause] = []
    needs: list[str] = []
    for clause in ranked:
        if clause.jurisdiction not in ("any", jurisdiction) or (clause.form and clause.form != form):
            continue
        if clause.outdated or contradicts(facts, clause.body):
            continue
        missing = _unfillable(clause, profile, jurisdiction)
        if missing and not allow_placeholders:
            needs = needs or missing
            continue
        fitting.append(clause)
    return fitting, needs


def fill_gaps(
    policy: Policy,
    profile: OrganisationProfile | None,
    jurisdiction: str | None,
    clauses: Iterable[Clause],
    *,
    form: str = "",
    date: str = "",
    allow_placeholders: bool = False,
    items: Iterable[str] | None = None,
) -> GapFill:
    """Insert the best fitting clause for every item not given; see the module docstring.

    `jurisdiction` None: the document's, else guessed from its text. `form` "": the document's
    form of address (u when it has none). `date` fills {{datum}} (default: today). `items`
    limits the run to these item ids.
    """
    work = copy.deepcopy(policy)
    profile = profile if profile is not None else work.meta.organisation
    work.meta.organisation = copy.deepcopy(profile)
    text = PlainText.from_policy(work).text
    juris = (jurisdiction or work.meta.jurisdiction or guess_jurisdiction(text, work.meta.language) or "BE").upper()
    work.meta.jurisdiction = juris
    form = form or detect_form(text) or "u"
    date = date or dt.date.today().isoformat()
    library = [c for c in clauses if c.active]
    analyzer = Analyzer()
    before = analyzer.analyze(work, juris)
    report = before
    wanted = set(items) if items is not None else None
    inserted: list[Inserted] = []
    still_open: list[StillOpen] = []
    used: set[str] = set()
    new_ids: set[str] = set()
    for item_id in _gaps(before):
        if wanted is not None and item_id not in wanted:
            continue
        if _status(report, item_id) not in GAP_STATUSES:
            continue  # an earlier clause already gave it
        fitting, needs = candidates(library, item_id, work, juris, form, profile, allow_placeholders=allow_placeholders)
        fitting = [c for c in fitting if c.id not in used]
        done = False
        for clause in fitting[:MAX_TRIES]:
            blocks = clause.to_blocks(profile, juris, date=date)
            before_id, level = insertion_point(work, report, [item_id], ignore=new_ids)
            set_heading_level(blocks, level)
            match_heading_style(blocks, work)
            at = next((i for i, b in enumerate(work.blocks) if b.id == before_id), len(work.blocks))
            old_blocks = list(work.blocks)
            anchor = work.block_by_id(before_id) if before_id else None
            for block in blocks:  # fresh ids that no block of the document has (ensure_ids could rename one)
                block.id = work.new_block_id()
                work.blocks.insert(at, block)
                at += 1
            trial = analyzer.analyze(work, juris)
            if _status(trial, item_id) == "present":
                inserted.append(Inserted(
                    item_id, clause.id, blocks[0].text, before_id, anchor.text if anchor else "", [b.id for b in blocks],
                    _review(clause, text),
                ))
                used.add(clause.id)
                new_ids.update(b.id for b in blocks)
                report = trial
                done = True
                break
            work.blocks = old_blocks  # this clause does not close the gap here: try the next
        if not done:
            still_open.append(_open_reason(item_id, fitting, needs))
    unfilled = sorted({
        n for ins in inserted for bid in ins.block_ids
        for n in _placeholders_in(work.block_by_id(bid).text if work.block_by_id(bid) else "")
    })
    return GapFill(work, juris, form, inserted, still_open, before, report, unfilled)


def _review(clause: Clause, document_text: str) -> str:
    """The clause's review note, plus a warning when it dates a document that dates itself."""
    note = str(clause.extra.get("review", ""))
    dated = DATED.search(document_text)
    if dated and "{{datum}}" in clause.body:
        end = document_text.find("\n", dated.start())
        line = document_text[dated.start(): end if end >= 0 else len(document_text)].strip()
        note = (note + " " if note else "") + f"Het document vermeldt al een datum ('{line[:60]}'): werk die bij of schrap er één."
    return note


def _placeholders_in(text: str) -> list[str]:
    from editor.core.patterns import PLACEHOLDER

    return [m.group(1) for m in PLACEHOLDER.finditer(text) if m.group(1) in PLACEHOLDERS]


def _open_reason(item_id: str, fitting: list[Clause], needs: list[str]) -> StillOpen:
    if not fitting and needs:
        names = ", ".join(needs)
        return StillOpen(
            item_id,
            f"het profiel mist gegevens voor de clausule ({names}); vul het profiel aan",
            f"the profile lacks data for the clause ({names}); complete the profile",
        )
    if not fitting:
        return StillOpen(
            item_id,
            "de bibliotheek heeft geen passende clausule voor dit document",
            "the library has no clause that fits this document",
        )
    return StillOpen(
        item_id,
        "geen clausule maakte dit punt aanwezig; vul het met de hand aan",
        "no clause made this item present; complete it by hand",
    )
