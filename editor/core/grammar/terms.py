"""Words the grammar check must not flag because the document itself defines them.

The organisation profile names the company, its street, city and data protection officer;
LanguageTool's dictionary knows none of those, so every paragraph that mentions them would be
underlined. `profile_terms` turns the profile into protected terms for `GrammarChecker`.
"""

from __future__ import annotations

import re

from editor.core.model import OrganisationProfile

MIN_WORD_CHARS = 3  # shorter single tokens ("NV", "BV", initials) would match far too much text
# A word: letters/digits with inner hyphens, apostrophes, dots or ampersands ("D'Ieteren", "Jean-Pierre").
_WORD_RE = re.compile(r"\w+(?:['’.&-]\w+)*")
# Separators between the parts of an address or contact line; a multi-word name never crosses them.
_PART_SPLIT_RE = re.compile(r"[,;:\n\r\t|/()\[\]]+")
_JOINER_RE = re.compile(r"\s*(?:&|\s)\s*")  # what may stand between two words of one name
_EMAIL_OR_URL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)[^\s,;]+", re.IGNORECASE)
# Common Dutch/French/English particles of names and addresses: as single protected words they
# would hide real grammar matches on them ("den", "het") everywhere in the text.
_PARTICLES = frozenset(
    "van den der het een ter ten voor bij met aan uit des les sur aux and the for und von bis bus box".split()
)


_NUMBER_RE = re.compile(r"\d+[^\W\d_]{0,3}")  # "316A", "12bis": house numbers with a suffix


def _is_number(token: str) -> bool:
    """House numbers, postcodes, enterprise and phone numbers ("0123.456.789", "12-14", "316A")."""
    return not any(ch.isalpha() for ch in token) or _NUMBER_RE.fullmatch(token) is not None


def _is_word(token: str) -> bool:
    return len(token) >= MIN_WORD_CHARS and not _is_number(token) and token.casefold() not in _PARTICLES


def _phrases(text: str) -> list[str]:
    """Multi-word names: runs of words within one part, ended by a number or punctuation."""
    out: list[str] = []
    for part in _PART_SPLIT_RE.split(text):
        run: list[re.Match[str]] = []
        for m in _WORD_RE.finditer(part):
            joined = bool(run) and _JOINER_RE.fullmatch(part[run[-1].end():m.start()]) is not None
            if _is_number(m.group()) or (run and not joined):
                if len(run) > 1:
                    out.append(" ".join(part[run[0].start():run[-1].end()].split()))
                run = [] if _is_number(m.group()) else [m]
                continue
            run.append(m)
        if len(run) > 1:
            out.append(" ".join(part[run[0].start():run[-1].end()].split()))
    return out


def name_terms(text: str) -> list[str]:
    """Terms of one name or address: its multi-word names whole, plus each distinctive word."""
    return _phrases(text) + [w for w in _WORD_RE.findall(text) if _is_word(w)]


def _address_terms(text: str) -> list[str]:
    """E-mail addresses and web sites whole (also without "https://", as texts usually write them)."""
    out: list[str] = []
    for m in _EMAIL_OR_URL_RE.finditer(text):
        found = m.group().rstrip("./")
        out.append(found)
        if "://" in found:
            out.append(found.split("://", 1)[1])
    return out


def profile_terms(profile: OrganisationProfile) -> list[str]:
    """Protected terms from an organisation profile, without duplicates (first spelling kept).

    Name, address and DPO name are split into words and multi-word names; the legal form
    ("CommV", "BVBA"), e-mail addresses and web sites are kept whole; a DPO contact may hold
    names and addresses alike. Numbers (enterprise number, phone, house numbers, postcodes)
    give nothing.
    """
    terms: list[str] = []
    for text in (profile.name, profile.address, profile.dpo_name):
        terms += name_terms(text or "")
    legal_form = " ".join((profile.legal_form or "").split())
    if len(legal_form) >= MIN_WORD_CHARS and not _is_number(legal_form):
        terms.append(legal_form)  # its words are ordinary Dutch ("naamloze vennootschap"): keep it whole
    for text in (profile.email, profile.website):
        terms += _address_terms(text or "")
    contact = profile.dpo_contact or ""
    terms += _address_terms(contact) + name_terms(_EMAIL_OR_URL_RE.sub(" , ", contact))
    seen: set[str] = set()
    out: list[str] = []
    for term in terms:
        if term.casefold() not in seen:
            seen.add(term.casefold())
            out.append(term)
    return out
