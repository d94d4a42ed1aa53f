"""Readability for Dutch: Flesch-Douma per paragraph and overall, long sentences, B1 hints.

Flesch-Douma = 206.835 - 0.93 * (words / sentences) - 77 * (syllables / words).
Syllables come from pyphen's nl_NL hyphenation dictionary (hyphenation points + 1), a kept
library rather than a home-made counter; results are memoised per word because policies
repeat their vocabulary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pyphen

from editor.core.i18n import pick

LONG_SENTENCE_WORDS = 25
WORD_RE = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")

_dic: pyphen.Pyphen | None = None
_syllables: dict[str, int] = {}


def _dictionary() -> pyphen.Pyphen:
    global _dic
    if _dic is None:
        _dic = pyphen.Pyphen(lang="nl_NL")
    return _dic


def syllables(word: str) -> int:
    """Syllables in one word: pyphen hyphenation points + 1 (memoised)."""
    n = _syllables.get(word)
    if n is None:
        w = word.lower()
        n = _syllables.get(w)  # the count depends on the lower-cased word only ("Gegevens", "gegevens")
        if n is None:
            n = 0
            for part in w.split("-"):
                if part:
                    n += len(_dictionary().positions(part)) + 1
            n = max(n, 1)
        if len(_syllables) < 200_000:  # both forms: measure_block looks words up as written
            _syllables[word] = _syllables[w] = n
    return n


def flesch_douma(words: int, sentences: int, syllable_count: int) -> float:
    if not words or not sentences:
        return 0.0
    return 206.835 - 0.93 * (words / sentences) - 77.0 * (syllable_count / words)


# Dutch names for the Douma scale (as used by Dutch readability tools).
_LABELS = (
    (90.0, "zeer makkelijk", "very easy"),
    (80.0, "makkelijk", "easy"),
    (70.0, "redelijk makkelijk", "fairly easy"),
    (60.0, "gemiddeld", "standard"),
    (50.0, "redelijk moeilijk", "fairly difficult"),
    (30.0, "moeilijk", "difficult"),
    (float("-inf"), "zeer moeilijk", "very difficult"),
)


def label(score: float) -> str:
    for bound, nl, en in _LABELS:
        if score >= bound:
            return pick(nl, en)
    return pick("zeer moeilijk", "very difficult")  # pragma: no cover


# Legal jargon with a B1 alternative (Art. 12 AVG: clear and plain language).
JARGON: dict[str, tuple[str, str]] = {
    "verwerkingsverantwoordelijke": ("wij / de organisatie", "we / the organisation"),
    "betrokkene": ("u / de persoon over wie het gaat", "you / the person concerned"),
    "betrokkenen": ("u / de mensen over wie het gaat", "you / the people concerned"),
    "rechtsgrond": ("reden waarom het mag", "reason why it is allowed"),
    "rechtsgronden": ("redenen waarom het mag", "reasons why it is allowed"),
    "onverwijld": ("meteen", "immediately"),
    "dienaangaande": ("daarover", "about that"),
    "desgevallend": ("zo nodig", "if needed"),
    "teneinde": ("om", "to"),
    "middels": ("met / via", "with / through"),
    "alsmede": ("en", "and"),
    "onderhavige": ("deze", "this"),
    "voornoemde": ("deze", "these"),
    "hieromtrent": ("hierover", "about this"),
    "derhalve": ("daarom", "therefore"),
    "geautomatiseerde": ("automatische", "automatic"),
    "doorgifte": ("doorsturen", "sending on"),
    "overeenkomstig": ("volgens", "according to"),
    "ingevolge": ("door / volgens", "because of"),
    "ter zake": ("hierover", "about this"),
}


@dataclass(frozen=True)
class BlockReadability:
    """Readability counts of one text block (cached by the analyser)."""

    words: int
    sentences: int
    syllables: int
    long_sentences: tuple[tuple[int, int, int], ...]  # (start, end, word count) within the block
    jargon: tuple[tuple[int, int, str], ...]  # (start, end, word) within the block


def measure_block(text: str, sentence_spans: list[tuple[int, int]], low: str | None = None) -> BlockReadability:
    words = 0
    sylls = 0
    sentences = 0
    long: list[tuple[int, int, int]] = []
    memo = _syllables
    for start, end in sentence_spans:
        toks = WORD_RE.findall(text, start, end)
        if not toks:
            continue
        sentences += 1
        words += len(toks)
        try:
            sylls += sum(map(memo.__getitem__, toks))  # all words seen before: one C-level pass
        except KeyError:
            sylls += sum(map(syllables, toks))
        if len(toks) > LONG_SENTENCE_WORDS:
            long.append((start, end, len(toks)))
    jargon: list[tuple[int, int, str]] = []
    low = text.lower() if low is None else low
    for word in JARGON:  # plain substring tests: far cheaper than one big alternation
        if word in low:
            i = low.find(word)
            jargon.append((i, i + len(word), word))
    jargon.sort()
    return BlockReadability(words, sentences, sylls, tuple(long), tuple(jargon))
