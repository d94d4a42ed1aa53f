"""The organisation profile as a JSON file (docs/profile.md): read and write, strictly.

A profile file is data: parsed with json.loads, only known string fields are taken, nothing
is evaluated. A bad file gets a clear message in the UI language, never a traceback.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from editor.core.atomic import atomic_write_text
from editor.core.errors import BadInputError
from editor.core.model import OrganisationProfile

FORMAT = "privacy-editor-profile"
VERSION = 1
MAX_BYTES = 1_000_000
JURISDICTIONS = ("BE", "NL")
_FIELDS = tuple(f.name for f in fields(OrganisationProfile))


@dataclass
class ProfileFile:
    organisation: OrganisationProfile = field(default_factory=OrganisationProfile)
    jurisdiction: str | None = None  # BE or NL; None = take it from the document
    form_of_address: str = ""  # "u" or "je"; "" = take it from the document


def _bad(path: Path, nl: str, en: str) -> BadInputError:
    return BadInputError(f"Profiel {path.name}: {nl}", f"Profile {path.name}: {en}")


def load_profile(path: str | Path) -> ProfileFile:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise _bad(path, "bestand is te groot voor een profiel", "file is too large for a profile")
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except FileNotFoundError as exc:
        raise BadInputError(f"Profiel niet gevonden: {path}", f"Profile not found: {path}") from exc
    except (UnicodeDecodeError, ValueError) as exc:
        raise _bad(path, "geen geldige JSON in UTF-8", "not valid UTF-8 JSON") from exc
    except OSError as exc:
        raise _bad(path, f"kan niet gelezen worden ({exc.strerror})", f"cannot be read ({exc.strerror})") from exc
    if not isinstance(data, dict):
        raise _bad(path, "verwacht een JSON-object", "expected a JSON object")
    if data.get("format", FORMAT) != FORMAT:
        raise _bad(path, "is geen profiel van de privacy-editor", "is not a privacy-editor profile")
    version = data.get("version", VERSION)
    if not isinstance(version, int) or version > VERSION:
        raise _bad(path, "is in een nieuwere formaatversie opgeslagen; werk de app bij", "uses a newer format; update the app")
    org = data.get("organisation", {})
    if not isinstance(org, dict):
        raise _bad(path, "'organisation' moet een object zijn", "'organisation' must be an object")
    values: dict[str, str] = {}
    for key in _FIELDS:
        value = org.get(key, "")
        if not isinstance(value, str):
            raise _bad(path, f"veld '{key}' moet tekst zijn", f"field '{key}' must be text")
        values[key] = value.strip()
    jurisdiction = data.get("jurisdiction") or None
    if jurisdiction is not None and (not isinstance(jurisdiction, str) or jurisdiction.upper() not in JURISDICTIONS):
        raise _bad(path, "'jurisdiction' moet BE of NL zijn", "'jurisdiction' must be BE or NL")
    form = data.get("form_of_address", "") or ""
    if form not in ("", "u", "je"):
        raise _bad(path, "'form_of_address' moet u of je zijn", "'form_of_address' must be u or je")
    return ProfileFile(OrganisationProfile(**values), jurisdiction.upper() if jurisdiction else None, form)


def dumps_profile(profile: ProfileFile) -> str:
    data = {
        "format": FORMAT,
        "version": VERSION,
        "jurisdiction": profile.jurisdiction or "",
        "form_of_address": profile.form_of_address,
        "organisation": asdict(profile.organisation),
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def save_profile(profile: ProfileFile, path: str | Path) -> None:
    atomic_write_text(Path(path), dumps_profile(profile))


def sample_profile(jurisdiction: str) -> ProfileFile:
    """The shipped fictional sample profile of a country (resources/profiles/example-xx.json)."""
    from editor.core.paths import resources_dir

    return load_profile(resources_dir() / "profiles" / f"example-{jurisdiction.lower()}.json")
