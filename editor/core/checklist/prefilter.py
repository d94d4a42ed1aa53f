"""Exact literal prefilter for the checklist patterns (performance only; never changes a result)."""

from __future__ import annotations

import re

from editor.core.checklist.literals import token_fragments_all

# Most pattern searches in `_sentence_tags` find nothing. For each pattern we derive, from its source
# (literals.py, public regex syntax only), sets of word fragments such that every match contains one fragment of
# each set (e.g. "verplicht" and one of "verstrekken"/"geven"); a fragment made of token
# characters lies inside one `_TOKEN` token, so the (memoised) tokens of a sentence tell whether the
# pattern can match at all. `cues_of` records that for the sentence it classified; a wrapped
# pattern searched on that very string object skips the regex when no fragment is present.
# Any other string, flag or call (match, finditer, ...) goes to the regex unchanged.

_TOKEN = re.compile(r"[a-zà-ÿ0-9]+")  # the word tokens of a sentence (cues.py memoises per token)
_PF_MIN = 3  # fragments shorter than this pass nearly every sentence: not worth a guard

_pf_fragments: dict[str, int] = {}  # fragment -> bit mask of the patterns it guards

_current: tuple[str | None, int, set[str]] = (None, 0, set())  # (sentence object, mask of patterns that can match it, its tokens)


def _top_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern's source text ("a|(?:b|c)|d" -> a, (?:b|c), d)."""
    parts: list[str] = []
    depth = 0
    in_class = False
    begin = 0
    i = 0
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            if pattern[i + 1: i + 2] == "^":
                i += 1
            if pattern[i + 1: i + 2] == "]":
                i += 1  # a leading "]" is a literal
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[begin:i])
            begin = i + 1
        i += 1
    parts.append(pattern[begin:])
    return parts

_COMPILE_AFTER = 3  # sightings of a combination of alternatives before its reduced pattern is compiled

class _Prefiltered:
    """A compiled pattern whose `search` first asks the sentence's token fragments (see above).

    A pattern without capturing groups is split into its top-level alternatives, each guarded on
    its own: an alternative that cannot match anywhere in the sentence is left out, which leaves
    the leftmost match (and which alternative produces it) unchanged. A reduced pattern is
    compiled once its combination has come back a few times (re-analysis), and kept.
    """

    __slots__ = ("rx", "bit", "parts", "always", "cache")

    def __init__(self, rx: re.Pattern[str], bit: int, parts: list[tuple[int, str]]) -> None:
        self.rx = rx
        self.bit = bit  # all bits of this pattern
        self.parts = parts  # (bits, source) per alternative in order: kept when all its bits are present; 0: always
        self.always = any(b == 0 for b, _src in parts)
        self.cache: dict[int, object] = {}  # int: sightings so far, not compiled yet

    def search(self, string: str, *args):
        cur = _current
        if cur[0] is not string:
            return self.rx.search(string, *args)
        sub = cur[1] & self.bit
        if sub == self.bit:
            return self.rx.search(string, *args)
        rx = self.cache.get(sub)
        if rx is None:
            # First sighting of this combination: which alternatives have every fragment set present?
            kept = [src for b, src in self.parts if b & sub == b]
            if not kept:
                if len(self.cache) < 4096:
                    self.cache[sub] = _NO_MATCH
                return None
            if len(kept) == 1:
                # that alternative alone, compiled once (when it keeps coming back) whatever combination leads to it
                rx = _alternative(kept[0], self.rx.flags)
                if rx is None:
                    return self.rx.search(string, *args)
                if len(self.cache) < 4096:
                    self.cache[sub] = rx
                return rx.search(string, *args)
            rx = 1
        elif rx is _NO_MATCH:
            return None
        elif rx.__class__ is int:
            rx += 1
        else:
            return rx.search(string, *args)
        # Compiling costs far more than one search with the full pattern: compile a combination
        # only once it keeps coming back, so that a first analysis stays cheap.
        if rx < _COMPILE_AFTER:
            if len(self.cache) < 4096:
                self.cache[sub] = rx
            return self.rx.search(string, *args)
        compiled = re.compile("|".join(src for b, src in self.parts if b & sub == b), self.rx.flags)
        self.cache[sub] = compiled
        return compiled.search(string, *args)

    def __getattr__(self, name: str):
        return getattr(self.rx, name)

_alternatives: dict[tuple[str, int], re.Pattern[str] | int] = {}


def _alternative(source: str, flags: int) -> re.Pattern[str] | None:
    """One top-level alternative compiled on its own (kept: small and shared), once it has come back
    _COMPILE_AFTER times; None before that (the caller searches the whole pattern, same match)."""
    key = (source, flags)
    rx = _alternatives.get(key, 0)
    if rx.__class__ is int:
        if len(_alternatives) >= 65_536:
            return None  # bounded: the whole pattern gives the same match
        if rx + 1 < _COMPILE_AFTER:
            _alternatives[key] = rx + 1
            return None
        rx = _alternatives[key] = re.compile(source, flags)
    return rx


_NO_MATCH: object = object()  # cache mark: no alternative can match this combination


def _fragments(source: str, flags: int) -> list[frozenset[str]] | None:
    """Fragment sets one alternative needs, EACH of which the sentence's tokens must meet (literals.py)."""
    if flags & re.I:
        return None
    return token_fragments_all(source, _TOKEN, _PF_MIN)


def _guard(rx: re.Pattern[str]):
    global _next_bit
    if not isinstance(rx, re.Pattern) or rx.flags & re.I or not isinstance(rx.pattern, str):
        return rx
    sources = _top_alternatives(rx.pattern) if rx.groups == 0 else [rx.pattern]
    if "|".join(sources) != rx.pattern:
        sources = [rx.pattern]
    parts: list[tuple[int, str]] = []
    for src in sources:
        req = _fragments(src, rx.flags)
        if req is None:
            parts.append((0, src))
            continue
        bits = 0
        for conjunct in req:  # one bit per fragment set: an alternative is kept when all its bits are set
            bit = 1 << _next_bit
            _next_bit += 1
            bits |= bit
            for frag in conjunct:
                _pf_fragments[frag] = _pf_fragments.get(frag, 0) | bit
        parts.append((bits, src))
    if all(b == 0 for b, _src in parts):
        return rx
    _guarded.append(rx)
    mask = 0
    for b, _src in parts:
        mask |= b
    return _Prefiltered(rx, mask, parts)

_next_bit = 0

_guarded: list[re.Pattern[str]] = []

def fragment_bits(tok: str, index: dict[str, list[tuple[str, int]]], bits: int = 0) -> int:
    """`bits` or'ed with the bits of every indexed fragment inside this token.

    Fragments are indexed by their first _PF_MIN characters: each position of the token is one
    dictionary lookup, then a few `startswith` tests."""
    for i in range(len(tok) - _PF_MIN + 1):
        cands = index.get(tok[i:i + _PF_MIN])
        if cands:
            for frag, m in cands:
                if tok.startswith(frag, i):
                    bits |= m
    return bits


def _token_mask(tok: str) -> int:
    """Bit mask of the guarded patterns with a fragment inside this token."""
    return fragment_bits(tok, _index())


def set_current(state: tuple[str | None, int, set[str]]) -> None:
    """cues_of records the sentence it just classified: (the string object, its pattern mask, its tokens)."""
    global _current
    _current = state


def guard_namespace(namespace: dict, skip: tuple[str, ...] = ()) -> None:
    """Wrap every compiled pattern of a module (its globals()) in a prefilter guard, at import time."""
    global _pf_index
    for name, value in list(namespace.items()):
        if isinstance(value, re.Pattern) and name not in skip:
            namespace[name] = _guard(value)
    _pf_index = None


def guard_pattern(rx: re.Pattern[str]):
    """One pattern (a data rule's), guarded like the module patterns."""
    global _pf_index
    _pf_index = None
    return _guard(rx)


_pf_index: dict[str, list[tuple[str, int]]] | None = None


generation = 0  # bumped whenever new guards arrive: token masks memoised before are stale


def _index() -> dict[str, list[tuple[str, int]]]:
    global _pf_index, generation
    if _pf_index is None:
        generation += 1
        _pf_index = {}
        for frag, mask in _pf_fragments.items():
            _pf_index.setdefault(frag[:_PF_MIN], []).append((frag, mask))
    return _pf_index
