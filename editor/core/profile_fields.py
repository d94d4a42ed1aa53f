"""Linked profile fields: an inserted clause shows the organisation profile's values, and those
values stay tied to their placeholder, so a later change of the profile updates every clause
already in the text. No Qt.

A field is a Run with `field` set to the placeholder's name ("organisatie", "email", ...): its text
is the current value, or "{{name}}" while the profile has none. Saving keeps the name (native
format); export writes the text as it is, and the export step warns about any "{{name}}" left.
Values that do not come from the profile (the authority of the jurisdiction, the date) are filled
as plain text.
"""

from __future__ import annotations

from dataclasses import replace

from editor.core.model import Block, OrganisationProfile, Run, TextBlock
from editor.core.patterns import PLACEHOLDER

# The placeholders whose value comes from the organisation profile (the rest never changes with it).
PROFILE_FIELDS: tuple[str, ...] = (
    "organisatie", "adres", "ondernemingsnummer", "email", "telefoon", "website", "functionaris",
    "functionaris_contact",
)


def field_text(name: str, values: dict[str, str]) -> str:
    """What a field shows: its value, or the visible placeholder while there is none."""
    return values.get(name) or "{{" + name + "}}"


def profile_values(profile: OrganisationProfile | None) -> dict[str, str]:
    from editor.core.library.placeholders import placeholder_values  # the library package is heavy

    values = placeholder_values(profile, None)
    return {name: values.get(name, "") for name in PROFILE_FIELDS}


def _link_run(run: Run, values: dict[str, str], other: dict[str, str]) -> list[Run]:
    if run.field:
        return [replace(run, text=field_text(run.field, values))]
    out: list[Run] = []
    pos = 0
    for m in PLACEHOLDER.finditer(run.text):
        name = m.group(1)
        if name in PROFILE_FIELDS:
            out.append(replace(run, text=run.text[pos : m.start()]))
            out.append(replace(run, text=field_text(name, values), field=name))
            pos = m.end()
        elif other.get(name):
            out.append(replace(run, text=run.text[pos : m.start()] + other[name]))
            pos = m.end()
    out.append(replace(run, text=run.text[pos:]))
    return [r for r in out if r.text]


def link_fields(blocks: list[Block], profile: OrganisationProfile | None, jurisdiction: str | None,
                *, date: str = "") -> list[Block]:
    """Blocks whose {{placeholders}} became linked fields (profile) or plain values (authority, date)."""
    from editor.core.library.placeholders import placeholder_values

    values = profile_values(profile)
    everything = placeholder_values(profile, jurisdiction, date=date)
    other = {k: v for k, v in everything.items() if k not in PROFILE_FIELDS}
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, TextBlock):
            runs = [piece for run in block.runs for piece in _link_run(run, values, other)]
            block = replace(block, runs=runs)
        out.append(block)
    return out
