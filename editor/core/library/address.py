"""The form of address of a text ("u" or "je") and the conversion of a u-clause to je.

Model clauses are written with "u"; their je variant is derived by these rules, which cover
the constructions the model clauses use (tests convert every model clause and check it).
Corpus clauses are not converted: they are offered only to documents in their own form.
"""

from __future__ import annotations

import re

FORMS = ("u", "je")

_U_WORDS = re.compile(r"\b(?:u|uw|uzelf)\b", re.IGNORECASE)
_JE_WORDS = re.compile(r"\b(?:je|jij|jou|jouw|jezelf|jullie)\b", re.IGNORECASE)

# Inverted verb + u: with "je" the verb loses its -t ("kunt u" -> "kun je").
_INVERSIONS = {
    "kunt": "kun", "hebt": "heb", "heeft": "heb", "bent": "ben", "wilt": "wil", "wenst": "wens",
    "gaat": "ga", "zult": "zul", "vindt": "vind", "woont": "woon", "betwist": "betwist",
    "stelt": "stel", "ontvangt": "ontvang", "verstrekt": "verstrek", "leest": "lees", "geeft": "geef",
    "mag": "mag", "moet": "moet", "weet": "weet",
}
# Not "om" and "tot": before an infinitive or a clause they are conjunctions ("tot u zich afmeldt").
_PREPOSITIONS = "aan|met|bij|voor|over|van|door|naar|tegen|zonder"


def count_forms(text: str) -> tuple[int, int]:
    """(number of u/uw words, number of je/jij/jouw words)."""
    return len(_U_WORDS.findall(text)), len(_JE_WORDS.findall(text))


def detect_form(text: str) -> str:
    """'u', 'je' or '' (neither dominates or no address at all)."""
    u, je = count_forms(text)
    if u == je == 0:
        return ""
    if u >= 2 * je and u:
        return "u"
    if je >= 2 * u and je:
        return "je"
    return "u" if u > je else "je"


def _cap(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def to_je(text: str) -> str:
    """Rewrite a text written with u/uw in the informal je/jouw form."""

    def inversion(m: re.Match[str]) -> str:
        verb = m.group(1)
        short = _INVERSIONS.get(verb.lower())
        if short is None:
            return m.group(0)
        return f"{_cap(short, verb)} je"

    out = re.sub(r"\b([Uu]) zich\b", lambda m: ("J" if m.group(1) == "U" else "j") + "e je", text)
    out = re.sub(r"\b(\w+) u\b(?!w)", inversion, out)
    out = re.sub(rf"\b({_PREPOSITIONS}) u\b", lambda m: f"{m.group(1)} jou", out, flags=re.IGNORECASE)
    out = re.sub(r"\buzelf\b", "jezelf", out)
    out = re.sub(r"\bUzelf\b", "Jezelf", out)
    out = re.sub(r"\buw\b", "je", out)
    out = re.sub(r"\bUw\b", "Je", out)
    out = re.sub(r"\bu\b", "je", out)
    out = re.sub(r"\bU\b", "Je", out)
    # "je hebt ... gegeven" stays; "heeft" after "je" becomes "hebt".
    out = re.sub(r"\b([Jj]e) heeft\b", r"\1 hebt", out)
    return out
