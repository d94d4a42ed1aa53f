"""What the checklist knows about one block: sentences, tags, heading shape, terms, outdated law.

Depends only on the block's kind, level and text, so the Analyzer caches it per block.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from editor.core.checklist import patterns as P
from editor.core.checklist import terms as TM
from editor.core.checklist import vocab as V
from editor.core.checklist import vocab_rights as VR
from editor.core.checklist.jurisdiction import jurisdiction_signals
from editor.core.checklist.outdated import Finding, lint
from editor.core.checklist.readability import BlockReadability, measure_block
from editor.core.checklist.text import heading_level, looks_like_heading, normalise, split_sentences
from editor.core.model import Block

MAX_EVIDENCE = 5


RIGHT_IDS = ("right_access", "right_rectification", "right_erasure", "right_restriction", "right_objection", "right_portability")


@dataclass
class BlockFeatures:
    """What the engine knows about one block; depends only on the block's kind, level and text."""

    text: str
    heading: bool  # a Heading block or a paragraph that looks like one
    level: int
    lead_end: int  # >0: the first line (text[:lead_end]) is a heading inside a paragraph
    lead_level: int
    sentences: list[tuple[int, int]]
    tags: list[dict[str, str]]
    index: dict[str, tuple[int, ...]]  # tag -> sentence indexes
    terms: dict[int, frozenset[str]]  # data-category terms per sentence
    outdated: list[Finding]
    readability: BlockReadability | None
    heading_low: str = ""
    date_only: bool = False
    ends_with_colon: bool = False
    is_list: bool = False
    short_heading: bool = False  # a list entry such as "7. Cookies" that may really be a numbered heading
    jurisdiction: tuple[int, int] = (0, 0)


_KEY_KINDS = {"heading": "heading", "list_item": "list_item", "table": "table"}  # any other block reads as a paragraph


def _block_key(block: Block) -> tuple:
    kind = _KEY_KINDS.get(block.kind, "paragraph")  # asked for every block after every edit: no isinstance chain
    return (kind, block.level if kind == "heading" else 0, block.text)


def extract_features(kind: str, level: int, text: str) -> BlockFeatures:
    low = normalise(text)
    raw = text
    if "[" in text or ":" in text:
        low, raw = _without_drafting_notes(low, text)
    is_heading = kind == "heading" or (kind == "paragraph" and looks_like_heading(text))
    hlevel = level if kind == "heading" else (heading_level(text) if is_heading else 0)
    lead_end = 0
    lead_level = 0
    if kind == "paragraph" and not is_heading and "\n" in text:
        first = text.split("\n", 1)[0]
        if looks_like_heading(first):
            lead_end = len(first)
            lead_level = 3
    sentences = split_sentences(text)
    tags: list[dict[str, str]] = []
    index: dict[str, list[int]] = {}
    terms: dict[int, frozenset[str]] = {}
    columns = _table_columns(text, sentences) if kind == "table" else None
    for i, (s, e) in enumerate(sentences):
        sentence = low[s:e]  # one object for both: the prefilter knows the sentence cues_of classified
        t = P.sentence_tags(raw[s:e], sentence)
        if columns is not None:
            _column_tags(columns[i], low[s:e], t)
        if i == 0 and kind in ("paragraph", "heading") and "\n" in text:
            _address_card(text, t)
        if kind in ("list_item", "table"):
            _entry_categories(low[s:e], t)
        tags.append(t)
        for tag in t:
            index.setdefault(tag, []).append(i)
            if tag.startswith("categories:"):
                terms[i] = TM.data_terms(low[s:e])
    readability = None
    if kind in ("paragraph", "list_item") and not is_heading:
        readability = measure_block(text, sentences, low)
    return BlockFeatures(
        text=text,
        heading=is_heading,
        level=hlevel,
        lead_end=lead_end,
        lead_level=lead_level,
        sentences=sentences,
        tags=tags,
        index={k: tuple(v) for k, v in index.items()},
        terms=terms,
        outdated=lint(text) if text else [],
        readability=readability,
        heading_low=low if (is_heading or kind == "list_item") else (low[:lead_end] if lead_end else ""),
        short_heading=kind == "list_item" and len(text.split()) <= 8 and looks_like_heading(text),
        date_only=bool(VR.DATE_ONLY.search(low)),
        ends_with_colon=text.rstrip().endswith(":"),
        is_list=kind == "list_item",
        jurisdiction=jurisdiction_signals(text) if text else (0, 0),
    )


def _without_drafting_notes(low: str, text: str) -> tuple[str, str]:
    """`low` and `text` with every drafting note blanked out (same length: sentence offsets stay)."""
    for m in V.DRAFTING_NOTE.finditer(low):
        s, e = m.span()
        blank = " " * (e - s)
        low = low[:s] + blank + low[e:]
        text = text[:s] + blank + text[e:]
    return low, text


def _entry_categories(low: str, t: dict[str, str]) -> frozenset[str]:
    """A list entry "- E-mailadres" names a category without a verb. Returns the terms it tagged (none when
    the sentence already carries a categories tag)."""
    if any(k.startswith("categories:") for k in t):
        return frozenset()
    found = TM.data_terms(low)
    if found:
        t[TM.categories_tag(found)] = "data_categories:list"
    return found


def as_list_entry(f: BlockFeatures) -> BlockFeatures:
    """A heading-like line the document reads as an entry of the list a lead-in opened (see document._build_doc):
    no heading, and its data terms count as a list entry's ("Naam", "E-mailadres" under "... de volgende gegevens:")."""
    low = normalise(f.text)
    tags = [dict(t) for t in f.tags]
    index = {k: list(v) for k, v in f.index.items()}
    terms = dict(f.terms)
    for i, (s, e) in enumerate(f.sentences):
        found = _entry_categories(low[s:e], tags[i])
        if found:
            index.setdefault(TM.categories_tag(found), []).append(i)
            terms[i] = found
    return dataclasses.replace(f, heading=False, level=0, heading_low="", is_list=True, tags=tags,
                               index={k: tuple(v) for k, v in index.items()}, terms=terms)


# A processing table ("Doel | Gegevens | Rechtsgrond | Bewaartermijn") names the topic of each column
# in its header row; a cell such as "7 jaar" or "Toestemming" then counts for that topic.
_COLUMN_TOPICS = (
    ("retention", V.COLUMN_RETENTION),
    ("legal_basis", V.COLUMN_LEGAL_BASIS),
    ("purposes", V.COLUMN_PURPOSES),
    ("recipients", V.COLUMN_RECIPIENTS),
)


def _table_columns(text: str, sentences: list[tuple[int, int]]) -> list[frozenset[str]]:
    """For each sentence of a table block, the topics its column header names (empty in the header row)."""
    rows = text.split("\n")
    header = [normalise(c) for c in rows[0].split("\t")] if rows else []
    col_topics = [frozenset(name for name, rx in _COLUMN_TOPICS if rx.search(h)) for h in header]
    header_end = len(rows[0]) if rows else 0
    # cell start offsets -> column index
    starts: list[tuple[int, int]] = []
    pos = 0
    for row in rows:
        col = 0
        for cell in row.split("\t"):
            starts.append((pos, col))
            pos += len(cell) + 1
            col += 1
    out: list[frozenset[str]] = []
    for s, _e in sentences:
        col = 0
        for start, c in starts:
            if start <= s:
                col = c
            else:
                break
        out.append(col_topics[col] if s >= header_end and col < len(col_topics) else frozenset())
    return out


def _column_tags(topics: frozenset[str], low: str, t: dict[str, str]) -> None:
    if not topics or not low.strip():
        return
    if "retention" in topics:
        if V.RET_PERIOD.search(low):
            t["retention:period_ctx"] = "retention:period"
        elif V.RET_CRITERIA.search(low):
            t["retention:criteria_ctx"] = "retention:criteria"
        elif V.RET_VAGUE.search(low) or V.NEEDED_OR_NECESSARY.search(low):
            t["retention:vague"] = "retention:vague"
    if "legal_basis" in topics and V.COLUMN_BASIS_WORDS.search(low):
        t["legal_basis:explicit"] = "legal_basis:explicit"
        if V.CONSENT_WORD_PLAIN.search(low):
            t["consent:basis"] = "withdraw_consent:trigger"
        if V.LEGIT_WORD.search(low):
            t.setdefault("legit:mention", "legitimate_interests:mention")
    if "purposes" in topics:
        t["purposes:explicit"] = "purposes:purpose"
    if "recipients" in topics:
        t["recipients:share"] = "recipients:share"


def _address_card(text: str, t: dict[str, str]) -> None:
    """A block of short lines ("Praktijk Horizon / Kerkplein 7 / 6811 AB Arnhem") is a name and an address."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if len(lines) < 2 or any(len(ln) > 80 for ln in lines[:4]):
        return
    card = ", ".join(lines[:5])
    if V.ADDRESS.search(card) and not (V.AUTH_CURRENT.search(card.lower()) or V.AUTH_OLD.search(card.lower())):
        t["contact:address"] = "controller_identity:address"
        if V.NAME_BEFORE_ADDRESS.match(card):
            t["controller:name"] = "controller_identity:name"
