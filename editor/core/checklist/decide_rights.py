"""Decisions on the data subject's rights and the remaining information items."""

from __future__ import annotations

from editor.core.checklist import vocab_rights as VR
from editor.core.checklist.document import (
    _body_hits,
    _Decision,
    _Doc,
    _ev,
    _heading_hits,
    _in_topic,
    _last_sentence,
    _simple,
)
from editor.core.checklist.features import MAX_EVIDENCE


def _decide_right(doc: _Doc, right: str) -> _Decision:
    strong = doc.hits(f"{right}:strong")
    ctx = doc.hits(f"{right}:weak_ctx")
    # A weak verb under "Uw rechten" counts in a list entry, a short line, or a sentence addressed to the reader
    # ("verwijderen wij de kopie van uw identiteitskaart" is no right to erasure).
    heading = _heading_hits(doc, right)
    ev = _ev(doc, heading, "right:heading", 2) + _ev(doc, strong, "right:strong", 3)
    if not ev:  # (asked lazily: _ev stops at its limit)
        weak_in_section = (h for h in _in_topic(doc, doc.hits(f"{right}:weak") + ctx, "rights") if _reader_sentence(doc, h))
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


_READER = VR.READER  # resources/checklist/vocabulary/markers.toml


_WE_ACT = VR.WE_PRONOUN


def _reader_sentence(doc: _Doc, hit: tuple[int, int]) -> bool:
    f = doc.feats[hit[0]]
    text = doc.sentence(*hit).lower()
    if f.is_list or len(text.split()) <= 12 or VR.YOU_CAN.search(text):
        return True  # a list entry, a short line, or "u kan ..." with the reader as subject
    return bool(_READER.search(text)) and not (_WE_ACT.search(text) and not VR.RIGHT_STEM.search(text))


def _decide_withdraw(doc: _Doc) -> _Decision:
    basis = doc.hits("consent:basis")
    full = list(doc.hits("withdraw:full"))
    # "Heb je toestemming gegeven? Dan mag je die altijd intrekken." (the consent is in the sentence before),
    # or a block that opens with "Je kunt je keuze altijd wijzigen" right after a table or list that asks consent
    consent = set(doc.hits("consent:mention"))
    consent_blocks = {bi for bi, _si in consent}
    full += [(bi, si) for bi, si in doc.hits("withdraw:verb")
             if (bi, si - 1) in consent or (si == 0 and bi - 1 in consent_blocks)]
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


def _complaint_lead_before(doc: _Doc, bi: int) -> bool:
    """Whether the block before ends in a complaint lead-in ("Lukt dat niet, dan kun je een klacht indienen bij:"):
    the authority on the next line, set as a heading of its own by a pasted page, is where the complaint goes."""
    if bi == 0 or not doc.feats[bi - 1].ends_with_colon or not doc.feats[bi - 1].sentences:
        return False
    lead = _last_sentence(doc.feats[bi - 1])
    return bool(VR.COMPLAINT.search(lead)) and not VR.COMPLAINT_INTERNAL.search(lead)


def _decide_complaint(doc: _Doc) -> _Decision:
    full = doc.hits("complaint:full")
    only = doc.hits("complaint:only")
    auth = doc.hits("complaint:authority")
    # "U kunt een klacht indienen." + "Dat is in België de GBA." in one block or section.
    auth_blocks = {bi for bi, _ in auth}
    auth_sections = {doc.section_id[bi][si] for bi, si in auth if doc.section_id[bi][si] >= 0}
    paired = [h for h in only if h[0] in auth_blocks or (doc.section_id[h[0]][h[1]] in auth_sections)]
    in_section = _in_topic(doc, auth, "complaint_authority")
    # "U heeft het recht een klacht in te dienen bij:" followed by "Autoriteit Persoonsgegevens, Postbus ..."
    # ... or an entry naming the authority in a "Klachten" section ("dan kun je terecht bij: - De Autoriteit Persoonsgegevens")
    # The lead-in comes first in the evidence, whether the authority's line is its list entry or a pasted heading.
    for h in doc.hits("complaint:named"):
        if h[1] == 0 and _complaint_lead_before(doc, h[0]):
            in_section += [(h[0] - 1, len(doc.feats[h[0] - 1].sentences) - 1), h]  # the lead-in, then the authority
        elif {"complaint_lead", "complaint_authority"} & doc.topics(*h):
            in_section.append(h)
    if full or paired or in_section:
        shown = set(full + paired)
        ev = _ev(doc, full + paired, "complaint_authority:full") + _ev(
            doc, [h for h in in_section if h not in shown], "complaint_authority:full", 2)
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
    with_terms = [bi for bi, f in enumerate(doc.feats) if f.terms]
    for bi in with_terms:
        f = doc.feats[bi]
        for si, terms in f.terms.items():
            (rich if len(terms) >= 2 else some).append((bi, si))
            sid = doc.section_id[bi][si]
            if sid >= 0:
                by_section.setdefault(sid, set()).update(terms)
                by_section_hits.setdefault(sid, []).append((bi, si))
    for sid, terms in by_section.items():
        if len(terms) >= 3:
            rich += by_section_hits[sid]
    # the entries of one list after a lead-in ("Hieronder ... welke gegevens we kunnen beschikken:" then "- Naam: ...",
    # "- E-mailadres: ...") name their categories together, like one sentence that names two
    lead = -1
    by_list: dict[int, set[str]] = {}
    by_list_hits: dict[int, list[tuple[int, int]]] = {}
    feats = doc.feats
    for bi in with_terms:
        f = feats[bi]
        if not f.is_list:
            continue
        lead = bi - 1  # the lead-in is the block before the run of list entries this one stands in
        while lead >= 0 and feats[lead].is_list:
            lead -= 1
        if lead >= 0 and feats[lead].ends_with_colon:
            for si, terms in f.terms.items():
                by_list.setdefault(lead, set()).update(terms)
                by_list_hits.setdefault(lead, []).append((bi, si))
    for lead, terms in by_list.items():
        if len(terms) >= 2:
            rich += by_list_hits[lead]
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
    dates = list(doc.hits("changes:date"))  # a copy: the view's lists outlive one analysis (doc_patch.py)
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
