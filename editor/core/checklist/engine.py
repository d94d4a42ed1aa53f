"""The checklist engine: the Analyzer (incremental, per-block cache) and the report it assembles.

Block features (features.py) are cached per block; the document view (document.py) gives sections
and hits; decisions.py decides each item; this module maps them to the report contract.
"""

from __future__ import annotations

import re

from editor.core.checklist.catalogue import Catalogue, load_catalogue
from editor.core.checklist.decisions import _note, decide_items
from editor.core.checklist.doc_patch import patch_doc
from editor.core.checklist.document import _build_doc, _Decision, _Doc, _heading_hits
from editor.core.checklist.features import BlockFeatures, _block_key, extract_features
from editor.core.checklist.jurisdiction import _pick_jurisdiction
from editor.core.checklist.outdated import applies_in, date_for, reason_for, replacement_for
from editor.core.checklist.readability import JARGON as P_JARGON
from editor.core.checklist.readability import flesch_douma, label
from editor.core.checklist.report import (
    ItemResult,
    OutdatedReference,
    ParagraphReadability,
    Readability,
    ReadabilityHint,
    Report,
)
from editor.core.i18n import pick
from editor.core.model import Block, Paragraph, Policy


# --- the analyser -----------------------------------------------------------------------------
class Analyzer:
    """Incremental analyser: per-block features are cached by (kind, level, text)."""

    def __init__(self, catalogue: Catalogue | None = None) -> None:
        self.catalogue = catalogue or load_catalogue()
        self._cache: dict[tuple, BlockFeatures] = {}
        self.last_reanalysed = 0  # blocks analysed afresh in the last call (for tests and benchmarks)
        self._doc: _Doc | None = None  # the last document view and the block features it was built from
        self._doc_feats: list[BlockFeatures] = []
        self._read_memo: dict[str, tuple] = {}  # block id -> (features, offset, UI language, its readability parts)

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
        doc = patch_doc(self._doc, self._doc_feats, blocks, feats) or _build_doc(blocks, feats)
        self._doc, self._doc_feats = doc, feats
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
                if not applies_in(fd.key, jur):
                    continue
                out.append(OutdatedReference(
                    start=base + fd.start, end=base + fd.end, text=fd.text,
                    replacement=replacement_for(fd.key, jur, fd.text), reason=reason_for(fd.key, jur),
                    date=date_for(fd.key), key=fd.key, block_ids=[doc.blocks[bi].id],
                ))
        return out

    def _readability(self, doc: _Doc) -> Readability:
        words = sents = sylls = 0
        long: list[tuple[int, int]] = []
        paragraphs: list[ParagraphReadability] = []
        hints: list[ReadabilityHint] = []
        lang = pick("nl", "en")
        # A paragraph's score, label and hints, kept per block while its text, place and the UI language stay:
        # after an edit only the edited paragraph and those after it (their offsets moved) are built again.
        memo = self._read_memo
        fresh: dict[str, tuple] = {}
        for bi, f in enumerate(doc.feats):
            r = f.readability
            if r is None or not r.sentences:
                continue
            base = doc.offsets[bi]
            words += r.words
            sents += r.sentences
            sylls += r.syllables
            block_id = doc.blocks[bi].id
            got = memo.get(block_id)
            if got is None or got[0] is not f or got[1] != base or got[2] != lang:
                got = (f, base, lang, *_paragraph_readability(block_id, f, base, lang))
            fresh[block_id] = got
            paragraphs.append(got[3])
            long.extend(got[4])
            hints.extend(got[5])
        self._read_memo = fresh
        score = flesch_douma(words, sents, sylls)
        hints.sort(key=lambda h: h.start)
        return Readability(round(score, 2), label(score) if words else pick("geen tekst", "no text"), long, words, sents, paragraphs, hints)


def _paragraph_readability(block_id: str, f: BlockFeatures, base: int, lang: str) -> tuple[
        ParagraphReadability, list[tuple[int, int]], list[ReadabilityHint]]:
    """One paragraph's score, its long sentences and its B1 hints, at offset `base` of the document."""
    r = f.readability
    assert r is not None
    score = flesch_douma(r.words, r.sentences, r.syllables)
    para = ParagraphReadability(block_id, base, base + len(f.text), score, _label(score, lang), r.words, r.sentences)
    long: list[tuple[int, int]] = []
    hints: list[ReadabilityHint] = []
    for s, e, n in r.long_sentences:
        long.append((base + s, base + e))
        hints.append(ReadabilityHint(base + s, base + e, _hint("long", n)))
    for s, e, word in r.jargon:
        hints.append(ReadabilityHint(base + s, base + e, _hint("jargon", word)))
    if r.words >= 20 and score < 30:
        hints.append(ReadabilityHint(base, base + len(f.text), _hint("hard", 0)))
    return para, long, hints


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
