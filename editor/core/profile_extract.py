"""Read the organisation profile out of a policy's text, for the user to confirm ("Uit document
overnemen" in the profile dialog). No Qt.

Policies name the controller in a few set ways: "Garage Dewitte bv, Brugsesteenweg 221, 9940
Evergem", "De verwerkingsverantwoordelijke is Acme NV (KBO 0123.456.789)", "Stichting Het Anker,
KvK 41234567". The extractor looks for the legal form, the address (street and number, postcode,
town), the first e-mail address and phone number (one module defines those patterns), the
enterprise number (KBO in Belgium, KvK in the Netherlands), the website and the data-protection
officer. Nothing is guessed without such a marker: a field it cannot find stays empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields

from editor.core.model import OrganisationProfile, Policy
from editor.core.patterns import EMAIL, PHONE
from editor.core.plaintext import PlainText

LEGAL_FORMS = (
    "bvba", "bv", "nv", "vzw", "cvba", "cv", "comm.v", "commv", "vof", "b.v.", "n.v.", "v.o.f.", "ivzw",
    "esv", "sprl", "sa", "asbl",
)
_FORM = r"(?:" + "|".join(re.escape(f) for f in sorted(LEGAL_FORMS, key=len, reverse=True)) + r")"
_NAME_WORD = r"(?:[A-Z0-9][\w&'’.-]*|&|en|van|de|der|den|het|voor|op|'t)"
# "Garage Dewitte bv", "Acme NV", "De Korenbloem vzw" (the form after the name) ...
NAME_WITH_FORM = re.compile(rf"\b((?:{_NAME_WORD}\s+){{0,5}}?[A-Z][\w&'’.-]*)\s*,?\s+((?i:{_FORM}))(?![\w.])")
# ... or "Stichting Het Anker" / "Vereniging Sportclub Oost" (the form before it).
FOUNDATION = re.compile(r"\b((?:Stichting|Vereniging|Coöperatie)(?:\s+[A-Z][\w&'’.-]*){1,5})")
_STREET_END = (
    r"(?:straat|laan|weg|steenweg|plein|lei|dreef|kaai|markt|singel|gracht|dijk|park|baan|hof|pad|kade|ring|"
    r"plantsoen|veld|dam|berg|straatweg|boulevard|square|rue|avenue)"
)
ADDRESS = re.compile(
    rf"((?:[A-Z][\w'’.-]*\s){{0,3}}[A-Z]?[\w'’.-]*{_STREET_END}\s+\d+[A-Za-z]?(?:\s*(?:bus|/|-)\s*\d+[A-Za-z]?)?)"
    r",?\s+((?:B-|NL-)?\d{4}(?:\s?[A-Z]{2})?)\s+([A-Z][\w'’-]+(?:[\s-](?:[A-Z][\w'’-]+|aan|op|de|den))*)",
)
PO_BOX = re.compile(r"(Postbus\s+\d+),?\s+(\d{4}\s?[A-Z]{2})\s+([A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)*)")
KBO = re.compile(
    r"(?:ondernemingsnummer|KBO(?:-nummer)?|BTW(?:-nummer)?|btw(?:-nummer)?|RPR)\s*(?:onder\s+(?:het\s+)?)?(?:nr\.?|nummer)?\s*:?\s*"
    r"(?:BE\s?)?([01]\d{3}[.\s]?\d{3}[.\s]?\d{3}|\d{3}[.\s]?\d{3}[.\s]?\d{3})\b",
    re.IGNORECASE,
)
KVK = re.compile(r"\b(?:KvK|Kamer van Koophandel)(?:-nummer| nummer|-nr\.?| nr\.?)?\s*(?:onder nummer\s*)?:?\s*(\d{8})\b",
                 re.IGNORECASE)
WEBSITE = re.compile(r"\b((?:https?://)?www\.[\w-]+(?:\.[\w-]+)+)(?:/[\w./-]*)?", re.IGNORECASE)
DPO_MARKER = re.compile(
    r"functionaris\s+voor\s+(?:de\s+)?gegevensbescherming|\bDPO\b|data\s+protection\s+officer|privacyfunctionaris",
    re.IGNORECASE,
)
# "..., de heer Jan Peeters" / "DPO: mevrouw An Claes" / "is Jan Peeters (dpo@...)"
PERSON = re.compile(
    r"(?:(?:de\s+heer|mevrouw|mr\.|mw\.|dhr\.)\s+)?([A-Z][a-zà-ÿ'’-]+(?:\s+(?:van|de|der|den|ter|van der|van den))?"
    r"(?:\s+[A-Z][a-zà-ÿ'’-]+)+)"
)
_KBO_SHAPE = re.compile(r"[01]\d{3}\.\d{3}\.\d{3}")  # an enterprise number, never a phone number
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'])|\n+")
_CONTROLLER = re.compile(r"verwerkingsverantwoordelijke|verantwoordelijk(?:e)?\s+voor|wie\s+zijn\s+(?:wij|we)|"
                         r"over\s+ons|controller", re.IGNORECASE)
_PUBLIC_MAIL = re.compile(r"@(?:gmail|hotmail|outlook|yahoo|telenet|skynet)\.", re.IGNORECASE)
_NOT_A_NAME = {"de", "het", "een", "wij", "we", "u", "onze", "uw", "deze", "die", "dat"}


def normalise_kbo(digits: str) -> str:
    """'BE 0123 456 789' / '123.456.789' -> '0123.456.789'."""
    d = re.sub(r"\D", "", digits)
    if len(d) == 9:
        d = "0" + d
    return f"{d[:4]}.{d[4:7]}.{d[7:]}" if len(d) == 10 else digits.strip()


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_BREAK.split(text) if s.strip()]


def _clean_name(name: str) -> str:
    words = name.split()
    while words and words[0] in _NOT_A_NAME:  # lower case only: "De Korenbloem" keeps its article
        words = words[1:]
    return " ".join(words).strip(" ,;:")


def _organisation(text: str) -> tuple[str, str]:
    """(name, legal form): the controller's sentences first, then the whole text."""
    sentences = _sentences(text)
    ordered = [s for s in sentences if _CONTROLLER.search(s)] + sentences
    for sentence in ordered:
        m = NAME_WITH_FORM.search(sentence)
        if m and _clean_name(m.group(1)):
            # The name as the text writes it, legal form included ("Garage Dewitte bv"), as profiles keep it.
            return f"{_clean_name(m.group(1))} {m.group(2)}", m.group(2)
        f = FOUNDATION.search(sentence)
        if f:
            return f.group(1).strip(), ""
    return "", ""


def _dpo(text: str) -> tuple[str, str]:
    """(name, contact) of the data-protection officer, from the sentences that name one."""
    for sentence in _sentences(text):
        marker = DPO_MARKER.search(sentence)
        if not marker:
            continue
        contact = ""
        e = EMAIL.search(sentence)
        if e:
            contact = e.group(0).rstrip(".")
        else:
            p = PHONE.search(sentence)
            contact = p.group(0) if p else ""
        name = ""
        for person in PERSON.finditer(sentence):
            candidate = person.group(1)
            first = candidate.split()[0].lower()
            if first in ("functionaris", "gegevensbescherming", "data", "u", "wij") or DPO_MARKER.search(candidate):
                continue
            if person.start() >= marker.start() - 60:
                name = candidate
                break
        if name or contact:
            return name, contact
    return "", ""


def extract_profile(text: str) -> OrganisationProfile:
    """The organisation profile the text gives; fields it does not give stay empty."""
    name, form = _organisation(text)
    address = ""
    a = ADDRESS.search(text) or PO_BOX.search(text)
    if a:
        address = f"{a.group(1).strip()}, {a.group(2)} {a.group(3).strip()}"
    enterprise = ""
    k = KBO.search(text)
    if k:
        enterprise = normalise_kbo(k.group(1))
    else:
        v = KVK.search(text)
        enterprise = v.group(1) if v else ""
    dpo_name, dpo_contact = _dpo(text)
    emails = [m.group(0).rstrip(".") for m in EMAIL.finditer(text)]
    own = [e for e in emails if not _PUBLIC_MAIL.search(e)] or emails
    # A privacy address first; not the DPO's own address when another one is given.
    privacy = [e for e in own if re.match(r"(?:privacy|gdpr|avg)\b", e, re.IGNORECASE)]
    email = next(iter(privacy), next((e for e in own if e != dpo_contact), own[0] if own else ""))
    numbers = [(m.start(), m.end()) for m in (*KBO.finditer(text), *KVK.finditer(text))]
    phone = next((m for m in PHONE.finditer(text)
                  if not any(a <= m.start() < b for a, b in numbers) and not _KBO_SHAPE.fullmatch(m.group(0).strip())), None)
    site = WEBSITE.search(text)
    return OrganisationProfile(
        name=name,
        legal_form=form.upper() if form and len(form) <= 4 and "." not in form else form,
        address=address,
        enterprise_number=enterprise,
        email=email,
        phone=phone.group(0).strip() if phone else "",
        website=site.group(1).lower() if site else "",
        dpo_name=dpo_name,
        dpo_contact=dpo_contact,
    )


def merge_missing(current: OrganisationProfile, found: OrganisationProfile) -> OrganisationProfile:
    """`current` with its empty fields taken from `found` (what the user typed always wins)."""
    values = {f.name: getattr(current, f.name) or getattr(found, f.name) for f in fields(OrganisationProfile)}
    return OrganisationProfile(**values)


@dataclass
class ProfileGuess:
    profile: OrganisationProfile
    found: dict[str, str] = field(default_factory=dict)  # field -> the value the text gave


def profile_from_text(policy: Policy) -> ProfileGuess:
    """The profile a policy's text gives ('' where it gives none), and which fields it gave."""
    profile = extract_profile(PlainText.from_policy(policy).text)
    found = {f.name: getattr(profile, f.name) for f in fields(OrganisationProfile) if getattr(profile, f.name)}
    return ProfileGuess(profile, found)
