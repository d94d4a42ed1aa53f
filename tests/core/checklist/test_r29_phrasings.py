"""Phrasings from blind round r29 of real policies that the checklist misread, each as a lawyer reads it."""

from __future__ import annotations

from .phrasing import item_of


def test_security_as_a_purpose_row_with_its_ground_is_no_measure():
    text = ("Privacyverklaring\n\nWaarvoor en op welke grond?\n\n"
            "- Beveiliging en foutopsporing (logs) — Gerechtvaardigd belang (AVG art. 6(1)(f))\n")
    assert item_of(text, "security").status != "present"


def test_the_longest_time_data_are_kept_is_a_retention_period():
    text = ("Privacyverklaring\n\nDe einddatum van het project is op 15 juni 2023, dit is de maximale tijd dat je "
            "gegevens zullen zijn opgeslagen.\n")
    assert item_of(text, "retention").status == "present"


def test_a_misspelt_dutch_authority_is_still_where_to_complain():
    text = ("Privacyverklaring\n\nWanneer je gegevens verwerkt worden, heb je het recht om een klacht in te dienen bij "
            "de Autoriteit Persoongegevens.\n")
    assert item_of(text, "complaint_authority").status == "present"


def test_a_site_hosted_from_the_netherlands_says_where_data_stay():
    text = ("Privacyverklaring\n\nHet model en uw scenario's worden gehost vanuit Nederland.\n")
    assert item_of(text, "third_country_transfers").status == "present"
    # a US service named elsewhere is not answered for by it
    text = ("Privacyverklaring\n\nWij gebruiken Google Analytics.\n\nDe website wordt gehost vanuit Nederland.\n")
    assert item_of(text, "third_country_transfers").status != "present"
