"""Re-analysis after an edit: the previous document view, patched for the few blocks that changed.

Typing in a paragraph changes its text and now and then its tags, but seldom the shape the sections are
built from (headings, lead-ins, list entries, sentence count). When only such blocks changed, the sections,
topics and heading hits of the previous view still hold: only the tag occurrences of the changed blocks and
the offsets are redone, instead of walking the whole document again (document._build_doc). Anything else
(a new heading, a block added or removed, a line that now ends in a colon) builds the view afresh.
"""

from __future__ import annotations

import bisect

from editor.core.checklist.document import _Doc, _last_sentence
from editor.core.checklist.features import BlockFeatures
from editor.core.model import Block, Heading

MAX_CHANGED = 4  # more changed blocks (a paste, an undo of a large edit): build afresh


def _shape(f: BlockFeatures) -> tuple:
    """Everything document._build_doc reads of a block besides its tags and its text."""
    return (
        f.heading, f.level, f.lead_end, f.lead_level, f.heading_low, f.ends_with_colon, f.is_list, f.short_heading,
        bool(f.sentences),
        _last_sentence(f) if f.ends_with_colon else None,  # a lead-in's words give its entries their topics
        tuple(s for s, _e in f.sentences) if f.lead_end else None,  # which sentences stand in the lead line
    )


def patch_doc(old: _Doc | None, old_feats: list[BlockFeatures], blocks: list[Block],
              feats: list[BlockFeatures]) -> _Doc | None:
    """The view for `blocks`/`feats` derived from `old` (built from `old_feats`), or None to build afresh."""
    if old is None or len(feats) != len(old_feats) or len(blocks) != len(old.blocks):
        return None
    changed = [bi for bi, (a, b) in enumerate(zip(old_feats, feats, strict=True)) if a is not b]
    if len(changed) > MAX_CHANGED:
        return None
    doc_feats = list(old.feats)
    occ = old.occ_blocks
    flat = old._occ
    sec_topics, sec_id, body = old.section_topics, old.section_id, old.body_topic_hits
    for bi in changed:
        a, b = old_feats[bi], feats[bi]
        if old.feats[bi] is not a or isinstance(blocks[bi], Heading) != isinstance(old.blocks[bi], Heading):
            return None  # _build_doc read this line as a heading or list entry of its own making
        if _shape(a) != _shape(b):
            return None
        if len(a.sentences) != len(b.sentences):
            if a.heading or a.lead_end or not a.sentences:
                return None  # a title's sentence count decides its heading hits: build afresh
            if sec_topics is old.section_topics:
                sec_topics, sec_id, body = list(sec_topics), list(sec_id), dict(old.body_topic_hits)
            sec_topics[bi] = [sec_topics[bi][0]] * len(b.sentences)
            sec_id[bi] = [sec_id[bi][0]] * len(b.sentences)
            for topic in sec_topics[bi][0]:
                body[topic] = _with_sentences(body[topic], bi, len(b.sentences))
        doc_feats[bi] = b
        if a.index == b.index:
            continue
        if occ is old.occ_blocks:
            occ, flat = dict(occ), dict(flat)  # the old view stays as it was
        for tag in a.index.keys() | b.index.keys():
            if a.index.get(tag) == b.index.get(tag):
                continue
            flat.pop(tag, None)
            lst = [x for x in occ.get(tag, ()) if x != bi]
            if tag in b.index:
                bisect.insort(lst, bi)
            if lst:
                occ[tag] = lst
            else:
                occ.pop(tag, None)
    offsets = list(old.offsets)
    if changed:
        first = changed[0]
        pos = offsets[first]
        for i in range(first, len(doc_feats)):
            offsets[i] = pos
            pos += len(doc_feats[i].text) + 1
    return _Doc(list(blocks), doc_feats, offsets, sec_topics, sec_id, occ, old.heading_topic_hits, body, dict(flat))


def _with_sentences(hits: list[tuple[int, int]], bi: int, count: int) -> list[tuple[int, int]]:
    """A topic's body hits (in document order) with block `bi` holding `count` sentences."""
    lo = bisect.bisect_left(hits, (bi, 0))
    hi = bisect.bisect_left(hits, (bi + 1, 0))
    return [*hits[:lo], *((bi, si) for si in range(count)), *hits[hi:]]
