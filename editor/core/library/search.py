"""Dutch-aware full-text search and gap suggestions over the clause library.

Text is case- and diacritics-folded (NFKD, combining marks dropped) and stemmed with the
Snowball Dutch stemmer, so "verwerking", "verwerken" and "Verwérkt" meet. Scoring is BM25
with title words counted extra. The index is built once per loaded library.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

import snowballstemmer

from editor.core.library.clause import PLACEHOLDER_RE, Clause

_WORD_RE = re.compile(r"[a-z0-9]+")
_STEMMER = snowballstemmer.stemmer("dutch")
TITLE_WEIGHT = 3
_K1, _B = 1.2, 0.75


def fold(text: str) -> str:
    """Lower-case and strip diacritics: 'Geïnformeerd' -> 'geinformeerd'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _STEMMER.stemWord(word)


def words(text: str) -> list[str]:
    return _WORD_RE.findall(fold(text))


def terms(text: str) -> list[str]:
    return [stem(w) for w in words(text)]


def shingles(text: str, size: int = 5) -> set[tuple[str, ...]]:
    """Word n-grams of folded text without placeholders, for near-duplicate detection."""
    out: set[tuple[str, ...]] = set()
    # Shingles never span a placeholder: "bij {{organisatie}} op" must match "bij Acme op".
    for segment in PLACEHOLDER_RE.split(text)[::2]:
        w = words(segment)
        if 0 < len(w) < size:
            out.add(tuple(w))
        out.update(tuple(w[i : i + size]) for i in range(len(w) - size + 1))
    return out


def jaccard(a: set, b: set) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def containment(part: set, whole: set) -> float:
    """Share of `part` found in `whole` (how much of a clause the document already has)."""
    if not part:
        return 0.0
    return len(part & whole) / len(part)


class SearchIndex:
    def __init__(self, clauses: Iterable[Clause]) -> None:
        self.clauses: list[Clause] = list(clauses)
        self.postings: dict[str, list[tuple[int, int]]] = {}
        self.lengths: list[int] = []
        raw: set[str] = set()
        for i, clause in enumerate(self.clauses):
            body_words = words(clause.body)
            title_words = words(clause.title)
            raw.update(body_words)
            raw.update(title_words)
            counts = Counter(stem(w) for w in body_words)
            for w in title_words:
                counts[stem(w)] += TITLE_WEIGHT
            for t, n in counts.items():
                self.postings.setdefault(t, []).append((i, n))
            self.lengths.append(sum(counts.values()))
        self.avg_len = (sum(self.lengths) / len(self.lengths)) if self.lengths else 1.0
        # Unstemmed words, for as-you-type prefixes (a stem is not always a prefix of its words).
        self.vocabulary = sorted(raw)

    def _completions(self, prefix: str) -> list[str]:
        """Stems of the indexed words starting with `prefix` (at most 50)."""
        out: list[str] = []
        i = bisect.bisect_left(self.vocabulary, prefix)
        while i < len(self.vocabulary) and self.vocabulary[i].startswith(prefix) and len(out) < 50:
            out.append(stem(self.vocabulary[i]))
            i += 1
        return out

    def scores(self, query: str) -> dict[int, float]:
        """BM25 scores of the clauses containing every query word (last word also as prefix)."""
        qwords = words(query)
        if not qwords:
            return {}
        n = len(self.clauses)
        total: dict[int, float] | None = None
        for k, w in enumerate(qwords):
            last = k == len(qwords) - 1
            variants = [stem(w)]
            if last and len(w) >= 3:
                # As-you-type: "persoonsgeg" should find "persoonsgegevens".
                variants = list(dict.fromkeys(variants + self._completions(w)))
            term_scores: dict[int, float] = {}
            for v in variants:
                postings = self.postings.get(v, [])
                idf = math.log(1 + (n - len(postings) + 0.5) / (len(postings) + 0.5))
                for i, tf in postings:
                    norm = tf * (_K1 + 1) / (tf + _K1 * (1 - _B + _B * self.lengths[i] / self.avg_len))
                    term_scores[i] = max(term_scores.get(i, 0.0), idf * norm)
            if total is None:
                total = term_scores
            else:
                total = {i: s + term_scores[i] for i, s in total.items() if i in term_scores}
            if not total:
                return {}
        return total or {}


def matches_filters(clause: Clause, item_id: str | None, jurisdiction: str | None, status: str | None) -> bool:
    if status and clause.status != status:
        return False
    if item_id and item_id not in clause.item_ids:
        return False
    if jurisdiction and clause.jurisdiction not in (jurisdiction.upper(), "any"):
        return False
    return True


def search(
    index: SearchIndex,
    query: str,
    *,
    item_id: str | None = None,
    jurisdiction: str | None = None,
    status: str | None = "active",
    limit: int | None = None,
) -> list[Clause]:
    clauses = index.clauses
    if not query.strip():
        hits = [c for c in clauses if matches_filters(c, item_id, jurisdiction, status)]
        hits.sort(key=lambda c: (c.title.casefold(), c.id))
        return hits[:limit] if limit else hits
    scored = [
        (s, clauses[i]) for i, s in index.scores(query).items() if matches_filters(clauses[i], item_id, jurisdiction, status)
    ]
    scored.sort(key=lambda t: (-t[0], t[1].id))
    out = [c for _, c in scored]
    return out[:limit] if limit else out


def suggest(
    clauses: Iterable[Clause],
    item_id: str,
    document_text: str,
    jurisdiction: str | None,
    *,
    include_outdated: bool = False,
    limit: int = 10,
) -> list[Clause]:
    """Clauses for a checklist gap, best first.

    Ranked by: matching jurisdiction, focus on this item (fewer other items), a readable
    length, few unfilled-able oddities. Outdated clauses are left out unless asked for, and
    a clause whose text is already largely in the document is not offered again.
    """
    doc = shingles(document_text) if document_text else set()
    ranked: list[tuple[float, str, Clause]] = []
    for clause in clauses:
        if not clause.active or item_id not in clause.item_ids:
            continue
        if clause.outdated and not include_outdated:
            continue
        if doc and containment(shingles(clause.body), doc) > 0.5:
            continue
        score = 0.0
        if jurisdiction and clause.jurisdiction == jurisdiction.upper():
            score += 3
        elif clause.jurisdiction == "any":
            score += 2
        elif jurisdiction:
            score -= 3
        score += 2 / len(clause.item_ids)  # focused clauses first
        words_n = clause.word_count()
        if words_n < 12:
            score -= 2  # too thin to be useful on its own
        elif words_n <= 180:
            score += 1
        else:
            score -= min(3.0, (words_n - 180) / 100)
        if clause.outdated:
            score -= 5
        if clause.origin == "team":
            score += 0.5  # curated by the firm
        ranked.append((score, clause.id, clause))
    ranked.sort(key=lambda t: (-t[0], t[1]))
    return [c for _, _, c in ranked[:limit]]
