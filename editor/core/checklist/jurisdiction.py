"""Belgian and Dutch signs in a text (authority, registers, phone prefixes, laws) and the guess they give."""

from __future__ import annotations

import re

from editor.core.checklist import vocab as V
from editor.core.checklist.vocabulary import word_lists

# --- jurisdiction -----------------------------------------------------------------------------
# The signs are data: resources/checklist/vocabulary/jurisdiction.toml.
_BE_SIGNS = word_lists()["be_signs"]
_NL_SIGNS = word_lists()["nl_signs"]
_BE_RX = V.BE_COMPANY_NUMBER_SIGN

# "\b\d{4}..." written to start with a digit (the word boundary checked right after it), so the regex
# engine can skip ahead to digits instead of trying every position: the same matches, faster.
_NL_RX = V.NL_POSTCODE_SIGN


# Short signs ("kbo", "gba", "bsn") only as whole words: "vakbond" holds no KBO.
_SIGN_ALTS = tuple(
    (w, rf"\b{re.escape(w)}\b" if w.isalpha() and len(w) <= 5 else "nederland(?!s\\b)" if w == "nederland" else re.escape(w))
    for w in sorted(_BE_SIGNS + _NL_SIGNS, key=len, reverse=True)
)


_SIGN_RX = re.compile("|".join(rx for _w, rx in _SIGN_ALTS))


# The same alternation reduced to the signs a text contains (a sign absent from the text can never
# match, so the matches are the same): a short regex scans a long block far faster.
_SIGN_SUBSETS: dict[tuple[str, ...], re.Pattern[str]] = {}


def _sign_rx(low: str) -> re.Pattern[str] | None:
    present = tuple(w for w, _rx in _SIGN_ALTS if w in low)
    if not present:
        return None
    rx = _SIGN_SUBSETS.get(present)
    if rx is None:
        rx = re.compile("|".join(a for w, a in _SIGN_ALTS if w in present))
        if len(_SIGN_SUBSETS) < 1024:
            _SIGN_SUBSETS[present] = rx
    return rx


_SIGN_SIDE = {**{w: 0 for w in _BE_SIGNS}, **{w: 1 for w in _NL_SIGNS}}


def jurisdiction_signals(text: str) -> tuple[int, int]:
    """(Belgian, Dutch) signal counts in a text: authority, registers, phone prefixes, domains, postcodes."""
    counts = [0, 0]
    low = text.lower()
    rx = _sign_rx(low)  # None when no sign occurs: the sign words themselves are the guard
    if rx is not None:
        for w in rx.findall(low):
            counts[_SIGN_SIDE[w]] += 1
    if "BE" in text:
        counts[0] += len(_BE_RX.findall(text))
    counts[1] += len(_NL_RX.findall(text))
    return counts[0], counts[1]


def guess_jurisdiction(text: str, language: str = "") -> str:
    be, nl = jurisdiction_signals(text)
    return _pick_jurisdiction(be, nl, language)


def _pick_jurisdiction(be: int, nl: int, language: str) -> str:
    if be == nl:
        return "NL" if language == "nl-NL" else "BE"
    return "BE" if be > nl else "NL"
