"""The checklist vocabulary, loaded from resources/checklist/vocabulary/*.toml (vocabulary.py).

Each named pattern becomes an attribute (V.PURPOSE, V.RET_PERIOD, ...), compiled once at import and
wrapped by the token prefilter (prefilter.py), so the combining logic reads as before while the words
live in data files with their examples.
"""

from __future__ import annotations

from editor.core.checklist.prefilter import guard_namespace
from editor.core.checklist.services import named_service_regex, outside_eea_regex
from editor.core.checklist.vocabulary import load_patterns
from editor.core.patterns import EMAIL, PHONE  # noqa: F401 - the one definition the app shares, used as V.EMAIL / V.PHONE

PATTERN_NAMES: tuple[str, ...] = tuple(p.name for p in load_patterns())
if set(PATTERN_NAMES) & set(globals()):
    raise ValueError(f"vocabulary names shadow vocab.py itself: {sorted(set(PATTERN_NAMES) & set(globals()))}")
globals().update({p.name: p.regex for p in load_patterns()})

SERVICE_NAMES = named_service_regex()  # resources/checklist/services.toml
TRANSFER_TOOL = outside_eea_regex()  # resources/checklist/services.toml

guard_namespace(globals())
