"""All item decisions, held to the house bar by the data rules (resources/checklist/rules)."""

from __future__ import annotations

import bisect
import dataclasses
import heapq
from itertools import repeat

from editor.core.checklist import reasons as RS
from editor.core.checklist.decide_parties import (
    _decide_controller,
    _decide_dpo,
    _decide_legit,
    _decide_retention,
    _decide_transfers,
)
from editor.core.checklist.decide_rights import (
    _decide_automated,
    _decide_categories,
    _decide_changes,
    _decide_complaint,
    _decide_cookies,
    _decide_requirement,
    _decide_right,
    _decide_source,
    _decide_withdraw,
)
from editor.core.checklist.document import _bare_heading, _body_hits, _Decision, _Doc, _ev, _simple
from editor.core.checklist.features import MAX_EVIDENCE, RIGHT_IDS
from editor.core.checklist.report import Evidence
from editor.core.checklist.rulebook import Rule, load_rulebook
from editor.core.i18n import pick
from editor.core.model import Policy

# What a status means when the evidence alone does not say it: messages.toml [notes].
NOTES: dict[str, tuple[str, str]] = load_rulebook().notes


def _note(key: str) -> str:
    if key in NOTES:
        nl, en = NOTES[key]
        return pick(nl, en)
    return RS.reason_text(key) if key else ""


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
    d["legal_basis"] = _simple(doc, [("legal_basis:explicit", "legal_basis:explicit"), ("legal_basis:weak", "legal_basis:weak")],
                               [("legal_basis:cookie", "legal_basis:cookie")], "legal_basis")
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
    for item, dec in d.items():
        if dec.evidence:  # a few more candidates than shown, so that a veto of the first ones leaves the next
            d[item] = dataclasses.replace(dec, evidence=_with_list_entries(doc, dec.evidence[:MAX_EVIDENCE]))
    return d


def _block_at(doc: _Doc, offset: int) -> int:
    """The block an evidence offset falls in (-1 before the first)."""
    return bisect.bisect_right(doc.offsets, offset) - 1


MAX_ENTRIES = 4  # list entries a lead-in's evidence spans: enough to see what the list says, the panel stays compact


def _with_list_entries(doc: _Doc, evidence: list) -> list:
    """A lead-in ("... voor de volgende doeleinden:") is shown with the list it opens, which is where the
    information is: first the list's first entry joins the evidence; then every lead-in that ends its block
    (the added entries included: "Gegevens via het contactformulier:" may open a list of its own) spans up to
    MAX_ENTRIES entries after it, naming every block, and evidence inside such a span is not listed again."""
    out = []
    spans = {(e.start, e.end) for e in evidence}
    for ev in evidence:
        out.append(ev)
        bi = _lead_in_block(doc, ev)
        if bi >= 0 and doc.feats[bi + 1].sentences:
            entry = doc.evidence(bi + 1, 0, "")
            if (entry.start, entry.end) not in spans:
                spans.add((entry.start, entry.end))
                out.append(dataclasses.replace(entry, reason=ev.reason))
    shown = [_spanning_entries(doc, ev) for ev in out[:MAX_EVIDENCE]]
    covered = [(new.start, new.end) for new, ev in zip(shown, out, strict=False) if new is not ev]
    return [e for e in shown if not any(s <= e.start and e.end <= t and (s, t) != (e.start, e.end) for s, t in covered)]


def _lead_in_block(doc: _Doc, ev: Evidence) -> int:
    """The block of a piece of evidence that ends in ':' right before a list entry (-1 otherwise)."""
    if not ev.text.rstrip().endswith(":"):
        return -1
    bi = _block_at(doc, ev.start)
    return bi if 0 <= bi and bi + 1 < len(doc.feats) and doc.feats[bi + 1].is_list else -1


def _spanning_entries(doc: _Doc, ev: Evidence) -> Evidence:
    """A lead-in that ends its block, extended over the (up to MAX_ENTRIES) non-empty list entries after it."""
    bi = _lead_in_block(doc, ev)
    if bi < 0 or doc.offsets[bi] + len(doc.feats[bi].text.rstrip()) != ev.end:
        return ev
    last = bi
    while last + 1 < len(doc.feats) and last - bi < MAX_ENTRIES and doc.feats[last + 1].is_list and doc.feats[last + 1].text.strip():
        last += 1
    if last == bi:
        return ev
    return doc.through(ev, bi, last)


def _vetoed(doc: _Doc, veto, ev) -> bool:
    """Whether a veto rule strikes one piece of evidence: by its text, or (a section veto such as the
    entries after "niet met derden, tenzij:") by the section its sentence stands in."""
    if not veto.section_only:
        return veto.matches_text(ev.text)
    bi = _block_at(doc, ev.start)
    if bi < 0:
        return False
    rel = ev.start - doc.offsets[bi]
    for si, (s, e) in enumerate(doc.feats[bi].sentences):
        if s <= rel < e or rel < s:
            return _section_veto(doc, veto, bi, si)
    return False


def _section_veto(doc: _Doc, veto, bi: int, si: int) -> bool:
    """A section veto strikes every sentence in its section, except one its `unless` keeps."""
    if veto.section not in doc.section_topics[bi][si]:
        return False
    return veto.unless is None or not veto.unless.search(doc.sentence_low(bi, si))


def _rule_hits(doc: _Doc, rules: tuple[Rule, ...], vetoes: list[Rule]) -> list[tuple[tuple[int, int], str]]:
    """The first MAX_EVIDENCE sentences (document order) that a `present` rule gives and no veto strikes,
    each with the reason of the first rule (in rulebook order) that gives it.

    Each rule's hits are in document order, so they are merged and checked only until enough are found:
    a long policy has hundreds of hits, and this runs after every edit."""
    streams = []
    for ri, rule in enumerate(rules):
        if rule.status != "present":
            continue
        found = doc.hits(rule.tag)
        if rule.section:
            in_section = set(_body_hits(doc, rule.section))
            found = sorted([*found, *(h for h in doc.hits(rule.bare_tag) if h in in_section)])
        if found:
            streams.append(zip(found, repeat(ri), repeat(rule)))
    out: list[tuple[tuple[int, int], str]] = []
    taken = None
    for h, _ri, rule in heapq.merge(*streams):  # (hit, rule order): one rule object per stream, never compared
        if h == taken:
            continue
        if (rule.headings or not _bare_heading(doc, h)) and not any(
                v.tag in doc.feats[h[0]].tags[h[1]] or (v.section_only and _section_veto(doc, v, *h)) for v in vetoes):
            out.append((h, rule.reason))
            taken = h
            if len(out) == MAX_EVIDENCE:
                break
    return out


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
            kept = [e for e in dec.evidence if not any(_vetoed(doc, v, e) for v in vetoes)]
            kept = kept or [e for e in dec.fallback if not any(_vetoed(doc, v, e) for v in vetoes)]
            if not kept:
                veto = next(v for v in vetoes if any(_vetoed(doc, v, e) for e in dec.evidence))
                d[item] = dec = _Decision("partial", dec.evidence, veto.reason, dec.triggered)
            elif kept != dec.evidence:
                d[item] = dec = dataclasses.replace(dec, evidence=kept)
        found = _rule_hits(doc, rules, vetoes)
        if not found:
            continue
        found_ev = [doc.evidence(bi, si, reason) for (bi, si), reason in found]
        if dec.status == "present":
            # A rule's sentence is the one written to give the item: shown before what the patterns found.
            spans = {(e.start, e.end) for e in found_ev}
            merged = found_ev + [e for e in dec.evidence if (e.start, e.end) not in spans]
            d[item] = dataclasses.replace(dec, evidence=merged[:MAX_EVIDENCE])
        else:
            d[item] = _Decision("present", found_ev, hint_key=dec.hint_key, triggered=True)
