"""Turning a corpus organisation's own details into {{placeholders}}, and the corpus's dates."""

from __future__ import annotations

import contextlib
import datetime as dt
import re

from editor.core.patterns import EMAIL

# The organisations of the shipped corpus and their spellings. More aliases are derived from
# each policy itself ("(hierna 'X')" definitions and the names in its e-mail domains).
KNOWN_ORGANISATIONS = (
    "Archer Consulting BV", "Webassur", "INSUCOMMERCE", "3D CONFIG", "iAssist bv", "iAssist",
    "Luyten.Website", "Luyten Wouter",
)
KNOWN_WEBSITES = ("Mijn.Luyten.Website",)

MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
_EMAIL = EMAIL
_URL = re.compile(r"\bhttps?://[^\s)\]>\"']+|\bwww\.[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
_BARE_DOMAIN = re.compile(r"(?<![\w@.])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:be|nl|com|eu|website)\b")
# International numbers as the corpus writes them ("+32 (0)9 ...", "0032 ..."); the shared
# PHONE pattern would also take "0123.456.789"-like enterprise numbers, so this one stays narrow.
_PHONE = re.compile(r"(?:\+|\b00)\d{2}[\d ().-]{7,}\d")
_ENTERPRISE = re.compile(r"\bBE\s?0?\d{3,4}\.\d{3}\.\d{3}\b")
_ADDRESS = re.compile(
    r"\b[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3}\s\d{1,4}[A-Za-z]?(?:\s?/\s?[0-9A-Za-z]+)?,\s\d{4}(?:\s?[A-Z]{2})?"
    r"\s[A-Z][\w-]+(?:,\s(?:België|Nederland|Belgium))?"
)
NUM_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b")
# A worded date is a policy date unless it names a law or regulation ("wet van 8 december 1992").
WORD_DATE = re.compile(rf"(?<!van )(?<!Van )\b\d{{1,2}} (?:{MONTHS}) \d{{4}}\b")
# "X (Y)" and "(hierna 'X')" say nothing once both names are the placeholder.
_ORG_SELF = re.compile(r"(?<=\{\{organisatie\}\})\s*\([‘'\"“”]?\{\{organisatie\}\}[’'\"”]?\)")
_ORG_HIERNA = re.compile(r"\s*\(hierna(?:\s+genoemd)?:?\s*[‘'\"“”]?\{\{organisatie\}\}[’'\"”]?\)")
_HIERNA = re.compile(r"\(hierna(?:\s+genoemd)?\s*[‘'\"“]([^’'\"”]{2,40})[’'\"”]\)")


def organisation_aliases(raw: str) -> list[str]:
    """Names of the policy's own organisation: known spellings plus those the text defines."""
    names = set(KNOWN_ORGANISATIONS)
    names.update(m.group(1).strip() for m in _HIERNA.finditer(raw))
    for m in _EMAIL.finditer(raw):
        label = m.group(0).split("@", 1)[1].split(".")[0]
        if len(label) >= 4 and label.lower() not in {"gmail", "hotmail", "outlook", "yahoo", "telenet", "skynet"}:
            names.add(label)
    return sorted(names, key=lambda n: (-len(n), n))


def anonymise(text: str, aliases: list[str]) -> str:
    text = _EMAIL.sub("{{email}}", text)
    text = _URL.sub("{{website}}", text)
    for site in KNOWN_WEBSITES:
        text = re.sub(rf"(?<![\w.]){re.escape(site)}(?![\w])", "{{website}}", text, flags=re.IGNORECASE)
    text = _BARE_DOMAIN.sub("{{website}}", text)
    text = _PHONE.sub("{{telefoon}}", text)
    text = _ENTERPRISE.sub("{{ondernemingsnummer}}", text)
    text = _ADDRESS.sub("{{adres}}", text)
    text = NUM_DATE.sub("{{datum}}", text)
    text = WORD_DATE.sub("{{datum}}", text)
    for name in aliases:
        text = re.sub(rf"(?<![\w.{{]){re.escape(name)}(?![\w}}])", "{{organisatie}}", text, flags=re.IGNORECASE)
    text = _ORG_SELF.sub("", text)
    text = _ORG_HIERNA.sub("", text)
    return text


def policy_dates(raw: str) -> list[dt.date]:
    out: list[dt.date] = []
    for m in NUM_DATE.finditer(raw):
        d, mth, y = (int(x) for x in m.group(0).split("/"))
        with contextlib.suppress(ValueError):
            out.append(dt.date(y, mth, d))
    months = MONTHS.split("|")
    for m in WORD_DATE.finditer(raw):
        d, mname, y = m.group(0).split()
        with contextlib.suppress(ValueError):
            out.append(dt.date(int(y), months.index(mname) + 1, int(d)))
    return out
