"""Fill every gap: each item not given gets a clause that makes it present, fitting the
document's jurisdiction, form of address, facts and profile; the input policy is untouched."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest

from editor.core.checklist import analyze
from editor.core.fill_gaps import fill_gaps
from editor.core.importers import load_document
from editor.core.library import ClauseLibrary
from editor.core.library.address import count_forms
from editor.core.model import Heading, OrganisationProfile, Paragraph, Policy, Run
from editor.core.plaintext import PlainText
from editor.core.profile import sample_profile

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def clauses():
    return ClauseLibrary.open(ROOT / "clause_library", read_only=True, use_cache=False).clauses


def _policy(*parts: tuple[str, str]) -> Policy:
    blocks = []
    for kind, text in parts:
        blocks.append(Heading(runs=[Run(text)], level=2) if kind == "h" else Paragraph(runs=[Run(text)]))
    return Policy(blocks=blocks)


def _text(policy: Policy) -> str:
    return PlainText.from_policy(policy).text


U_POLICY = _policy(
    ("h", "Privacyverklaring"),
    ("p", "Wij verwerken uw naam en e-mailadres om uw vragen te beantwoorden. Uw gegevens zijn bij ons veilig."),
    ("p", "Wij gebruiken Google Analytics om het gebruik van onze website te meten."),
    ("h", "Contact"),
    ("p", "Vragen? Mail naar info@bakkerij.be."),
)


def test_every_gap_is_closed_in_the_documents_form_and_country(clauses):
    original = copy.deepcopy(U_POLICY)
    result = fill_gaps(U_POLICY, sample_profile("BE").organisation, "BE", clauses)
    assert _text(U_POLICY) == _text(original), "the input policy is not changed"
    gaps = [r.id for r in result.before.items if r.status in ("missing", "partial")]
    assert len(gaps) >= 15
    after = {r.id: r.status for r in analyze(result.policy, "BE").items}
    closed = [g for g in gaps if after[g] == "present"]
    assert len(closed) / len(gaps) >= 0.95, [g for g in gaps if after[g] != "present"]
    text = _text(result.policy)
    u, je = count_forms(text)
    assert je == 0 and u > 20
    assert "Gegevensbeschermingsautoriteit" in text and "Drukpersstraat 35" in text
    assert "Autoriteit Persoonsgegevens" not in text and "16 jaar" not in text
    assert "{{" not in text
    assert not analyze(result.policy, "BE").outdated_references


def test_google_analytics_gets_a_transfer_clause_never_eea_only(clauses):
    result = fill_gaps(U_POLICY, sample_profile("BE").organisation, "BE", clauses)
    transfer = next(i for i in result.inserted if i.item_id == "third_country_transfers")
    text = " ".join(result.policy.block_by_id(b).text for b in transfer.block_ids)
    assert "Data Privacy Framework" in text or "standaardcontractbepalingen" in text
    assert not re.search(r"uitsluitend binnen de|servers? .{0,20}in België", _text(result.policy))


def test_dutch_je_policy_gets_dutch_facts_in_the_je_form(clauses):
    policy = _policy(
        ("h", "Privacy"),
        ("p", "Wij gebruiken je naam en je e-mailadres om je bestelling te versturen. Jouw gegevens zijn van jou."),
        ("p", "Heb je een kind? Je kind mag alleen met jouw toestemming bestellen."),
    )
    result = fill_gaps(policy, sample_profile("NL").organisation, "NL", clauses)
    text = _text(result.policy)
    u, je = count_forms(text)
    assert u == 0 and je > 20
    assert "Autoriteit Persoonsgegevens" in text and "Gegevensbeschermingsautoriteit" not in text
    assert "13 jaar" not in text


def test_a_profile_without_a_dpo_leaves_the_dpo_item_open_with_the_reason(clauses):
    policy = _policy(("h", "Privacy"), ("p", "Wij hebben een functionaris voor gegevensbescherming aangesteld."))
    profile = OrganisationProfile(**{**sample_profile("BE").organisation.__dict__, "dpo_name": "", "dpo_contact": ""})
    result = fill_gaps(policy, profile, "BE", clauses)
    still = {o.item_id: o for o in result.still_open}
    assert "dpo_contact" in still and "functionaris" in still["dpo_contact"].reason_nl
    assert "{{" not in _text(result.policy)


def test_all_caps_headings_stay_all_caps_and_nothing_goes_after_the_contact_block(clauses):
    policy = _policy(
        ("h", "WELKE GEGEVENS VERWERKEN WIJ?"),
        ("p", "Wij verwerken uw naam en adres om uw bestelling te leveren."),
        ("h", "CONTACT"),
        ("p", "Bakkerij Voorbeeld, Kerkstraat 1, 9000 Gent, info@bakkerij.be"),
    )
    result = fill_gaps(policy, sample_profile("BE").organisation, "BE", clauses)
    assert result.inserted
    new = result.inserted_block_ids
    for block in result.policy.blocks:
        if isinstance(block, Heading) and block.id in new:
            assert block.text == block.text.upper(), block.text
    ids = [b.id for b in result.policy.blocks]
    contact = next(i for i, b in enumerate(result.policy.blocks) if b.text == "CONTACT")
    assert all(ids.index(b) < contact for b in new), "a clause was put after the contact block"


def test_real_policy_keeps_its_original_blocks_in_order(clauses):
    path = next(iter(sorted((ROOT.parent / "shared" / "realworld").glob("be_*.txt"))), None)
    if path is None:
        pytest.skip("../shared/realworld is not available")
    policy = load_document(path).policy
    result = fill_gaps(policy, sample_profile("BE").organisation, "BE", clauses)
    kept = [b.text for b in result.policy.blocks if b.id not in result.inserted_block_ids]
    assert kept == [b.text for b in policy.blocks]


def test_an_inserted_clause_is_never_split_by_a_later_one(clauses):
    policy = _policy(
        ("h", "Privacyverklaring"),
        ("p", "Wij verwerken uw naam om uw vragen te beantwoorden. Onze functionaris voor gegevensbescherming is An."),
        ("h", "Aanpassen privacyverklaring"),
        ("p", "Wij kunnen deze verklaring aanpassen."),
    )
    result = fill_gaps(policy, sample_profile("BE").organisation, "BE", clauses)
    blocks = result.policy.blocks
    position = {b.id: n for n, b in enumerate(blocks)}
    for ins in result.inserted:
        spots = [position[b] for b in ins.block_ids]
        assert spots == list(range(spots[0], spots[0] + len(spots))), f"{ins.clause_id} was split"


def test_a_dated_policy_gets_no_second_date(clauses):
    # House bar (GUIDELINES.md): a version date alone gives policy_changes, so fill inserts no second
    # date clause; the checklist shows a hint (how changes are announced) instead.
    policy = _policy(
        ("h", "Privacyverklaring"),
        ("p", "Wij verwerken uw naam en e-mailadres om u over onze activiteiten te informeren."),
        ("p", "Laatst gewijzigd: 15 november 2023"),
    )
    result = fill_gaps(policy, sample_profile("BE").organisation, "BE", clauses, date="2026-01-02")
    assert not [i for i in result.inserted if i.item_id == "policy_changes"]
    assert "2 januari 2026" not in _text(result.policy)
    assert result.after.item("policy_changes").status == "present" and result.after.item("policy_changes").hint
