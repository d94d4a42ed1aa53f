"""Named services, from resources/checklist/services.toml: the one list of tools the checklist knows.

From the table come the recognisers (a service outside the EEA raises the transfer question, any
named service is a recipient) and the cue tokens that let the engine skip sentences without them,
so a service added to the table is recognised everywhere at once.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from editor.core.paths import resources_dir

_COMMON_TOKENS = frozenset({"com", "www", "net", "org", "app", "the"})


@dataclass(frozen=True)
class Service:
    name: str
    match: str  # lower-case regex
    outside_eea: bool


@lru_cache(maxsize=1)
def load_services() -> tuple[tuple[Service, ...], tuple[Service, ...]]:
    """(named services, phrasings such as "via WhatsApp" that put the same question)."""
    data = tomllib.loads((resources_dir() / "checklist" / "services.toml").read_text(encoding="utf-8"))
    services = tuple(Service(s["name"], s.get("match") or re.escape(s["name"].lower()), bool(s["outside_eea"])) for s in data["service"])
    phrases = tuple(Service("", p["match"], bool(p["outside_eea"])) for p in data.get("phrase", ()))
    return services, phrases


def _alternation(parts: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in parts)


def outside_eea_regex() -> re.Pattern[str]:
    """Services and phrasings that may process data outside the EEA."""
    services, phrases = load_services()
    return re.compile(_alternation([s.match for s in (*services, *phrases) if s.outside_eea]))


def named_service_regex() -> re.Pattern[str]:
    """Any named service: a recipient named by its brand."""
    services, _ = load_services()
    return re.compile(r"\b(?:" + _alternation([s.match for s in services]) + r")\b")


def cue_tokens(outside_only: bool) -> list[str]:
    """The word tokens that a sentence naming a service must contain (derived, never hand-kept)."""
    services, phrases = load_services()
    chosen = [s for s in (*services, *phrases) if s.outside_eea or not outside_only]
    tokens: dict[str, None] = {}
    for s in chosen:
        for variant in (s.match, s.match.replace(" ?", "").replace("[- ]?", "")):  # "g ?suite" is also written "gsuite"
            plain = re.sub(r"\\[bswdW]|\[[^\]]*\]|[?*+()|\\^$.]", " ", variant)
            for tok in re.findall(r"[a-z0-9à-ÿ]+", plain):
                if len(tok) >= 2 and tok not in _COMMON_TOKENS:
                    tokens[tok] = None
    return list(tokens)


def cue_regex(outside_only: bool) -> str:
    return "^(?:" + "|".join(re.escape(t) for t in cue_tokens(outside_only)) + ")$"
