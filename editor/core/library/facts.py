"""Facts of a document that a suggested clause must not contradict.

A policy that names a service run from outside the EEA (Google Analytics, Mailchimp, ...)
transfers data there; a clause saying the data never leave the EEA (or "our servers are in
Belgium") contradicts it and is never offered first, nor inserted by "fill every gap".
"""

from __future__ import annotations

import re

# Services whose provider processes data in the United States (or another third country).
NON_EEA_SERVICES = re.compile(
    r"\b(?:Google(?: Analytics| Tag Manager| Ads| Fonts| Maps| Workspace| reCAPTCHA)?|reCAPTCHA|YouTube|"
    r"Facebook|Meta(?: Pixel)?|Instagram|WhatsApp|LinkedIn|Twitter|TikTok|Pinterest|Mailchimp|"
    r"Microsoft(?: 365| Teams| Clarity)?|Office 365|Hotjar|HubSpot|Salesforce|Zoom|Dropbox|Calendly|"
    r"Stripe|PayPal|Shopify|Wix|Squarespace|Zapier|Vimeo|Cloudflare|Amazon Web Services|AWS|Typeform|"
    r"SurveyMonkey|Intercom|Zendesk|Slack|Trello|Eventbrite|Jotform)\b"
)
# A clause that says the data stay inside the EEA (or in one member state).
CLAIMS_EEA_ONLY = re.compile(
    r"uitsluitend binnen de (?:EU|EER|Europese)|niet (?:door )?(?:naar|buiten) (?:landen )?(?:buiten )?de (?:EER|EU|Europese)|"
    r"geven .{0,40} niet door naar landen buiten|servers? .{0,30}\bin (?:België|Nederland)\b|"
    r"in (?:België|Nederland) (?:gehost|opgeslagen|bewaard)|blijven in de Europese",
    re.IGNORECASE,
)


# The document dates itself ("Laatst gewijzigd: 15 november 2023"): a clause with its own
# {{datum}} gives a second date, which the lawyer must reconcile (fill_gaps says so).
DATED = re.compile(
    r"(?:laatst|laatste)\s+(?:gewijzigd|bijgewerkt|aangepast|herzien|wijziging|aanpassing|update)|"
    r"versie\s*(?:van|:)?\s*\d{1,2}[ /.-]|last updated",
    re.IGNORECASE,
)


def document_facts(text: str) -> set[str]:
    facts: set[str] = set()
    if NON_EEA_SERVICES.search(text):
        facts.add("non_eea_services")
    return facts


def contradicts(facts: set[str], clause_text: str) -> bool:
    """Whether a clause's text contradicts what the document says."""
    return "non_eea_services" in facts and bool(CLAIMS_EEA_ONLY.search(clause_text))
