"""Data-category words in a sentence ("naam", "e-mailadres", "locatiegegevens", "bijzondere ...")."""

from __future__ import annotations

from editor.core.checklist import prefilter as _pf
from editor.core.checklist import vocab as V
from editor.core.checklist.prefilter import _TOKEN
from editor.core.checklist.vocabulary import word_lists

_TERM_TOKEN = V._TERM_TOKEN  # resources/checklist/vocabulary/terms.toml: a token that fully matches names a category

_TERM_PHRASES = word_lists()["term_phrases"]

_term_memo: dict[str, bool] = {}

_LIST_AFTER_ZOALS = V._LIST_AFTER_ZOALS

_GENERIC_DATA_WORDS = frozenset(word_lists()["generic_data_words"])

def categories_tag(terms: frozenset[str]) -> str:
    """The tag a sentence naming these data terms carries ("categories:3"; 9 stands for nine or more)."""
    return "categories:" + str(min(len(terms), 9))


def data_terms(low: str) -> frozenset[str]:
    """Distinct data-category words in a sentence (token lookups, memoised per token)."""
    out = set()
    memo = _term_memo
    cur = _pf._current
    for tok in cur[2] if cur[0] is low else _TOKEN.findall(low):  # the tokens cues_of found already
        hit = memo.get(tok)
        if hit is None:
            # any "...gegevens" compound names a category (transactiegegevens, locatiegegevens), except the generic word
            hit = memo[tok] = _TERM_TOKEN.fullmatch(tok) is not None or (
                tok.endswith("gegevens") and len(tok) > 10 and tok not in _GENERIC_DATA_WORDS)
        if hit:
            out.add(tok)
    if _LIST_AFTER_ZOALS.search(low):
        out.update(("(opsomming na 'zoals')", "(opsomming)"))  # "gegevens ..., zoals lengte, gewicht en vaccinaties"
    for phrase in _TERM_PHRASES:
        if phrase in low:
            if phrase == "bijzondere" and not V.SPECIAL_CATEGORY_CONTEXT.search(low):
                continue  # "bijzondere" names a data category only beside "persoonsgegevens" or "categorie"
            out.add(phrase)
    return frozenset(out)

