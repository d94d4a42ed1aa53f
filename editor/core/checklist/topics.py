"""Section topics: which items a heading ("Uw rechten", "Hoe lang bewaren wij ...") is about."""

from __future__ import annotations

import re
from functools import lru_cache

from editor.core.checklist.prefilter import guard_namespace
from editor.core.checklist.vocab import C
from editor.core.checklist.vocab_rights import RIGHT_NOT_OBJECTION, RIGHT_WORD, RIGHTS

# --- heading topics ---------------------------------------------------------------------------
TOPICS: dict[str, re.Pattern[str]] = {
    "rights": C(r"\brecht(?:en)?\b|\brights?\b|privacyrechten|inzage|inzien|uw rechten|je rechten|(?:uw|je|jouw) keuzes|controle over (?:uw|je|jouw)"
                r"|wat (?:mag|mogen|kan|kun|kunt|kunnen) (?:jij|je|u|jullie)\b(?: \w+){0,3} (?:vragen|doen|verwachten)"),
    "retention": C(r"bewa(?:ar|ren|rd)|hoe ?lang|retentie|retention|termijn|bijgehouden|bijhouden"),
    "complaint_authority": C(r"klacht|complaint|toezicht"),
    "cookies": C(r"cookie"),
    "security": C(r"beveilig|veilig|security|bescherm|wie heeft toegang|toegang tot (?:uw|je|jouw|de) (?:persoons)?gegevens"),
    "policy_changes": C(r"(?:wijzig|aanpass|update|herzien|herziening|verander)\w*\b[^.]{0,40}(?:privacy|verklaring|beleid|policy|statement|voorwaarden)"
                        r"|^\W*(?:\d+\.?\s*)?(?:wijzigingen|aanpassingen|updates|changes|versie|herzieningen)\W*$"),
    "recipients": C(r"derden|ontvanger|\bdelen\b|gedeeld|doorgeven|doorgifte aan|verstrek|recipients|sharing|met wie|overdragen van|wie krijg|wie ontvang|aan wie"),
    "purposes": C(r"\bdoel|waarom|waarvoor|purposes?|hoe gebruiken|gebruik van (?:uw|je|jouw) gegevens"),
    "legal_basis": C(r"rechtsgrond|grondslag|legal basis|op welke basis|juridische basis|^\W*mag (?:dat|het|dit)\b[^?]{0,20}\?|waarom mag"),
    "statutory_contractual_requirement": C(r"^\W*(?:moet|moeten) (?:ik|u|je|jij)\b[^?]{0,40}(?:invullen|geven|verstrekken|opgeven|doorgeven)|(?:ben|bent|is|zijn) (?:ik|u|je|jij|de \w+) verplicht\b"
                                           r"|verplichte (?:gegevens|velden)|verplicht (?:om )?gegevens te"),
    "controller_identity": C(r"wie (?:zijn|is) (?:wij|we)|contact|over ons|verantwoordelijke|identiteit|who we are|about us"),
    "data_categories": C(r"welke (?:persoons)?gegevens|categorie|soorten (?:persoons)?gegevens|what (?:personal )?data|persoonsgegevens die|gegevens die (?:wij|we)"),
    "data_source": C(r"\bbron|herkomst|afkomstig|vandaan|via derden|door derden|van derden|van wie (?:krijgen|ontvangen|verkrijgen|hebben)"),
    "automated_decisions": C(r"geautomatiseerd|profilering|automated|automatische besluit|beslist (?:een |de )?(?:computer|algoritme|systeem)"
                             r"|(?:computer|algoritme|systeem) (?:beslist|besluit)|automatisch (?:beslist|besloten|beslissingen)"),
    "dpo_contact": C(r"functionaris|\bdpo\b|data protection officer"),
    "third_country_transfers": C(r"doorgifte|buiten de (?:eu|eer|europese)|buitenland|internationa|transfers?|waar (?:bewaren|slaan|worden|verwerken)"),
    "children": C(r"kinderen|minderjarig|children"),
    "legitimate_interests": C(r"gerechtvaardigd|legitiem"),
    "withdraw_consent": C(r"intrekken|intrekking"),
}

# "Toegang en veiligheid op het terrein" is about people on a site, not about data security.
NOT_SECURITY_HEADING = C(r"op het terrein|op de (?:site|werf|locatie|camping|club)|brandveilig|verkeersveilig|voedselveilig|fysieke veiligheid|veiligheid van (?:de )?(?:bezoekers|deelnemers|leerlingen|kinderen|personen)")

NOT_RIGHTS_HEADING = C(r"toepasselijk recht|bevoegde recht|auteursrecht|intellectuele|voorbehouden|copyright|©|reserved")

@lru_cache(maxsize=4096)
def heading_topics(low: str) -> frozenset[str]:
    topics = {name for name, rx in TOPICS.items() if rx.search(low)}
    if "rights" in topics and NOT_RIGHTS_HEADING.search(low):
        topics.discard("rights")
    if "security" in topics and NOT_SECURITY_HEADING.search(low) and not re.search(r"gegevens|data|informatie|privacy", low):
        topics.discard("security")
    return frozenset(topics)

@lru_cache(maxsize=4096)
def heading_rights(low: str, in_rights_section: bool) -> tuple[str, ...]:
    """Specific rights a heading names ("Recht op inzage", or "Inzage" under "Uw rechten").

    Memoised like heading_topics: every analysis walks all headings again."""
    return tuple(_heading_rights(low, in_rights_section))

# "Mag ik zien wat jullie van mij hebben?", "Kan ik iets laten aanpassen of verwijderen?": a FAQ heading asks for a right.
# An administrative appeal against a decision (Dutch Awb, Belgian administrative law) is no Art. 21 objection.
AWB_OBJECTION = C(r"bezwaarschrift|algemene wet bestuursrecht|\bawb\b|bestuursrecht|bezwaar\w*\b[^.]{0,60}\b(?:besluit|beschikking|beslissing)\b[^.]{0,60}\bbinnen \w+ (?:weken|dagen)"
                  r"|binnen \w+ (?:weken|dagen)\b[^.]{0,60}\b(?:besluit|beschikking|beslissing)\b[^.]{0,60}\bbezwaar")

# "Artikel 16 | Verbetering": a GDPR rights article next to the right's name (tables of rights).
RIGHT_ARTICLE = C(r"\b(?:artikel|art\.?)\s?(?:1[5-8]|2[0-2])\b\s*(?:(?:avg|gdpr)\s*[|:–-]|\|)")

READER_QUESTION = C(r"^\W*(?:mag|kan|kun|kunt|mogen|kunnen) (?:ik|u|je|jij)\b[^?]*\?\s*$")

def _heading_rights(low: str, in_rights_section: bool) -> list[str]:
    if not (RIGHT_WORD.search(low) or in_rights_section or READER_QUESTION.match(low) or RIGHT_ARTICLE.search(low)) or NOT_RIGHTS_HEADING.search(low):
        return []
    found = []
    for right, (strong, weak) in RIGHTS.items():
        if strong.search(low) or weak.search(low):
            if right == "right_objection" and RIGHT_NOT_OBJECTION.search(low):
                continue
            found.append(right)
    return found


guard_namespace(globals())
