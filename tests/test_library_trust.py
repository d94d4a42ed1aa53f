"""The shipped library is one a lawyer can trust: self-contained, neutral, current,
jurisdiction-correct, in both forms of address, with tags the checklist confirms."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from editor.core.library import ClauseLibrary
from editor.core.library.address import count_forms, detect_form, to_je
from editor.core.library.build_anonymise import organisation_aliases
from editor.core.library.build_verify import CROSS_REFERENCE, FURNITURE, dangling_list, outdated_in, verified_items
from editor.core.library.model_clauses import load_model_clauses

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "clause_library"
ITEMS = [i["id"] for i in json.loads((ROOT / "resources/checklist/catalogue.json").read_text(encoding="utf-8"))["items"]]


@pytest.fixture(scope="module")
def clauses():
    lib = ClauseLibrary.open(SHIPPED, read_only=True, use_cache=False)
    assert not lib.problems
    return [c for c in lib.clauses if c.active]


def test_every_clause_is_self_contained(clauses):
    for c in clauses:
        text = c.title + "\n" + c.body
        assert not FURNITURE.search(text), f"{c.id}: site furniture {FURNITURE.search(text).group(0)!r}"
        assert not dangling_list(c.body), f"{c.id}: a ':' announces a list that is not there"
        assert not CROSS_REFERENCE.search(c.body), f"{c.id}: refers to {CROSS_REFERENCE.search(c.body).group(0)!r}"
        assert len(c.body.split()) >= 15, f"{c.id}: too short to stand on its own"


def test_item_tags_are_what_the_checklist_finds_present(clauses):
    for c in clauses:
        assert c.item_ids, f"{c.id} gives no item"
        assert c.item_ids == verified_items(c.title, c.body, c.jurisdiction), f"{c.id}: tags not verified (make library)"


def test_model_clauses_give_the_items_they_were_written_for(clauses):
    by_id = {c.id: c for c in clauses}
    for model in load_model_clauses():
        assert set(model.intended) <= set(by_id[model.id].item_ids), f"{model.id}: {model.intended}"


def test_no_outdated_law(clauses):
    for c in clauses:
        assert not c.outdated
        for country in ([c.jurisdiction] if c.jurisdiction in ("BE", "NL") else ["BE", "NL"]):
            assert outdated_in(c.title, c.body, country) == [], c.id


def test_no_corpus_organisation_names_anywhere():
    names = {n.casefold() for p in sorted((SHIPPED / "corpus").glob("*.txt")) for n in organisation_aliases(p.read_text(encoding="utf-8"))}
    shipped = [SHIPPED / "index.json", SHIPPED / "BUILD_REPORT.md", *sorted((SHIPPED / "clauses").glob("*.md"))]
    assert len(shipped) > 100
    for path in shipped:
        text = path.read_text(encoding="utf-8").casefold()
        for name in names:
            assert not re.search(rf"(?<![\w]){re.escape(name)}(?![\w])", text), f"{path.name} names {name!r}"


@pytest.mark.parametrize("country", ["BE", "NL"])
@pytest.mark.parametrize("form", ["u", "je"])
def test_at_least_two_clauses_per_item_per_country_and_form(clauses, country, form):
    for item in ITEMS:
        fitting = [c for c in clauses if item in c.item_ids and c.jurisdiction in (country, "any") and c.form in (form, "")]
        assert len(fitting) >= 2, f"{item}: only {len(fitting)} clauses for {country} in the {form}-form"


def test_national_facts_match_the_clause_jurisdiction(clauses):
    be_only = re.compile(r"\b13 jaar\b|wet van 30 juli 2018|Gegevensbeschermingsautoriteit|Kruispuntbank", re.IGNORECASE)
    nl_only = re.compile(r"\b16 jaar\b|Uitvoeringswet AVG|Autoriteit Persoonsgegevens|Kamer van Koophandel", re.IGNORECASE)
    for c in clauses:
        if c.jurisdiction != "BE":
            assert not be_only.search(c.body), c.id
        if c.jurisdiction != "NL":
            assert not nl_only.search(c.body), c.id
    children = [c for c in clauses if "children" in c.item_ids]
    assert all(c.jurisdiction in ("BE", "NL") for c in children if re.search(r"\d+ jaar", c.body))


def test_every_clause_keeps_one_form_of_address(clauses):
    for c in clauses:
        u, je = count_forms(c.body)
        assert not (u and je), f"{c.id} mixes u ({u}) and je ({je})"
        assert c.form == detect_form(c.body), c.id


def test_je_conversion_of_every_model_clause():
    for model in load_model_clauses():
        if model.form == "je":
            u, _ = count_forms(model.title + " " + model.body)
            assert u == 0, f"{model.id} still has u/uw"
            assert "jou zich" not in model.body and "je zich" not in model.body


@pytest.mark.parametrize(
    ("u", "je"),
    [
        ("U kunt uw verzoek indienen.", "Je kunt je verzoek indienen."),
        ("Kunt u dat niet, dan hebt u pech.", "Kun je dat niet, dan heb je pech."),
        ("Wij informeren u tot u zich afmeldt.", "Wij informeren je tot je je afmeldt."),
        ("gegevens over u en van uzelf", "gegevens over jou en van jezelf"),
        ("Bent u het niet eens, stelt u vast dat", "Ben je het niet eens, stel je vast dat"),
        ("Uw gegevens", "Je gegevens"),
    ],
)
def test_u_to_je_conversion(u, je):
    assert to_je(u) == je
