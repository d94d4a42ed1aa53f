"""Dutch-aware full-text search and gap suggestions over the clause library.

Text is case- and diacritics-folded (NFKD, combining marks dropped) and stemmed with the
Snowball Dutch stemmer, so "verwerking", "verwerken" and "Verwérkt" meet. Scoring is BM25
with title words counted extra. The index is built once per loaded library.
"""

from __future__ import annotations

import bisect
import heapq
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping

import snowballstemmer

from editor.core.library.address import detect_form
from editor.core.library.clause import PLACEHOLDER_RE, Clause
from editor.core.library.facts import contradicts, document_facts

_WORD_RE = re.compile(r"[a-z0-9]+")
_STEMMER = snowballstemmer.stemmer("dutch")
TITLE_WEIGHT = 3
_K1, _B = 1.2, 0.75


_COMBINING_RE = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_STEMS: dict[str, str] = {}


def fold(text: str) -> str:
    """Lower-case and strip diacritics: 'Geïnformeerd' -> 'geinformeerd'."""
    text = text.casefold()
    if text.isascii():
        return text
    return _COMBINING_RE.sub("", unicodedata.normalize("NFKD", text))


def stem(word: str) -> str:
    s = _STEMS.get(word)
    if s is None:
        if len(_STEMS) > 500_000:
            _STEMS.clear()
        s = _STEMS[word] = _STEMMER.stemWord(word)
    return s


def words(text: str) -> list[str]:
    return _WORD_RE.findall(fold(text))


def terms(text: str) -> list[str]:
    return [stem(w) for w in words(text)]


_SHINGLES: dict[tuple[str, int], frozenset[tuple[str, ...]]] = {}


def shingles(text: str, size: int = 5) -> frozenset[tuple[str, ...]]:
    """Word n-grams of folded text without placeholders, for near-duplicate detection.
    Memoised: suggestions compare the same document and clauses for every checklist item."""
    key = (text, size)
    hit = _SHINGLES.get(key)
    if hit is None:
        if len(_SHINGLES) > 20_000:
            _SHINGLES.clear()
        hit = _SHINGLES[key] = frozenset(_shingles(text, size))
    return hit


def _shingles(text: str, size: int) -> set[tuple[str, ...]]:
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
    """Inverted index: stem -> {clause number: BM25 term weight (without idf)}."""

    def __init__(self, clauses: Iterable[Clause]) -> None:
        self.clauses: list[Clause] = list(clauses)
        counts_per_doc: list[Counter] = []
        raw: set[str] = set()
        for clause in self.clauses:
            body_words = words(clause.body)
            title_words = words(clause.title)
            raw.update(body_words)
            raw.update(title_words)
            counts = Counter(stem(w) for w in body_words)
            for w in title_words:
                counts[stem(w)] += TITLE_WEIGHT
            counts_per_doc.append(counts)
        lengths = [sum(c.values()) for c in counts_per_doc]
        avg = (sum(lengths) / len(lengths)) if lengths else 1.0
        self.postings: dict[str, dict[int, float]] = {}
        for i, counts in enumerate(counts_per_doc):
            norm = _K1 * (1 - _B + _B * lengths[i] / avg)
            for t, tf in counts.items():
                self.postings.setdefault(t, {})[i] = tf * (_K1 + 1) / (tf + norm)
        n = len(self.clauses)
        self.idf = {t: math.log(1 + (n - len(p) + 0.5) / (len(p) + 0.5)) for t, p in self.postings.items()}
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

    def _term_postings(self, variants: list[str]) -> tuple[float, dict[int, float]] | None:
        """(idf, weights) for one query word; several variants (prefix completions) are merged."""
        present = [v for v in dict.fromkeys(variants) if v in self.postings]
        if not present:
            return None
        if len(present) == 1:
            return self.idf[present[0]], self.postings[present[0]]
        merged: dict[int, float] = {}
        for v in present:
            idf = self.idf[v]
            for i, w in self.postings[v].items():
                score = idf * w
                if score > merged.get(i, 0.0):
                    merged[i] = score
        return 1.0, merged

    def scores(self, query: str, allowed: set[int] | None = None) -> dict[int, float]:
        """BM25 scores of the clauses containing every query word (last word also as prefix),
        restricted to `allowed` clause numbers when given."""
        qwords = list(dict.fromkeys(words(query)))
        if not qwords:
            return {}
        per_word: list[tuple[float, dict[int, float]]] = []
        for k, w in enumerate(qwords):
            variants = [stem(w)]
            if k == len(qwords) - 1 and len(w) >= 3:
                variants += self._completions(w)  # as-you-type: "persoonsgeg" finds "persoonsgegevens"
            found = self._term_postings(variants)
            if found is None:
                return {}
            per_word.append(found)
        per_word.sort(key=lambda t: len(t[1]))  # walk the rarest word, look the others up
        idf0, first = per_word[0]
        rest = per_word[1:]
        if allowed is not None:
            candidates = [i for i in first if i in allowed]
        else:
            candidates = list(first)
        if not rest:
            return {i: idf0 * first[i] for i in candidates}
        if len(rest) == 1:
            idf1, second = rest[0]
            return {i: idf0 * first[i] + idf1 * second[i] for i in candidates if i in second}
        total: dict[int, float] = {}
        for i in candidates:
            score = idf0 * first[i]
            for idf, weights in rest:
                w = weights.get(i)
                if w is None:
                    break
                score += idf * w
            else:
                total[i] = score
        return total

    _allowed_cache: dict[tuple, set[int] | None]

    def allowed(self, item_id: str | None, jurisdiction: str | None, status: str | None) -> set[int] | None:
        """Clause numbers passing the filters (None: no filter), cached per combination."""
        if not (item_id or jurisdiction or status):
            return None
        if not hasattr(self, "_allowed_cache"):
            self._allowed_cache = {}
        key = (item_id, jurisdiction, status)
        if key not in self._allowed_cache:
            self._allowed_cache[key] = {
                i for i, c in enumerate(self.clauses) if matches_filters(c, item_id, jurisdiction, status)
            }
        return self._allowed_cache[key]


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
    scores = index.scores(query, index.allowed(item_id, jurisdiction, status))
    # Equal scores keep clause order (the library lists clauses sorted by id): deterministic.
    if limit:
        order = heapq.nlargest(limit, scores, key=scores.__getitem__)
    else:
        order = sorted(scores, key=scores.__getitem__, reverse=True)
    return [clauses[i] for i in order]


# Words in checklist item titles that say nothing about the topic.
_TOPIC_STOPWORDS = frozenset("recht rechten van de het een en op om in te bij of tot voor der the".split())

# What a clause gives on an item when analysed on its own, best first: a clause the checklist
# would only find "partial" (e.g. retention "voor onbepaalde duur") still leaves a gap.
COMPLETENESS_TIER = {"present": 0, "present_hint": 1, "partial": 2, "missing": 3}

Coverage = Callable[[Clause], Mapping[str, str]]


def topic_terms(text: str) -> set[str]:
    """Stems of the words of a title that say what it is about."""
    return {stem(w) for w in words(text) if w not in _TOPIC_STOPWORDS and len(w) > 2}


def suggest(
    clauses: Iterable[Clause],
    item_id: str,
    document_text: str,
    jurisdiction: str | None,
    *,
    include_outdated: bool = False,
    limit: int = 10,
    topic: str = "",
    coverage: Coverage | None = None,
) -> list[Clause]:
    """Clauses for a checklist gap, best first.

    Only clauses in the document's form of address (u or je) are offered once the document
    has one. Ranked first by fitting jurisdiction, then by not contradicting the document's
    facts (e.g. "data stay in the EEA" beside Google Analytics), then by completeness: with `coverage` (a clause ->
    {item id: status} of the clause analysed on its own) a clause that would leave the item
    "partial" comes after the complete ones. Within a tier by score: a title about the item
    (`topic`, e.g. the item's title) and about nothing else, focus on this item (fewer other
    items), a readable length. Outdated clauses are left out unless asked for, and a clause
    whose text is already largely in the document is not offered again.
    """
    doc = shingles(document_text) if document_text else set()
    form = detect_form(document_text) if document_text else ""
    facts = document_facts(document_text) if document_text else set()
    wanted = topic_terms(topic)
    ranked: list[tuple[tuple[int, int, int], float, str, Clause]] = []
    for clause in clauses:
        if not clause.active or item_id not in clause.item_ids:
            continue
        if clause.outdated and not include_outdated:
            continue
        if doc and containment(shingles(clause.body), doc) > 0.5:
            continue
        if form and clause.form and clause.form != form:
            continue
        contradiction = int(contradicts(facts, clause.body))
        wrong_country = int(bool(jurisdiction) and clause.jurisdiction not in ("any", str(jurisdiction).upper()))
        tier = COMPLETENESS_TIER.get(coverage(clause).get(item_id, ""), 0) if coverage is not None else 0
        score = 0.0
        if wanted:
            title = topic_terms(clause.title)
            shared = len(wanted & title)
            score += 2 * shared / len(wanted)  # the title names the item...
            if shared:
                score += 1.5 * shared / len(title)  # ...and little else ("inzage, rectificatie en wissing" is not specific)
        score += 1 / len(clause.item_ids)  # focused clauses first
        words_n = clause.word_count()
        if words_n < 12:
            score -= 2  # too thin to be useful on its own
        elif words_n <= 180:
            score += 1
        else:
            score -= min(3.0, (words_n - 180) / 100)
        if clause.origin in ("team", "model"):
            score += 0.5  # curated by the firm, or written as a model clause
        ranked.append(((wrong_country, contradiction, int(clause.outdated), tier), -score, clause.id, clause))
    ranked.sort(key=lambda t: t[:3])
    return [t[3] for t in ranked[:limit]]
