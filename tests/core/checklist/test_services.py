"""The services table (resources/checklist/services.toml) is the one list of named tools: every
service in it is recognised in a sentence, and one outside the EEA raises the transfer question."""

from __future__ import annotations

import pytest

from editor.core.checklist import analyze
from editor.core.checklist.cues import CUE_RULES, cues_of
from editor.core.checklist.services import load_services, named_service_regex, outside_eea_regex
from editor.core.importers import import_text

SERVICES, PHRASES = load_services()


@pytest.mark.parametrize("service", SERVICES, ids=lambda s: s.name)
def test_every_service_is_recognised_and_raises_its_cue(service):
    sentence = f"Voor onze administratie gebruiken wij {service.name}."
    low = sentence.lower()
    assert named_service_regex().search(low), service.name
    assert "service" in cues_of(low)
    assert bool(outside_eea_regex().search(low)) == service.outside_eea
    if service.outside_eea:
        assert "transfer" in cues_of(low), f"{service.name} raises no transfer cue"


@pytest.mark.parametrize("service", [s for s in SERVICES if s.outside_eea][:12], ids=lambda s: s.name)
def test_a_tool_outside_the_eea_makes_transfers_a_question(service):
    report = analyze(import_text(f"Privacyverklaring\n\nVoor onze administratie gebruiken wij {service.name}.\n").policy)
    item = report.item("third_country_transfers")
    assert item.triggered and item.status == "missing", (service.name, item.status)


def test_g_suite_written_both_ways_is_a_tool_outside_the_eea():
    for text in ("Wij werken met G Suite.", "Wij werken met GSuite."):
        assert "transfer" in cues_of(text.lower()) and outside_eea_regex().search(text.lower())


def test_the_cue_regexes_are_built_from_the_table():
    assert "mailchimp" in CUE_RULES["service"] and "mailchimp" in CUE_RULES["transfer"]
    assert "mollie" in CUE_RULES["service"] and "mollie" not in CUE_RULES["transfer"].split("|whatsapp")[0]
