"""The checklist engine: per-block features (cached) and the document-level decision per item.

Block level: sentence spans, the tags each sentence carries (patterns.sentence_tags), whether
the block is a heading (or looks like one in pasted text), outdated references and
readability counts. These depend only on (kind, heading level, text), so the Analyzer keeps
them in a cache; after a one-paragraph edit only that block is analysed again.

Document level: headings open sections whose topics (e.g. "Uw rechten", "Hoe lang bewaren
wij ...") let weaker sentence cues count; then each item is decided from the tags with an
explainable rule, and evidence spans are mapped to the plain-text view.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field

from editor.core.checklist import patterns as P
from editor.core.checklist.catalogue import Catalogue, load_catalogue
from editor.core.checklist.outdated import Finding, date_for, lint, reason_for, replacement_for
from editor.core.checklist.readability import JARGON as P_JARGON
from editor.core.checklist.readability import BlockReadability, flesch_douma, label, measure_block
from editor.core.checklist.report import (
    Evidence,
    ItemResult,
    OutdatedReference,
    ParagraphReadability,
    Readability,
    ReadabilityHint,
    Report,
)
from editor.core.checklist.rulebook import load_rulebook, sentence_rule_tags
from editor.core.checklist.text import heading_level, looks_like_heading, normalise, split_sentences
from editor.core.i18n import pick
from editor.core.model import Block, Heading, ListItem, Paragraph, Policy, Table

MAX_EVIDENCE = 5
RIGHT_IDS = ("right_access", "right_rectification", "right_erasure", "right_restriction", "right_objection", "right_portability")

_ORG_TOKEN = re.compile(r"\b(?:[A-Z][A-Za-z0-9&]*[A-Z][\w&]*|[a-z]+[A-Z]\w*|[A-Za-z][\w-]*\.(?:website|be|nl|com|eu|org|net))\b")
_ORG_STOP = frozenset(
    "AVG GDPR EU EER EEA IP GBA APD AP KBO KvK KVK BTW DPO FG CBP CBPL PDF HTTP HTTPS SSL TLS ISO VS USA URL CV BV NV VZW BVBA VOF "
    "OK FAQ SMS GSM IBAN BIC BSN UAVG WBP Wbp DNS PSP ID IT HR CEO CRM ERP API EU-VS RGPD GDPR-wetgeving AVG-wetgeving "
    "CookieYes WhatsApp YouTube LinkedIn TikTok PayPal SiteGround Sparkpost SendGrid MailChimp HubSpot".split()
)


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


def _block_key(block: Block) -> tuple:
    if isinstance(block, Heading):
        return ("heading", block.level, block.text)
    if isinstance(block, ListItem):
        return ("list_item", 0, block.text)
    if isinstance(block, Table):
        return ("table", 0, block.text)
    return ("paragraph", 0, block.text)


def extract_features(kind: str, level: int, text: str) -> BlockFeatures:
    low = normalise(text)
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
        t = P.sentence_tags(text[s:e], low[s:e])
        t.update(sentence_rule_tags(low[s:e]))
        if columns is not None:
            _column_tags(columns[i], low[s:e], t)
        if i == 0 and kind in ("paragraph", "heading") and "\n" in text:
            _address_card(text, t)
        if kind in ("list_item", "table") and not any(k.startswith("categories:") for k in t):
            n = len(P.data_terms(low[s:e]))
            if n:  # a list entry "- E-mailadres" names a category without a verb
                t["categories:" + str(min(n, 9))] = "data_categories:list"
        tags.append(t)
        for tag in t:
            index.setdefault(tag, []).append(i)
            if tag.startswith("categories:"):
                terms[i] = P.data_terms(low[s:e])
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
        date_only=bool(P.DATE_ONLY.search(low)),
        ends_with_colon=text.rstrip().endswith(":"),
        is_list=kind == "list_item",
        jurisdiction=jurisdiction_signals(text) if text else (0, 0),
    )


# A processing table ("Doel | Gegevens | Rechtsgrond | Bewaartermijn") names the topic of each column
# in its header row; a cell such as "7 jaar" or "Toestemming" then counts for that topic.
_COLUMN_TOPICS = (
    ("retention", re.compile(r"bewa|termijn|hoe ?lang|\bduur|retenti|retention")),
    ("legal_basis", re.compile(r"rechtsgrond|grondslag|\bbasis\b|legal|juridisch")),
    ("purposes", re.compile(r"\bdoel|waarvoor|waarom|purpose")),
    ("recipients", re.compile(r"ontvanger|derden|gedeeld|delen met|recipient")),
)
_BASIS_WORDS = re.compile(r"toestemming|overeenkomst|contract|wettelijk|wet\b|gerechtvaardigd|legitiem|belang|6\s?[.(]|consent")


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
        if P.RET_PERIOD.search(low):
            t["retention:period_ctx"] = "retention:period"
        elif P.RET_CRITERIA.search(low):
            t["retention:criteria_ctx"] = "retention:criteria"
        elif P.RET_VAGUE.search(low) or "nodig" in low or "noodzakelijk" in low:
            t["retention:vague"] = "retention:vague"
    if "legal_basis" in topics and _BASIS_WORDS.search(low):
        t["legal_basis:explicit"] = "legal_basis:explicit"
        if "toestemming" in low or "consent" in low:
            t["consent:basis"] = "withdraw_consent:trigger"
        if "gerechtvaardigd" in low or "legitie" in low:
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
    if P.ADDRESS.search(card) and not (P.AUTH_CURRENT.search(card.lower()) or P.AUTH_OLD.search(card.lower())):
        t["contact:address"] = "controller_identity:address"
        if P.NAME_BEFORE_ADDRESS.match(card):
            t["controller:name"] = "controller_identity:name"


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

    def evidence(self, bi: int, si: int, reason_key: str) -> Evidence:
        f = self.feats[bi]
        s, e = f.sentences[si]
        base = self.offsets[bi]
        return Evidence(base + s, base + e, f.text[s:e], [self.blocks[bi].id], P.reason_text(reason_key))

    def topics(self, bi: int, si: int) -> frozenset[str]:
        return self.section_topics[bi][si]


def _build_doc(blocks: list[Block], feats: list[BlockFeatures]) -> _Doc:
    # A lone numbered list entry between paragraphs ("6. Klachten") is a heading the importer could
    # not tell from a list; treat it as one so that its section gets a topic.
    feats = list(feats)
    for bi, f in enumerate(feats):
        if f.short_heading and (bi == 0 or not feats[bi - 1].is_list) and (bi + 1 == len(feats) or not feats[bi + 1].is_list):
            feats[bi] = dataclasses.replace(f, heading=True, level=2, readability=None)
    # Lines after a lead-in ("We verwerken je gegevens op basis van:") are its list, even when pasted
    # text gives them no bullets; they open no section. The run ends at a line that names a topic.
    in_list = False
    for bi, f in enumerate(feats):
        real_heading = isinstance(blocks[bi], Heading)
        if f.heading and not real_heading and in_list and not P.heading_topics(f.heading_low):
            feats[bi] = f = dataclasses.replace(f, heading=False, level=0, heading_low="", is_list=True)
        else:
            in_list = False
        if f.ends_with_colon and not real_heading:
            in_list = True
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
        topics = set(P.heading_topics(low))
        for right in P.heading_rights(low, "rights" in inherited or "rights" in topics):
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


def _ev(doc: _Doc, hits: list[tuple[int, int]], reason: str, limit: int = MAX_EVIDENCE) -> list[Evidence]:
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


def _same_block(hits_a: list[tuple[int, int]], hits_b: list[tuple[int, int]]) -> bool:
    blocks = {bi for bi, _ in hits_b}
    return any(bi in blocks for bi, _ in hits_a)


def _decide_controller(doc: _Doc, policy: Policy) -> _Decision:
    names = doc.hits("controller:name")
    contacts = doc.hits("contact:email") + doc.hits("contact:address") + doc.hits("contact:phone")
    contacts.sort()
    form = doc.hits("contact:form")
    name_ev = _ev(doc, names, "controller_identity:name", 2)
    card_ev: list[Evidence] = []
    if not names or not doc.hits("contact:address"):
        card = _address_card_blocks(doc)
        if card is not None:
            first, addr, has_name = card
            card_ev = [doc.evidence(addr, 0, "controller_identity:address")]
            if has_name and not names:
                names = [(first, 0)]
                name_ev = [doc.evidence(first, 0, "controller_identity:name")]
    if not names:
        org = policy.meta.organisation.name.strip()
        counts: Counter = Counter()
        for f in doc.feats:  # computed only when no sentence names the controller
            counts.update(m.group(0) for m in _ORG_TOKEN.finditer(f.text) if m.group(0) not in _ORG_STOP)
        candidate = org if org else ""
        if not candidate and counts:
            tok, n = counts.most_common(1)[0]
            early = " ".join(f.text for f in doc.feats[:3])
            if n >= 3 or (n >= 2 and tok in early):  # "FitTrack" in the title and once more
                candidate = tok
        if candidate:
            for bi, f in enumerate(doc.feats):
                pos = f.text.find(candidate)
                if pos >= 0:
                    for si, (s, e) in enumerate(f.sentences):
                        if s <= pos < e:
                            name_ev = [doc.evidence(bi, si, "controller_identity:repeated_name")]
                            break
                    if name_ev:
                        break
    if not name_ev and contacts:
        name_ev = _name_from_domain(doc)
    contact_ev = list(card_ev)
    for tag, reason in (("contact:email", "controller_identity:email"), ("contact:address", "controller_identity:address"),
                        ("contact:phone", "controller_identity:phone")):
        contact_ev += _ev(doc, doc.hits(tag), reason, 1)
    if name_ev and contact_ev:
        return _Decision("present", name_ev + contact_ev)
    if name_ev and form:
        return _Decision("partial", name_ev + _ev(doc, form, "controller_identity:form", 1), "controller_identity:form")
    if name_ev:
        return _Decision("partial", name_ev, "note:no_contact")
    if contact_ev:
        return _Decision("partial", contact_ev, "note:no_name")
    return _Decision("missing", [])


_DOMAIN = re.compile(r"[\w.+-]+@([\w-]+)\.[a-z]{2,}|\b(?:https?://)?(?:www\.)?([\w-]+)\.(?:be|nl|com|eu|org|net|shop|site)\b", re.I)
_WEBMAIL = frozenset("gmail hotmail outlook live yahoo icloud telenet skynet proximus ziggo kpnmail kpnplanet xs4all home planet "
                     "gegevensbeschermingsautoriteit autoriteitpersoonsgegevens google facebook instagram linkedin youtube twitter "
                     "mailchimp wordpress wix microsoft apple".split())
_CAPITAL_RUN = re.compile(r"(?:[A-Z][\w&'-]*\s?){1,4}")


def _name_from_domain(doc: _Doc) -> list[Evidence]:
    """A name in the text that the controller's own e-mail or web domain spells ("Doedels Kindermode",
    info@doedelskindermode.nl): real pages often name themselves only as a brand."""
    labels = set()
    for f in doc.feats:
        for m in _DOMAIN.finditer(f.text):
            label = (m.group(1) or m.group(2) or "").lower().replace("-", "")
            if len(label) >= 4 and label not in _WEBMAIL:
                labels.add(label)
    if not labels:
        return []
    for bi, f in enumerate(doc.feats):
        for m in _CAPITAL_RUN.finditer(f.text):
            norm = re.sub(r"[^a-z0-9]", "", m.group(0).lower())
            if len(norm) >= 4 and any(norm == lab or (norm in lab and len(norm) * 5 >= len(lab) * 3) for lab in labels):
                for si, (st, en) in enumerate(f.sentences):
                    if st <= m.start() < en:
                        return [doc.evidence(bi, si, "controller_identity:repeated_name")]
    return []


def _address_card_blocks(doc: _Doc) -> tuple[int, int, bool] | None:
    """Consecutive short lines imported as separate blocks: "Praktijk Horizon" / "Kerkplein 7" / "6811 AB Arnhem".

    Returns (first block, block holding the postcode, whether a name precedes the address)."""
    feats = doc.feats
    n = len(feats)
    for i in range(n):
        run = []
        j = i
        while j < n and len(run) < 5 and 0 < len(feats[j].text) <= 80 and "\n" not in feats[j].text and feats[j].sentences:
            run.append(j)
            j += 1
        if len(run) < 2:
            continue
        card = ", ".join(feats[k].text.strip() for k in run)
        low = card.lower()
        if P.AUTH_CURRENT.search(low) or P.AUTH_OLD.search(low):
            continue
        if P.ADDRESS.search(card):
            addr = next((k for k in run if P.ADDRESS.search(feats[k].text) or any(ch.isdigit() for ch in feats[k].text)), run[0])
            for k in run:  # the line with the postcode
                if re.search(r"\b\d{4}\s?(?:[A-Z]{2}\s)?\s*[A-Z]", feats[k].text):
                    addr = k
                    break
            return run[0], addr, bool(P.NAME_BEFORE_ADDRESS.match(card))
    return None


def _decide_dpo(doc: _Doc) -> _Decision:
    mentions = doc.hits("dpo:mention")
    if not mentions:
        return _Decision("not_applicable", [], "note:not_triggered", triggered=False)
    with_contact = [h for h in doc.hits("dpo:contact") if h in set(mentions)]
    if not with_contact:
        contact_blocks = {bi for bi, _ in doc.hits("contact:email") + doc.hits("contact:phone") + doc.hits("contact:address")}
        with_contact = [h for h in mentions if h[0] in contact_blocks or h[0] + 1 in contact_blocks]
    if with_contact:
        return _Decision("present", _ev(doc, with_contact, "dpo_contact:contact"))
    return _Decision("partial", _ev(doc, mentions, "dpo_contact:mention"), "dpo_contact:mention")


def _is_heading_sentence(doc: _Doc, hit: tuple[int, int]) -> bool:
    f = doc.feats[hit[0]]
    return f.heading or (f.lead_end > 0 and f.sentences[hit[1]][0] < f.lead_end)


def _bare_heading(doc: _Doc, hit: tuple[int, int]) -> bool:
    """A heading-like line short enough to be a title (pasted sentences without a full stop can look like headings)."""
    if not _is_heading_sentence(doc, hit):
        return False
    s, e = doc.feats[hit[0]].sentences[hit[1]]
    line = doc.feats[hit[0]].text[s:e].rstrip()
    return len(line.split()) <= 14 and not line.endswith(":")  # "... verwerkt voor:" leads into a list


def _simple(doc: _Doc, full: list[tuple[str, str]], partial: list[tuple[str, str]], topic: str | None = None,
            topic_pred=None) -> _Decision:
    # Best evidence first: sentences in the item's own section, body sentences before headings
    # ("Wij gebruiken functionele cookies" says more than a title), then document order.
    ranked: dict[tuple[int, int], str] = {}
    for tag, reason in full:
        for h in doc.hits(tag):
            ranked.setdefault(h, reason)
    # A heading alone names a topic; it does not give the information ("Op basis van welke grondslag ...").
    order = sorted((h for h in ranked if not _bare_heading(doc, h)),
                   key=lambda h: (bool(topic) and topic not in doc.section_topics[h[0]][h[1]], h))
    ev: list[Evidence] = [doc.evidence(bi, si, ranked[(bi, si)]) for bi, si in order[:MAX_EVIDENCE]]
    if topic and not ev:
        body = _body_hits(doc, topic, topic_pred)
        if body:
            ev = _ev(doc, body, full[0][1] if full else topic)
    if ev:
        return _Decision("present", ev[:MAX_EVIDENCE])
    for tag, reason in partial:
        pev = _ev(doc, doc.hits(tag), reason)
        if pev:
            return _Decision("partial", pev, reason)
    return _Decision("missing", [])


def _decide_legit(doc: _Doc) -> _Decision:
    described = doc.hits("legit:described")
    mentions = doc.hits("legit:mention")
    if not described and not mentions:
        return _Decision("not_applicable", [], "note:not_triggered", triggered=False)
    extra = [(bi, si) for bi, si in mentions if doc.feats[bi].ends_with_colon and bi + 1 < len(doc.feats) and doc.feats[bi + 1].is_list]
    extra += _in_topic(doc, [(bi, si) for bi in range(len(doc.feats)) for si in range(len(doc.feats[bi].sentences))
                             if not doc.feats[bi].heading], "legitimate_interests")[:2]
    if described or extra:
        return _Decision("present", _ev(doc, described + extra, "legitimate_interests:described"))
    return _Decision("partial", _ev(doc, mentions, "legitimate_interests:mention"), "legitimate_interests:mention")


def _decide_transfers(doc: _Doc) -> _Decision:
    tool, dest, safe, old, eea, host = (doc.hits("transfer:" + t) for t in ("tool", "dest", "safe", "old", "eea", "host"))
    dest = [h for h in dest if not _is_heading_sentence(doc, h)]  # "Doorgifte buiten de EER" is a title, not a transfer
    if not tool:
        eea = sorted(eea + host)  # with no outside tool named, "servers in Nederland" answers the question
    if not (tool or dest or safe or old or eea):
        return _Decision("not_applicable", [], "note:not_triggered", triggered=False)
    if safe:
        return _Decision("present", _ev(doc, safe, "third_country_transfers:safeguard") + _ev(doc, dest, "third_country_transfers:destination", 2))
    # House bar: the text addresses whether data leave the EEA. An invalid or missing safeguard is a hint
    # (and Privacy Shield / Safe Harbour an outdated reference), not a gap.
    if old:
        return _Decision("present", _ev(doc, dest, "third_country_transfers:destination", 2) + _ev(doc, old, "third_country_transfers:old_safeguard"),
                         hint_key="third_country_transfers:old_safeguard")
    if dest:
        return _Decision("present", _ev(doc, dest, "third_country_transfers:destination"), hint_key="note:transfer_no_safeguard")
    if eea:
        return _Decision("present", _ev(doc, eea, "third_country_transfers:eea"))
    return _Decision("missing", _ev(doc, tool, "third_country_transfers:tool", 3), "note:transfer_tool_only")


def _decide_retention(doc: _Doc) -> _Decision:
    full = doc.hits("retention:period_ctx") + doc.hits("retention:criteria_ctx")
    full += _in_topic(doc, doc.hits("retention:period") + doc.hits("retention:criteria"), "retention")
    full.sort()
    if full:
        reasons = []
        for bi, si in full[:MAX_EVIDENCE]:
            t = doc.feats[bi].tags[si]
            key = "retention:period" if ("retention:period_ctx" in t or "retention:period" in t) else "retention:criteria"
            reasons.append(doc.evidence(bi, si, key))
        return _Decision("present", reasons)
    vague = doc.hits("retention:vague")
    indef = doc.hits("retention:indefinite")
    if indef:
        return _Decision("partial", _ev(doc, indef, "retention:indefinite") + _ev(doc, vague, "retention:vague", 2), "retention:indefinite")
    if vague:
        return _Decision("partial", _ev(doc, vague, "retention:vague"), "retention:vague")
    return _Decision("missing", [])


def _decide_right(doc: _Doc, right: str) -> _Decision:
    strong = doc.hits(f"{right}:strong")
    ctx = doc.hits(f"{right}:weak_ctx")
    # A weak verb under "Uw rechten" counts in a list entry, a short line, or a sentence addressed to the reader
    # ("verwijderen wij de kopie van uw identiteitskaart" is no right to erasure).
    weak_in_section = [h for h in _in_topic(doc, doc.hits(f"{right}:weak") + ctx, "rights") if _reader_sentence(doc, h)]
    heading = _heading_hits(doc, right)
    ev = _ev(doc, heading, "right:heading", 2) + _ev(doc, strong, "right:strong", 3)
    if not ev:
        ev = _ev(doc, weak_in_section, "right:context", 3)
    if not ev and ctx:
        # A weaker verb ("laten aanpassen") with a rights cue in the same sentence ("recht", "u kunt ... vragen").
        ev = _ev(doc, ctx, "right:context", 3)
    if ev:
        return _Decision("present", ev)
    rng = doc.hits("rights:range")
    if rng:
        return _Decision("partial", _ev(doc, rng, "right:range"), "right:range")
    return _Decision("missing", [])


_READER = re.compile(r"\b(?:u|je|jij|uw|jouw|jullie)\b|\b(?:de|het|elke|iedere) (?:klant|betrokkene|gebruiker|bezoeker|deelnemer|lid|patiënt|cliënt|werknemer|sollicitant|consument)\b")
_WE_ACT = re.compile(r"\b(?:wij|we)\b")


def _reader_sentence(doc: _Doc, hit: tuple[int, int]) -> bool:
    f = doc.feats[hit[0]]
    s, e = f.sentences[hit[1]]
    text = f.text[s:e].lower()
    if f.is_list or len(text.split()) <= 12 or P.YOU_CAN.search(text):
        return True  # a list entry, a short line, or "u kan ..." with the reader as subject
    return bool(_READER.search(text)) and not (_WE_ACT.search(text) and "recht" not in text)


def _decide_withdraw(doc: _Doc) -> _Decision:
    basis = doc.hits("consent:basis")
    full = list(doc.hits("withdraw:full"))
    # "Heb je toestemming gegeven? Dan mag je die altijd intrekken." (the consent is in the sentence before)
    consent = set(doc.hits("consent:mention"))
    full += [(bi, si) for bi, si in doc.hits("withdraw:verb") if (bi, si - 1) in consent]
    if not basis and not full:
        return _Decision("not_applicable", [], "note:not_triggered", triggered=False)
    if full:
        return _Decision("present", _ev(doc, full, "withdraw_consent:full"))
    unsub = list(doc.hits("withdraw:unsubscribe"))
    consent_sections = {doc.section_id[bi][si] for bi, si in basis} - {-1}
    unsub += [h for h in doc.hits("withdraw:unsub_bare") if doc.section_id[h[0]][h[1]] in consent_sections]
    if unsub:
        return _Decision("partial", _ev(doc, unsub, "withdraw_consent:unsubscribe"), "withdraw_consent:unsubscribe")
    return _Decision("missing", _ev(doc, basis, "withdraw_consent:trigger", 2), "note:consent_no_withdraw")


def _decide_complaint(doc: _Doc) -> _Decision:
    full = doc.hits("complaint:full")
    only = doc.hits("complaint:only")
    auth = doc.hits("complaint:authority")
    # "U kunt een klacht indienen." + "Dat is in België de GBA." in one block or section.
    auth_blocks = {bi for bi, _ in auth}
    auth_sections = {doc.section_id[bi][si] for bi, si in auth if doc.section_id[bi][si] >= 0}
    paired = [h for h in only if h[0] in auth_blocks or (doc.section_id[h[0]][h[1]] in auth_sections)]
    in_section = _in_topic(doc, auth, "complaint_authority")
    if full or paired or in_section:
        ev = _ev(doc, full + paired, "complaint_authority:full") + _ev(doc, in_section, "complaint_authority:full", 2)
        return _Decision("present", ev[:MAX_EVIDENCE])
    old = doc.hits("complaint:old")
    if old:  # House bar: a complaint to an authority counts even under its outdated name (flagged as outdated).
        return _Decision("present", _ev(doc, old, "complaint_authority:old"), hint_key="complaint_authority:old")
    if auth:
        return _Decision("partial", _ev(doc, auth, "complaint_authority:authority_only"), "complaint_authority:authority_only")
    if only:
        return _Decision("partial", _ev(doc, only, "complaint_authority:complaint_only"), "complaint_authority:complaint_only")
    return _Decision("missing", [])


def _decide_requirement(doc: _Doc) -> _Decision:
    # A section asking "Moet ik alles invullen?" / "Bent u verplicht ...?" answers whether data are required.
    ob = sorted(set(doc.hits("req:obligation") + _body_hits(doc, "statutory_contractual_requirement")))
    co = doc.hits("req:consequence")
    # House bar (GUIDELINES): whether data must be provided and/or the consequence; both is best practice.
    if ob and co:
        return _Decision("present", _ev(doc, ob, "statutory_contractual_requirement:obligation", 2)
                         + _ev(doc, co, "statutory_contractual_requirement:consequence", 2))
    if ob:
        return _Decision("present", _ev(doc, ob, "statutory_contractual_requirement:obligation"), hint_key="note:req_no_consequence")
    if co:
        return _Decision("present", _ev(doc, co, "statutory_contractual_requirement:consequence"), hint_key="note:req_no_obligation")
    return _Decision("missing", [])


def _decide_automated(doc: _Doc) -> _Decision:
    stmt = list(doc.hits("adm:statement"))
    mention = doc.hits("adm:mention")
    we_neg = set(doc.hits("adm:we_neg"))
    for bi, si in mention:
        if (bi, si + 1) in we_neg or ((bi + 1, 0) in we_neg and not doc.feats[bi + 1].heading):
            stmt.append((bi, si + 1) if (bi, si + 1) in we_neg else (bi + 1, 0))
    # A section of its own ("Profilering", "Geautomatiseerde besluitvorming") describes the practice.
    stmt += _body_hits(doc, "automated_decisions")
    if stmt:
        return _Decision("present", _ev(doc, sorted(set(stmt)), "automated_decisions:statement"))
    if mention:
        return _Decision("partial", _ev(doc, mention, "automated_decisions:mention"), "automated_decisions:mention")
    return _Decision("missing", [])


def _decide_categories(doc: _Doc) -> _Decision:
    rich: list[tuple[int, int]] = []
    some: list[tuple[int, int]] = []
    by_section: dict[int, set[str]] = {}
    by_section_hits: dict[int, list[tuple[int, int]]] = {}
    for bi, f in enumerate(doc.feats):
        for si, terms in f.terms.items():
            (rich if len(terms) >= 2 else some).append((bi, si))
            sid = doc.section_id[bi][si]
            if sid >= 0:
                by_section.setdefault(sid, set()).update(terms)
                by_section_hits.setdefault(sid, []).append((bi, si))
    for sid, terms in by_section.items():
        if len(terms) >= 3:
            rich += by_section_hits[sid]
    if rich:
        return _Decision("present", _ev(doc, sorted(set(rich)), "data_categories:list"))
    if some:
        return _Decision("partial", _ev(doc, some, "data_categories:some"), "data_categories:some")
    return _Decision("missing", [])


def _decide_source(doc: _Doc) -> _Decision:
    # A heading ("Gegevens afkomstig van derden") is no statement by itself; its body may negate it.
    # "5.2 Daarnaast ontvangt de hogeschool gegevens van:" may look like a numbered heading; its colon makes it a lead-in.
    trig = [h for h in doc.hits("source:trigger") if not doc.feats[h[0]].heading or doc.feats[h[0]].ends_with_colon]
    listed = [h for h in _in_topic(doc, doc.hits("source:from"), "data_source") if not doc.feats[h[0]].heading]
    trig = sorted(trig + listed)
    if not trig:
        return _Decision("not_applicable", [], "note:not_triggered", triggered=False)
    spec = doc.hits("source:specific") + listed
    near = []
    trig_blocks = {bi for bi, _ in trig}
    trig_sections = {doc.section_id[bi][si] for bi, si in trig}
    trig_sections |= {bi for bi, _ in trig if doc.feats[bi].heading}
    for bi, si in spec:
        if bi in trig_blocks or doc.section_id[bi][si] in trig_sections:
            near.append((bi, si))
    near += _in_topic(doc, spec, "data_source")
    if near:
        return _Decision("present", _ev(doc, trig, "data_source:trigger", 2) + _ev(doc, sorted(set(near)), "data_source:specific", 3))
    return _Decision("partial", _ev(doc, trig, "data_source:trigger"), "note:source_generic")


def _decide_cookies(doc: _Doc) -> _Decision:
    if not doc.hits("cookies:trigger"):
        return _Decision("not_applicable", [], "note:not_triggered", triggered=False)
    return _simple(doc, [("cookies:cookie", "cookies:cookie")], [("cookies:tracking", "cookies:tracking")])


def _decide_changes(doc: _Doc) -> _Decision:
    change = doc.hits("changes:change")
    heads = _heading_hits(doc, "policy_changes")
    how_all = doc.hits("changes:how")
    change_blocks = {bi for bi, _ in change} | {bi for bi, _ in doc.hits("changes:date")}
    how = [h for h in how_all if h in set(change) or h[0] in change_blocks or "policy_changes" in doc.section_topics[h[0]][h[1]]]
    dates = doc.hits("changes:date")
    n = len(doc.feats)
    dates += [(bi, 0) for bi, f in enumerate(doc.feats) if f.date_only and f.sentences and (bi >= n - 5 or "policy_changes" in doc.section_topics[bi][0])]
    body = _body_hits(doc, "policy_changes")
    # As the catalogue says: how changes are announced AND the date of the version; one of the two is partial.
    # House bar (GUIDELINES): either one is enough; best practice wants both (a hint on a present item).
    if how and dates:
        return _Decision("present", _ev(doc, how, "policy_changes:how", 2) + _ev(doc, dates, "policy_changes:date", 1))
    if how:
        return _Decision("present", _ev(doc, how, "policy_changes:how", 2), hint_key="note:changes_no_date")
    if dates:
        return _Decision("present", _ev(doc, dates, "policy_changes:date"), hint_key="note:changes_date_only")
    if change or (heads and body):
        return _Decision("partial", _ev(doc, change + body[:1], "policy_changes:change"), "note:changes_no_how")
    return _Decision("missing", [])


NOTES: dict[str, tuple[str, str]] = {
    "note:not_triggered": ("Niet van toepassing: de voorwaarde is niet vervuld", "Not applicable: the condition is not met"),
    "note:no_contact": ("Naam gevonden, maar geen contactgegevens (adres, e-mail of telefoon)",
                        "Name found, but no contact details (address, e-mail or telephone)"),
    "note:no_name": ("Contactgegevens gevonden, maar de verwerkingsverantwoordelijke wordt niet bij naam genoemd",
                     "Contact details found, but the controller is not named"),
    "note:transfer_no_safeguard": ("Doorgifte buiten de EER genoemd zonder adequaatheidsbesluit of passende waarborg",
                                   "Transfer outside the EEA mentioned without an adequacy decision or safeguard"),
    "note:transfer_tool_only": ("Diensten die buiten de EER verwerken worden gebruikt, maar doorgifte wordt niet uitgelegd",
                                "Services processing outside the EEA are used, but transfers are not explained"),
    "note:consent_no_withdraw": ("Toestemming is een rechtsgrond, maar het recht om die in te trekken ontbreekt",
                                 "Consent is a legal basis, but the right to withdraw it is missing"),
    "note:req_no_consequence": ("Zegt of gegevens verplicht zijn, maar niet wat er gebeurt als ze ontbreken",
                                "Says whether data are required, but not what happens without them"),
    "note:req_no_obligation": ("Zegt wat er gebeurt zonder gegevens, maar niet of het verstrekken verplicht is",
                               "Says what happens without data, but not whether providing them is required"),
    "note:source_generic": ("Alleen 'van derden', zonder de concrete bron", "Only 'from third parties', without the actual source"),
    "note:changes_no_how": ("Wijzigingen worden aangekondigd zonder te zeggen hoe, en zonder versiedatum",
                            "Changes are mentioned without how they are announced, and without a version date"),
    "note:changes_no_date": ("Zegt hoe wijzigingen bekend worden gemaakt, maar geeft geen versiedatum",
                             "Says how changes are announced, but gives no version date"),
    "note:changes_date_only": ("Alleen een datum, niet hoe wijzigingen bekend worden gemaakt",
                               "Only a date, not how changes are announced"),
    "note:missing": ("Niets gevonden over dit onderdeel", "Nothing found on this item"),
    "note:decision": ("Niet van toepassing volgens uw beslissing", "Not applicable by your decision"),
}


def _note(key: str) -> str:
    if key in NOTES:
        nl, en = NOTES[key]
        return pick(nl, en)
    return P.reason_text(key) if key else ""


def _section_fallback(doc: _Doc, d: dict[str, _Decision], item: str, reason: str) -> None:
    if d.get(item) is None or d[item].status != "missing":
        return
    body = _body_hits(doc, item)
    if body:
        d[item] = _Decision("partial", _ev(doc, body, reason, 2), reason)


def decide_items(doc: _Doc, policy: Policy) -> dict[str, _Decision]:
    d: dict[str, _Decision] = {}
    d["controller_identity"] = _decide_controller(doc, policy)
    d["dpo_contact"] = _decide_dpo(doc)
    d["purposes"] = _simple(doc, [("purposes:explicit", "purposes:purpose"), ("purposes:purpose", "purposes:purpose")],
                            [("purposes:implied", "purposes:implied")], "purposes")
    # House bar: a named or clearly invoked Art. 6 ground for some processing, however brief.
    d["legal_basis"] = _simple(doc, [("legal_basis:explicit", "legal_basis:explicit"), ("legal_basis:weak", "legal_basis:weak")], [], "legal_basis")
    d["legitimate_interests"] = _decide_legit(doc)
    d["recipients"] = _simple(doc, [("recipients:share", "recipients:share"), ("recipients:processor", "recipients:processor")],
                              [("transfer:tool", "recipients:tool"), ("service:named", "recipients:tool")], "recipients")
    # Fallbacks on structure: a section of its own ("Met wie delen wij uw gegevens?", "Hoe lang bewaren wij ...",
    # "Welke gegevens ...") with a body says something about the item even in words the patterns do not know.
    _section_fallback(doc, d, "recipients", "recipients:section")
    _section_fallback(doc, d, "data_categories", "data_categories:section")
    d["third_country_transfers"] = _decide_transfers(doc)
    d["retention"] = _decide_retention(doc)
    _section_fallback(doc, d, "retention", "retention:section")
    for right in RIGHT_IDS:
        d[right] = _decide_right(doc, right)
    d["withdraw_consent"] = _decide_withdraw(doc)
    d["complaint_authority"] = _decide_complaint(doc)
    d["statutory_contractual_requirement"] = _decide_requirement(doc)
    d["automated_decisions"] = _decide_automated(doc)
    d["data_categories"] = _decide_categories(doc)
    d["data_source"] = _decide_source(doc)
    d["cookies"] = _decide_cookies(doc)
    d["security"] = _simple(doc, [("security:measure", "security:measure")], [("security:weak", "security:weak")])
    if d["security"].status == "missing":
        body = _body_hits(doc, "security")  # a section "Beveiliging" / "Wie heeft toegang?" says something
        if body:
            d["security"] = _Decision("partial", _ev(doc, body, "security:weak", 2), "security:weak")
    d["policy_changes"] = _decide_changes(doc)
    d["children"] = _simple(doc, [("children:mention", "children:mention")], [])
    _apply_rulebook(doc, d)
    return d


def _apply_rulebook(doc: _Doc, d: dict[str, _Decision]) -> None:
    """Data rules (resources/checklist/rules) hold decisions to the house bar.

    A `not_evidence` rule removes sentences that do not give the item ("wij verkopen geen gegevens"
    is no recipient); an item left without evidence drops to partial. A `present` rule then lifts an
    item that the pattern code left below the bar. Only body sentences count: a heading names a topic.
    """
    book = load_rulebook()
    for item in d:
        rules = book.by_item(item)
        if not rules:
            continue
        vetoes = [r for r in rules if r.status == "not_evidence"]
        dec = d[item]
        if vetoes and dec.status in ("present", "partial") and dec.evidence:
            kept = [e for e in dec.evidence if not any(v.matches(normalise(e.text)) for v in vetoes)]
            if not kept:
                veto = next(v for v in vetoes if any(v.matches(normalise(e.text)) for e in dec.evidence))
                d[item] = dec = _Decision("partial", dec.evidence, veto.reason, dec.triggered)
            elif len(kept) < len(dec.evidence):
                d[item] = dec = dataclasses.replace(dec, evidence=kept)
        if dec.status == "present":
            continue
        hits: list[tuple[int, int]] = []
        reasons: dict[tuple[int, int], str] = {}
        for rule in rules:
            if rule.status != "present":
                continue
            found = list(doc.hits(rule.tag))
            if rule.section:
                in_section = set(_body_hits(doc, rule.section))
                found += [h for h in doc.hits(rule.bare_tag) if h in in_section]
            for h in found:
                if not _bare_heading(doc, h) and not any(v.tag in doc.feats[h[0]].tags[h[1]] for v in vetoes):
                    hits.append(h)
                    reasons.setdefault(h, rule.reason)
        if hits:
            hits = sorted(set(hits))[:MAX_EVIDENCE]
            d[item] = _Decision("present", [doc.evidence(bi, si, reasons[(bi, si)]) for bi, si in hits],
                                hint_key=dec.hint_key, triggered=True)


# --- jurisdiction -----------------------------------------------------------------------------
_BE_SIGNS = ("gegevensbeschermingsautoriteit", "gegevensbeschermingautoriteit", "gba", "belgi", "ondernemingsnummer", "kbo", "kruispuntbank",
             "+32", ".be", "30 juli 2018", "brussel", "privacycommissie", "cbpl", "vlaander", "wallonië", "rijksregister", "ziekenfonds",
             "8 december 1992", "commissie voor de bescherming van de persoonlijke levenssfeer", "fod", "rechtbank van eerste aanleg")
_NL_SIGNS = ("autoriteit persoonsgegevens", "kvk", "kamer van koophandel", "uavg", "uitvoeringswet", "+31", ".nl", "nederland",
             "burgerservicenummer", "bsn", "zorgverzekeraar", "postbus")
_BE_RX = re.compile(r"\bBE\s?0\d{3}")
# "\b\d{4}..." written to start with a digit (the word boundary checked right after it), so the regex
# engine can skip ahead to digits instead of trying every position: the same matches, faster.
_NL_RX = re.compile(r"\d(?<=\b\d)\d{3}\s?[A-Z]{2}\s+[A-Z][a-z]")


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


_SIGN_GUARD = ("gba", "kbo", "kvk", "belgi", "nederland", "+3", ".be", ".nl", "autoriteit", "koophandel", "2018", "brussel", "bsn", "uavg",
               "postbus", "privacycommissie", "cbpl", "rijksregister", "ziekenfonds", "zorgverzekeraar", "burgerservice", "ondernemingsnummer",
               "kruispuntbank", "vlaander", "wallon", "uitvoeringswet", "1992", "levenssfeer", "fod", "aanleg")


def jurisdiction_signals(text: str) -> tuple[int, int]:
    """(Belgian, Dutch) signal counts in a text: authority, registers, phone prefixes, domains, postcodes."""
    counts = [0, 0]
    low = text.lower()
    for g in _SIGN_GUARD:
        if g in low:
            break
    else:
        g = ""
    rx = _sign_rx(low) if g else None
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


# --- the analyser -----------------------------------------------------------------------------
class Analyzer:
    """Incremental analyser: per-block features are cached by (kind, level, text)."""

    def __init__(self, catalogue: Catalogue | None = None) -> None:
        self.catalogue = catalogue or load_catalogue()
        self._cache: dict[tuple, BlockFeatures] = {}
        self.last_reanalysed = 0  # blocks analysed afresh in the last call (for tests and benchmarks)

    def features(self, block: Block) -> BlockFeatures:
        key = _block_key(block)
        f = self._cache.get(key)
        if f is None:
            f = extract_features(*key)
            self._cache[key] = f
            self.last_reanalysed += 1
        return f

    def analyze(self, policy: Policy, jurisdiction: str | None = None) -> Report:
        self.last_reanalysed = 0
        blocks = list(policy.blocks)
        feats = [self.features(b) for b in blocks]
        if len(self._cache) > 2 * len(blocks) + 256:
            keep = {_block_key(b) for b in blocks}
            self._cache = {k: v for k, v in self._cache.items() if k in keep}
        doc = _build_doc(blocks, feats)
        if jurisdiction:
            jur, source = jurisdiction.upper(), "option"
        elif policy.meta.jurisdiction:
            jur, source = policy.meta.jurisdiction.upper(), "document"
        else:
            be = sum(f.jurisdiction[0] for f in feats)
            nl = sum(f.jurisdiction[1] for f in feats)
            jur, source = _pick_jurisdiction(be, nl, policy.meta.language), "guess"
        decisions = decide_items(doc, policy)
        return Report(
            jurisdiction=jur,
            items=self._items(decisions, policy),
            outdated_references=self._outdated(doc, jur),
            readability=self._readability(doc),
            jurisdiction_source=source,
        )

    def _items(self, decisions: dict[str, _Decision], policy: Policy) -> list[ItemResult]:
        out = []
        source_triggered = decisions["data_source"].triggered
        for cat in self.catalogue.items:
            dec = decisions[cat.id]
            user = policy.meta.decisions.get(cat.id)
            status, evidence, note_key = dec.status, dec.evidence, dec.note_key
            decision_reason = ""
            if user is not None and user.status == "not_applicable":
                status, note_key, decision_reason = "not_applicable", "note:decision", user.reason
            if cat.level == "always":
                required = True
            elif cat.level == "conditional":
                required = dec.triggered
            else:
                required = cat.id == "data_categories" and source_triggered
            if status == "not_applicable":
                required = False
            if status == "missing" and not note_key:
                note_key = "note:missing"
            if status == "present":
                note_key = ""
            note = _note(note_key)
            if note_key == "note:not_triggered" and cat.trigger:
                note = f"{note} ({cat.trigger.rstrip('.')})"
            out.append(ItemResult(
                id=cat.id, articles=list(cat.articles), level=cat.level, status=status,
                evidence=evidence if status in ("present", "partial") else [], title=cat.title,
                explanation=cat.explanation, required=required, note=note, triggered=dec.triggered,
                decision_reason=decision_reason, hint=_note(dec.hint_key) if status == "present" and dec.hint_key else "",
            ))
        return out

    @staticmethod
    def _outdated(doc: _Doc, jur: str) -> list[OutdatedReference]:
        out = []
        for bi, f in enumerate(doc.feats):
            base = doc.offsets[bi]
            for fd in f.outdated:
                out.append(OutdatedReference(
                    start=base + fd.start, end=base + fd.end, text=fd.text,
                    replacement=replacement_for(fd.key, jur, fd.text), reason=reason_for(fd.key, jur),
                    date=date_for(fd.key), key=fd.key, block_ids=[doc.blocks[bi].id],
                ))
        return out

    @staticmethod
    def _readability(doc: _Doc) -> Readability:
        words = sents = sylls = 0
        long: list[tuple[int, int]] = []
        paragraphs: list[ParagraphReadability] = []
        hints: list[ReadabilityHint] = []
        lang = pick("nl", "en")
        for bi, f in enumerate(doc.feats):
            r = f.readability
            if r is None or not r.sentences:
                continue
            base = doc.offsets[bi]
            words += r.words
            sents += r.sentences
            sylls += r.syllables
            score = flesch_douma(r.words, r.sentences, r.syllables)
            paragraphs.append(ParagraphReadability(doc.blocks[bi].id, base, base + len(f.text), score, _label(score, lang), r.words, r.sentences))
            for s, e, n in r.long_sentences:
                long.append((base + s, base + e))
                hints.append(ReadabilityHint(base + s, base + e, _hint("long", n)))
            for s, e, word in r.jargon:
                hints.append(ReadabilityHint(base + s, base + e, _hint("jargon", word)))
            if r.words >= 20 and score < 30:
                hints.append(ReadabilityHint(base, base + len(f.text), _hint("hard", 0)))
        score = flesch_douma(words, sents, sylls)
        hints.sort(key=lambda h: h.start)
        return Readability(round(score, 2), label(score) if words else pick("geen tekst", "no text"), long, words, sents, paragraphs, hints)


_HINTS: dict[tuple, str] = {}
_LABELS: dict[tuple[float, str], str] = {}


def _label(score: float, lang: str) -> str:
    """label(score), memoised per UI language: paragraphs keep their scores between analyses."""
    key = (score, lang)
    text = _LABELS.get(key)
    if text is None:
        text = label(score)
        if len(_LABELS) < 100_000:
            _LABELS[key] = text
    return text


def _hint(kind: str, arg) -> str:
    """B1 hint texts, built once per (kind, argument, UI language): re-analysis stays cheap."""
    key = (kind, arg, pick("nl", "en"))
    text = _HINTS.get(key)
    if text is None:
        if kind == "long":
            text = pick(f"Lange zin ({arg} woorden): splits hem op; voor taalniveau B1 blijven zinnen onder 15 à 20 woorden.",
                        f"Long sentence ({arg} words): split it; for level B1 keep sentences under 15 to 20 words.")
        elif kind == "jargon":
            nl, en = P_JARGON[arg]
            text = pick(f"Vaktaal '{arg}': schrijf liever '{nl}'.", f"Jargon '{arg}': prefer '{en}'.")
        else:
            text = pick("Zeer moeilijke alinea (Flesch-Douma onder 30): kortere zinnen en kortere woorden helpen.",
                        "Very difficult paragraph (Flesch-Douma below 30): shorter sentences and words help.")
        _HINTS[key] = text
    return text


def analyze(policy: Policy, jurisdiction: str | None = None) -> Report:
    """Analyse a policy from scratch (use Analyzer for live, incremental analysis)."""
    return Analyzer().analyze(policy, jurisdiction)


# --- clause tagging ----------------------------------------------------------------------------
def _as_blocks(content: Policy | list[Block] | str) -> list[Block]:
    if isinstance(content, Policy):
        return list(content.blocks)
    if isinstance(content, str):
        from editor.core.model import Run

        blocks: list[Block] = []
        for part in re.split(r"\n\s*\n", content):
            part = part.strip()
            if part:
                blocks.append(Paragraph(runs=[Run(part)]))
        return blocks
    return list(content)


def item_ids_for_text(content: Policy | list[Block] | str) -> set[str]:
    """Items a clause (heading + body, as a Policy, blocks or text) gives information on.

    Conditional items count whenever the clause addresses them, since a clause is judged on
    its own, not against a document's triggers.
    """
    blocks = _as_blocks(content)
    if not blocks:
        return set()
    feats = [extract_features(*_block_key(b)) for b in blocks]
    doc = _build_doc(blocks, feats)
    decisions = decide_items(doc, Policy(blocks=[]))
    out = {item for item, dec in decisions.items() if dec.status in ("present", "partial")}
    if "cookies" in out and not doc.hits("cookies:cookie") and not doc.hits("cookies:tracking"):
        out.discard("cookies")
    # Untriggered conditionals are "not_applicable"; a clause about them still addresses them.
    if doc.hits("dpo:mention"):
        out.add("dpo_contact")
    if doc.hits("withdraw:full") or doc.hits("withdraw:unsubscribe"):
        out.add("withdraw_consent")
    if doc.hits("source:trigger") or doc.hits("source:specific") and _heading_hits(doc, "data_source"):
        out.add("data_source")
    return out
