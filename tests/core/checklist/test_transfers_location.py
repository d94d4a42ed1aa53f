"""Whether data leave the EEA: a location given in the very sentence that names an outside service answers it;
servers in the EU said elsewhere do not answer for a US service named without a location."""

from __future__ import annotations

from editor.core.checklist import analyze
from editor.core.importers import import_text

_HEAD = "Privacyverklaring Voorbeeld BV\n\nVoorbeeld BV, Kerkstraat 1, 9000 Gent, info@voorbeeld.be.\n\nVerwerkers\n\n"


def _transfers(body: str) -> str:
    return analyze(import_text(_HEAD + body).policy).item("third_country_transfers").status


def test_a_location_beside_the_service_answers_the_transfer_question():
    body = "Onze verwerkers: Vercel (hosting; functies in Frankfurt, EU), Neon (database; Frankfurt, EU).\n"
    assert _transfers(body) == "present"


def test_eu_servers_elsewhere_do_not_answer_for_a_us_service():
    body = "Wij gebruiken Google Analytics om het bezoek te meten.\n\nOnze servers staan in Frankfurt, EU.\n"
    assert _transfers(body) != "present"
