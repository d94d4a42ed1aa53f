"""Literal words a regex cannot match without: a cheap, derived prefilter for the data rules.

`required(pattern)` returns a set of lower-case strings such that every match of the pattern
contains at least one of them, or None when no such set can be shown (then the rule always runs).
It reads only the regex subset the rule files use (literals, escapes, classes, groups, alternation,
quantifiers, lookarounds) and errs towards None, so a prefilter built from it never hides a match.
"""

from __future__ import annotations

import re

MIN_LEN = 3  # shorter literals pass nearly every sentence


def _parse_seq(p: str, i: int) -> tuple[list[object], int]:
    """Items of a sequence up to `|` or `)`: ("lit", str), ("alt", [seqs]), ("any",), with quantifiers applied."""
    items: list[object] = []
    while i < len(p) and p[i] not in "|)":
        ch = p[i]
        if ch == "\\":
            nxt = p[i + 1]
            item: object = ("lit", nxt) if not nxt.isalnum() else (("zero",) if nxt in "bBAZ" else ("any",))
            i += 2
        elif ch == "[":
            j = i + 1
            if j < len(p) and p[j] == "^":
                j += 1
            if j < len(p) and p[j] == "]":
                j += 1  # a leading "]" is a literal
            while p[j] != "]":
                j += 2 if p[j] == "\\" else 1
            item, i = ("any",), j + 1
        elif ch == "(":
            if p.startswith("(?", i) and not p.startswith(("(?:", "(?=", "(?!", "(?<=", "(?<!"), i):
                raise ValueError("unsupported group")  # named groups, inline flags, ...: no filter
            look = p.startswith(("(?=", "(?!", "(?<=", "(?<!"), i)
            start = i + (3 if p.startswith("(?:", i) else 4 if p.startswith(("(?<=", "(?<!"), i) else 3 if look else 1)
            alts: list[list[object]] = []
            i = start
            while True:
                seq, i = _parse_seq(p, i)
                alts.append(seq)
                if p[i] == "|":
                    i += 1
                    continue
                i += 1  # ")"
                break
            item = ("zero",) if look else ("alt", alts)
        elif ch in "^$":
            item, i = ("zero",), i + 1
        elif ch == ".":
            item, i = ("any",), i + 1
        else:
            item, i = ("lit", ch), i + 1
        # quantifier
        if i < len(p) and p[i] in "?*+{":
            if p[i] == "{":
                j = p.index("}", i)
                low = p[i + 1:j].split(",")[0]
                optional = low.strip() in ("", "0")
                i = j + 1
            else:
                optional = p[i] in "?*"
                i += 1
            if i < len(p) and p[i] in "?+":
                i += 1  # lazy / possessive
            item = ("any",) if optional else (("any",) if item[0] == "lit" and False else ("once", item))
        items.append(item)
    return items, i


def _seq_required(items: list[object]) -> set[str] | None:
    """A set of strings one of which every match of the sequence contains: the strongest of the sets
    the sequence needs (`_seq_all`), i.e. the one whose shortest member is longest (the first such)."""
    return max(_seq_all(items), key=lambda cand: min(map(len, cand)), default=None)


def _alt_required(alts: list[list[object]]) -> set[str] | None:
    out: set[str] = set()
    for seq in alts:
        got = _seq_required(seq)
        if not got:
            return None
        out |= got
    return out


def required(pattern: str) -> set[str] | None:
    try:
        alts: list[list[object]] = []
        i = 0
        while True:
            seq, i = _parse_seq(pattern, i)
            alts.append(seq)
            if i < len(pattern) and pattern[i] == "|":
                i += 1
                continue
            break
        return _alt_required(alts)
    except (IndexError, ValueError):
        return None


def _seq_all(items: list[object]) -> list[set[str]]:
    """Every set a sequence needs: a match contains one member of EACH set (literal runs, required groups)."""
    out: list[set[str]] = []
    run = ""

    def add(cand: set[str] | None) -> None:
        if cand and all(len(c) >= MIN_LEN for c in cand) and cand not in out:
            out.append(cand)

    for item in items:
        kind = item[0]
        if kind == "lit":
            run += item[1].lower()
            continue
        if kind == "zero":
            continue
        add({run} if run else None)
        run = ""
        inner = item[1] if kind == "once" else item
        if inner[0] == "alt":
            add(_alt_required(inner[1]))
    add({run} if run else None)
    return out


def required_all(pattern: str) -> list[set[str]] | None:
    """Sets of strings such that every match contains one member of each set (a conjunction of
    `required`-style sets, for a pattern that is one sequence); None when none can be shown."""
    try:
        seq, i = _parse_seq(pattern, 0)
        if i != len(pattern):
            return None  # top-level alternatives: see required()
        return _seq_all(seq) or None
    except (IndexError, ValueError):
        return None


def token_fragments_all(pattern: str, token_chars: re.Pattern[str], min_len: int, most: int = 3) -> list[frozenset[str]] | None:
    """Like token_fragments, but a conjunction: the sentence's tokens must hold a fragment of EACH set.

    The `most` strongest sets (longest shortest member) are kept; an alternation falls back to one set."""
    conj = required_all(pattern)
    if conj is None:
        one = token_fragments(pattern, token_chars, min_len)
        return [one] if one else None
    out: list[frozenset[str]] = []
    for lits in conj:
        if len(lits) == 1:  # every token run of one required literal is needed ("gegevens die" -> both words)
            for run in token_chars.findall(next(iter(lits))):
                if len(run) >= min_len and frozenset((run,)) not in out:
                    out.append(frozenset((run,)))
            continue
        frags = set()
        for lit in lits:
            runs = token_chars.findall(lit)
            best = max(runs, key=len) if runs else ""
            if len(best) < min_len:
                frags = set()
                break
            frags.add(best)
        if frags and frozenset(frags) not in out:
            out.append(frozenset(frags))
    if not out:
        return None
    out.sort(key=lambda f: -min(map(len, f)))
    return out[:most]


def token_fragments(pattern: str, token_chars: re.Pattern[str], min_len: int) -> frozenset[str] | None:
    """Word fragments, one of which every match contains inside a single token of the sentence.

    Each required literal gives its longest run of token characters: a match holds the literal, the
    literal holds the run, and a run of token characters always lies inside one token.
    """
    lits = required(pattern)
    if not lits:
        return None
    out = set()
    for lit in lits:
        runs = token_chars.findall(lit)
        best = max(runs, key=len) if runs else ""
        if len(best) < min_len:
            return None
        out.add(best)
    return frozenset(out)
