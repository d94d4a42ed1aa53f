"""Suggestions that close the gap: the first suggestion for an item, inserted, makes it
present, and fits the document's jurisdiction, facts and form of address."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.checklist import analyze
from editor.core.library import ClauseLibrary
from editor.core.library.facts import CLAIMS_EEA_ONLY
from editor.core.model import Heading, Paragraph, Policy, PolicyMeta, Run
from editor.core.placement import insertion_point, set_heading_level
from editor.core.profile import sample_profile

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def library() -> ClauseLibrary:
    return ClauseLibrary.open(ROOT / "clause_library", read_only=True, use_cache=False)


def policy(jurisdiction: str, *paragraphs: str) -> Policy:
    p = Policy(blocks=[Heading(runs=[Run("Privacyverklaring")], level=1), *[Paragraph(runs=[Run(t)]) for t in paragraphs]],
               meta=PolicyMeta(jurisdiction=jurisdiction))
    p.meta.organisation = sample_profile(jurisdiction).organisation
    return p


GA_U = ("Wij verwerken uw naam en e-mailadres om uw vragen te beantwoorden.",
        "Wij meten het gebruik van onze website met Google Analytics.")


@pytest.mark.parametrize("jurisdiction", ["BE", "NL"])
def test_first_suggestion_for_every_gap_makes_it_present(library, jurisdiction):
    doc = policy(jurisdiction, *GA_U)
    report = analyze(doc, jurisdiction)
    gaps = [r.id for r in report.items if r.status in ("missing", "partial")]
    assert len(gaps) >= 15
    for item in gaps:
        first = library.suggest(item, doc)[0]
        assert first.jurisdiction in ("any", jurisdiction) and first.form in ("u", "")
        trial = Policy(blocks=list(doc.blocks), meta=doc.meta)
        blocks = first.to_blocks(doc.meta.organisation, jurisdiction, date="2025-01-01")
        before, level = insertion_point(trial, report, [item])
        set_heading_level(blocks, level)
        at = next((i for i, b in enumerate(trial.blocks) if b.id == before), len(trial.blocks))
        trial.blocks[at:at] = blocks
        trial.ensure_ids()
        status = {r.id: r.status for r in analyze(trial, jurisdiction).items}
        assert status[item] == "present", f"{item}: first suggestion {first.id} leaves it {status[item]}"


def test_a_clause_saying_data_stay_in_the_eea_is_never_first_beside_google_analytics(library):
    doc = policy("BE", *GA_U)
    ranked = library.suggest("third_country_transfers", doc, limit=50)
    assert ranked and not CLAIMS_EEA_ONLY.search(ranked[0].body)
    assert "Data Privacy Framework" in ranked[0].body or "standaardcontractbepalingen" in ranked[0].body
    eea_only = [c for c in ranked if CLAIMS_EEA_ONLY.search(c.body)]
    assert all(ranked.index(c) > ranked.index(ranked[0]) for c in eea_only)
    # Without a non-EEA service the same clause is a fair offer again.
    plain = policy("BE", "Wij verwerken uw naam om uw vragen te beantwoorden.")
    assert any(CLAIMS_EEA_ONLY.search(c.body) for c in library.suggest("third_country_transfers", plain, limit=50))


def test_a_je_document_is_offered_je_clauses_only(library):
    doc = policy("NL", "Wij gebruiken je naam en je e-mailadres om je vragen te beantwoorden. Jouw gegevens zijn veilig.")
    for item in ("right_access", "complaint_authority", "children", "retention"):
        ranked = library.suggest(item, doc, limit=50)
        assert ranked and all(c.form in ("je", "") for c in ranked), item
        assert ranked[0].jurisdiction in ("NL", "any")


def test_children_clause_has_the_countrys_age(library):
    for country, age, wrong in (("BE", "13 jaar", "16 jaar"), ("NL", "16 jaar", "13 jaar")):
        first = library.suggest("children", policy(country, *GA_U))[0]
        assert age in first.body and wrong not in first.body
