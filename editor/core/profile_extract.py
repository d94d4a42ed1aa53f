"""'Uit document overnemen': a profile pre-filled from the policy's own text, for the user to
confirm. No Qt. Only what the text states is taken; nothing is guessed beyond a pattern match.

Taken: the controller's name (from "X is verantwoordelijk voor ...", "de
verwerkingsverantwoordelijke is X", "(hierna 'X')"), postal address, e-mail (a privacy address
first), phone, KBO or KvK number, and the DPO's name and contact when the text names one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from editor.core.model import OrganisationProfile, Policy
from editor.core.patterns import EMAIL, PHONE
from editor.core.plaintext import PlainText

_NAME = r"([A-Z0-9][\w&'’.-]*(?:[ \t]+(?:[A-Z0-9][\w&'’.-]*|van|de|der|den|het|en|&|vzw|bv|nv|bvba|b\.v\.)){0,6})"
_NAME_PATTERNS = (
    re.compile(_NAME + r",?\s+(?:\([^)]{0,80}\)\s*,?\s*)?(?:met (?:maatschappelijke )?zetel|gevestigd|gelegen)(?:[^.]|\.(?=\d)){0,160}?\bis\s+(?:de\s+)?(?:verwerkings)?verantwoordelijke"),
    re.compile(_NAME + r",?\s+(?:\([^)]{0,80}\)\s*)?is\s+(?:de\s+)?(?:verwerkings)?verantwoordelijke?\b"),
    re.compile(r"(?:verwerkings)?verantwoordelijke\s+(?:voor[^.]{0,80}?\s)?is\s+" + _NAME),
    re.compile(_NAME + r",?\s+(?:\([^)]{0,80}\)\s*)?is\s+verantwoordelijk\s+voor\s+de\s+verwerking"),
    re.compile(r"\(hierna(?:\s+genoemd)?:?\s*[‘'\"“]([^’'\"”]{2,60})[’'\"”]\)"),
    # A name with its legal form: "Bakkerij Voorbeeld BV", "Stichting Voorbeeld", "Voorbeeld vzw".
    re.compile(r"\b((?:Stichting|Vereniging|Coöperatie|Coöperatieve vereniging)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"),
    re.compile(r"\b([A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){0,3}\s+(?:BV|B\.V\.|NV|N\.V\.|vzw|VZW|bvba|BVBA|VOF|CommV))(?![\w.])"),
)
_NOT_NAMES = re.compile(r"^(?:Wij|We|Deze|Dit|De|Het|Uw|Je|Jouw|Onze|Ons|U|Zijn|Haar|Hij|Zij|Wie|KVK|KvK|\d.*)$", re.IGNORECASE)
_AUTHORITY = re.compile(r"autoriteit|toezichthouder|commissie|ministerie van|\bAVG\b|\bGDPR\b", re.IGNORECASE)
ADDRESS = re.compile(
    r"\b([A-Z][\w'’.-]*(?:[ -][\w'’.-]+){0,4}\s\d{1,4}\s?[A-Za-z]?(?:\s?(?:bus|/)\s?\w+)?)[,\s]+"
    r"((?:B-|NL-)?\d{4}\s?(?:[A-Z]{2}\s)?[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})"
)
KBO = re.compile(r"\b(?:BE\s?)?(0\d{3})[.\s]?(\d{3})[.\s]?(\d{3})\b")
KBO_CONTEXT = re.compile(r"ondernemingsnummer|\bKBO\b|\bBTW\b|\bBE\s?0\d{3}", re.IGNORECASE)
_KBO_SHAPE = re.compile(r"0\d{3}\.\d{3}\.\d{3}")  # how enterprise numbers are written; phones are grouped otherwise
KVK = re.compile(r"\b(?:KvK|KVK|kvk|Kamer van Koophandel)[^\d]{0,40}?(\d{8})\b")
_DPO = re.compile(r"functionaris (?:voor |van )?(?:de )?gegevensbescherming|\bDPO\b|data protection officer", re.IGNORECASE)
_PERSON = re.compile(r"\b([A-Z][a-zé]+(?:\s(?:van|de|der|den|Van|De))*\s[A-Z][\w'-]+)\b")
_PUBLIC_MAIL = re.compile(r"@(?:gmail|hotmail|outlook|yahoo|telenet|skynet)\.", re.IGNORECASE)


@dataclass
class ProfileGuess:
    profile: OrganisationProfile
    found: dict[str, str] = field(default_factory=dict)  # field -> the text it was taken from


def _name(text: str) -> tuple[str, str]:
    """The most likely controller name: a name the controller sentences give (bonus), else a
    name with a legal form; among candidates, the one the text repeats most."""
    best: tuple[int, str, str] = (0, "", "")
    for rank, pattern in enumerate(_NAME_PATTERNS):
        for m in pattern.finditer(text):
            name = " ".join(m.group(1).split()).strip(" ,.")
            first = name.split()[0] if name else ""
            if len(name) < 3 or _NOT_NAMES.match(first) or re.match(r"(?:kvk|wie)\b", first, re.IGNORECASE):
                continue
            if _AUTHORITY.search(name) or "\n" in m.group(0) or ". " in name or re.search(r"\d{3}", name):
                continue
            score = text.count(name) + (3 if rank < 4 else 0)
            if score > best[0]:
                best = (score, name, m.group(0))
    return best[1], best[2]


def profile_from_text(policy: Policy) -> ProfileGuess:
    """Values the text gives for the profile fields ('' where it gives none)."""
    text = PlainText.from_policy(policy).text
    guess = ProfileGuess(OrganisationProfile())
    p = guess.profile
    p.name, where = _name(text)
    if p.name:
        guess.found["name"] = where
    mails = [m.group(0).rstrip(".") for m in EMAIL.finditer(text)]
    own = [m for m in mails if not _PUBLIC_MAIL.search(m)] or mails
    privacy = [m for m in own if re.match(r"(?:privacy|gdpr|avg|dpo|fg)\b", m, re.IGNORECASE)]
    dpo_window = " ".join(text[m.end(): m.end() + 300] for m in _DPO.finditer(text))
    dpo_mails = [m.group(0).rstrip(".") for m in EMAIL.finditer(dpo_window)]
    general = [m for m in own if m not in dpo_mails or len(own) == 1]
    if privacy or general:
        p.email = (privacy or general)[0]
        guess.found["email"] = p.email
    # A KBO number ("0543.611.457") looks like a phone number: not when the text calls it one.
    phone = next((m for m in PHONE.finditer(text) if not _KBO_SHAPE.fullmatch(m.group(0).strip())), None)
    if phone:
        p.phone = " ".join(phone.group(0).split())
        guess.found["phone"] = phone.group(0)
    address = ADDRESS.search(text)
    if address:
        p.address = f"{' '.join(address.group(1).split())}, {' '.join(address.group(2).split())}"
        guess.found["address"] = address.group(0)
    kvk = KVK.search(text)
    if kvk:
        p.enterprise_number = kvk.group(1)
        guess.found["enterprise_number"] = kvk.group(0)
    else:
        for m in KBO.finditer(text):
            if KBO_CONTEXT.search(text[max(0, m.start() - 60): m.end()]):
                p.enterprise_number = ".".join(m.groups())
                guess.found["enterprise_number"] = m.group(0)
                break
    dpo = _DPO.search(text)
    if dpo:
        window = text[dpo.end(): dpo.end() + 300]
        mail = EMAIL.search(window)
        if mail:
            p.dpo_contact = mail.group(0).rstrip(".")
            guess.found["dpo_contact"] = mail.group(0)
        person = _PERSON.search(text[max(0, dpo.start() - 120): dpo.end() + 120])
        if person and not _DPO.search(person.group(1)):
            p.dpo_name = person.group(1)
            guess.found["dpo_name"] = person.group(0)
    return guess
