"""A veto (a data rule with status not_evidence) removes sentences that only look like evidence; it
must not take down an item whose real evidence merely stood further down the text."""

from __future__ import annotations

from editor.core.checklist import analyze
from editor.core.importers import import_text


def test_real_evidence_after_several_vetoed_sentences_still_counts():
    promises = "".join(f"Wij verkopen uw gegevens nooit aan derden ({i}).\n\n" for i in range(6))
    text = "Privacyverklaring Voorbeeld BV\n\n" + promises + "Wij delen uw gegevens met onze boekhouder.\n"
    item = analyze(import_text(text).policy).item("recipients")
    assert item.status == "present"
    assert [e.text for e in item.evidence] == ["Wij delen uw gegevens met onze boekhouder."]


def test_only_vetoed_sentences_leave_the_item_partial():
    text = "Privacyverklaring Voorbeeld BV\n\nWij verkopen uw gegevens nooit aan derden.\n"
    assert analyze(import_text(text).policy).item("recipients").status == "partial"
