"""Cheap word cues per sentence: which pattern groups can apply at all (memoised per token)."""

from __future__ import annotations

import re

from editor.core.checklist import prefilter
from editor.core.checklist.literals import token_fragments
from editor.core.checklist.prefilter import _PF_MIN, _TOKEN, _token_mask, fragment_bits
from editor.core.checklist.vocabulary import load_token_classes

# --- sentence tagging -------------------------------------------------------------------------
# Cheap prefilter: every distinct token is classified once (memoised) into "cues"; a sentence
# runs a group's full regexes only when it carries that group's cue. This keeps the engine
# fast enough to re-check a 20,000-word policy while the user types. The token classes are data
# (resources/checklist/vocabulary/cues_*.toml, with examples); the service tokens come from services.toml.
CUE_RULES: dict[str, str] = {tc.name: tc.regex for tc in load_token_classes()}

_CUE_RES = tuple((name, re.compile(rx)) for name, rx in CUE_RULES.items())


_token_cues: dict[str, tuple[int, int]] = {}
_memo_generation = -1

_EMPTY: frozenset[str] = frozenset()

_DIGIT = re.compile(r"\d")

_CUE_BIT = {name: 1 << i for i, (name, _rx) in enumerate(_CUE_RES)}

_cue_sets: dict[int, frozenset[str]] = {0: _EMPTY}


def _cue_index() -> tuple[int, dict[str, list[tuple[str, int]]]]:
    """(bits of the classes that always run, first three letters -> [(fragment, class bit)]).

    A class whose every match needs one of a few word fragments (literals.py) is searched only in a
    token that holds one: a first analysis classifies thousands of new tokens."""
    always = 0
    index: dict[str, list[tuple[str, int]]] = {}
    for name, rx in _CUE_RES:
        frags = token_fragments(rx.pattern, _TOKEN, _PF_MIN)
        if not frags:
            always |= _CUE_BIT[name]
            continue
        for frag in frags:
            index.setdefault(frag[:_PF_MIN], []).append((frag, _CUE_BIT[name]))
    return always, index


_CUE_ALWAYS, _CUE_INDEX = _cue_index()
_CUE_BY_BITS: dict[int, tuple[tuple[int, re.Pattern[str]], ...]] = {}


def _token_cue_bits(tok: str) -> int:
    """The cue classes one token belongs to (the regexes of classes whose fragments are absent are skipped)."""
    cand = fragment_bits(tok, _CUE_INDEX, _CUE_ALWAYS)
    todo = _CUE_BY_BITS.get(cand)
    if todo is None:
        todo = tuple((_CUE_BIT[name], rx) for name, rx in _CUE_RES if cand & _CUE_BIT[name])
        if len(_CUE_BY_BITS) < 4096:
            _CUE_BY_BITS[cand] = todo
    cb = 0
    for bit, rx in todo:
        if rx.search(tok):
            cb |= bit
    return cb


def cues_of(low: str) -> frozenset[str]:
    """The cues a lower-cased sentence carries (token classification is memoised).

    Each token is memoised as (bit mask of its cues, bit mask of the guarded patterns it serves):
    a sentence ORs small ints, and its cue set is looked up once from the combined mask."""
    global _memo_generation
    if _memo_generation != prefilter.generation or prefilter._pf_index is None:
        prefilter._index()  # guards added since (data rules): memoised token masks are stale
        _token_cues.clear()
        _memo_generation = prefilter.generation
    memo = _token_cues
    bits = 0
    mask = 0
    toks = set(_TOKEN.findall(low))
    for tok in toks:
        got = memo.get(tok)
        if got is None:
            got = (_token_cue_bits(tok), _token_mask(tok))
            if len(memo) < 500_000:
                memo[tok] = got
        bits |= got[0]
        mask |= got[1]
    prefilter.set_current((low, mask, toks))  # lets the guarded patterns skip this sentence (see _Prefiltered)
    out = _cue_sets.get(bits)
    if out is None:
        out = _cue_sets[bits] = frozenset(name for name, bit in _CUE_BIT.items() if bits & bit)
    return out
