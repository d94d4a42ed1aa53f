"""Decisions on who processes and why: controller, DPO, legitimate interests, transfers, retention."""

from __future__ import annotations

import re
from collections import Counter

from editor.core.checklist import vocab as V
from editor.core.checklist.document import _Decision, _Doc, _ev, _in_topic, _is_heading_sentence, _topic_sentences
from editor.core.checklist.features import MAX_EVIDENCE
from editor.core.checklist.report import (
    Evidence,
)
from editor.core.model import Policy

_ORG_TOKEN = re.compile(r"\b(?:[A-Z][A-Za-z0-9&]*[A-Z][\w&]*|[a-z]+[A-Z]\w*|[A-Za-z][\w-]*\.(?:website|be|nl|com|eu|org|net))\b")


_ORG_STOP = frozenset(
    "AVG GDPR EU EER EEA IP GBA APD AP KBO KvK KVK BTW DPO FG CBP CBPL PDF HTTP HTTPS SSL TLS ISO VS USA URL CV BV NV VZW BVBA VOF "
    "OK FAQ SMS GSM IBAN BIC BSN UAVG WBP Wbp DNS PSP ID IT HR CEO CRM ERP API EU-VS RGPD GDPR-wetgeving AVG-wetgeving "
    "CookieYes WhatsApp YouTube LinkedIn TikTok PayPal SiteGround Sparkpost SendGrid MailChimp HubSpot".split()
)


# the contact tags, each with the reason its evidence shows
_CONTACT_REASONS = (("contact:email", "controller_identity:email"), ("contact:address", "controller_identity:address"),
                    ("contact:phone", "controller_identity:phone"))


def _own_contact(doc: _Doc, tag: str) -> list[tuple[int, int]]:
    """The controller's contact details: not the mailbox of its data protection officer ("De FG is
    bereikbaar per e-mail: fg-vws@minvws.nl"), which reaches the DPO, not the controller (Art. 13(1)(a)
    against 13(1)(b)). A general mailbox given for the DPO (info@...) still reaches the organisation."""
    return [h for h in doc.hits(tag) if not _dpo_mailbox(doc, *h)]


def _dpo_mailbox(doc: _Doc, bi: int, si: int) -> bool:
    f = doc.feats[bi]
    if not any(t.startswith("dpo:") for t in f.tags[si]):
        return False
    return V.DPO_MAILBOX.search(doc.sentence(bi, si).lower()) is not None


def _decide_controller(doc: _Doc, policy: Policy) -> _Decision:
    names = doc.hits("controller:name")
    own = {tag: _own_contact(doc, tag) for tag, _reason in _CONTACT_REASONS}
    contacts = sorted(h for hits in own.values() for h in hits)
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
                    name_ev = _sentence_at(doc, bi, pos)
                    if name_ev:
                        break
    if not name_ev and contacts:
        name_ev = _name_from_domain(doc)
    contact_ev = list(card_ev)
    for tag, reason in _CONTACT_REASONS:
        contact_ev += _ev(doc, own[tag], reason, 1)
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
            if len(norm) >= 4 and any(norm == lab or (norm in lab and len(norm) * 5 >= len(lab) * 3)
                                      or (len(lab) >= 5 and norm.startswith(lab)) for lab in labels):
                return _sentence_at(doc, bi, m.start())
            # a brand the text keeps using, spelled by the start of the domain ("Doedels", info@doedelskindermode.nl)
            word = m.group(0).strip()
            if (len(norm) >= 5 and " " not in word and any(lab.startswith(norm) for lab in labels)
                    and sum(g.text.count(word) for g in doc.feats) >= 3):
                return _sentence_at(doc, bi, m.start())
    # The domain spelled out with spaces, starting with a capital: "Doedels kindermode", "Genieten van Meditatie".
    spelled = [re.compile(_LETTER_GAP.join(map(re.escape, lab)), re.I) for lab in sorted(labels) if len(lab) >= 8]
    for bi, f in enumerate(doc.feats):
        for rx in spelled:
            for m in rx.finditer(f.text):
                if m.group(0)[0].isupper() and " " in m.group(0) and "@" not in f.text[max(0, m.start() - 1):m.end() + 1]:
                    return _sentence_at(doc, bi, m.start())
    return []


_LETTER_GAP = "[ -]?"  # a space or hyphen between the letters of a domain label


def _sentence_at(doc: _Doc, bi: int, pos: int) -> list[Evidence]:
    for si, (st, en) in enumerate(doc.feats[bi].sentences):
        if st <= pos < en:
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
        if V.AUTH_CURRENT.search(low) or V.AUTH_OLD.search(low):
            continue
        if V.ADDRESS.search(card):
            addr = next((k for k in run if V.ADDRESS.search(feats[k].text) or any(ch.isdigit() for ch in feats[k].text)), run[0])
            for k in run:  # the line with the postcode
                if re.search(r"\b\d{4}\s?(?:[A-Z]{2}\s)?\s*[A-Z]", feats[k].text):
                    addr = k
                    break
            return run[0], addr, bool(V.NAME_BEFORE_ADDRESS.match(card))
    return None


def _decide_dpo(doc: _Doc) -> _Decision:
    mentions = doc.hits("dpo:mention")
    if not mentions:
        return _Decision("not_applicable", [], "note:not_triggered", triggered=False)
    with_contact = [h for h in doc.hits("dpo:contact") if h in set(mentions)]
    if not with_contact:
        contact_blocks = {bi for bi, _ in doc.hits("contact:email") + doc.hits("contact:phone") + doc.hits("contact:address")}
        with_contact = [h for h in mentions if h[0] in contact_blocks or h[0] + 1 in contact_blocks]
        titled = [] if with_contact else [(h, _card_below(doc, h[0], contact_blocks)) for h in mentions
                                          if doc.feats[h[0]].heading or doc.feats[h[0]].short_heading]
        cards = [doc.through(doc.evidence(*h, "dpo_contact:contact"), h[0], last) for h, last in titled if last > 0]
        if cards:  # the title with the card it stands over: that is where the contact details are
            return _Decision("present", cards[:MAX_EVIDENCE])
    if not with_contact and (doc.hits("contact:email") or doc.hits("contact:phone")):
        # "Eline Zuiderwijk is namens Dietist Eline Zuiderwijk de Functionaris Gegevensbescherming": the officer is
        # the named controller (or a person named in its contact card), so the controller's contact details reach them
        controller = _controller_names(doc, set(mentions))
        with_contact = [h for h in mentions if _officer_name(doc, h) in controller]
    if with_contact:
        return _Decision("present", _ev(doc, with_contact, "dpo_contact:contact"))
    return _Decision("partial", _ev(doc, mentions, "dpo_contact:mention"), "dpo_contact:mention")


def _card_below(doc: _Doc, bi: int, contact_blocks: set[int]) -> int:
    """A title line ("Data Protection Officer") over a contact card pasted as separate short lines
    (name, street, e-mail): the card's details reach the officer. The card's last block with contact
    details within a few lines, or -1."""
    last = -1
    for j in range(bi + 1, min(bi + 5, len(doc.feats))):
        if len(doc.feats[j].text.split()) > _CARD_LINE_WORDS:
            break
        if j in contact_blocks:
            last = j
    return last


_CARD_LINE_WORDS = 8  # longer than this, a line is prose, not a line of an address card


_NAME_RUN = V.NAME_RUN  # resources/checklist/vocabulary/controller.toml


def _names_in(doc: _Doc, hit: tuple[int, int]) -> list[str]:
    """Runs of two or more capitalised words in one sentence ("Eline Zuiderwijk"), in order."""
    return _NAME_RUN.findall(doc.sentence(*hit))


_OFFICER_IS = V.OFFICER_IS


def _officer_name(doc: _Doc, hit: tuple[int, int]) -> str | None:
    """The person a sentence names as the officer ("Jan Jansen is namens Bakkerij Jansen de FG"), if any."""
    m = _OFFICER_IS.match(doc.sentence(*hit))
    return m.group(1) if m else None


def _controller_names(doc: _Doc, skip: set[tuple[int, int]]) -> set[str]:
    """Names in the sentences (other than `skip`) that name the controller or give its contact details."""
    names: set[str] = set()
    for tag in ("controller:name", "contact:email", "contact:phone", "contact:address"):
        for hit in doc.hits(tag):
            if hit in skip:
                continue
            for name in _names_in(doc, hit):
                names.add(name)
                names.update(name.split(" ", 1)[1:] if name.count(" ") >= 2 else ())  # "Dietist Eline Zuiderwijk"
    return names


def _decide_legit(doc: _Doc) -> _Decision:
    described = doc.hits("legit:described")
    mentions = doc.hits("legit:mention")
    if not described and not mentions:
        return _Decision("not_applicable", [], "note:not_triggered", triggered=False)
    extra = [(bi, si) for bi, si in mentions if doc.feats[bi].ends_with_colon and bi + 1 < len(doc.feats) and doc.feats[bi + 1].is_list]
    # a section "Gerechtvaardigd belang" says which one, unless all it says is generic ("Voor het verbeteren van onze diensten.")
    extra += [h for h in _topic_sentences(doc, "legitimate_interests")
              if not V.LEGIT_GENERIC_ONLY.match(doc.sentence_low(*h))][:2]
    if described or extra:
        return _Decision("present", _ev(doc, described + extra, "legitimate_interests:described"))
    # A generic interest named ("voor de verbetering van onze diensten") and none described: say that, not "none named".
    generic = any(doc.feats[bi].tags[si].get("legit:mention") == "legitimate_interests:generic" for bi, si in mentions)
    reason = "legitimate_interests:generic" if generic else "legitimate_interests:mention"
    return _Decision("partial", _ev(doc, mentions, reason), reason)


def _decide_transfers(doc: _Doc) -> _Decision:
    tool, dest, safe, old, eea, host = (doc.hits("transfer:" + t) for t in ("tool", "dest", "safe", "old", "eea", "host"))
    dest = [h for h in dest if not _is_heading_sentence(doc, h)]  # "Doorgifte buiten de EER" is a title, not a transfer
    # With no outside tool named, "servers in Nederland" answers the question; so does a location given in the
    # very sentence that names the tool ("Vercel (hosting; functies in Frankfurt, EU)").
    if not tool or set(tool) <= set(host):
        eea = sorted(set(eea + host))
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
    if indef and not vague:
        # "voor onbepaalde tijd bewaard" says how long (annotators count it); keeping data forever is the lawyer's
        # problem to raise, so it is a hint on a present item rather than a gap
        return _Decision("present", _ev(doc, indef, "retention:indefinite"), hint_key="note:retention_indefinite")
    reader_indef = [h for h in indef if V.RET_INDEF_READER.search(doc.sentence_low(*h))]
    if reader_indef:  # said of the reader's own data: that answers how long, whatever "niet langer dan nodig" says elsewhere
        return _Decision("present", _ev(doc, reader_indef, "retention:indefinite"), hint_key="note:retention_indefinite")
    if indef:  # "niet langer dan nodig" for the reader's data, and only archives kept for good: still vague
        return _Decision("partial", _ev(doc, indef, "retention:indefinite") + _ev(doc, vague, "retention:vague", 2), "retention:vague")
    if vague:
        return _Decision("partial", _ev(doc, vague, "retention:vague"), "retention:vague")
    return _Decision("missing", [])
