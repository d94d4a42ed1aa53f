"""Checks a mined clause must pass: verified item tags, modernised law, and scrap rules that
repair a clause (dropping site furniture) or reject it with a reason for BUILD_REPORT.md.

Tags are verified, not guessed: a clause carries an item only when the checklist, run on the
clause alone with a filled sample profile, finds that item present. This runs at every build,
so a changed checklist re-tags the library (`make library`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from editor.core.errors import UserError
from editor.core.library.address import count_forms
from editor.core.library.clause import Clause
from editor.core.model import Block, OrganisationProfile, Policy, PolicyMeta

Tagger = Callable[[list[Block]], tuple[list[str], list[tuple[str, str, str]]]]

# Fake but realistic values used only while tagging, so the checklist sees text as a user would.
TAG_PROFILES = {
    "BE": OrganisationProfile(
        name="Voorbeeld BV", address="Kerkstraat 1, 1000 Brussel", enterprise_number="BE0123.456.789",
        email="privacy@voorbeeld.be", phone="+32 2 123 45 67", website="www.voorbeeld.be",
        dpo_name="Els Janssens", dpo_contact="dpo@voorbeeld.be",
    ),
    "NL": OrganisationProfile(
        name="Voorbeeld B.V.", address="Kerkstraat 1, 1011 AB Amsterdam", enterprise_number="12345678",
        email="privacy@voorbeeld.nl", phone="+31 20 123 45 67", website="www.voorbeeld.nl",
        dpo_name="Els Jansen", dpo_contact="fg@voorbeeld.nl",
    ),
}
TAG_PROFILE = TAG_PROFILES["BE"]
TAG_DATE = "2025-01-01"


def filled_blocks(title: str, body: str, jurisdiction: str = "BE") -> list[Block]:
    """The clause as blocks, placeholders filled with the sample profile of `jurisdiction`."""
    juris = jurisdiction if jurisdiction in TAG_PROFILES else "BE"
    return Clause(id="x", title=title, body=body).to_blocks(TAG_PROFILES[juris], juris, date=TAG_DATE)


def statuses_alone(title: str, body: str, jurisdiction: str) -> dict[str, str]:
    from editor.core.checklist import analyze

    blocks = filled_blocks(title, body, jurisdiction)
    report = analyze(Policy(blocks=blocks, meta=PolicyMeta(jurisdiction=jurisdiction)), jurisdiction)
    return {item.id: item.status for item in report.items}


def verified_items(title: str, body: str, jurisdiction: str) -> list[str]:
    """Items the checklist finds present in the clause alone; an 'any' clause must give them
    in Belgium and in the Netherlands."""
    countries = [jurisdiction] if jurisdiction in TAG_PROFILES else list(TAG_PROFILES)
    found: set[str] | None = None
    for country in countries:
        present = {i for i, s in statuses_alone(title, body, country).items() if s == "present"}
        found = present if found is None else found & present
    return sorted(found or set())


def checklist_tagger(jurisdiction: str = "BE") -> Tagger:
    """Item ids (present or partial) and outdated references of some blocks, per the checklist.
    Used to split sections; the final tags come from verified_items."""
    try:
        from editor.core import checklist
    except ImportError as exc:  # pragma: no cover - the engine is part of the app
        raise UserError(
            "De checklist-module ontbreekt; de bibliotheek kan niet getagd worden.",
            "The checklist module is missing; the library cannot be tagged.",
        ) from exc

    def tag(blocks: list[Block]) -> tuple[list[str], list[tuple[str, str, str]]]:
        items = sorted(checklist.item_ids_for_text(blocks))
        report = checklist.analyze(Policy(blocks=blocks, meta=PolicyMeta(jurisdiction=jurisdiction)), jurisdiction)
        outdated = [(o.text, o.replacement or "", o.reason) for o in report.outdated_references]
        return items, outdated

    return tag


def outdated_in(title: str, body: str, jurisdiction: str) -> list[str]:
    from editor.core.checklist import analyze

    blocks = filled_blocks(title, body, jurisdiction)
    report = analyze(Policy(blocks=blocks, meta=PolicyMeta(jurisdiction=jurisdiction)), jurisdiction)
    return [o.text for o in report.outdated_references]


# --- scrap rules -------------------------------------------------------------------------------

# Sentences that only make sense on the source web page: dropped (the repair is recorded).
FURNITURE = re.compile(
    r"via (?:deze|onderstaande|volgende|de volgende) link|klik (?:hier|op)|\bhier klikken\b|lees (?:hier )?meer|"
    r"terug naar boven|contacteer ons\s*[.!]?\s*$|neem contact met ons op\s*[.!]?\s*$|\bvia deze pagina\b|"
    r"onderaan (?:deze|de) pagina|(?:zie|bekijk) (?:hieronder|onze website)",
    re.IGNORECASE,
)
# References to other parts of the source policy, which the client's policy may not have.
CROSS_REFERENCE = re.compile(
    r"\bhier(?:onder|boven)\b|\b(?:onder|boven)staande\b|\b(?:zie|vermeld in|bepaald in|bedoeld in) "
    r"(?:artikel|punt|paragraaf|sectie|hoofdstuk|rubriek)\b|\bvolgende (?:sectie|paragraaf|rubriek)\b",
    re.IGNORECASE,
)
# Named services are facts of the source organisation, not of the client.
NAMED_SERVICES = re.compile(
    r"\b(?:Facebook|Instagram|LinkedIn|Twitter|TikTok|YouTube|Google|Microsoft|Office 365|Mailchimp|"
    r"Hotjar|WordPress|Shopify|Stripe|Mollie|Sendinblue|Brevo|Zapier|Hubspot|Salesforce|Vimeo|Teamleader|"
    r"Odoo|Exact Online|Combell|OVH|Amazon|AWS|Apple|WhatsApp|Calendly|Zoom|Teams|SiteGround|Hostinger|"
    r"one\.com|TransIP|Versio|Strato|Vimexx|Antagonist|Hetzner|DigitalOcean|Cloudflare|Wix|Squarespace)\b",
)
# Facts about the source organisation's own set-up that a client's policy cannot copy.
SOURCE_FACTS = re.compile(
    r"\b(?:live[- ]?chat|klantenzone|onze (?:servers|webhosting)|in België gehost|servers? in België|"
    r"verzekeringsmaatschappij|verzekeraars?|makelaar|ticket ?systeem|digitale pioniers?|volledig digitaal|"
    r"verjaardag|solliciteer\w*|sollicitatie\w*|firewall|login met toegangscode|faxnummers?|onze medewerkers staan)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'‘“{])")
MIN_WORDS = 15


def drop_furniture(body: str) -> tuple[str, list[str]]:
    """The body without sentences of site furniture; returns (new body, dropped sentences)."""
    dropped: list[str] = []
    paragraphs: list[str] = []
    for para in body.split("\n\n"):
        lines: list[str] = []
        for line in para.split("\n"):
            m = re.match(r"^(\s*(?:- |\d+\. )?)(.*)$", line)
            marker, text = (m.group(1), m.group(2)) if m else ("", line)
            kept = []
            for sentence in _SENTENCE.split(text):
                if FURNITURE.search(sentence):
                    dropped.append(sentence.strip())
                else:
                    kept.append(sentence)
            if " ".join(kept).strip():
                lines.append(marker + " ".join(kept).strip())
        if lines:
            paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs), dropped


def dangling_list(body: str) -> bool:
    """A paragraph that announces a list (ends in ':') with no list after it."""
    paragraphs = body.split("\n\n")
    for n, para in enumerate(paragraphs):
        last = para.rstrip().split("\n")[-1]
        if last.rstrip().endswith(":"):
            after = paragraphs[n + 1] if n + 1 < len(paragraphs) else ""
            if not re.match(r"^\s*(?:- |\d+\. )", after) and not re.match(r"^\s*(?:- |\d+\. )", last):
                return True
    return False


def rejection(title: str, body: str, items: list[str], aliases: list[str]) -> str:
    """Why a mined clause cannot be shipped ('' = it can)."""
    text = f"{title}\n{body}"
    if len(body.split()) < MIN_WORDS:
        return "te kort om op zichzelf te staan"
    if dangling_list(body):
        return "kondigt met ':' een lijst aan die ontbreekt"
    m = CROSS_REFERENCE.search(body)
    if m:
        return f"verwijst naar een ander deel van de bronverklaring ({m.group(0)})"
    m = NAMED_SERVICES.search(text)
    if m:
        return f"noemt een dienst van de bronorganisatie ({m.group(0)})"
    m = SOURCE_FACTS.search(text)
    if m:
        return f"beschrijft feiten van de bronorganisatie ({m.group(0)})"
    if re.search(r"onbepaalde (?:duur|tijd)", body, re.IGNORECASE):
        return "bewaart gegevens voor onbepaalde duur (art. 5, lid 1, onder e) AVG)"
    u, je = count_forms(body)
    if u and je:
        return "mengt u en je"
    folded = text.casefold()
    for name in aliases:
        if len(name) >= 4 and re.search(rf"(?<![\w]){re.escape(name.casefold())}(?![\w])", folded):
            return "bevat nog een organisatienaam uit het corpus"
    if not items:
        return "geeft geen enkel checklistpunt volledig"
    return ""
