"""Pasted web lists use more than "-" and "•" as bullets: an em dash or a check mark at the start of each
line makes a list entry, so that the checklist reads the entries under their lead-in or heading."""

from __future__ import annotations

from editor.core.checklist import analyze
from editor.core.importers import import_text
from editor.core.model import ListItem


def test_em_dash_and_check_mark_lines_are_list_items():
    text = ("Privacyverklaring\n\n2.3 Navigatiegegevens\n\n— IP-adres\n— Browser- en besturingssysteemtype\n\n"
            "Wat wij doen\n\n✓ Wij versleutelen alle verbindingen\n✓ Wij bewaren niets langer dan nodig\n")
    items = [b.text for b in import_text(text).policy.blocks if isinstance(b, ListItem)]
    assert items == ["IP-adres", "Browser- en besturingssysteemtype", "Wij versleutelen alle verbindingen",
                     "Wij bewaren niets langer dan nodig"]


def test_em_dash_entries_under_a_legitimate_interest_label_name_the_interest():
    text = ("Privacyverklaring Voorbeeld BV\n\nVoorbeeld BV, Kerkstraat 1, 9000 Gent, info@voorbeeld.be.\n\n"
            "4. Rechtsgronden\n\nGerechtvaardigd belang (art. 6.1.f AVG)\n— Fraudepreventie en platformbeveiliging\n"
            "— Inhoudsmoderatie\n")
    assert analyze(import_text(text).policy).item("legitimate_interests").status == "present"


def test_bullet_and_tab_lines_pasted_from_word_are_list_items_not_a_table():
    text = ("Privacyverklaring\n\nWij gebruiken uw gegevens voor de volgende doeleinden:\n"
            "•\tOm uw aanvraag of bestelling te verwerken\n•\tVoor het beantwoorden van uw vragen\n\n"
            "Naam\tE-mailadres\nJan\tjan@voorbeeld.be\n")
    blocks = import_text(text).policy.blocks
    assert [b.text for b in blocks if isinstance(b, ListItem)] == [
        "Om uw aanvraag of bestelling te verwerken", "Voor het beantwoorden van uw vragen"]
    # a real tab-separated table is still a table
    assert any(type(b).__name__ == "Table" for b in blocks)
