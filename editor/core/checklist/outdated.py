"""Linter for outdated legal references in Belgian and Dutch privacy policies.

Each rule knows the fact (what replaced what, and since when) and a replacement that fits the
jurisdiction. Findings are (start, end) spans into the text given, so the engine can shift
them by a block's offset. Rules are careful not to fire on current terms: "verwerker" and
"bewerking" are not "bewerker", and the AVG's own title "tot intrekking van Richtlijn 95/46/EG"
is not a reference to the directive as law in force.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor.core.i18n import pick


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    text: str
    key: str


@dataclass(frozen=True)
class Rule:
    key: str
    pattern: re.Pattern[str]
    replacement: dict[str, str]  # by jurisdiction
    reason_nl: str
    reason_en: str
    date: str  # ISO date from which the reference is outdated
    guard: tuple[str, ...]  # cheap lower-case substrings; the regex runs only if one occurs


_LAW = "de Algemene Verordening Gegevensbescherming (AVG)"
RULES: tuple[Rule, ...] = (
    Rule(
        "be_law_1992",
        re.compile(
            r"(?:\b(?:de\s+)?(?:belgische\s+)?(?:privacy)?wet\b[^.\n]{0,60}?)?\b(?:8\s+december\s+1992|8/12/1992)"
            r"(?:\s+(?:tot|houdende|betreffende)\s+(?:de\s+)?bescherming\s+van\s+de\s+persoonlijke\s+levenssfeer"
            r"(?:\s+ten\s+opzichte\s+van\s+de\s+verwerking\s+van\s+persoonsgegevens)?)?"
            r"|\bprivacywet\s+van\s+1992",
            re.I,
        ),
        {"BE": _LAW + " en de Wet van 30 juli 2018", "NL": _LAW},
        "De Belgische privacywet van 8 december 1992 is opgeheven: sinds 25 mei 2018 geldt de AVG, aangevuld door de Wet van 30 juli 2018.",
        "The Belgian privacy act of 8 December 1992 was repealed: since 25 May 2018 the GDPR applies, supplemented by the Act of 30 July 2018.",
        "2018-05-25",
        ("1992",),
    ),
    Rule(
        "be_law_1998",
        re.compile(r"\bwet\s+(?:van\s+)?11\s+december\s+1998", re.I),
        {"BE": _LAW + " en de Wet van 30 juli 2018", "NL": _LAW},
        "De Wet van 11 december 1998 wijzigde de opgeheven privacywet van 1992; sinds 25 mei 2018 gelden de AVG en de Wet van 30 juli 2018.",
        "The Act of 11 December 1998 amended the repealed 1992 privacy act; since 25 May 2018 the GDPR and the Act of 30 July 2018 apply.",
        "2018-05-25",
        ("1998",),
    ),
    Rule(
        "be_kb_2001",
        re.compile(r"\b(?:koninklijk\s+besluit|k\.\s?b\.|kb)\s+(?:van\s+)?13\s+februari\s+2001", re.I),
        {"BE": _LAW + " en de Wet van 30 juli 2018", "NL": _LAW},
        "Het koninklijk besluit van 13 februari 2001 voerde de opgeheven privacywet van 1992 uit; sinds 25 mei 2018 gelden de AVG en de Wet van 30 juli 2018.",
        "The Royal Decree of 13 February 2001 implemented the repealed 1992 privacy act; since 25 May 2018 the GDPR and the Act of 30 July 2018 apply.",
        "2018-05-25",
        ("2001",),
    ),
    Rule(
        "notification",
        re.compile(
            r"(?:\b(?:aangifte|verklaring|melding|aanmelding)\s+(?:\w+\s+){0,3}?(?:afgelegd|gedaan|ingediend|verricht)\s+bij\s+(?:de|het)\s+"
            r"(?:belgische\s+|nederlandse\s+)?(?:privacy|commissie|cbp|college|gegevensbescherm|autoriteit)"
            r"|\baangemeld\s+bij\s+(?:het|de)\s+(?:cbp|college|privacycommissie|commissie|autoriteit|gegevensbeschermings?autoriteit)"
            r"|\baangifte\b[^.!?\n]{0,80}(?:privacycommissie|commissie\s+(?:voor|ter|tot)\s+(?:de\s+)?bescherming|cbpl|gegevensbeschermings?autoriteit)"
            r"|(?:privacycommissie|cbpl|commissie\s+(?:voor|ter|tot)\s+(?:de\s+)?bescherming\s+van\s+de\s+persoonlijke\s+levenssfeer)[^.!?\n]{0,60}\baangifte"
            r"|\bmeldingsplicht\b(?=[^.!?\n]{0,80}(?:cbpl?\b|college|privacy\s?commissie|commissie|wbp|wet\s+bescherming))"
            r"|(?:cbpl?\b|college\s+bescherming|privacy\s?commissie|\bwbp\b)[^.!?\n]{0,80}\bmeldingsplicht\b|\b(?:gemeld|aangegeven|geregistreerd|ingeschreven)\s+bij\s+(?:het|de)\s+(?:belgische\s+)?(?:cbpl?|college|privacy\s?commissie|commissie)"
            r")",
            re.I,
        ),
        {
            "BE": "De verwerking is opgenomen in ons register van verwerkingsactiviteiten (art. 30 AVG).",
            "NL": "De verwerking is opgenomen in ons register van verwerkingsactiviteiten (art. 30 AVG).",
        },
        "Aangiften en meldingen bij de toezichthouder bestaan sinds 25 mei 2018 niet meer; de AVG vervangt ze door het register van verwerkingsactiviteiten (art. 30 AVG).",
        "Notifications to the supervisory authority were abolished on 25 May 2018; the GDPR replaced them with the record of processing activities (GDPR Art. 30).",
        "2018-05-25",
        ("aangifte", "afgelegd", "aangemeld", "meldingsplicht", "gemeld bij", "melding", "aangegeven bij", "geregistreerd bij", "ingeschreven bij"),
    ),
    Rule(
        "cbpl",
        re.compile(
            r"\bcommissie\s+(?:voor|ter|tot)\s+(?:de\s+)?bescherming\s+van\s+de\s+persoonlijke\s+levenssfeer\b(?:\s*\(CBPL\))?"
            r"|\bprivacy\s?commissie\b|\bprivacy\s?commission\b|(?:www\.)?privacycommission\.be|(?:www\.)?privacycommissie\.be|\bCBPL\b"
            r"|\bcommission\s+(?:de\s+la|pour\s+la)\s+protection\s+de\s+la\s+vie\s+priv[ée]e\b(?:\s*\(CPVP\))?|\bCPVP\b",
            re.I,
        ),
        {"BE": "Gegevensbeschermingsautoriteit", "NL": "Gegevensbeschermingsautoriteit"},
        "De Commissie voor de bescherming van de persoonlijke levenssfeer (Privacycommissie) heet sinds 25 mei 2018 Gegevensbeschermingsautoriteit (GBA), Drukpersstraat 35, 1000 Brussel.",
        "The Belgian Privacy Commission (CBPL) has been the Data Protection Authority (Gegevensbeschermingsautoriteit, GBA) since 25 May 2018.",
        "2018-05-25",
        ("commissie", "cbpl", "privacycommission", "privacy commission", "vie priv", "cpvp"),
    ),
    Rule(
        "wbp",
        re.compile(r"\b[Ww]et\s+[Bb]escherming\s+[Pp]ersoonsgegevens\b(?:\s*\((?:Wbp|WBP|wbp)\))?|\bW[Bb][Pp]\b"),
        {"NL": _LAW + " en de Uitvoeringswet AVG (UAVG)", "BE": _LAW},
        "De Wet bescherming persoonsgegevens (Wbp) is op 25 mei 2018 vervangen door de AVG en de Uitvoeringswet AVG (UAVG).",
        "The Dutch Personal Data Protection Act (Wbp) was replaced on 25 May 2018 by the GDPR and the Dutch GDPR Implementation Act (UAVG).",
        "2018-05-25",
        ("wet bescherming", "wbp"),
    ),
    Rule(
        "nl_old_acts",
        re.compile(r"\b[Ww]et\s+[Pp]ersoonsregistraties\b|\b[Vv]rijstellingsbesluit(?:\s+[Ww]bp)?\b"),
        {"NL": _LAW + " en de Uitvoeringswet AVG (UAVG)", "BE": _LAW},
        "De Wet persoonsregistraties (1989) en het Vrijstellingsbesluit Wbp gelden niet meer; sinds 25 mei 2018 gelden de AVG en de UAVG.",
        "The Dutch Wet persoonsregistraties (1989) and the Wbp exemption decree no longer apply; since 25 May 2018 the GDPR and the UAVG apply.",
        "2018-05-25",
        ("persoonsregistraties", "vrijstellingsbesluit"),
    ),
    Rule(
        "registratiekamer",
        re.compile(r"\b[Rr]egistratiekamer\b"),
        {"NL": "Autoriteit Persoonsgegevens", "BE": "Gegevensbeschermingsautoriteit"},
        "De Registratiekamer werd in 2001 het College bescherming persoonsgegevens en in 2016 de Autoriteit Persoonsgegevens.",
        "The Dutch Registratiekamer became the College bescherming persoonsgegevens in 2001 and the Autoriteit Persoonsgegevens in 2016.",
        "2001-09-01",
        ("registratiekamer",),
    ),
    Rule(
        "cbp",
        re.compile(r"\b[Cc]ollege\s+[Bb]escherming\s+[Pp]ersoonsgegevens\b(?:\s*\(CBP\))?|\bCBP\b|(?:www\.)?cbpweb\.nl", re.I),
        {"NL": "Autoriteit Persoonsgegevens", "BE": "Gegevensbeschermingsautoriteit"},
        "Het Nederlandse College bescherming persoonsgegevens (CBP) heet sinds 1 januari 2016 Autoriteit Persoonsgegevens; voor een Belgische verwerkingsverantwoordelijke is de Gegevensbeschermingsautoriteit bevoegd.",
        "The Dutch College bescherming persoonsgegevens (CBP) has been the Autoriteit Persoonsgegevens since 1 January 2016; for a Belgian controller the Belgian Data Protection Authority (GBA) is competent.",
        "2016-01-01",
        ("college", "cbp"),
    ),
    Rule(
        "privacy_shield",
        re.compile(r"(?:\bEU[-–\s]?(?:U\.?S\.?A?\.?|VS|US)[-–\s]?)?privacy[\s-]?shield(?:[\s-]framework)?", re.I),
        {"BE": "EU-VS Data Privacy Framework", "NL": "EU-VS Data Privacy Framework"},
        "Het EU-VS Privacy Shield is op 16 juli 2020 ongeldig verklaard door het Hof van Justitie (Schrems II); doorgifte naar de VS steunt nu op het EU-VS Data Privacy Framework (10 juli 2023) of op modelcontractbepalingen.",
        "The EU-US Privacy Shield was invalidated by the CJEU on 16 July 2020 (Schrems II); US transfers now rely on the EU-US Data Privacy Framework (10 July 2023) or standard contractual clauses.",
        "2020-07-16",
        ("shield",),
    ),
    Rule(
        "safe_harbour",
        re.compile(r"safe[\s-]?harbou?r(?:[\s-](?:principles|beginselen|regeling))?", re.I),
        {"BE": "EU-VS Data Privacy Framework", "NL": "EU-VS Data Privacy Framework"},
        "Safe Harbour is op 6 oktober 2015 ongeldig verklaard door het Hof van Justitie (Schrems I); gebruik het EU-VS Data Privacy Framework of modelcontractbepalingen.",
        "Safe Harbour was invalidated by the CJEU on 6 October 2015 (Schrems I); use the EU-US Data Privacy Framework or standard contractual clauses.",
        "2015-10-06",
        ("harbo",),
    ),
    Rule(
        "directive_95_46",
        re.compile(r"\b(?:europese\s+)?(?:privacy)?richtlijn\s+(?:nr\.?\s+)?95/46(?:/E[GC])?|\bdirective\s+95/46(?:/EC)?|\b(?:EU\s+)?data\s+protection\s+directive\b", re.I),
        {"BE": "Verordening (EU) 2016/679 (AVG)", "NL": "Verordening (EU) 2016/679 (AVG)"},
        "Richtlijn 95/46/EG is sinds 25 mei 2018 ingetrokken en vervangen door de AVG (Verordening (EU) 2016/679).",
        "Directive 95/46/EC was repealed on 25 May 2018 and replaced by the GDPR (Regulation (EU) 2016/679).",
        "2018-05-25",
        ("95/46", "protection directive"),
    ),
    Rule(
        "bewerkersovereenkomst",
        re.compile(r"\b[Bb]ewerkersovereenkomst(?:en)?\b"),
        {"BE": "verwerkersovereenkomst", "NL": "verwerkersovereenkomst"},
        "'Bewerkersovereenkomst' is een Wbp-term; onder de AVG heet dit een verwerkersovereenkomst (art. 28 AVG).",
        "'Bewerkersovereenkomst' is a term of the old Dutch act; under the GDPR it is a processor agreement (verwerkersovereenkomst, Art. 28).",
        "2018-05-25",
        ("bewerkersovereenkomst",),
    ),
    Rule(
        "bewerker",
        re.compile(r"\b[Bb]ewerkers?\b"),
        {"BE": "verwerker", "NL": "verwerker"},
        "'Bewerker' is een Wbp-term; onder de AVG heet dit een verwerker (art. 4(8) en 28 AVG).",
        "'Bewerker' is a term of the old Dutch act; under the GDPR it is a processor (verwerker, Art. 4(8) and 28).",
        "2018-05-25",
        ("bewerker",),
    ),
)
RULES_BY_KEY = {r.key: r for r in RULES}
_ANY_GUARD = re.compile("|".join(re.escape(g) for rule in RULES for g in rule.guard))
# The same test as plain substring checks, leaving out guards that contain a shorter one
# ("cbpl" holds "cbp"): for these needles that is faster than the alternation, with the same answer.
_GUARD_WORDS = tuple(dict.fromkeys(
    g for rule in RULES for g in rule.guard
    if not any(o != g and o in g for r2 in RULES for o in r2.guard)
))


def _any_guard(low: str) -> bool:
    for g in _GUARD_WORDS:
        if g in low:
            return True
    return False

_REPEAL_CONTEXT = re.compile(r"intrekking\s+van\s*$|tot\s+intrekking|ingetrokken|vervangen\s+(?:door|van)|vervangt|opgeheven|repeal", re.I)
_INVALID_CONTEXT = re.compile(r"ongeldig|nietig|vernietigd|niet\s+(?:meer|langer)\s+geldig|schrems|invalid|vervangen|opvolger|voorheen|vroeger", re.I)
_HISTORIC_CONTEXT = re.compile(
    r"voorheen|vroeger|heette|opvolger|voormalig|opgeheven|verving|vervangen|vervangt|in\s+plaats\s+van|opgevolgd\s+door|afgeschaft"
    r"|niet\s+meer\s+van\s+toepassing"
    r"|formerly|replaced\s+by|previously",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?\n]")


def _sentence_around(text: str, start: int, end: int) -> str:
    s = start
    while s > 0 and not _SENTENCE_END.match(text[s - 1]):
        s -= 1
    e = end
    while e < len(text) and not _SENTENCE_END.match(text[e]):
        e += 1
    return text[s:e]


def lint(text: str) -> list[Finding]:
    """Outdated references in one block's text, without overlaps, in text order."""
    low = text.lower()
    found: list[Finding] = []
    if not _any_guard(low):
        return found
    for rule in RULES:
        if not any(g in low for g in rule.guard):
            continue
        for m in rule.pattern.finditer(text):
            start, end = m.start(), m.end()
            snippet = text[start:end]
            sentence = _sentence_around(text, start, end)
            if rule.key not in ("bewerker", "bewerkersovereenkomst") and _HISTORIC_CONTEXT.search(sentence):
                continue  # the text itself says the reference is history
            if rule.key == "notification":
                if re.search(r"datalek|inbreuk|\blek\b|politie", sentence, re.I):
                    continue  # breach notifications and police reports are current law
                # The finding is the whole sentence: its replacement rewrites it.
                while start > 0 and not _SENTENCE_END.match(text[start - 1]):
                    start -= 1
                while end < len(text) and not _SENTENCE_END.match(text[end]):
                    end += 1
                if end < len(text) and text[end] in ".!?":
                    end += 1
                while start < end and text[start].isspace():
                    start += 1
                snippet = text[start:end]
            elif rule.key == "directive_95_46":
                before = text[max(0, start - 80): start]
                if _REPEAL_CONTEXT.search(before) or re.search(r"ingetrokken|opgeheven|vervangen", _sentence_around(text, start, end), re.I):
                    continue
            elif rule.key in ("privacy_shield", "safe_harbour"):
                if _INVALID_CONTEXT.search(_sentence_around(text, start, end)):
                    continue
            # Findings do not overlap, except that a notification sentence may contain other findings
            # (its replacement rewrites the whole sentence; the inner ones explain the details).
            if any(f.start < end and start < f.end and (f.key == "notification") == (rule.key == "notification") for f in found):
                continue
            found.append(Finding(start, end, snippet, rule.key))
    found.sort(key=lambda f: f.start)
    return found


def replacement_for(key: str, jurisdiction: str, text: str) -> str:
    rule = RULES_BY_KEY[key]
    repl = rule.replacement.get(jurisdiction) or rule.replacement.get("BE", "")
    if key in ("bewerker", "bewerkersovereenkomst"):
        plural = text.lower().endswith(("s", "en"))
        repl = repl + ("s" if key == "bewerker" and plural else "en" if plural else "")
        if text[:1].isupper():
            repl = repl[0].upper() + repl[1:]
    elif key == "cbp" and "cbpweb" in text.lower():
        repl = "www.autoriteitpersoonsgegevens.nl" if jurisdiction == "NL" else "www.gegevensbeschermingsautoriteit.be"
    elif key == "cbpl" and ".be" in text.lower():
        repl = "www.gegevensbeschermingsautoriteit.be"
    return repl


def reason_for(key: str, jurisdiction: str) -> str:
    rule = RULES_BY_KEY[key]
    nl, en = rule.reason_nl, rule.reason_en
    if key == "cbp" and jurisdiction == "NL":
        nl = "Het College bescherming persoonsgegevens (CBP) heet sinds 1 januari 2016 Autoriteit Persoonsgegevens (AP); aanmelden bij het CBP bestaat niet meer."
        en = "The College bescherming persoonsgegevens (CBP) has been the Autoriteit Persoonsgegevens (AP) since 1 January 2016; notifying the CBP no longer exists."
    return pick(nl, en)


def date_for(key: str) -> str:
    return RULES_BY_KEY[key].date
