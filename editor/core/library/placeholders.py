"""Filling a clause's {{placeholders}} from the document's organisation profile.

Only the names in PLACEHOLDERS are ever replaced, by plain string substitution. Any other
{{...}}, {0}, %s or markup in a clause is ordinary text. A placeholder without a value is
left visible as {{name}} and reported, never silently emptied.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from editor.core.model import OrganisationProfile, Policy
from editor.core.patterns import PLACEHOLDER

PLACEHOLDER_RE = PLACEHOLDER

# name -> (Dutch description, English description) for the GUI and the docs.
PLACEHOLDERS: dict[str, tuple[str, str]] = {
    "organisatie": ("naam van de organisatie", "organisation name"),
    "adres": ("adres van de organisatie", "organisation address"),
    "ondernemingsnummer": ("ondernemingsnummer (KBO) of KvK-nummer", "enterprise (KBO) or KvK number"),
    "email": ("e-mailadres voor privacyvragen", "e-mail address for privacy questions"),
    "telefoon": ("telefoonnummer", "phone number"),
    "website": ("website", "website"),
    "functionaris": ("functionaris voor gegevensbescherming of contactpersoon", "data protection officer or contact"),
    "functionaris_contact": ("contactgegevens van de functionaris", "contact details of the DPO"),
    "datum": ("datum van de verklaring", "date of the policy"),
    "toezichthouder": ("toezichthoudende autoriteit", "supervisory authority"),
    "toezichthouder_adres": ("adres van de toezichthouder", "address of the supervisory authority"),
    "toezichthouder_website": ("website van de toezichthouder", "website of the supervisory authority"),
}

AUTHORITIES: dict[str, dict[str, str]] = {
    "BE": {
        "toezichthouder": "Gegevensbeschermingsautoriteit",
        "toezichthouder_adres": "Drukpersstraat 35, 1000 Brussel",
        "toezichthouder_website": "www.gegevensbeschermingsautoriteit.be",
    },
    "NL": {
        "toezichthouder": "Autoriteit Persoonsgegevens",
        "toezichthouder_adres": "Postbus 93374, 2509 AJ Den Haag",
        "toezichthouder_website": "www.autoriteitpersoonsgegevens.nl",
    },
}

_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december")


@dataclass
class FilledText:
    text: str
    # (start, end, name) of every placeholder left unfilled, as offsets into `text`
    unfilled: list[tuple[int, int, str]] = field(default_factory=list)


def dutch_date(value: str) -> str:
    """'2024-05-01' -> '1 mei 2024'; anything that is not an ISO date is returned unchanged."""
    try:
        d = _dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return value.strip()
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def placeholder_values(
    profile: OrganisationProfile | None, jurisdiction: str | None, *, date: str = ""
) -> dict[str, str]:
    """The value for each placeholder that can be filled ('' = no value)."""
    p = profile or OrganisationProfile()
    values = {
        "organisatie": p.name,
        "adres": p.address,
        "ondernemingsnummer": p.enterprise_number,
        "email": p.email,
        "telefoon": p.phone,
        "website": p.website,
        "functionaris": p.dpo_name,
        "functionaris_contact": p.dpo_contact,
        "datum": dutch_date(date) if date else "",
    }
    values.update(AUTHORITIES.get((jurisdiction or "").upper(), {}))
    return {k: v.strip() for k, v in values.items()}


def fill_placeholders(
    text: str, profile: OrganisationProfile | None, jurisdiction: str | None, *, date: str = ""
) -> FilledText:
    values = placeholder_values(profile, jurisdiction, date=date)
    out: list[str] = []
    unfilled: list[tuple[int, int, str]] = []
    pos = 0
    length = 0
    for m in PLACEHOLDER_RE.finditer(text):
        name = m.group(1)
        if name not in PLACEHOLDERS:
            continue  # unknown {{...}} is plain text
        literal = text[pos : m.start()]
        out.append(literal)
        length += len(literal)
        value = values.get(name, "")
        if value:
            out.append(value)
            length += len(value)
        else:
            keep = m.group(0)
            unfilled.append((length, length + len(keep), name))
            out.append(keep)
            length += len(keep)
        pos = m.end()
    out.append(text[pos:])
    return FilledText("".join(out), unfilled)


def unfilled_names(text: str, profile: OrganisationProfile | None, jurisdiction: str | None) -> list[str]:
    return sorted({name for _, _, name in fill_placeholders(text, profile, jurisdiction).unfilled})


def placeholders_in_policy(policy: Policy) -> list[str]:
    """Names of the known placeholders still in a policy's text (sorted, each once)."""
    found: set[str] = set()
    for block in policy.blocks:
        found.update(m.group(1) for m in PLACEHOLDER_RE.finditer(block.text) if m.group(1) in PLACEHOLDERS)
    return sorted(found)


def fill_policy(policy: Policy, *, date: str = "") -> list[str]:
    """Fill the placeholders in a policy's text from its own profile and jurisdiction, in place
    (run by run, so formatting stays). Returns the names still unfilled."""
    juris = policy.meta.jurisdiction
    for block in policy.blocks:
        cells = [c for row in getattr(block, "rows", []) for c in row]
        for holder in [block, *cells]:
            for run in getattr(holder, "runs", []):
                if "{{" in run.text:
                    run.text = fill_placeholders(run.text, policy.meta.organisation, juris, date=date or policy.meta.last_updated).text
    return placeholders_in_policy(policy)
