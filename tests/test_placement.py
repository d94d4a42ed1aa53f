"""Where a clause goes (editor/core/placement.py): under the matching section, else before the
closing sections, never after the contact block that ends a policy; headings in the document's style."""

from __future__ import annotations

from editor.core.checklist import analyze
from editor.core.model import Heading, Paragraph, Policy, Run
from editor.core.placement import heading_case, insertion_point, match_heading_style, trailing_contact_start


def doc(*parts: tuple[str, str, int]) -> Policy:
    blocks = []
    for kind, text, level in parts:
        blocks.append(Heading(runs=[Run(text)], level=level) if kind == "h" else Paragraph(runs=[Run(text)]))
    return Policy(blocks=blocks)


def _at(policy: Policy, before_id: str | None) -> str:
    block = policy.block_by_id(before_id) if before_id else None
    return block.text if block else "<end>"


RIGHTS_DOC = doc(
    ("h", "Privacyverklaring", 1),
    ("p", "Wij verwerken uw naam om uw bestelling te leveren.", 0),
    ("h", "Uw rechten", 2),
    ("p", "U hebt het recht op inzage in uw gegevens. U kunt uw verzoek sturen naar info@x.be.", 0),
    ("h", "Cookies", 2),
    ("p", "Wij gebruiken geen cookies.", 0),
    ("h", "Wijzigingen", 2),
    ("p", "Wij kunnen deze verklaring wijzigen.", 0),
    ("h", "Contact", 2),
    ("p", "info@x.be", 0),
)


def test_a_right_goes_at_the_end_of_the_rights_section():
    before, level = insertion_point(RIGHTS_DOC, analyze(RIGHTS_DOC, "BE"), ["right_restriction"])
    assert _at(RIGHTS_DOC, before) == "Cookies" and level == 2


def test_an_unrelated_item_goes_before_the_closing_sections():
    before, level = insertion_point(RIGHTS_DOC, analyze(RIGHTS_DOC, "BE"), ["children"])
    assert _at(RIGHTS_DOC, before) == "Wijzigingen" and level == 2


def test_evidence_in_the_contact_section_does_not_put_a_clause_after_it():
    policy = doc(
        ("h", "Privacy", 2),
        ("p", "Wij verwerken uw naam.", 0),
        ("h", "Contact", 2),
        ("p", "Bakkerij Voorbeeld BV, Kerkstraat 1, 9000 Gent, info@x.be, 09 123 45 67", 0),
    )
    before, _ = insertion_point(policy, analyze(policy, "BE"), ["dpo_contact"])
    assert _at(policy, before) == "Contact"


def test_without_headings_a_clause_goes_before_the_trailing_contact_lines():
    policy = doc(
        ("p", "Wij verwerken uw naam en adres om uw bestelling te leveren en bewaren ze zeven jaar.", 0),
        ("p", "Vragen? Neem contact op.", 0),
        ("p", "Bakkerij Voorbeeld, Kerkstraat 1, 9000 Gent", 0),
        ("p", "info@bakkerij.be", 0),
    )
    assert trailing_contact_start(policy) == 1
    before, _ = insertion_point(policy, analyze(policy, "BE"), ["children"])
    assert _at(policy, before) == "Vragen? Neem contact op."


def test_a_document_ending_in_ordinary_text_gets_the_clause_at_the_end():
    policy = doc(("p", "Wij verwerken uw naam.", 0), ("p", "Wij bewaren niets langer dan een jaar.", 0))
    assert trailing_contact_start(policy) is None
    assert insertion_point(policy, None, ["children"]) == (None, 2)


def test_all_caps_headings_are_matched():
    policy = doc(("h", "UW RECHTEN", 2), ("p", "x", 0), ("h", "COOKIES", 2), ("p", "y", 0))
    assert heading_case(policy, 2) == "upper"
    blocks = [Heading(runs=[Run("Recht op beperking")], level=2), Paragraph(runs=[Run("Tekst blijft.")])]
    match_heading_style(blocks, policy)
    assert blocks[0].text == "RECHT OP BEPERKING" and blocks[1].text == "Tekst blijft."
    assert heading_case(RIGHTS_DOC, 2) == ""


def test_the_items_own_partial_text_decides_the_section():
    policy = doc(
        ("h", "Hoe lang bewaren wij uw gegevens?", 2),
        ("p", "Wij bewaren uw gegevens niet langer dan nodig.", 0),
        ("h", "Beveiliging", 2),
        ("p", "Wij nemen passende technische en organisatorische maatregelen, zoals versleuteling en toegangsbeheer.", 0),
        ("p", "Onze medewerkers hebben alleen toegang tot uw gegevens als dat nodig is.", 0),
    )
    report = analyze(policy, "BE")
    assert next(r for r in report.items if r.id == "retention").status == "partial"
    before, _ = insertion_point(policy, report, ["retention"])
    assert _at(policy, before) == "Beveiliging"


def test_a_last_updated_line_ending_the_policy_stays_last():
    policy = doc(
        ("h", "Gegevensverwerking", 2),
        ("p", "Wij verwerken uw naam en e-mailadres om u over onze activiteiten te informeren.", 0),
        ("p", "Laatst gewijzigd: 15 november 2023", 0),
    )
    before, _ = insertion_point(policy, analyze(policy, "BE"), ["right_erasure"])
    assert _at(policy, before) == "Laatst gewijzigd: 15 november 2023"
