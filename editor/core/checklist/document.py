"""The document-level view the decisions read: sections and their topics, tag hits, evidence spans.

Headings open sections whose topics (e.g. "Uw rechten", "Hoe lang bewaren wij ...") let weaker
sentence cues count; list entries after a lead-in open no section.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field

from editor.core.checklist import reasons as RS
from editor.core.checklist import topics as TP
from editor.core.checklist import vocab as V
from editor.core.checklist.features import MAX_EVIDENCE, RIGHT_IDS, BlockFeatures, as_list_entry
from editor.core.checklist.report import (
    Evidence,
)
from editor.core.checklist.text import normalise
from editor.core.model import Block, Heading


@dataclass
class _Doc:
    """Per-analysis view: features, offsets, sections and the tag occurrences."""

    blocks: list[Block]
    feats: list[BlockFeatures]
    offsets: list[int]
    section_topics: list[list[frozenset[str]]]  # per block, per sentence
    section_id: list[list[int]]  # per block, per sentence: index of the governing heading block (-1 none)
    occ_blocks: dict[str, list[int]] = field(default_factory=dict)  # tag -> blocks carrying it
    heading_topic_hits: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    body_topic_hits: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    _occ: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def hits(self, tag: str) -> list[tuple[int, int]]:
        """(block, sentence) pairs carrying a tag, flattened on first use (most tags are never asked for)."""
        got = self._occ.get(tag)
        if got is None:
            feats = self.feats
            got = [(bi, si) for bi in self.occ_blocks.get(tag, ()) for si in feats[bi].index[tag]]
            self._occ[tag] = got
        return got

    def sentence(self, bi: int, si: int) -> str:
        """The text of one sentence, as written."""
        s, e = self.feats[bi].sentences[si]
        return self.feats[bi].text[s:e]

    def sentence_low(self, bi: int, si: int) -> str:
        """One sentence normalised as the patterns read it (text.normalise)."""
        return normalise(self.sentence(bi, si))

    def evidence(self, bi: int, si: int, reason_key: str) -> Evidence:
        f = self.feats[bi]
        s, e = f.sentences[si]
        base = self.offsets[bi]
        return Evidence(base + s, base + e, f.text[s:e], [self.blocks[bi].id], RS.reason_text(reason_key))

    def through(self, ev: Evidence, bi: int, last: int) -> Evidence:
        """`ev`, which ends block `bi`, extended over the blocks after it up to `last` (a lead-in with its
        list entries, an officer's title with the contact card below it), naming every block."""
        blocks = range(bi + 1, last + 1)
        end = self.offsets[last] + len(self.feats[last].text)
        text = "\n".join([ev.text, *(self.feats[i].text for i in blocks)])
        return Evidence(ev.start, end, text, [*ev.block_ids, *(self.blocks[i].id for i in blocks)], ev.reason)

    def topics(self, bi: int, si: int) -> frozenset[str]:
        return self.section_topics[bi][si]


_LEAD_IN_TOPICS = frozenset({"rights", "complaint_authority"})
# "Wij delen uw gegevens niet met derden, tenzij:": the entries are exceptions to a promise, which
# section vetoes in the rules (section = "sharing_exceptions") keep out of the evidence for a legal basis.
_EXCEPTION_LEAD = V.EXCEPTION_LEAD  # resources/checklist/vocabulary/headings.toml
_EXCEPTIONS = frozenset({"sharing_exceptions"})
_NEGATED = frozenset({"negated_list"})  # rules with section = "negated_list" read such entries
# the entries after "een klacht indienen bij:" may name the authority alone (see _decide_complaint)
_COMPLAINT_LEAD = frozenset({"complaint_lead"})


# What an entry may name besides its lead-in's topic without ending the list ("Inzage in de gegevens die we verwerken").
_ENTRY_TOPICS = frozenset({"data_categories"})


def _list_entry(topics: frozenset[str], opened_by: frozenset[str]) -> bool:
    """A heading-like line after a lead-in is one of its entries when it names no topic, or only the lead-in's own."""
    return not topics or bool(opened_by) and topics <= opened_by | _ENTRY_TOPICS


def _entry_topics(low: str) -> frozenset[str]:
    """The topics a heading-like line names; for "Term — explanation", those of the term alone."""
    m = V.ENTRY_TERM.match(low)
    return TP.heading_topics(m.group(1) if m else low)


def _last_sentence(f: BlockFeatures) -> str:
    """A lead-in's own words: the last sentence of its block, lower-cased ("" for an empty block)."""
    s, e = f.sentences[-1] if f.sentences else (0, 0)
    return f.text[s:e].lower()


def _lead_in_topics(blocks: list[Block], feats: list[BlockFeatures]) -> list[frozenset[str]]:
    """Per block, the topics a lead-in gives the list entries that follow it.

    "Indien voorzien in de wet, heeft u het recht:" makes its entries ("- op toegang tot ...") rights
    entries even when they stand under an unrelated heading, as pasted pages often have them."""
    out: list[frozenset[str]] = [frozenset()] * len(feats)
    run: frozenset[str] = frozenset()
    for bi, f in enumerate(feats):
        if f.is_list and not f.ends_with_colon:
            out[bi] = run
        else:
            run = frozenset()
        if f.ends_with_colon and not isinstance(blocks[bi], Heading) and f.sentences:
            # only rights and complaints: a sentence such as "gegevens die u ons verstrekt:" names other topics loosely
            low = _last_sentence(f)
            run = _EXCEPTIONS if _EXCEPTION_LEAD.search(low) else TP.heading_topics(low) & _LEAD_IN_TOPICS
            if run is not _EXCEPTIONS and V.NEGATED_LEAD.search(low):
                run = run | _NEGATED  # the entries are what is NOT done ("... NIET voor: - Profilering")
            if "complaint_authority" in run:
                run = run | _COMPLAINT_LEAD
    return out


def _build_doc(blocks: list[Block], feats: list[BlockFeatures]) -> _Doc:
    # A lone numbered list entry between paragraphs ("6. Klachten") is a heading the importer could
    # not tell from a list; treat it as one so that its section gets a topic.
    feats = list(feats)
    for bi, f in enumerate(feats):
        # (not after a lead-in ending in a colon: "Wij gebruiken uw gegevens NIET voor:" then "- Profilering" is its entry)
        if f.short_heading and (bi == 0 or not (feats[bi - 1].is_list or feats[bi - 1].ends_with_colon)) and (
                bi + 1 == len(feats) or not feats[bi + 1].is_list):
            feats[bi] = dataclasses.replace(f, heading=True, level=2, readability=None)
    # Lines after a lead-in ("We verwerken je gegevens op basis van:") are its list, even when pasted
    # text gives them no bullets; they open no section. The run ends at a line that names a topic.
    # After "Onder de AVG heb je het recht om:" or "Wij delen uw gegevens uitsluitend met:" an entry may name
    # the lead-in's own topic ("Inzage van je persoonsgegevens", "Belgische kredietverstrekkers") without
    # opening a section: only a line naming another topic ("Cookies") ends that run.
    in_list = False
    opened_by: frozenset[str] = frozenset()  # the topics the current lead-in names
    for bi, f in enumerate(feats):
        real_heading = isinstance(blocks[bi], Heading)
        # A short lead-in such as "U mag:" looks like a heading but names no topic: it introduces
        # a list inside the current section rather than opening a new one.
        lead_in = f.ends_with_colon and not real_heading
        if f.heading and not real_heading and (in_list or lead_in) and _list_entry(
                _entry_topics(f.heading_low), opened_by if in_list else frozenset()):
            feats[bi] = f = as_list_entry(f)
        else:
            in_list = False
        if lead_in:
            in_list = True
            opened_by = TP.heading_topics(_last_sentence(f))
    lead_topics = _lead_in_topics(blocks, feats)
    offsets: list[int] = []
    pos = 0
    for f in feats:
        offsets.append(pos)
        pos += len(f.text) + 1
    stack: list[tuple[int, frozenset[str], int, frozenset[str]]] = []  # (level, topics, block index, union with ancestors)
    sec_topics: list[list[frozenset[str]]] = []
    sec_id: list[list[int]] = []
    occ: dict[str, list[int]] = {}

    def push(level: int, low: str, bi: int) -> None:
        while stack and stack[-1][0] >= level:
            stack.pop()
        inherited = stack[-1][3] if stack else frozenset()
        topics = set(TP.heading_topics(low))
        for right in TP.heading_rights(low, "rights" in inherited or "rights" in topics):
            topics.add(right)
        if topics & set(RIGHT_IDS):
            topics.add("rights")
        own = frozenset(topics)
        stack.append((level, own, bi, own | inherited))

    def current() -> tuple[frozenset[str], int]:
        if not stack:
            return frozenset(), -1
        return stack[-1][3], stack[-1][2]

    for bi, f in enumerate(feats):
        if f.heading:
            push(max(f.level, 1), f.heading_low, bi)
        elif f.lead_end:
            push(f.lead_level, f.heading_low, bi)
        # Every sentence of a block stands in the same section: the heading's own, the one its
        # lead line opens, or else the section before.
        topics, sid = current()
        if lead_topics[bi]:
            topics = topics | lead_topics[bi]
        per_topics = [topics] * len(f.sentences)
        per_id = [sid] * len(f.sentences)
        sec_topics.append(per_topics)
        sec_id.append(per_id)
        for tag in f.index:
            lst = occ.get(tag)
            if lst is None:
                occ[tag] = [bi]
            else:
                lst.append(bi)
    heading_hits: dict[str, list[tuple[int, int]]] = {}
    body_hits: dict[str, list[tuple[int, int]]] = {}
    # Body sentences come in runs under the same section (the same topics object): collect a run
    # once and extend each topic's list with it, rather than appending per sentence and topic.
    run_topics: frozenset[str] | None = None
    run: list[tuple[int, int]] = []
    for bi, f in enumerate(feats):
        if (f.heading or f.lead_end) and f.sentences and sec_id[bi][0] == bi:
            for topic in sec_topics[bi][0]:
                heading_hits.setdefault(topic, []).append((bi, 0))
        if f.heading:
            continue
        for si, topics in enumerate(sec_topics[bi]):
            if not topics or (f.lead_end and f.sentences[si][0] < f.lead_end):
                continue
            if topics is not run_topics:
                if run_topics:
                    for topic in run_topics:
                        body_hits.setdefault(topic, []).extend(run)
                run_topics = topics
                run = []
            run.append((bi, si))
    if run_topics:
        for topic in run_topics:
            body_hits.setdefault(topic, []).extend(run)
    return _Doc(blocks, feats, offsets, sec_topics, sec_id, occ, heading_hits, body_hits)


# --- item decisions ---------------------------------------------------------------------------
@dataclass
class _Decision:
    status: str
    evidence: list[Evidence]
    note_key: str = ""
    triggered: bool = True
    hint_key: str = ""  # on a present item: what best practice wants beyond the house bar
    # the body of the item's own section ("Waarom verwerken wij ...?"), kept for when the data rules strike
    # every tagged sentence (a pointer such as "voor de hierboven vermelde doeleinden"): the body still gives it
    fallback: list[Evidence] = field(default_factory=list)


def _ev(doc: _Doc, hits: Iterable[tuple[int, int]], reason: str, limit: int = MAX_EVIDENCE) -> list[Evidence]:
    seen: set[tuple[int, int]] = set()
    out: list[Evidence] = []
    for bi, si in hits:
        if (bi, si) in seen:
            continue
        seen.add((bi, si))
        out.append(doc.evidence(bi, si, reason))
        if len(out) >= limit:
            break
    return out


def _body_hits(doc: _Doc, topic: str, predicate=None) -> list[tuple[int, int]]:
    """Non-heading sentences standing in a section whose heading names `topic`."""
    hits = doc.body_topic_hits.get(topic, [])
    if predicate is None:
        return list(hits)
    return [(bi, si) for bi, si in hits if predicate(doc.feats[bi].tags[si])]


def _heading_hits(doc: _Doc, topic: str) -> list[tuple[int, int]]:
    """Headings whose own section (including inherited topics) names `topic`."""
    return doc.heading_topic_hits.get(topic, [])


def _in_topic(doc: _Doc, hits: list[tuple[int, int]], topic: str) -> list[tuple[int, int]]:
    return [(bi, si) for bi, si in hits if topic in doc.section_topics[bi][si]]


def _topic_sentences(doc: _Doc, topic: str) -> list[tuple[int, int]]:
    """Every sentence of a non-heading block standing in a section on `topic`, its lead line included.
    All sentences of a block stand in one section (_build_doc), so its first sentence answers for the block."""
    return [(bi, si) for bi, f in enumerate(doc.feats) if f.sentences and not f.heading
            and topic in doc.section_topics[bi][0] for si in range(len(f.sentences))]


def _same_block(hits_a: list[tuple[int, int]], hits_b: list[tuple[int, int]]) -> bool:
    blocks = {bi for bi, _ in hits_b}
    return any(bi in blocks for bi, _ in hits_a)


def _is_heading_sentence(doc: _Doc, hit: tuple[int, int]) -> bool:
    f = doc.feats[hit[0]]
    return f.heading or (f.lead_end > 0 and f.sentences[hit[1]][0] < f.lead_end)


# A title names a topic: a real heading, or a pasted line that asks ("Op basis van welke grondslag ...?")
# or names an action on the data ("Delen van persoonsgegevens met derden").
# A pasted line that states something ("Wij bewaren je mail zolang ...", "IP-adres (automatisch ...)")
# still gives the information, full stop or not.
_TITLE_QUESTION = V.TITLE_QUESTION  # resources/checklist/vocabulary/headings.toml
_TITLE_NOMINAL = V.TITLE_NOMINAL


def _bare_heading(doc: _Doc, hit: tuple[int, int]) -> bool:
    """A title, not a statement: such a line names a topic and is no evidence by itself."""
    if not _is_heading_sentence(doc, hit):
        return False
    line = doc.sentence(*hit).rstrip()
    if len(line.split()) > 14 or line.endswith(":"):  # "... verwerkt voor:" leads into a list
        return False
    if V.BASIS_GROUND_CITED.search(line.lower()):  # "Uitvoering van de overeenkomst (art. 6.1.b AVG)" labels its body
        return False
    return isinstance(doc.blocks[hit[0]], Heading) or line.endswith("?") or bool(
        _TITLE_QUESTION.match(line) or _TITLE_NOMINAL.match(line))


def _simple(doc: _Doc, full: list[tuple[str, str]], partial: list[tuple[str, str]], topic: str | None = None,
            topic_pred=None) -> _Decision:
    # Best evidence first: sentences in the item's own section, body sentences before headings
    # ("Wij gebruiken functionele cookies" says more than a title), then document order.
    ranked: dict[tuple[int, int], tuple[int, str]] = {}  # hit -> (rank of its first tag, reason)
    for i, (tag, reason) in enumerate(full):
        for h in doc.hits(tag):
            ranked.setdefault(h, (i, reason))
    # A heading alone names a topic; it does not give the information ("Op basis van welke grondslag ...").
    # The stronger kind of evidence (the first tag: "names a legal basis" before "hints at one") comes first.
    order = sorted(ranked, key=lambda h: (bool(topic) and topic not in doc.section_topics[h[0]][h[1]], ranked[h][0], h))
    ev: list[Evidence] = []
    for bi, si in order:  # the best 2 * MAX_EVIDENCE that are no bare heading (asked only as far as needed)
        if not _bare_heading(doc, (bi, si)):
            ev.append(doc.evidence(bi, si, ranked[(bi, si)][1]))
            if len(ev) == 2 * MAX_EVIDENCE:
                break
    # The body of the item's own section: the evidence when no sentence is tagged, and kept as the fallback
    # for when the data rules strike every tagged one (decisions._apply_rulebook).
    body = _ev(doc, _body_hits(doc, topic, topic_pred), full[0][1] if full else topic) if topic else []
    ev = ev or body
    if ev:
        return _Decision("present", ev, fallback=body)
    for tag, reason in partial:
        pev = _ev(doc, doc.hits(tag), reason)
        if pev:
            return _Decision("partial", pev, reason)
    return _Decision("missing", [])
