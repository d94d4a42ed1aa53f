"""Dutch lexicons and sentence patterns for the GDPR checklist.

`sentence_tags(raw, low)` looks at one sentence and returns the tags it carries, e.g.
"retention:period" or "right_access:strong". The engine combines tags with the section a
sentence stands in (headings) to decide each item; every tag has a reason that the evidence
shows to the user, so a status can always be explained.

Patterns are written against lower-cased text (see text.normalise) and cover morphology by
stems and compounds (bewaar/bewaard/bewaartermijn, verwijder/verwijdering), formal and
informal address (u / je / jij / jouw), Belgian and Dutch usage, and a few English words that
turn up in Dutch policies.
"""

from __future__ import annotations

from editor.core.checklist import cues as CU
from editor.core.checklist import topics as TP
from editor.core.checklist import vocab as V
from editor.core.checklist import vocab_rights as VR
from editor.core.checklist.prefilter import guard_namespace
from editor.core.checklist.rulebook import sentence_rule_tags
from editor.core.checklist.terms import categories_tag, data_terms
from editor.core.patterns import has_obfuscated_email

_KEEP_IN_DEFINITION = ("contact:", "controller:")


def sentence_tags(raw: str, low: str) -> dict[str, str]:
    """All tags one sentence carries, mapped to the reason key that explains each: the patterns' here, then
    the data rules' (resources/checklist/rules, rulebook.py).

    A definition ("ontvanger: een natuurlijke persoon ...", "Verwerking: elke bewerking ...") explains a term and
    gives no information about any item, so it keeps only identity tags and no data rule reads it."""
    tags = _sentence_tags(raw, low)  # first: it classifies `low` for the prefilter the data rules use too
    if ":" in low and V.DEFINITION.search(low):
        return {k: v for k, v in tags.items() if k.startswith(_KEEP_IN_DEFINITION)}
    tags.update(sentence_rule_tags(low))
    return tags


def _names_controller(raw: str, low: str, cues: frozenset[str], tags: dict[str, str], has_digit: bool) -> bool:
    """Whether the sentence names the organisation: before its address, by legal form, company number, "wij zijn ...".
    A template field where the name belongs ("is onderdeel van [bedrijfsnaam invullen]") names no one."""
    if "[" in low and V.NAME_PLACEHOLDER.search(low):
        return False
    if "contact:address" in tags and (V.NAME_BEFORE_ADDRESS.match(raw) or V.NAME_IN_PARENS.search(raw)):
        return True
    return bool(("ctrl" in cues and V.CONTROLLER_NAME.search(low)) or ("form" in cues and V.LEGAL_FORM.search(raw)) or (
        has_digit and V.COMPANY_NUMBER.search(raw)) or V.SOLE_TRADER.search(low) or V.WE_ARE.search(raw)
        or V.ORG_OPENING.match(raw))


def _sentence_tags(raw: str, low: str) -> dict[str, str]:
    tags: dict[str, str] = {}
    cues = CU.cues_of(low)
    has_digit = CU._DIGIT.search(low) is not None
    cookie = V.COOKIE.search(low) is not None
    neg = "neg" in cues

    # Controller identity and contact details (not those of the authority).
    auth_cur = auth_old = False
    if "auth" in cues:
        auth_cur = bool(V.AUTH_CURRENT.search(low) or V.AUTH_CURRENT_RAW.search(raw))
        auth_old = bool(V.AUTH_OLD.search(low) or V.AUTH_OLD_RAW.search(raw))
    if not (auth_cur or auth_old) and has_digit and V.AUTH_CONTACT.search(low):
        auth_cur = True  # the authority's own address or phone on a line of its own is not the controller's
    if not (auth_cur or auth_old):
        if ("@" in low and V.EMAIL.search(low)) or has_obfuscated_email(low):
            tags["contact:email"] = "controller_identity:email"
        if has_digit and V.PHONE.search(low):
            tags["contact:phone"] = "controller_identity:phone"
        if has_digit and V.ADDRESS.search(raw):
            tags["contact:address"] = "controller_identity:address"
        if "contactform" in cues and V.CONTACT_FORM.search(low):
            tags["contact:form"] = "controller_identity:form"
        if _names_controller(raw, low, cues, tags, has_digit):
            tags["controller:name"] = "controller_identity:name"

    if "dpo" in cues and (V.DPO.search(low) or V.DPO_RAW.search(raw)):
        negated = neg and V.DPO_NEGATED.search(low)
        tags["dpo:negated" if negated else "dpo:mention"] = "dpo_contact:mention"
        if "@" in low or (has_digit and V.PHONE.search(low)) or V.REACH.search(low) or has_obfuscated_email(low):
            tags["dpo:contact"] = "dpo_contact:contact"

    if V.PURPOSE_IMPLIED.search(low):
        tags["purposes:implied"] = "purposes:implied"
    if "purpose" in cues and V.PURPOSE.search(low):
        tags["purposes:explicit"] = "purposes:purpose"
    elif ("pverb" in cues and V._WHILE_DOING.search(low) and V.DATA.search(low)) or (V.PURPOSE_BECAUSE.search(low) and (V.DATA.search(low) or "pverb" in cues)) or (
        "pverb" in cues and V.PURPOSE_THEREFORE_START.search(low)
    ) or V.PURPOSE_THIS_IN_ORDER_TO.search(low) or (
        "pverb" in cues and V.IN_THE_CONTEXT_OF.search(low) and V.DATA.search(low)
    ) or (V.PURPOSE_FOR.search(low) and V.PURPOSE_TASK.search(low)) or (
        "pverb" in cues and V.PURPOSE_MARKER.search(low) and (V.DATA.search(low) or V.USE_WE.search(low))
    ) or V.PURPOSE_FOR_DATA_START.search(low):
        tags["purposes:purpose"] = "purposes:purpose"

    if "basis" in cues:
        if V.BASIS_STRONG.search(low) or (
            V.BASIS_EXPLICIT.search(low) and (V.PROC.search(low) or not V._NOT_PROCESSING.search(low))
        ):
            tags["legal_basis:explicit"] = "legal_basis:explicit"
        elif V.BASIS_WEAK.search(low):
            tags["legal_basis:weak"] = "legal_basis:weak"

    # Consent for cookies says nothing about the ground for processing the reader's data: short of the bar.
    if "consent" in cues and cookie and "legal_basis:explicit" not in tags and VR._CONSENT_WORD.search(low) and V.CONSENT_BASIS.search(low):
        tags["legal_basis:cookie"] = "legal_basis:cookie"
    if "consent" in cues and not cookie and V.CONSENT.search(low) and V.CONSENT_BASIS.search(low) and (
            not V.CONSENT_NOT_BASIS.search(low) or V.CONSENT_FROM_PARENTS.search(low)):
        tags["consent:basis"] = "withdraw_consent:trigger"
        # Subscribing to a newsletter implies consent, but only the word itself states a legal basis.
        if "legal_basis:explicit" not in tags and VR._CONSENT_WORD.search(low):
            tags["legal_basis:weak"] = "legal_basis:weak"

    m = V.LEGIT.search(low)
    if m:
        if m and V._LEGIT_DENIED.search(low):
            m = None  # "een overheid kan zich niet beroepen op het gerechtvaardigd belang": not relied on
        if m:
            how = _legit_described(low, m.start(), m.end())
            tags["legit:described" if how == "described" else "legit:mention"] = "legitimate_interests:" + (how or "mention")

    if "service" in cues and V.SERVICE_NAMES.search(low):
        tags["service:named"] = "recipients:tool"
    if V.THEY_RECEIVE.search(low) and not V._WE_RECEIVE.search(low):
        tags["recipients:share"] = "recipients:share"
    elif (("share" in cues and neg) or V.STAYS_WITH_US.search(low)) and V.RECIP_NONE.search(low):
        tags["recipients:share"] = "recipients:share"
    elif V.RECEIVES_FROM_US.search(low):
        tags["recipients:share"] = "recipients:share"
    elif "share" in cues and "recip" not in cues and VR.RECIP_DIRECT.search(low):
        tags["recipients:share"] = "recipients:share"
    elif "recip" in cues and "share" in cues and not (
        V.FROM_THIRD_PARTIES.search(low)
    ):
        tags["recipients:share"] = "recipients:share"
    elif ("recipproc" in cues and V.RECIP_PROCESSOR.search(low)) or ("recip" in cues and V.BY_PROCESSOR.search(low)):
        tags["recipients:processor"] = "recipients:processor"

    if "eea" in cues:
        if V.TRANSFER_NEG_OUT.search(low) or V.TRANSFER_EEA.search(low):
            tags["transfer:eea"] = "third_country_transfers:eea"
        elif V.TRANSFER_HOST.search(low):
            tags["transfer:host"] = "third_country_transfers:eea"
    if "transfer" in cues or V.US_ABBREV.search(low) or V.US_ABBREV_RAW.search(raw):
        if V.TRANSFER_TOOL.search(low):
            tags["transfer:tool"] = "third_country_transfers:tool"
        if "transfer:eea" not in tags and "transfer:host" not in tags and (V.TRANSFER_DEST.search(low) or V.TRANSFER_DEST_RAW.search(raw)):
            tags["transfer:dest"] = "third_country_transfers:destination"
        if V.TRANSFER_SAFE.search(low):
            tags["transfer:safe"] = "third_country_transfers:safeguard"
        if V.TRANSFER_OLD.search(low) and not V.TRANSFER_OLD_INVALID.search(low):
            tags["transfer:old"] = "third_country_transfers:old_safeguard"

    if "ret" in cues or "unit" in cues:
        ret_ctx = "ret" in cues and bool(V.RET_CTX.search(low))
        if not cookie:
            if V.RET_INDEF.search(low):
                tags["retention:indefinite"] = "retention:indefinite"
            elif "unit" in cues and V.RET_PERIOD.search(low) and not (not V.KEEP_WORD.search(low) and V.RET_NOT.search(low)):
                tags["retention:period_ctx" if ret_ctx else "retention:period"] = "retention:period"
            vague = V.RET_VAGUE.search(low) is not None
            if V.RET_CRITERIA.search(low) and not (
                    vague and not V.RET_CRITERIA.search(V.RET_LEGAL_BARE.sub(" ", low))):
                tags["retention:criteria_ctx" if ret_ctx else "retention:criteria"] = "retention:criteria"
            if vague:
                tags["retention:vague"] = "retention:vague"
            if ret_ctx:
                tags["retention:ctx"] = ""

    # Rights of the data subject.
    if "rights" in cues or "right" in cues:
        reserved = "right" in cues and bool(VR.RIGHT_RESERVED.search(low))
        rights_ctx = not reserved and (
            "right" in cues
            or ("modal" in cues and bool(VR.YOU_CAN.search(low)) and bool(VR._ACCESS_VERBS.search(low)))
            or ("request" in cues and bool(VR.REQUEST.search(low)))
            or ("modal" in cues and bool(VR.YOU_CAN.search(low)) and bool(VR.YOUR_DATA.search(low)))
        )
        if not reserved and "rights" in cues:
            if not rights_ctx and any(
                VR._RIGHT_CUE[r] in cues and strong.search(low) for r, (strong, _w) in VR.RIGHTS.items()
            ):
                rights_ctx = True  # "Vragen, inzage of verwijdering: info@..." lists rights
            for right, (strong, weak) in VR.RIGHTS.items():
                if VR._RIGHT_CUE[right] not in cues:
                    continue
                if right == "right_objection" and (V.NO_OBJECTION.search(low) or TP.AWB_OBJECTION.search(low)):
                    continue
                if strong.search(low):
                    tags[f"{right}:strong"] = "right:strong"
                elif not cookie:
                    m = weak.search(low)
                    if m and right == "right_rectification" and VR._NOT_PERSONAL_OBJECT.search(low) and not V.DATA_WORD.search(low):
                        m = None  # "uw wachtwoord wijzigen" is no rectification of personal data
                    if m and right == "right_access" and VR._STAFF_ACCESS.search(low):
                        m = None  # "ons supportteam kan toegang krijgen": staff access, not the reader's right
                    if m:
                        # "... neem contact op, dan verwijderen wij deze informatie": our action, not the reader's right.
                        ours = ("right" not in cues and right in VR._OURS_RIGHTS and VR._OURS.search(low) and not VR._YOU_ASK.search(low)
                                and not VR._YOUR_OWN_DATA.search(low))
                        tags[f"{right}:weak_ctx" if rights_ctx and not ours else f"{right}:weak"] = "right:context"
        if rights_ctx:
            tags["rights:ctx"] = ""

    if "consent" in cues:
        tags["consent:mention"] = ""
    m = VR.RIGHTS_RANGE.search(low)
    if m:
        tags["rights:range"] = "right:range"
        if m.group(1) == "22":
            tags["adm:mention"] = "automated_decisions:mention"
    if "withdraw" in cues and not ("consent" in cues and VR.WITHDRAW_AS_PERIOD.search(low)):
        if "consent" in cues and VR.WITHDRAW.search(low):
            tags["withdraw:full"] = "withdraw_consent:full"
        elif VR.WITHDRAW_VERB.search(low):
            tags["withdraw:verb"] = "withdraw_consent:full"  # counts when the sentence before speaks of consent
        elif not cookie and VR.UNSUBSCRIBE.search(low):
            # "Bewaartermijn: tot je je afmeldt." counts when the section is about a newsletter (engine).
            tags["withdraw:unsubscribe" if VR.UNSUB_CTX.search(low) else "withdraw:unsub_bare"] = "withdraw_consent:unsubscribe"

    if "complaint" in cues or auth_cur or auth_old:
        complaint = bool(VR.COMPLAINT.search(low)) and not VR.COMPLAINT_INTERNAL.search(low)
        turn_to = bool(VR.TURN_TO.search(low)) and not (not complaint and VR.TURN_TO_FOR_INFO.search(low))
        if (complaint or turn_to) and auth_cur:
            tags["complaint:full"] = "complaint_authority:full"
        elif (complaint or turn_to) and auth_old:
            tags["complaint:old"] = "complaint_authority:old"
        elif complaint and VR.COMPLAINT_ACT.search(low) and VR.COMPLAINT_ABOUT_DATA.search(low):
            tags["complaint:only"] = "complaint_authority:complaint_only"
        elif (auth_cur or auth_old) and VR._ADDRESSES_YOU.search(low) and not VR.AUTH_NOT_COMPLAINT.search(low):
            tags["complaint:authority"] = "complaint_authority:authority_only"
        elif auth_cur:
            tags["complaint:named"] = "complaint_authority:full"  # counts only as the entry a complaint lead-in asks for

    if "req" in cues and not V.VOLUNTEER.search(low):
        m = VR.REQ_OBLIGATION.search(low)
        # "Waarom hebben we uw gegevens nodig?" is a title; "nodig ... (artikel 6 lid 1 sub b AVG)" states a legal basis
        if m and not (V.NEEDED.search(m.group(0)) and (low.rstrip().endswith("?") or V.BASIS_STRONG.search(low))):
            tags["req:obligation"] = "statutory_contractual_requirement:obligation"
    if ("cond" in cues and neg or V.WITHOUT.search(low) or (neg and V.THEN_OR_ELSE.search(low))) and VR.REQ_CONSEQUENCE.search(low) and (
        not cookie or V.DATA.search(low)
    ):
        tags["req:consequence"] = "statutory_contractual_requirement:consequence"

    if "adm" in cues and VR.ADM.search(low) and not (VR._PROFILING_ONLY.search(low) and VR._OBJECTION.search(low)):
        if VR.ADM_STATEMENT.search(low) and not (VR.ADM_RIGHT_ONLY.search(low) and not VR.WE_NEG.search(low)):
            tags["adm:statement"] = "automated_decisions:statement"
        else:
            tags["adm:mention"] = "automated_decisions:mention"
    elif "we" in cues and neg and VR.WE_NEG.search(low) and VR.WE_NEG_PRACTICE.search(low):
        tags["adm:we_neg"] = ""

    if "terms" in cues:
        terms = data_terms(low)
        # the copy of an ID that a rights request must include lists no categories the organisation processes
        if terms and (len(terms) >= 2 or VR.DATA_VERB.search(low)) and not V.ID_COPY_FOR_REQUEST.search(low):
            tags[categories_tag(terms)] = "data_categories:list"

    if "source" in cues:
        # a named organisation or another person as the source both triggers the item and names the source
        named = VR.SOURCE_NAMED.search(raw) or VR.SOURCE_OTHER_PERSON.search(low)
        m = (VR.SOURCE_TRIGGER.search(low) or VR.SOURCE_ACRONYM.search(raw) or named
             or (None if cookie and not V.ORIGIN_WORD.search(low) else VR.SOURCE_ACQUIRE.search(low)))
        if m and not (
            neg and V.NEGATION_WORD.search(low[max(0, m.start() - 60): m.end() + 10]) and not VR.NOT_FROM_YOU.search(low)
        ):
            tags["source:trigger"] = "data_source:trigger"
        if ("source:trigger" in tags or VR.SOURCE_CONTEXT.search(low)) and (VR.SOURCE_SPECIFIC.search(low) or named):
            tags["source:specific"] = "data_source:specific"

    if VR.SOURCE_FROM.match(low):
        tags["source:from"] = "data_source:specific"  # "Van Mollie: de status van je betaling" in a list of sources

    if not (auth_cur or auth_old) and ("web" in cues or (V.TLD.search(low) is not None and VR._own_domain(low))):
        tags["cookies:trigger"] = "cookies:trigger"
    if V.COOKIE_FULL.search(low):
        tags["cookies:cookie"] = "cookies:cookie"
    elif "tracking" in cues and VR.TRACKING.search(low):
        tags["cookies:tracking"] = "cookies:tracking"

    if "security" in cues:
        if VR.SECURITY.search(low) and not (VR.SAFETY_NOT_DATA.search(low) and not V.DATA_WORD.search(low)):
            tags["security:measure"] = "security:measure"
        elif VR.SECURITY_WEAK.search(low):
            tags["security:weak"] = "security:weak"

    if "change" in cues and VR.CHANGE.search(low):
        tags["changes:change"] = "policy_changes:change"
    if (("how" in cues and ("change" in cues or VR.CHANGE_HOW_STRONG.search(low))) or ("mail" in cues and "change" in cues)) and VR.CHANGE_HOW.search(low):
        tags["changes:how"] = "policy_changes:how"
    if ("date" in cues and VR.CHANGE_DATE.search(low)) or (has_digit and "change" in cues and VR.CHANGE_DATE.search(low)) or (has_digit and len(low) < 40 and VR.DATE_ONLY.search(low)):
        tags["changes:date"] = "policy_changes:date"

    if "child" in cues and VR.CHILDREN.search(low):
        tags["children:mention"] = "children:mention"
    return tags



guard_namespace(globals())


def _legit_described(low: str, start: int, end: int) -> str:
    """"described" when the sentence says WHICH legitimate interest (Art. 13(1)(d)), "generic" when it names
    only a generic one ("voor de verbetering van onze diensten"), "" when it only says one is relied on.

    The description hangs on the mention: right after it ("... belang om fraude te voorkomen",
    "(fraudepreventie)") or as the purpose given before it ("om de website te verbeteren, op basis van
    ons gerechtvaardigd belang"). A list of bases or a sentence about objecting names no interest."""
    if V.LEGIT_MENTION_ONLY.search(low):
        return ""
    while end < len(low) and low[end].isalnum():
        end += 1  # the whole word: "belangen: ..." describes as "belang: ..." does
    after = low[end:]
    cited = V.LEGIT_CITATION.match(after)
    if cited:
        after = after[cited.end():]
    if V.LEGIT_GENERIC_ONLY.match(after):
        return "generic"
    if V.LEGIT_DESC_AFTER.match(after) or low.rstrip().endswith(":"):
        return "described"
    before = low[:start]
    if V.LEGIT_GENERIC_ONLY.match(before):
        return "generic"  # "Het verbeteren van onze dienstverlening (gerechtvaardigd belang)": the purpose is the interest
    if V.LEGIT_ROW_BEFORE.search(before):
        return "described"
    return "described" if V.LEGIT_DESC_BEFORE.search(before) and not V.BASIS_OTHER.search(low) else ""
