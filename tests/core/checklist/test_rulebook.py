"""The checklist rules kept as data (resources/checklist/rules): every rule runs its examples, names
a catalogue item, and has a message for its reason; every fragment is used and defined."""

from __future__ import annotations

import re
import tomllib

import pytest

from editor.core.checklist import ITEM_IDS, analyze
from editor.core.checklist.reasons import reason_text
from editor.core.checklist.rulebook import _rules_dir, expand, load_rulebook
from editor.core.importers import import_text

RULES = load_rulebook().rules
# A section rule's examples stand under a heading of that section, as on a real page.
SECTION_HEADINGS = {"recipients": "Met wie delen wij uw gegevens?", "retention": "Hoe lang bewaren wij uw gegevens?", "rights": "Uw rechten"}


# A section veto's examples stand in the list its lead-in opens.
SECTION_LEADS = {"sharing_exceptions": "Wij delen uw gegevens niet met derden, tenzij:",
                 "negated_list": "Wij gebruiken uw gegevens NIET voor:",
                 "data_categories": "Welke gegevens verzamelen wij?\n\nWij verzamelen:\n\n- Naam en e-mailadres"}


def _policy_text(rule, sentence: str) -> str:
    """A minimal policy around one example; a lead-in turns a bare label line into the list entry it is."""
    if rule.section_only and rule.section in SECTION_LEADS:
        return f"Privacyverklaring\n\nMeer informatie\n\n{SECTION_LEADS[rule.section]}\n\n- {sentence}\n"
    heading = SECTION_HEADINGS.get(rule.section, "Meer informatie") if rule.section_only else "Meer informatie"
    return f"Privacyverklaring\n\n{heading}\n\nIn dit deel van onze verklaring leest u hierover het volgende:\n\n{sentence}\n"


def test_there_are_rules_for_the_items_real_policies_phrase_loosely():
    items = {r.item for r in RULES}
    assert {"data_source", "statutory_contractual_requirement", "automated_decisions", "policy_changes"} <= items


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_every_rule_has_examples_both_ways_and_they_hold(rule):
    assert rule.match, f"{rule.source}: {rule.id} has no examples.match"
    assert rule.no_match, f"{rule.source}: {rule.id} has no examples.no_match"
    for sentence in rule.match:
        assert rule.matches(sentence.lower()), f"{rule.id} should match: {sentence}"
    for sentence in rule.no_match:
        assert not rule.matches(sentence.lower()), f"{rule.id} should not match: {sentence}"


@pytest.mark.parametrize("rule", [r for r in RULES if r.status == "present"], ids=lambda r: r.id)
def test_a_present_rule_example_makes_its_item_present_in_a_whole_policy(rule):
    """The engine really uses the rule: its first example, alone in a policy, gives the item."""
    report = analyze(import_text(_policy_text(rule, rule.match[0])).policy)
    assert report.item(rule.item).status == "present", (rule.id, report.item(rule.item).status)


@pytest.mark.parametrize("rule", [r for r in RULES if r.status == "not_evidence"], ids=lambda r: r.id)
def test_a_veto_example_alone_does_not_give_its_item(rule):
    """A sentence a veto rule names is never the evidence that gives the item."""
    for sentence in rule.match:
        report = analyze(import_text(_policy_text(rule, sentence)).policy)
        item = report.item(rule.item)
        assert item.status != "present", (rule.id, sentence, [e.text for e in item.evidence])


def test_rule_ids_are_unique_items_are_catalogue_items_and_reasons_have_messages():
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    book = load_rulebook()
    for r in RULES:
        assert r.item in ITEM_IDS, r.id
        assert r.status in ("present", "not_evidence"), r.id
        assert reason_text(r.reason) != r.reason, f"{r.id}: no message for reason {r.reason}"
    for nl, en in book.reasons.values():
        assert nl and en and nl != en


def test_every_fragment_is_defined_and_used():
    folder = _rules_dir()
    fragments = tomllib.loads((folder / "fragments.toml").read_text(encoding="utf-8"))["fragments"]
    text = "".join(p.read_text(encoding="utf-8") for p in folder.glob("*.toml") if p.name != "fragments.toml")
    text += "".join(fragments.values())
    for name in fragments:
        assert "{" + name + "}" in text, f"fragment {name} is never used"
    with pytest.raises(ValueError):
        expand("{no_such_fragment}", fragments)
    assert re.compile(expand("{person}", fragments)).search("de bezoeker")


# --- outdated legal references (resources/checklist/outdated.toml) ---------------------------------
from editor.core.checklist.outdated import RULES as LAWS  # noqa: E402
from editor.core.checklist.outdated import lint  # noqa: E402


@pytest.mark.parametrize("law", LAWS, ids=lambda r: r.key)
def test_every_outdated_law_has_examples_both_ways_and_they_hold(law):
    assert law.match and law.no_match, law.key
    for sentence in law.match:
        assert any(f.key == law.key for f in lint(sentence)), f"{law.key} should flag: {sentence}"
    for sentence in law.no_match:
        assert not any(f.key == law.key for f in lint(sentence)), f"{law.key} should not flag: {sentence}"


def test_informal_names_of_the_old_laws_are_outdated_with_a_replacement():
    from editor.core.checklist.outdated import reason_for, replacement_for

    found = lint("Wij handelen in overeenstemming met de Privacywet.")
    assert [f.key for f in found] == ["be_privacywet"]
    assert "30 juli 2018" in replacement_for("be_privacywet", "BE", found[0].text)
    assert "1992" in reason_for("be_privacywet", "BE")
    assert [f.key for f in lint("conform de Wet Persoonsgegevens")] == ["wbp"]


@pytest.mark.parametrize(("text", "key", "span"), [
    ("Wij houden ons aan de W.b.p. en geven uw gegevens niet door.", "wbp", "W.b.p."),
    ("De Wet Bescherming Persoons Gegevens geeft u rechten.", "wbp", "Wet Bescherming Persoons Gegevens"),
    ("Conform de Wet bescherming persoongegevens.", "wbp", "Wet bescherming persoongegevens"),
    ("Overeenkomstig de wet van 08/12/1992 hebt u recht op inzage.", "be_law_1992", "de wet van 08/12/1992"),
    ("De wet van 8 dec. 1992 is van toepassing.", "be_law_1992", "De wet van 8 dec. 1992"),
    ("Wij respecteren de Belgische Privacywet.", "be_privacywet", "de Belgische Privacywet"),
    ("Aanmelding bij de Commissie voor de bescherming van de privacy is niet nodig.", "cbpl",
     "Commissie voor de bescherming van de privacy"),
    ("U kunt klagen bij het College voor de bescherming van persoonsgegevens.", "cbp",
     "College voor de bescherming van persoonsgegevens"),
    # the finding is the old law itself, not the current law named before it in the same sentence
    ("Wij volgen de Wet van 22 augustus 2002 betreffende de rechten van de patiënt en de Wet van 8 december 1992.",
     "be_law_1992", "de Wet van 8 december 1992"),
])
def test_misspelt_and_abbreviated_old_laws_are_found_as_the_law_alone(text, key, span):
    assert [(f.key, f.text) for f in lint(text)] == [(key, span)]


def test_a_bare_date_in_1992_is_no_reference_to_the_old_law():
    assert lint("Onze vereniging werd opgericht op 8 december 1992 en telt nu 300 leden.") == []


@pytest.mark.parametrize(("text", "fixed"), [
    ("Wij houden ons aan de W.b.p. bij elke verwerking.",
     "Wij houden ons aan de Algemene Verordening Gegevensbescherming (AVG) bij elke verwerking."),
    ("De wet van 8 december 1992 is van toepassing.",
     "De Algemene Verordening Gegevensbescherming (AVG) en de Wet van 30 juli 2018 is van toepassing."),
    ("Wij volgen de wet van 8 december 1992.",
     "Wij volgen de Algemene Verordening Gegevensbescherming (AVG) en de Wet van 30 juli 2018."),
    ("Wij handelen conform de 95/46/EG-richtlijn.", "Wij handelen conform de Verordening (EU) 2016/679 (AVG)."),
])
def test_a_replacement_fits_the_sentence_it_lands_in(text, fixed):
    """"Vervangen door" puts the replacement where the finding stood: no "de de", a capital where a sentence opens."""
    from editor.core.checklist.outdated import replacement_for

    [f] = lint(text)
    assert text[:f.start] + replacement_for(f.key, "BE", f.text) + text[f.end:] == fixed


def test_de_privacywet_is_the_old_act_only_in_a_belgian_policy():
    """In a Dutch policy "de privacywet" is what people call the AVG: no outdated reference there."""
    from editor.core.checklist import analyze
    from editor.core.importers import import_text

    policy = import_text("Privacyverklaring\n\nWij houden ons strikt aan de privacywet.\n").policy
    assert [r.key for r in analyze(policy, "BE").outdated_references] == ["be_privacywet"]
    assert analyze(policy, "NL").outdated_references == []


def test_a_veto_remembers_its_verdict_per_text_and_the_memory_stays_bounded(monkeypatch):
    """Re-analysis asks each veto about the same evidence after every edit; the remembered answer is the one
    asking afresh gives, for sentences as written (capitals, typographic quotes), and the memory has a bound."""
    from editor.core.checklist import rulebook as RB
    from editor.core.checklist.text import normalise

    veto = next(r for r in RULES if r.status == "not_evidence")
    for sentence in (*veto.match, *veto.no_match):
        written = sentence[:1].upper() + sentence[1:].replace("'", "\u2019")
        for _ in range(2):
            assert veto.matches_text(written) == veto.matches(normalise(written)) == (sentence in veto.match), written
    monkeypatch.setattr(RB, "_VERDICTS_MAX", 10)
    for n in range(50):
        veto.matches_text(f"Zin nummer {n}.")
    assert len(veto.verdicts) <= 10
    assert veto.matches_text(veto.match[0][:1].upper() + veto.match[0][1:])
