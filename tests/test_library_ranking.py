"""Suggestion ranking: a clause about the gap comes first, a clause that leaves the gap partial comes last."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.library import Clause, ClauseLibrary
from editor.core.library import coverage as coverage_mod
from editor.core.library.coverage import clause_coverage
from editor.core.library.search import suggest
from editor.core.model import Paragraph, Policy, Run
from editor.core.paths import default_library_dir

RESTRICTION_TOPIC = "Recht op beperking van de verwerking"
RETENTION_TOPIC = "Bewaartermijn"

# Shaped like the shipped library's clauses: a combined rights heading on a short, focused clause
# against a clause titled exactly after the right but tagged with more items.
COMBINED = Clause(
    id="a-rectificatie-verwijdering-beperking",
    title="Recht van aanpassing of rectificatie en verwijdering of beperking: recht op beperking van de verwerking",
    body=(
        "Ten slotte kan je ons altijd meedelen om de verwerking van gegevens zoveel mogelijk te beperken. "
        "Je kan ons bijvoorbeeld meegeven dat we jouw gegevens niet mogen gebruiken voor direct marketing."
    ),
    item_ids=["purposes", "right_restriction"],
)
SPECIFIC = Clause(
    id="b-beperking",
    title="Recht op beperking van de verwerking",
    body=(
        "U hebt het recht om de verwerking van uw persoonsgegevens te laten beperken, bijvoorbeeld zolang u de "
        "juistheid ervan betwist. U kunt hiertoe een verzoek indienen bij {{email}}; u ontvangt binnen een maand "
        "een antwoord."
    ),
    item_ids=["data_categories", "purposes", "recipients", "right_restriction"],
)

INDEFINITE = Clause(
    id="a-hoelang",
    title="Hoelang worden de gegevens bijgehouden?",
    body=(
        "Gegevens worden voor onbepaalde duur bijgehouden, tenzij gevraagd wordt om alle gegevens te verwijderen "
        "(u heeft het recht om vergeten te worden), bijvoorbeeld wanneer u geen klant meer wenst te zijn bij "
        "{{organisatie}}."
    ),
    item_ids=["retention", "right_erasure"],
)
WITH_PERIOD = Clause(
    id="b-bewaren",
    title="Hoe lang bewaren wij uw gegevens?",
    body=(
        "Wij bewaren uw gegevens zolang u klant bij ons bent. Daarna bewaren wij uw facturen nog zeven jaar, "
        "omdat de boekhoudwetgeving dat vereist; andere gegevens wissen wij binnen drie maanden."
    ),
    item_ids=["controller_identity", "purposes", "retention"],
)


def ids(clauses: list[Clause]) -> list[str]:
    return [c.id for c in clauses]


def test_a_title_about_the_item_alone_beats_a_combined_rights_heading():
    # The old ranking put the combined clause first: fewer tagged items outweighed the title.
    ranked = suggest([COMBINED, SPECIFIC], "right_restriction", "", "BE", topic=RESTRICTION_TOPIC)
    assert ids(ranked) == ["b-beperking", "a-rectificatie-verwijdering-beperking"]


def test_the_clause_analysed_alone_tells_partial_from_complete():
    # "voor onbepaalde duur" meets the house bar, but the checklist adds a hint (storage limitation)
    assert clause_coverage(INDEFINITE)["retention"] == "present_hint"
    assert clause_coverage(WITH_PERIOD)["retention"] == "present"
    assert clause_coverage(SPECIFIC)["right_restriction"] == "present"


def test_a_clause_that_leaves_the_item_partial_or_short_of_best_practice_ranks_below_complete_ones():
    # Without completeness the focused, short "onbepaalde duur" clause wins on focus and title.
    assert ids(suggest([INDEFINITE, WITH_PERIOD], "retention", "", "BE", topic=RETENTION_TOPIC))[0] == "a-hoelang"
    ranked = suggest([INDEFINITE, WITH_PERIOD], "retention", "", "BE", topic=RETENTION_TOPIC, coverage=clause_coverage)
    assert ids(ranked) == ["b-bewaren", "a-hoelang"]


def test_completeness_does_not_override_the_jurisdiction():
    nl_complete = Clause(id="c-nl", title=WITH_PERIOD.title, body=WITH_PERIOD.body, item_ids=["retention"], jurisdiction="NL")
    ranked = suggest([nl_complete, INDEFINITE], "retention", "", "BE", topic=RETENTION_TOPIC, coverage=clause_coverage)
    assert ids(ranked) == ["a-hoelang", "c-nl"]


def write_library(tmp_path: Path, clauses: list[Clause]) -> Path:
    root = tmp_path / "bibliotheek"
    (root / "clauses").mkdir(parents=True)
    for c in clauses:
        (root / "clauses" / f"{c.id}.md").write_bytes(c.to_bytes())
    return root


def test_library_ranks_by_completeness_and_analyses_each_clause_once(tmp_path, monkeypatch):
    import editor.core.checklist as checklist

    calls: list[int] = []
    real = checklist.analyze

    def counting(policy, jurisdiction=None):
        calls.append(1)
        return real(policy, jurisdiction)

    monkeypatch.setattr(checklist, "analyze", counting)
    coverage_mod._statuses_on_own.cache_clear()
    lib = ClauseLibrary.open(write_library(tmp_path, [INDEFINITE, WITH_PERIOD, COMBINED, SPECIFIC]), use_cache=False)
    policy = Policy(blocks=[Paragraph(runs=[Run("Garage Dewitte bv verwerkt uw gegevens.")])])

    assert ids(lib.suggest("retention", policy)) == ["b-bewaren", "a-hoelang"]
    assert len(calls) == 2  # the two candidates, each analysed once
    policy.blocks.append(Paragraph(runs=[Run("Wij sturen een nieuwsbrief.")]))  # the user typed on
    assert ids(lib.suggest("retention", policy)) == ["b-bewaren", "a-hoelang"]
    assert ids(lib.suggest("right_restriction", policy))[0] == "b-beperking"
    assert len(calls) == 4  # only the two restriction clauses were new
    lib.prepare_suggestions()
    assert len(calls) == 4  # every clause known: nothing to analyse


@pytest.fixture(scope="module")
def shipped() -> ClauseLibrary:
    return ClauseLibrary.open(default_library_dir(), read_only=True, use_cache=False)


def test_shipped_library_offers_the_restriction_clause_first(shipped):
    first = shipped.suggest("right_restriction", Policy())[0]
    assert "beperking van de verwerking" in first.title.lower()
    assert clause_coverage(first).get("right_restriction") == "present"


@pytest.mark.parametrize("item_id", ["retention", "right_restriction", "complaint_authority", "right_access"])
def test_shipped_library_puts_complete_clauses_before_partial_ones(shipped, item_id):
    tiers = [clause_coverage(c).get(item_id) == "partial" for c in shipped.suggest(item_id, Policy())]
    assert tiers, "the shipped library has clauses for every required item tested here"
    assert tiers == sorted(tiers)  # no complete clause after a partial one
    assert tiers[0] is False
