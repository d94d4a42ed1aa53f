"""A lead-in shown as evidence ("... voor de volgende doeleinden:") brings its first list entries: they are what
the lawyer needs to read, and the entries are not shown a second time."""

from __future__ import annotations

from editor.core.checklist import analyze
from editor.core.importers import import_text
from editor.core.plaintext import PlainText


def test_a_lead_in_as_evidence_shows_its_entries():
    text = ("Privacyverklaring Voorbeeld BV\n\nVoorbeeld BV, Kerkstraat 1, 9000 Gent, info@voorbeeld.be.\n\n"
            "Doeleinden\n\nWij gebruiken uw gegevens voor de volgende doeleinden:\n"
            "- om uw bestelling te verwerken;\n- om uw vragen te beantwoorden;\n- om onze nieuwsbrief te sturen.\n\n"
            "Cookies\n\nWij gebruiken geen cookies.\n")
    policy = import_text(text).policy
    item = analyze(policy).item("purposes")
    lead = [e for e in item.evidence if e.text.startswith("Wij gebruiken uw gegevens voor de volgende doeleinden:")]
    assert len(lead) == 1
    assert "om uw bestelling te verwerken" in lead[0].text and "om onze nieuwsbrief te sturen" in lead[0].text
    # the span covers the entries in the document, so the editor highlights them too
    assert "om onze nieuwsbrief te sturen" in PlainText.from_policy(policy).text[lead[0].start:lead[0].end]
    assert not any(e.text == "om uw vragen te beantwoorden;" for e in item.evidence)
    # every block of the span is named, so the cursor in an entry shows which item it gives
    assert lead[0].block_ids == PlainText.from_policy(policy).blocks_in(lead[0].start, lead[0].end)
    assert len(lead[0].block_ids) == 4
