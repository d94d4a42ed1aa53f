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

import re
from functools import lru_cache

from editor.core.checklist.rulebook import load_rulebook
from editor.core.checklist.services import cue_regex, named_service_regex, outside_eea_regex
from editor.core.i18n import pick

IC = re.I

# --- shared vocabulary ---------------------------------------------------------------------
YOU = r"(?:u|je|jij|jou|jouw|uw|jullie)"
YOUR = r"(?:uw|je|jouw|jullie|de|deze|die)"
NEG = re.compile(r"\b(?:niet|geen|nooit|nimmer|noch)\b")
DATA = re.compile(r"gegevens|informatie|\bdata\b|e-?mailadres|naam\b|adres|inkomen|\bcv\b|\bbsn\b|identiteitsbewijs|rijksregisternummer|telefoonnummer|foto")
COOKIE = re.compile(r"cookie|browser")

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?:\+\s?\d{2}|\(0\)|\b0)\s?(?:\(0\)\s?)?\d(?:\s?[./-]?\s?\d){7,10}\b")
ADDRESS = re.compile(
    r"\b\d{1,5}\s?[a-z]?(?:\s?[/-]\s?[\w]{1,4})?\s*[,–|-]?\s+(?:b-|nl-|be-)?\d{4}(?:\s?[a-z]{2})?\s+[a-zà-ÿ][\w'-]+"
    r"|\bpostbus\s+\d+|\bbus\s+\d+\s*,\s*\d{4}"
    # a street and number without a postcode ("te Adolf Baeyensstraat 99"): real pages often leave the town out
    r"|\b[a-zà-ÿ'-]*(?:straat|laan|steenweg|plein|dreef|kaai|singel|gracht|dijk|markt)\s+\d{1,4}(?:\s?[a-z])?\b",
    IC,
)
PLACEHOLDER_CONTACT = re.compile(r"\{\{[^}]*(?:e-?mail|mail|telefoon|phone|tel|adres|address|postcode)[^}]*\}\}", IC)
PLACEHOLDER_NAME = re.compile(r"\{\{[^}]*(?:naam|name|organisatie|organisation|bedrijf|company)[^}]*\}\}", IC)
PLACEHOLDER_DPO = re.compile(r"\{\{[^}]*(?:dpo|functionaris)[^}]*\}\}", IC)
LEGAL_FORM = re.compile(
    r"(?:^|[\s(])[A-Z0-9][\w.&'-]*\s+(?:BV|B\.V\.|NV|N\.V\.|BVBA|VOF|V\.O\.F\.|VZW|vzw|CommV|SRL|SPRL|SA|bv|nv|bvba|vof|cvba|CV|Stichting)(?![\w.])(?!\s?[a-z]{3,}\b(?<!\bmet))"
    r"|(?:^|[\s(])[A-Z0-9][\w.&'-]*\s+(?:B\.V\.|N\.V\.|V\.O\.F\.)"
    r"|\b(?:[Ss]tichting|[Vv]ereniging|[Cc]oöperatie)\s+[A-Z]"
)

AUTH_CURRENT = re.compile(
    r"gegevensbeschermings?autoriteit|\bgba\b|\bapd\b|autoriteit persoonsgegevens|toezichthoudende autoriteit"
    r"|toezichthouder|supervisory authority|data protection authority|databeschermingsautoriteit|privacytoezichthouder|toezichtcommissie|\bvtc\b"
)
AUTH_CURRENT_RAW = re.compile(r"\bAP\b")
AUTH_OLD = re.compile(
    r"privacy\s?commissie|\bcbpl\b|commissie voor de bescherming van de persoonlijke levenssfeer"
    r"|college bescherming persoonsgegevens|cbpweb"
)
AUTH_OLD_RAW = re.compile(r"\bCBP\b")


class Reason:
    """A bilingual reason; resolved to the UI language when a report is built."""

    __slots__ = ("nl", "en")

    def __init__(self, nl: str, en: str) -> None:
        self.nl = nl
        self.en = en

    def text(self) -> str:
        return pick(self.nl, self.en)


R = Reason
REASONS: dict[str, Reason] = {
    "controller_identity:name": R("noemt de verwerkingsverantwoordelijke (naam, rechtsvorm, zetel of ondernemingsnummer)",
                                  "names the controller (name, legal form, seat or company number)"),
    "controller_identity:repeated_name": R("de organisatienaam komt herhaaldelijk voor", "the organisation's name recurs"),
    "controller_identity:email": R("geeft een e-mailadres", "gives an e-mail address"),
    "controller_identity:phone": R("geeft een telefoonnummer", "gives a telephone number"),
    "controller_identity:address": R("geeft een postadres", "gives a postal address"),
    "controller_identity:form": R("verwijst alleen naar een contactformulier", "only refers to a contact form"),
    "dpo_contact:mention": R("noemt een functionaris voor gegevensbescherming (DPO)", "mentions a data protection officer (DPO)"),
    "dpo_contact:contact": R("geeft contactgegevens van de functionaris voor gegevensbescherming", "gives the DPO's contact details"),
    "purposes:implied": R("het doel blijkt alleen uit de context (gegevens van leden of klanten), zonder het te noemen",
                          "the purpose only follows from context (data of members or customers), without being stated"),
    "purposes:purpose": R("beschrijft waarvoor gegevens gebruikt worden", "describes what data are used for"),
    "legal_basis:explicit": R("noemt een rechtsgrond (art. 6 AVG)", "names a legal basis (GDPR Art. 6)"),
    "legal_basis:weak": R("laat een rechtsgrond alleen doorschemeren (toestemming of wettelijke verplichting terloops)",
                          "only hints at a legal basis (consent or legal obligation in passing)"),
    "legitimate_interests:mention": R("steunt op gerechtvaardigd belang zonder het belang te noemen",
                                      "relies on legitimate interests without naming the interest"),
    "legitimate_interests:described": R("noemt het gerechtvaardigd belang en waarvoor het dient", "names the legitimate interest and what it serves"),
    "recipients:share": R("zegt aan wie gegevens (niet) worden doorgegeven", "says to whom data are (not) disclosed"),
    "recipients:section": R("een rubriek over ontvangers zegt iets, maar niet in herkenbare termen",
                            "a section on recipients says something, but not in recognisable terms"),
    "retention:section": R("een rubriek over bewaren zegt iets, maar zonder herkenbare termijn of criteria",
                           "a section on retention says something, but without a recognisable period or criteria"),
    "data_categories:section": R("een rubriek over de verwerkte gegevens, zonder herkenbare categorieën",
                                 "a section on the data processed, without recognisable categories"),
    "recipients:tool": R("noemt alleen een dienst (bv. Mailchimp, Google Analytics) die gegevens ontvangt, zonder ontvangers te beschrijven",
                          "only names a service (e.g. Mailchimp, Google Analytics) that receives data, without describing recipients"),
    "recipients:processor": R("noemt verwerkers of dienstverleners die gegevens ontvangen", "names processors or service providers receiving data"),
    "third_country_transfers:tool": R("dienst die gegevens buiten de EER kan verwerken", "a service that may process data outside the EEA"),
    "third_country_transfers:destination": R("noemt doorgifte naar een land buiten de EER", "mentions a transfer to a country outside the EEA"),
    "third_country_transfers:safeguard": R("noemt een adequaatheidsbesluit of passende waarborg", "names an adequacy decision or appropriate safeguard"),
    "third_country_transfers:old_safeguard": R("steunt op Privacy Shield of Safe Harbour, die ongeldig zijn", "relies on Privacy Shield or Safe Harbour, which are invalid"),
    "third_country_transfers:eea": R("zegt dat gegevens binnen de EER blijven", "says data stay within the EEA"),
    "retention:period": R("geeft een bewaartermijn", "gives a retention period"),
    "retention:criteria": R("geeft concrete criteria voor de bewaartermijn", "gives concrete criteria for the retention period"),
    "retention:vague": R("alleen 'zo lang als nodig' of vergelijkbaar, zonder termijn of criteria",
                         "only 'as long as necessary' or similar, without a period or criteria"),
    "retention:indefinite": R("bewaring voor onbepaalde duur is geen termijn", "keeping data indefinitely is no period"),
    "right:strong": R("noemt dit recht", "names this right"),
    "right:heading": R("een kop noemt dit recht", "a heading names this right"),
    "right:range": R("alleen een verwijzing naar de artikelen 15-22 AVG, zonder het recht uit te leggen",
                     "only a reference to GDPR Articles 15-22, without explaining the right"),
    "right:context": R("beschrijft dit recht in de rubriek over rechten", "describes this right in the rights section"),
    "withdraw_consent:full": R("zegt dat toestemming ingetrokken kan worden", "says consent can be withdrawn"),
    "withdraw_consent:unsubscribe": R("alleen afmelden voor nieuwsbrief of e-mails, geen algemeen intrekkingsrecht",
                                      "only unsubscribing from a newsletter or e-mails, no general right to withdraw"),
    "withdraw_consent:trigger": R("toestemming is een rechtsgrond", "consent is a legal basis"),
    "complaint_authority:full": R("klachtrecht bij de toezichthoudende autoriteit", "right to complain to the supervisory authority"),
    "complaint_authority:old": R("klachtrecht bij een autoriteit die niet meer bestaat", "right to complain to an authority that no longer exists"),
    "complaint_authority:authority_only": R("noemt de toezichthouder zonder het recht om klacht in te dienen",
                                            "names the authority without the right to lodge a complaint"),
    "complaint_authority:complaint_only": R("klachtrecht zonder de toezichthoudende autoriteit te noemen",
                                            "right to complain without naming the supervisory authority"),
    "statutory_contractual_requirement:obligation": R("zegt of het verstrekken van gegevens verplicht is",
                                                      "says whether providing data is required"),
    "statutory_contractual_requirement:consequence": R("zegt wat er gebeurt als gegevens niet worden verstrekt",
                                                       "says what happens if data are not provided"),
    "automated_decisions:statement": R("zegt of geautomatiseerde besluitvorming plaatsvindt", "says whether automated decision-making takes place"),
    "automated_decisions:mention": R("noemt geautomatiseerde besluitvorming of profilering zonder te zeggen of die plaatsvindt",
                                     "mentions automated decisions or profiling without saying whether they occur"),
    "data_categories:list": R("somt categorieën persoonsgegevens op", "lists categories of personal data"),
    "data_categories:some": R("noemt slechts enkele gegevens", "names only a few data items"),
    "data_source:trigger": R("gegevens komen (ook) van derden", "data (also) come from third parties"),
    "data_source:specific": R("noemt de bron van de gegevens", "names the source of the data"),
    "cookies:trigger": R("de organisatie heeft een website of app", "the organisation has a website or app"),
    "cookies:cookie": R("informeert over cookies", "informs about cookies"),
    "cookies:tracking": R("noemt tracking of analyse zonder cookies uit te leggen", "mentions tracking or analytics without explaining cookies"),
    "security:measure": R("beschrijft beveiligingsmaatregelen", "describes security measures"),
    "security:weak": R("alleen vertrouwelijkheid of geheimhouding", "only confidentiality or secrecy"),
    "policy_changes:change": R("zegt dat de verklaring kan wijzigen", "says the notice may change"),
    "policy_changes:how": R("zegt hoe wijzigingen bekend worden gemaakt", "says how changes are announced"),
    "policy_changes:date": R("geeft de datum of versie van de verklaring", "gives the date or version of the notice"),
    "children:mention": R("gaat in op kinderen of minderjarigen", "addresses children or minors"),
}


def reason_text(key: str) -> str:
    r = REASONS.get(key)
    if r:
        return r.text()
    return load_rulebook().reason_text(key) or key


# --- per-item patterns -----------------------------------------------------------------------
C = re.compile

# "Dans- en Muziekatelier Tutti hecht veel belang aan uw privacy": the usual opening names the organisation.
ORG_OPENING = C(r"\W*(?!(?:Wij|We|Ik|Onze?|Deze|Dit|Die|U|Uw|Je|Jouw|Jij|Iedereen|Elke|Ieder|Men|Privacy)\b)(?!(?:De|Het|Een) [a-z])(?:[A-Z0-9][\w&'.-]*,? (?:(?:en|&|de|van|der|het|voor) )?){1,6}(?:hecht|hechten|respecteert|respecteren|vindt|vinden) (?:\w+ ){0,2}(?:belang|waarde|privacy)")
CONTROLLER_NAME = C(
    r"verwerkingsverantwoordelijke|verantwoordelijke voor de verwerking|verantwoordelijk voor de verwerking"
    r"|(?:is|zijn|treedt op als|optreedt als) (?:de )?(?:verwerkings)?verantwoordelijke|gevestigd (?:te|in|aan|op)|maatschappelijke zetel"
    r"|ondernemingsnummer|\bkbo\b|\bkvk\b|kamer van koophandel|handelsregister|btw[- ]?(?:nummer|nr)|eigendom van"
    r"|wordt (?:uitgebaat|beheerd|aangeboden|uitgegeven) door|verwerking (?:ervan )?gebeurt door|(?:hoofd)?zetel"
    r"|ingeschreven (?:bij|in|onder)|\bwie zijn (?:wij|we)\b"
)
NAME_BEFORE_ADDRESS = C(r"[A-Z][\w&.'-]*(?:\s+(?:[A-Z&(][\w&.'()-]*|&))*\s*[,(|–]")
NAME_IN_PARENS = C(r"\(\s*[A-Z][\w&.'-]*(?:\s+[A-Z&][\w&.'-]*)*\s*,")
COMPANY_NUMBER = C(r"\bBE\s?0\d{3}[.\s]?\d{3}[.\s]?\d{3}\b|\b(?:KvK|KVK|kvk)[-\s:]*(?:nummer|nr\.?)?[:\s]*\d{8}\b")
WE_ARE = C(r"\b(?:[Ww]ij|[Ww]e) zijn [\"'“‘„]?(?:[A-Z][\w&.'-]+|[a-z]+[A-Z][\w.-]*)")
CONTACT_FORM = C(r"contactformulier|webformulier|websformulier|contact ?form")

DPO = C(r"functionaris (?:voor |van )?(?:de )?gegevensbescherming|gegevensbeschermingsfunctionaris|\bdpo\b|data protection officer|privacy ?officer")
DPO_RAW = C(r"\bFG\b")
REACH = C(r"bereikbaar|te bereiken|contact (?:op)?nemen|contacteren|via e-?mail|per e-?mail|per post")

PURPOSE = C(
    r"\bdoel(?:en|einden|einde|stelling|stellingen)?\b|met als doel|ten behoeve van|teneinde|waarvoor (?:wij|we|ze|deze|die|uw|je|jouw)"
    r"|purposes?\b|met het oog op|in functie van|^\W*(?:waarom|waarvoor)\s*[:?]\s*\w|\bals (?:waarborg|bewijs)\b|\bter (?:controle|verificatie|identificatie|beveiliging)\b"
)
PURPOSE_TASK = C(r"\bvoor (?:de|het|onze|uw|je|jouw) (?:\w+)?(?:administratie|boekhouding|facturatie|levering|bemiddeling|werving|selectie|dienstverlening"
                 r"|communicatie|klantenservice|behandeling|planning|verzending|declaratie|afhandeling|terugbetaling|opvolging|aflevering"
                 r"|verzekering|organisatie|inschrijving|uitnodiging)\b")
PURPOSE_IMPLIED = C(r"\b(?:registr|verwerk|bewaar|beheer|houd|houdt|noteer|noteren|bij te houden|bijhouden)\w*\b[^.]{0,40}\b(?:gegevens|register|lijst|bestand) (?:van|met) (?:haar |zijn |onze |de |alle )?(?:leden|klanten|patiënten|cliënten|bezoekers|deelnemers|werknemers|bewoners|leerlingen|abonnees|gasten)"
                     r"|\b(?:register|lijst|bestand) (?:van|met) (?:haar|zijn|onze|de|alle) (?:leden|klanten|gasten|deelnemers)\b[^.]{0,30}\b(?:bij te houden|bijhouden|bijhoudt)"
                     r"|\b(?:volgt|volgen|begeleidt|begeleiden|ondersteunt|ondersteunen|helpt|helpen|verzorgt|verzorgen|behandelt|behandelen)\b[^.]{0,60}\b(?:kinderen|cliënten|patiënten|leden|klanten|leerlingen|studenten|bewoners|huishoudens|gezinnen)\b")
_WHILE_DOING = C(r"\bbij het \w+en van (?:een|de|uw|je|jouw)\b")
USE_WE = C(r"\b(?:gebruiken|verwerken|bewaren) (?:we|wij)\b|\b(?:gebruik|verwerk|bewaar) ik\b|\b(?:we|wij|ik) (?:gebruiken|verwerken|gebruik|verwerk)\b")

BASIS_STRONG = C(
    r"rechtsgrond|grondslag|wettelijke basis|juridische basis|legal basis|lawful basis|gerechtvaardigd\w* belang|vitale? belang|taak van algemeen belang"
    r"|wettelijke (?:opdracht|taak|taken|opdrachten)|publieke taak|publiekrechtelijke taak"
    r"|(?:\bartikel|\bart\.?) ?6\b[^.]{0,25}(?:avg|gdpr|verordening|lid)|(?:\bartikel|\bart\.?) ?6 ?(?:\.1|\(1\)|lid 1)|\b6\.1\b[^.]{0,12}(?:avg|gdpr|\(?[a-f]\))"
)
_NOT_PROCESSING = C(r"geheimhoud|vertrouwelijk|aansprakelijk|verplicht tot|gehouden tot|gebonden")
PROC = C(r"verwerk|gebruik|verzamel|bewar|bewaart|\bdel(?:en|t)\b|gedeeld|verstrek|doorge|opslaan|opgeslagen|ontvangen|analyse|contacteren|versturen|sturen")
BASIS_EXPLICIT = C(
    r"(?:op|op de) (?:basis|grond) van (?:" + YOUR + r" |een |ons |onze |het )?(?:uitdrukkelijke |voorafgaande |gegeven |expliciete |vrije |[a-zà-ÿ]+e )?"
    r"(?:toestemming|\w*overeenkomst|\w*contract|wettelijke|\w*wet\b|\w+wetgeving|\w*decreet|wwft|wgbo|gerechtvaardigd|legitiem|vitale|vitaal|algemeen belang)"
    r"|gebaseerd op (?:" + YOUR + r" |ons |onze |een |het )?(?:toestemming|gerechtvaardigd|\w*overeenkomst|\w*contract|wettelijke)"
    r"|noodzakelijk (?:is )?(?:voor|om|ter) (?:de |het )?(?:uitvoering|uitvoeren|nakoming|nakomen|sluiten|te sluiten|uit te voeren) (?:van )?(?:een|de|onze|uw|je|deze)? ?(?:overeenkomst|contract)"
    r"|(?:in het kader van|ter|voor de|voor het|met het oog op) (?:de )?(?:uitvoering|uitvoeren|nakoming) van (?:de|deze|een|onze|uw|je|jouw|het) (?:overeenkomst|contract)"
    r"|(?:om|te) voldoen aan (?:een|onze|de) (?:eventuele )?wettelijke (?:verplichting|plicht)"
    r"|(?:nodig|noodzakelijk)\b[^.]{0,20}\bom (?:de|onze|een|deze|uw|je) (?:\w+)?overeenkomst\b[^.]{0,30}\buit te voeren"
)
BASIS_WEAK = C(r"wettelijke\b[^.]{0,40}\bverplichting|wettelijk verplicht|contractuele verplichting|uitvoering van (?:de|het|een) (?:overeenkomst|contract|opdracht)"
               r"|(?:zoals|omdat|want) (?:de|het) (?:\w+)?(?:wet|wetgeving|regelgeving)\b[^.]{0,60}(?:vereist|voorschrijft|verplicht|oplegt)"
               r"|\b(?:verwerk|bewaar|noteren|registreren)\w*\b[^.]{0,80}\b(?:zoals|omdat|want)\b[^.]{0,60}\b(?:vereist|voorschrijft|oplegt)\b"
               r"|\b(?:zijn|ben) (?:we|wij|ik) (?:\w+ ){0,6}verplicht\b|\b(?:we|wij|ik) (?:zijn|ben) (?:\w+ ){0,6}verplicht\b"
               r"|voldoen aan (?:de|het|onze) (?:\w+)?(?:wet|wetgeving|regelgeving)\w*"
               r"|(?:opgelegd|voorgeschreven|vereist) (?:door|bij) (?:de|het) (?:\w+)?(?:wet|wetgeving|regelgeving|decreet)|wettelijk (?:opgelegd|voorgeschreven|vereist)")

CONSENT = C(r"aanvink|(?:als|indien|wanneer) (?:je|u|jij) (?:dat|dit|het) (?:wilt|wil|wenst)\b[^.]{0,60}nieuwsbrie|nieuwsbrie\w*[^.]{0,40}(?:als|indien|wanneer) (?:je|u|jij) (?:dat|dit|het) (?:wilt|wil|wenst)|(?:daar|hier)voor (?:hebt |heeft |heb )?(?:gekozen|kiest)|toestemming|goedkeuring|toelating|\bconsent\b|\bopt-?in\b|nieuwsbrie|akkoord gaat|akkoord gaan|instemming|instemt|(?:na|met|zonder) (?:uw|je|jouw) (?:\w+ )?akkoord")
CONSENT_BASIS = C(
    r"(?:vragen|vraagt|vraag|gevraagd|verzoeken)\b[^.]{0,80}\b(?:toestemming|goedkeuring|toelating)|(?:toestemming|goedkeuring|toelating) (?:\w+ ){0,2}(?:vragen|vraagt|gevraagd|verzoeken)"
    r"|(?:met|na|op basis van|zonder|mits) (?:(?:" + YOUR + r"|de|hun|zijn|haar) )?(?:(?:uitdrukkelijke|nadrukkelijke|voorafgaande|expliciete|schriftelijke|vrije|specifieke|ondubbelzinnige) ){0,3}(?:toestemming|goedkeuring|toelating)"
    r"|(?:toestemming|toelating|goedkeuring) (?:\w+ ){0,3}(?:geeft|gegeven|gaf|gaven|verleend|verleent|verleende|verkregen|gekregen|te geven|geven|nodig|vereist|verlenen)"
    r"|(?:als|indien|wanneer) (?:u|je|jij) (?:daarvoor |hiervoor |daar |hier )?(?:uw |je |jouw )?toestemming"
    r"|(?:als|indien|wanneer) (?:u|je|jij) (?:het|een|dat) (?:vakje|hokje|selectievakje|checkbox) (?:\w+ )?aanvinkt|aanvinken van (?:het|een) (?:vakje|hokje|selectievakje)"
    r"|(?:als|indien|wanneer) (?:u|je|jij) (?:daar|hier)voor (?:hebt |heeft |heb )?(?:gekozen|kiest)|(?:als|indien|wanneer) (?:je|u|jij) (?:dat|dit|het) (?:wilt|wil|wenst)\b[^.]{0,60}nieuwsbrie|nieuwsbrie\w*[^.]{0,40}(?:als|indien|wanneer) (?:je|u|jij) (?:dat|dit|het) (?:wilt|wil|wenst)"
    r"|(?:als|indien|wanneer|mits) (?:u|je|jij) (?:\w+ ){0,4}(?:akkoord gaat|instemt)|met (?:uw|je|jouw) instemming|(?:na|met|zonder) (?:uw|je|jouw) (?:\w+ )?akkoord"
    r"|(?:geeft|geef|geven|verleent|verleen) (?:\w+ ){0,3}(?:toestemming|toelating|goedkeuring)|\bconsent\b|\bopt-?in\b|toestemming (?:voor|om)"
    r"|(?:intrekken|intrekking|in te trekken)\b[^.]{0,40}toestemming|toestemming\b[^.]{0,60}(?:intrekken|in te trekken|intrekking)"
    r"|(?:aangemeld|aanmeldt|aanmelden|inschrijft|ingeschreven|inschrijven|abonneert|geabonneerd)\b[^.]{0,40}nieuwsbrie"
    r"|nieuwsbrie\w*\b[^.]{0,40}(?:aangemeld|aanmeldt|aanmelden|inschrijft|ingeschreven|inschrijven|abonneert|geabonneerd)"
    r"|(?:grondslag|rechtsgrond|basis)\s*:?\s*(?:\w+ ){0,3}(?:toestemming|consent)"
    r"|\bvink\w* (?:\w+ ){0,4}aan\b|\baanvinken|(?:wil|wilt|wens|wenst) (?:je|u) (?:onze |de )?nieuwsbrie\w* ontvangen"
)
# Asking the parents for consent (photos of pupils) is consent as a basis, unlike "children need their parents' consent".
CONSENT_FROM_PARENTS = C(r"\b(?:vragen|vraagt|vraag) (?:wij|we|ik) (?:aan )?(?:de |hun |uw |je )?(?:ouders?|voogd)\w* (?:\w+ ){0,2}toestemming"
                         r"|\b(?:vragen|vraagt|vraag) (?:wij|we|ik) (?:\w+ ){0,4}(?:de |hun )?(?:ouders?|voogd)\w* (?:\w+ ){0,2}toestemming")
CONSENT_NOT_BASIS = C(r"(?:vragen|vraagt|vraag) (?:\w+ ){0,3}(?:nergens|geen|niet|nooit) (?:\w+ ){0,2}toestemming|nergens toestemming|\bmachtiging|\bouders?\b|ouderlijke|voogd|wettelijke vertegenwoordiger|geen toestemming (?:nodig|vereist)|zonder (?:dat )?(?:hiervoor )?toestemming (?:nodig|vereist)")

LEGIT = C(
    r"gerechtvaardigd\w*\s+belang|legitiem\w*\s+belang|legitimate interest|\b6\s?\.?\s?1\s?\.?\s?\(?\s?f\b|\b6\s?\(1\)\s?\(?f\b"
    r"|artikel 6,? (?:lid 1,? )?(?:sub|onder|punt) f|6 lid 1 (?:sub|onder) f"
)
_LEGIT_DENIED = C(r"\b(?:niet|nooit|geen)\b (?:\w+ ){0,3}(?:beroepen|baseren|steunen|gebaseerd) op (?:het |een |ons )?(?:gerechtvaardigd|legitiem)"
                  r"|\bgeen (?:beroep op (?:het |een )?)?(?:gerechtvaardigd|legitiem)")
LEGIT_DESC = C(r"\(|–|\s-\s|\b(?:om|voor|bij|namelijk|zoals|aangezien|omdat|met name|te weten|waaronder|bijvoorbeeld|bv|in het kader van|o\.m|onder meer|belang bij|belang is|belangen zijn)\b|:")

BY_PROCESSOR = C(r"\bdoor (?:onze |de |een |externe |andere )?\w*(?:partner|derde|dienstverlener|leverancier|verwerker|onderaannemer)\w*\b[^.]{0,40}verwerk")
_WE_RECEIVE = C(r"\b(?:wij|we|ik) (?:\w+ )?(?:krijgen|krijg|ontvangen|ontvang)\b|\b(?:krijgen|krijg|ontvangen|ontvang) (?:wij|we|ik)\b")
THEY_RECEIVE = C(r"^\W*(?!(?:wij|we|u|je|jij|ik|zij|ze)\b)[a-zà-ÿ]{3,} (?:ontvangen|ontvangt|krijgen|krijgt) (?:de |uw |je |jouw |deze |alle |bepaalde |enkel |alleen )?(?:\w+ )?\w*(?:gegevens|informatie|naam|adres|telefoonnummer|e-?mailadres)\b"
                  r"|\b(?:delen|deelt|deel) (?:wij|we|ik) [^.]{0,40}\bmee\b"
                  r"|\b(?:en|die|dat) (?:krijgen|krijgt|ontvangen|ontvangt) (?:alleen |enkel |slechts |ook )?(?:de |uw |je |jouw |deze )?\w*(?:gegevens|informatie)\b")
RECIP_NONE = C(r"\b(?:verkopen|verhuren|verkocht|verhuurd|verkoopt|verhuurt)\b|gegevens blijven bij ons|\bblijven bij ons\b"
                r"|(?:worden|wordt) (?:nooit |niet )(?:\w+ ){0,3}(?:gedeeld|doorgegeven|verstrekt|overgemaakt)")
RECEIVES_FROM_US = C(r"\b(?:ontvangt|ontvangen|krijgt|krijgen)\b[^.]{0,40}\b(?:gegevens|informatie)\b[^.]{0,20}\bvan ons\b")
SERVICE_NAMES = named_service_regex()  # resources/checklist/services.toml
RECIP_PROCESSOR = C(r"(?:treedt|treden|fungeert|fungeren)\b[^.]{0,30}\bop als (?:\w+ )?verwerker|\bals (?:onze |ons )?verwerker\b|verwerkersovereenkomst|namens (?:ons|onze|\w+)|in (?:onze|ons) opdracht|ontvangers?\b|(?:maken|maakt) (?:\w+ )?gebruik van (?:de )?diensten van")

TRANSFER_TOOL = outside_eea_regex()  # resources/checklist/services.toml
TRANSFER_DEST = C(
    r"verenigde staten|\busa\b|\bu\.s\.|\bus\b(?=[- ]?(?:bedrijf|bedrijven|server|dienst))|amerika|buiten (?:de (?:europese unie|eu|eer|europese economische ruimte|europese)|europa)"
    r"|derde[ -]?land\w*|landen buiten|third countr|outside the (?:eea|eu)|internationale doorgifte|doorgifte\w* naar (?!een ander)|\b(?:canada|india|china|japan|australië)\b|verenigd koninkrijk"
)
TRANSFER_DEST_RAW = C(r"\bVS\b")
TRANSFER_SAFE = C(
    r"adequa\w*|passend (?:bescherming|beveiligings)sniveau|passende waarborg\w*|standaard ?contract\w*|modelcontract\w*|standard contractual|\bscc\b|\bsccs\b"
    r"|bindende bedrijfsvoorschriften|binding corporate|data privacy framework|dataprivacykader|privacykader|gelijkwaardig beschermingsniveau"
)
TRANSFER_OLD = C(r"privacy[\s-]?shield|safe[\s-]?harbou?r")
TRANSFER_EEA = C(
    r"(?:alles|alle gegevens|uw gegevens|je gegevens|de gegevens|gegevens) (?:\w+ ){0,2}(?:blijft|blijven) (?:\w+ ){0,2}in (?:nederland|belgië|europa|de eu\b|de eer\b|de europese)"
    r"|binnen de (?:europese unie|eu|eer|europese economische ruimte)|europese bodem|in europa|binnen europa|(?:in|binnen) (?:de )?(?:eu|eer)\b"
)
# Where the organisation's own hosting is: says nothing about the other tools it names.
TRANSFER_HOST = C(
    r"datacent\w* in (?:belgië|nederland|europa|de eu)|servers? (?:\w+ ){0,4}in (?:belgië|nederland|europa|de eu)"
    r"|(?:opgeslagen|bewaard|gehost|gehuisvest) (?:\w+ ){0,4}in (?:belgië|nederland|europa|de eu)"
    r"|(?:nederlandse|belgische|europese|duitse|franse|ierse) (?:hosting\w*|server\w*|datacent\w*|cloud\w*|provider\w*)"
)
TRANSFER_NEG_OUT = C(r"(?:niet|nooit|geen)\b[^.]{0,60}buiten (?:de (?:europese unie|eu|eer|europese)|europa)")

RET_CTX = C(
    r"bewa(?:ar|ren|rd|art|ring)|bijgehouden|bijhouden|bijhoudt|houden (?:\w+ ){0,4}bij\b|opgeslagen|opslaan|retentie|retention|verwijderd|verwijderen"
    r"|gewist|vernietigd|geanonimiseerd|anonimiseren|hoe ?lang|opslagtermijn|verjaringstermijn|wettelijke termijn|geschrapt|vernietigen|zolang|zo lang|archiveer|gearchiveerd|archivering|archief|overschreven|overschrijven"
)
RET_NOT = C(r"\bverzoek|reageren|reactie|antwoord|beantwoord|behandel")
RET_PERIOD = C(
    r"\b\d+\s*(?:dagen|dag|weken|week|maanden|maand|jaar|jaren|uur|uren|kalenderjaren|days|weeks|months|years)\b"
    r"|\b(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|dertig|veertig|zestig)\s+(?:dagen|weken|maanden|jaar|jaren|kalenderjaren)\b"
    r"|\b(?:half|anderhalf)\s+jaar\b|\bmaximaal (?:een|één) (?:jaar|maand)|\bbinnen (?:de|het|een|één) (?:maand|week|jaar)\b"
)
RET_CRITERIA = C(
    r"zolang (?:als )?(?:u|je|jij)\b[^.]{0,30}(?:klant|lid|abonnee|gebruiker|ingeschreven|student|werknemer|patiënt|cliënt|account|actief|bij ons)"
    r"|zolang (?:uw|je|jouw|de|het|onze) (?:account|abonnement|lidmaatschap|overeenkomst|contract|klantrelatie|relatie|samenwerking|dossier|inschrijving|opdracht|behandeling)"
    r"|tot(?:dat)? (?:u|je|jij)\b[^.]{0,40}(?:uitschrijft|afmeldt|intrekt|opzegt|verwijdert|aangeeft|vraagt|verzoekt|beëindigt)"
    r"|na (?:het )?(?:einde|beëindiging|afloop|afsluiting|stopzetting|opzegging|afronding) van|tot (?:het einde|de afloop|de beëindiging)"
    r"|(?:wettelijke|fiscale|boekhoudkundige|administratieve) (?:bewaar)?(?:termijn|plicht)|bewaarplicht|zolang de (?:toepasselijke|wettelijke) termijn"
    r"|verjaringstermijn|na (?:uw|je|jouw) laatste (?:bezoek|aankoop|bestelling|contact)"
    r"|zodra (?:u|je|jij|uw|jouw|de|het)\b[^.]{0,50}(?:opzegt|verwijdert|beëindigt|stopt|afmeldt|uitschrijft|afgelopen|beëindigd|afgerond|afgehandeld|verstreken)"
    r"|looptijd van (?:de|het|uw|je) (?:overeenkomst|contract|abonnement)|archiefwet\w*|selectielijst"
    r"|\bna (?:de|het) (?:\w+ ){0,2}(?:van|waarin|waarop)\b|zolang (?:wij|we|ik)\b[^.]{0,40}\b(?:zijn|ben|blijven|optreden|werken)\b"
)
RET_VAGUE = C(
    r"niet langer (?:dan|als) (?:strikt |absoluut )?(?:nodig|noodzakelijk|vereist)|niet langer bewaard (?:\w+ ){0,3}dan (?:strikt )?(?:nodig|noodzakelijk)"
    r"|zo ?lang (?:als |dat |dit )?(?:strikt )?(?:nodig|noodzakelijk|vereist)|gedurende de (?:periode|termijn|tijd) die (?:nodig|noodzakelijk)"
    r"|redelijke termijn|zekere termijn|termijn die (?:van belang|nodig|noodzakelijk)|(?:niet|nooit) langer\b[^.]{0,40}\b(?:dan|als) (?:\w+ )?(?:nodig|noodzakelijk|vereist)"
)
RET_INDEF = C(r"onbepaalde (?:duur|tijd)|onbeperkte (?:duur|tijd)|voor onbepaalde|voor altijd|voor onbeperkte")

RIGHT_WORD = C(r"\brecht(?:en)?\b|\bright")
RIGHT_RESERVED = C(r"(?:behoudt|behouden|behoud)\s+(?:zich|ons|het)\b[^.]{0,80}\brecht\b[^.]{0,100}\bvoor\b|toepasselijk recht|\b(?:belgisch|nederlands)e? recht|auteursrecht|rechten voorbehouden")
_PERSON = r"(?:u|je|jij|ik|(?:de|het|elke|iedere) (?:klant|betrokkene|gebruiker|bezoeker|deelnemer|lid|patiënt|cliënt|werknemer|sollicitant|consument|opdrachtgever|huurder|koper|ouder|bewoner|leerling|student))"
_PEOPLE = r"(?:(?:de )?(?:ouders|klanten|betrokkenen|gebruikers|bezoekers|deelnemers|leden|patiënten|cliënten|werknemers|medewerkers|studenten|leerlingen|bewoners|sollicitanten))"
YOU_CAN = C(r"\b(?:kunt|kan|kun|mag|kunnen|mogen)\s+" + _PERSON + r"\b|\b" + _PERSON + r"\s+(?:kunt|kan|mag)\b|\b" + _PEOPLE + r"\s+(?:kunnen|mogen)\b")
REQUEST = C(r"\b(?:kunt|kan|mag|kunnen) (?:u|je|jij) (?:\w+ )?vragen\b|\b(?:u|je|jij) (?:kunt|kan|mag) (?:\w+ )?vragen\b|\bverzoek|\b(?:ons|om|mij|me) (?:\w+ )?(?:te )?vragen\b|\bvragen (?:om|ons)\b|\bcontact (?:op)?nemen|\bneem\b[^.]{0,20}\bcontact|\bcontact op met"
             r"|\b(?:wil|wilt|wens|wenst)\s+(?:je|u|jij)\s+dat\s+(?:we|wij|ik)\b|\blaat (?:het )?(?:ons|mij|me) (?:\w+ )?weten|\b(?:wil|wilt|wens|wenst) (?:je|u|jij) (?:weten|iets|graag)\b"
             r"|\bbel (?:ons|mij|me)\b|\bloop (?:even |gerust )?binnen|\bkom (?:even |gerust )?langs|\bspreek (?:ons|mij|me) aan"
             r"|\b(?:wil|wilt|wens|wenst) (?:je|u|jij) (?:\w+ ){0,5}(?:te )?laten\b|\bspreek\b[^.]{0,40}\baan\b|\bmailtje|\bmail (?:ons|naar)|\bcontacteer|\bcontacteren")
YOUR_DATA = C(r"(?:uw|je|jouw|jullie|mijn|zijn|haar|hun|de|deze|die|alle|bepaalde) (?:persoons)?gegevens|persoonsgegevens|informatie|account|profiel|dossier|aantekeningen|notities|documenten|foto's|beelden|bestand")

RIGHTS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "right_access": (
        C(r"\binzage|inzagerecht|recht (?:op|van|tot) (?:toegang|inspectie)|right of access|\binkijk|\bin te kijken|recht\w* (?:\w+ ){0,6}(?:in te zien|inzien)"),
        C(r"\binzien\b|\bin te zien\b|\bzien wat (?:jullie|wij|we)\b|\bwat (?:jullie|wij|we) (?:van|over) (?:mij|u|jou|je)\b (?:\w+ ){0,2}(?:hebben|weten|bewaren|verwerken)|download|\b(?:u|je|jij)\b[^.]{0,40}\btoegang\b|toegang (?:\w+ ){0,4}(?:vragen|verzoeken|krijgen)|inspectie|afschrift|kopie|opvragen|opgevraagd|op te vragen|welke (?:persoons)?gegevens (?:wij|we|ik)|overzicht van (?:uw|je|jouw|de|alle) (?:persoons)?gegevens|bekijken|\baccess\b"),
    ),
    "right_rectification": (
        C(r"rectific|recht (?:op|van|tot) (?:verbetering|correctie|aanpassing|wijziging)|right to rectification"),
        C(r"verbeter|correct|corrig|aanpas|aan te passen|aangepast|wijzig|gewijzigd|aanvull|aan te vullen|onjuist|actualis|bijwerk|bij te werken|rectif|rechtzet|recht te zetten|rechtgezet"
          r"|\bpass(?:en|t)\b[^.]{0,30}\baan\b"),
    ),
    "right_erasure": (
        C(r"gegevenswissing|\bwissing|\berasure\b|vergeten te worden|(?:te )?worden vergeten|recht om vergeten|recht (?:op|van|tot) (?:verwijdering|wissing|vergetelheid|schrapping)|right to erasure|to be forgotten"),
        C(r"verwijder|\bwis(?:sen)?\b|gewist|te wissen|schrap|geschrapt|vernietig|uitwis(?!sel)|\berase|\bdelet"),
    ),
    "right_restriction": (
        C(r"beperking van (?:de )?(?:verwerking|gegevensverwerking)|recht (?:op|van|tot) beperking|restriction of processing|verwerking\b[^.]{0,80}\bte (?:laten )?beperken|\bbeperken\b[^.]{0,40}\bverwerking"
          r"|(?:verwerking|gebruik)\b[^.]{0,60}\b(?:wordt|worden) (?:\w+ )?beperkt\b"
          r"|(?:verwerking|gebruik)\b[^.]{0,60}\btijdelijk\b[^.]{0,30}(?:stop|stil|opschort|op te schorten|bevriez|blokkeer|blokkeren)"
          r"|tijdelijk\b[^.]{0,30}(?:stop te zetten|stopzetten|stil te leggen|op te schorten|opschorten)\b[^.]{0,40}(?:verwerking|gebruik)"),
        C(r"beperking|beperken|laten beperk|afscherm|restrict"),
    ),
    "right_objection": (
        C(r"bezwaar (?:\w+ ){0,2}(?:maken|te maken|aantekenen|indienen|in te dienen)|recht (?:op|van|tot) (?:bezwaar|verzet)|recht om (?:bezwaar|zich te verzetten|je te verzetten|u te verzetten)"
          r"|right to object|\bbezwaar\b[^.]{0,60}\b(?:verwerking|direct ?marketing|profilering|gebruik)|verzet\w* tegen (?:\w+ ){0,3}(?:verwerking|gebruik|direct ?marketing|marketing|reclame|profilering)"
          r"|\btegen (?:\w+ )?verzetten\b|\bdaartegen (?:\w+ )?verzetten\b"
          r"|(?:wil|wilt|wenst) (?:je|u|jij) geen (?:\w+ ){0,3}(?:reclame|marketing|nieuwsbrie\w*|aanbiedingen|publiciteit|post|mails?|e-?mails?|brieven) (?:\w+ ){0,3}(?:ontvangen|krijgen)"),
        C(r"bezwaar|(?<!zich daartegen )(?<!zich ertegen )verzet|\bobject|direct ?marketing\b[^.]{0,60}\b(?:stop|afmeld|niet (?:meer|langer))"),
    ),
    "right_portability": (
        C(r"overdraagbaarheid|dataportabiliteit|portabiliteit|gegevensoverdraagbaarheid|gegevensoverdracht|machineleesba|machinaal leesba|gestructureerde,? (?:en )?gangbare"
          r"|gestructureerd\w* (?:\w+ ){0,3}(?:formaat|vorm|bestand)|gangba\w* (?:en )?(?:machine|formaat|vorm|bestand)"
          r"|recht (?:op|van|tot) (?:het |de )?(?:overdr|overzetten|meenemen)|data portability"),
        C(r"(?<!de )(?<!die )(?<!deze )overdr(?:agen|acht|aagt)|over te dragen|overgedragen|doorsturen|doorgestuurd|door te sturen|doorzenden"
          r"|(?:sturen|bezorgen|geven|ontvangen)\b[^.]{0,60}\b(?:andere|nieuwe) (?:verwerkingsverantwoordelijke|verantwoordelijke|partij|dienstverlener|organisatie|aanbieder|leverancier)"
          r"|leesba(?:ar|re) (?:formaat|vorm|bestand)|portab|meenemen|download|exporte"),
    ),
}
RIGHT_NOT_OBJECTION = C(r"geen bezwaar")
_OURS = C(r"\b(?:verwijderen|wissen|vernietigen|aanpassen|corrigeren|verbeteren|beperken|schrappen)\s+(?:wij|we|ik)\b"
           r"|\b(?:wij|we|ik)\s+(?:\w+\s+){0,3}(?:verwijderen|verwijderd|wissen|vernietigen|aanpassen|passen|corrigeren|verbeteren|beperken|schrappen)\b"
           r"|adressenbestand|mailinglijst|verzendlijst|mailingbestand")
_YOU_ASK = C(r"\b(?:mag|kan|kun|wil) ik\b|\?\s*$|\b(?:wil|wilt|wens|wenst|vraag|vraagt|vragen)\s+(?:je\s+|u\s+|jij\s+)?dat\s+(?:we|wij|ik)\b|\b(?:wil|wilt|wens|wenst) (?:je|u|jij) (?:niet|geen)\b|\b(?:vragen|verzoeken)\b[^.]{0,40}\bte\b|\bop (?:uw|je|jouw) (?:verzoek|vraag)")
_NOT_PERSONAL_OBJECT = C(r"wachtwoord|password|voorkeur|instelling|afspraak|bestelling|reserv|abonnement|levering|winkelmand")
_YOUR_OWN_DATA = C(r"\b(?:uw|je|jouw) (?:persoons)?gegevens|\b(?:uw|je|jouw) account")
_ACCESS_VERBS = C(r"opvragen|op te vragen|inzien|in te zien|inkijken|in te kijken|download|exporte")
_OURS_RIGHTS = ("right_rectification", "right_erasure", "right_restriction")
RIGHTS_RANGE = C(r"artikel(?:en|s)? 15 ?(?:tot(?: en met)?|t\.e\.m\.?|t/m|-|–) ?(2[0-2])\b")
_RIGHT_CUE = {"right_access": "r_access", "right_rectification": "r_rect", "right_erasure": "r_eras", "right_restriction": "r_restr",
              "right_objection": "r_obj", "right_portability": "r_port"}

WITHDRAW = C(
    r"(?:toestemming|goedkeuring|toelating|consent)\b[^.]{0,160}\b(?:in ?trekken|in te trekken|intrekt|ingetrokken|terug ?trekken|terug te trekken|terugtrekken|herroepen|intrekking|withdraw)"
    r"|(?:in ?trekken|in te trekken|intrekking|terugtrekken|terug te trekken|herroepen|herroeping|withdraw)\b[^.]{0,60}\b(?:toestemming|goedkeuring|toelating|consent)"
)
_DOMAIN = C(r"(?<![@\w.-])[a-z0-9][\w-]*\.(?:be|nl|com|eu|org|net|nu|io|app|shop|online|store|info|vlaanderen|brussels|amsterdam|frl|site|website)\b(?!@)")
_THIRD_PARTY_DOMAINS = frozenset(
    "mijngezondheid.be belgium.be vlaanderen.be fgov.be ehealth.fgov.be overheid.nl rijksoverheid.nl mijnoverheid.nl government.nl "
    "autoriteitpersoonsgegevens.nl gegevensbeschermingsautoriteit.be youtube.com facebook.com google.com linkedin.com instagram.com "
    "twitter.com x.com tiktok.com apple.com microsoft.com allaboutcookies.org youronlinechoices.com youronlinechoices.eu".split()
)


def _own_domain(low: str) -> bool:
    """A domain that may be the organisation's own site (not "via www.mijngezondheid.be", not a public or platform site)."""
    for m in _DOMAIN.finditer(low):
        dom = m.group(0)
        if dom in _THIRD_PARTY_DOMAINS or any(dom.endswith("." + d) for d in _THIRD_PARTY_DOMAINS):
            continue
        before = low[max(0, m.start() - 9): m.start()]
        if "via " in before and "www." in before:
            continue
        return True
    return False


_ADDRESSES_YOU = C(r"\b(?:u|je|jij|jou|jouw|uw|jullie)\b|contact|wenden|terecht|contacteer|informatie|toezicht")
WITHDRAW_VERB = C(r"\b(?:in ?trekken|in te trekken|intrekt|terug ?trekken|terug te trekken|herroepen)\b|\b(?:keuze|voorkeur|toestemming)\b[^.]{0,30}\b(?:wijzigen|aanpassen|veranderen)\b")
UNSUBSCRIBE = C(r"uitschrijv|uit te schrijven|uitschrijf|uitgeschreven|afmeld|af te melden|afgemeld|opt-?out|unsubscribe|niet (?:langer|meer) (?:wenst|wilt|wil) (?:te )?ontvangen")
UNSUB_CTX = C(r"nieuwsbrie|mailing|mail|berichten|marketing|\blink\b|sms")

COMPLAINT = C(r"klacht|beklag|complaint|\bberoep (?:aan)?te?(?:kenen|doen)|in beroep")
COMPLAINT_INTERNAL = C(r"klacht\w* (?:\w+ ){0,3}(?:bij|aan|met) (?:ons|onze|mij|de klantendienst)|(?:bij|aan) ons (?:\w+ ){0,3}klacht")
COMPLAINT_ACT = C(
    r"klacht\w* (?:\w+ ){0,4}(?:indienen|in te dienen|indient|neerleggen|neer te leggen|richten|melden|te melden|kunt|kan|kunnen|mag)"
    r"|(?:indienen|richten|neerleggen) (?:van )?(?:een )?klacht|(?:heeft u|heb je|hebt u|hebt je) (?:een )?klacht|bij klachten|met klachten|recht (?:\w+ ){0,3}klacht"
)
TURN_TO = C(r"(?:wenden|richten) tot|terecht(?:kunt|kan)? bij|\bterecht\b")

REQ_OBLIGATION = C(
    r"\b(?:u|je|jij|bent|ben)\b[^.]{0,30}\bverplicht\b[^.]{0,60}(?:te verstrekken|te geven|op te geven|mee te delen|te delen|in te vullen|te bezorgen|verstrekken|invullen)"
    r"|\bniet verplicht\b[^.]{0,60}(?:te verstrekken|te geven|op te geven|mee te delen|te delen|in te vullen|te bezorgen)"
    r"|(?:verstrekken|verstrekking|opgeven|meedelen|invullen|geven) van\b[^.]{0,100}\b(?:is|zijn) (?:niet |steeds |altijd |wettelijk |contractueel |strikt |absoluut )*(?:verplicht|vrijwillig|noodzakelijk|vereist|nodig)"
    r"|(?:verstrekken|verstrekking|opgeven|meedelen|meedeling) van\b[^.]{0,100}\b(?:is|zijn) (?:een )?(?:wettelijke|contractuele|reglementaire) (?:verplichting|vereiste)"
    r"|(?:persoons)?gegevens (?:zijn|is) (?:dus |wel |altijd |steeds |wettelijk )?(?:verplicht|vereist)\b(?! (?:om|te|voor (?:ons|de verwerking)))"
    r"|(?:is|zijn|blijft|blijven) (?:\w+ )?vrijblijvend|\bvrijwillig(?:e)? (?:verstrekt|gegeven|opgegeven|ingevuld|meegedeeld|bezorgd)|(?:deelname|deelnemen|medewerking|invullen)\b[^.]{0,50}\b(?:is|zijn) (?:altijd |steeds |volledig |geheel )?vrijwillig|(?:verstrekken|opgeven|invullen|geven|meedelen)\b[^.]{0,40}\bis vrijwillig|op vrijwillige basis|(?:bent|ben|is|zijn|staat|staan) (?:je |u |het )?(?:je |u )?(?:altijd |steeds |volledig )?vrij (?:om|in)"
    r"|verplichte (?:velden|gegevens|informatie|vragen)|(?:is|zijn) (?:een )?(?:wettelijke|contractuele) (?:verplichting|vereiste)\b[^.]{0,60}verstrek"
    r"|verstrek\w*\b[^.]{0,60}(?:is|zijn) (?:een )?(?:wettelijke|contractuele) (?:verplichting|vereiste)|noodzakelijk (?:om|voor) (?:een|de) overeenkomst (?:te sluiten|aan te gaan)"
    r"|aangeduid met een (?:\*|sterretje)|velden met een (?:\*|sterretje)|velden\b[^.]{0,80}(?:\*|sterretje)[^.]{0,40}\bverplicht"
    r"|(?:voor|bij) (?:de |het |een |uw |je |jouw )?\w*(?:inschrijving|registratie|aanmelding|bestelling|reservatie|reservering|boeking|aanvraag|sollicitatie|lidmaatschap)\b[^.]{0,60}\b(?:is|zijn) [^.]{0,40}\b(?:verplicht|vereist)\b"
    r"|\b(?:is|zijn) (?:\w+ ){0,6}(?:verplicht|vereist) (?:voor|bij) (?:de |het |een |uw |je |jouw )?\w*(?:inschrijving|registratie|aanmelding|bestelling|reservatie|reservering|boeking|aanvraag|sollicitatie|lidmaatschap)\b"
    r"|\b(?:heb|hebt|heeft) (?:je|u|jij)\b[^.]{0,50}\b(?:e-?mailadres|naam|adres|wachtwoord|telefoonnummer|gegevens|identiteitsbewijs|rekeningnummer|iban)\b[^.]{0,20}\bnodig\b"
    r"|(?:is|zijn|bent|ben) (?:\w+ ){0,4}gehouden\b[^.]{0,60}\bte (?:verstrekken|geven|bezorgen|melden|bezorgen)"
    r"|(?:wettelijk )?verplicht\b[^.]{0,40}\b(?:nachtregister|gastenregister|reizigersfiche|reizigersregister|hotelregister)|(?:nachtregister|gastenregister|reizigersfiche|reizigersregister)\b[^.]{0,60}\bverplicht"
    r"|gegevens die (?:wij|we|ik) (?:wettelijk )?verplicht (?:moeten |dienen te )?(?:noteren|registreren|vragen|opvragen|bijhouden|vastleggen|controleren)"
    r"|(?:(?:wij|we|ik) (?:zijn|ben)|(?:zijn|ben) (?:wij|we|ik)) (?:wettelijk )?verplicht (?:om )?[^.]{0,120}?\b(?:op te nemen|te noteren|te registreren|te vragen|op te vragen|te controleren|vast te leggen|te kopiëren|te scannen)"
    r"|(?:(?:wij|we|ik) (?:zijn|ben)|(?:zijn|ben) (?:wij|we|ik)) (?:wettelijk )?verplicht (?:om )?(?:een )?kopie\b[^.]{0,50}\bte (?:maken|nemen|bewaren)"
    r"|\b\w*(?:registratie|identificatie|opgave|vermelding)\b[^.]{0,30}\b(?:is|zijn) (?:wettelijk |contractueel )?verplicht"
    r"|(?:hebben|heb) (?:wij|we|ik) (?:deze|die|uw|je|jouw|de(?: volgende)?) (?:persoons)?gegevens nodig"
    r"|(?:deze|die|de|uw|je|jouw|onderstaande|volgende) (?:persoons)?gegevens (?:zijn|is) (?:\w+ )?(?:nodig|noodzakelijk|vereist|verplicht) (?:om|voor)\b"
    r"|\b(?:naam|adres|e-?mailadres|telefoonnummer|geboortedatum|iban|rekeningnummer|rijksregisternummer|bsn|burgerservicenummer|identiteitskaart)\b[^.:]{0,60}\b(?:hebben|heb) (?:wij|we|ik) (?:\w+ ){0,3}nodig\b(?!\s*(?:voor|om)?\s*:)"
    r"|(?:moeten|moet) (?:door (?:u|jou|de \w+) )?(?:worden |verplicht worden )(?:verstrekt|gegeven|opgegeven|meegedeeld|ingevuld|bezorgd)\b(?! aan)"
    r"|(?:is|zijn) (?:de|het) \w+ verplicht (?:om )?(?:de |deze |die |uw |je |zijn |haar |hun )?(?:persoons)?gegevens (?:te verstrekken|te geven|mee te delen|op te geven)"
    r"|(?:wij|we|ik) (?:hebben|heb) (?:deze|die|uw|je|jouw|de(?: volgende)?) (?:persoons)?gegevens nodig"
)
_GIVE = r"(?:verstrek|geeft|geven|opgeeft|op te geven|meedeelt|mee te delen|meedelen|delen|invult|in te vullen|bezorgt|aanlevert|wenst mee te delen|wil geven)"
REQ_CONSEQUENCE = C(
    r"(?:indien|als|wanneer|zonder dat)\s+(?:u|je|jij)\b[^.]{0,40}(?:gegevens|informatie)\b[^.]{0,30}\b(?:niet|geen)\b[^.]{0,30}" + _GIVE +
    r"|(?:indien|als|wanneer|zonder dat)\s+(?:u|je|jij)\b[^.]{0,20}\b(?:niet|geen)\b[^.]{0,40}(?:gegevens|informatie)\b[^.]{0,30}" + _GIVE +
    r"|(?:indien|als|wanneer) (?:deze |de |uw |je |jouw |bepaalde |de gevraagde |de nodige )?(?:persoons)?gegevens niet (?:\w+ ){0,2}(?:verstrekt|gegeven|opgegeven|meegedeeld|ingevuld|bezorgd)"
    r"|zonder (?:deze|die|uw|je|jouw|de gevraagde|de nodige|bepaalde) (?:persoons)?gegevens (?:kunnen|kan|is het|zijn (?:wij|we))"
    r"|zonder (?:deze|die|de gevraagde|de nodige|bepaalde) (?:persoons)?gegevens (?:\w+ ){1,3}(?:wij|we|ik)\b[^.]{0,40}\b(?:niet|geen)\b"
    r"|^\W*(?:doet|doe) (?:u|je|jij) (?:dat|dit|het) niet\b[^.]{0,10}\bdan\b|^\W*zo niet\b[^.]{0,10}\bdan\b|\bzonder (?:kunnen|kan) (?:wij|we|ik) (?:\w+ ){0,3}(?:geen|niet)\b"
    r"|^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:geef|geeft|verstrek|verstrekt|bezorg|bezorgt|deel|deelt) (?:je|jij|u|de \w+|het \w+)\b[^.]{0,100}?\bniet\b[^.]{0,15}\bdan\b"
    r"|^\W*(?:worden|wordt) (?:zij|ze|deze|die|de gegevens|deze gegevens|die gegevens|uw gegevens|je gegevens) niet (?:\w+ )?(?:verstrekt|gegeven|opgegeven|meegedeeld|ingevuld|bezorgd)\b[^.]{0,15}\bdan\b"
    r"|(?:dan|anders|in dat geval)\b[^.]{0,30}\b(?:kunnen|kan) (?:wij|we|ik)\b[^.]{0,40}\b(?:geen|niet)\b[^.]{0,40}(?:meer )?(?:verstrekken|leveren|helpen|behandelen"
    r"|uitvoeren|aanbieden|bezorgen|geven|verlenen|afhandelen|versturen|verwerken|sturen|opstellen|sluiten|aanvragen|plaatsen)"
    r"|zonder (?:\w+ ){0,5}(?:gegevens|identiteitsbewijs|identiteitskaart|kopie|informatie|naam|adres|e-?mailadres|rijksregisternummer|bsn|burgerservicenummer|documenten"
    r"|\w*verklaring|\w*bewijs|\w*attest)\b"
    r"[^.]{0,60}\b(?:kunnen|kan|is het|zijn)\b[^.]{0,50}\b(?:niet|geen)\b"
)

ADM = C(
    r"geautomatiseerde?\s+(?:individuele\s+)?(?:besluit|beslis)|automatische?\s+(?:individuele\s+)?(?:besluit|beslis)|geautomatiseerd\w*\b[^.]{0,60}\b(?:besluit|beslis)"
    r"|(?:besluit|beslis)\w*\b[^.]{0,60}\b(?:geautomatiseerd|automatisch)|profilering|profiling|automated decision|\bartikel 22\b|\bart\.? ?22\b"
    r"|menselijke (?:tussenkomst|beoordeling|controle)|zonder tussenkomst van een mens"
    r"|(?:beslissing|besluit)\w*\b[^.]{0,60}\b(?:door (?:een|de) computer|door software|door een algoritme)|computer (?:beslist|neemt)"
    r"|\blead ?scoring\b|niet automatisch tot (?:een )?(?:weigering|afwijzing|beslissing|besluit|blokkering|uitsluiting)"
    r"|automatisch\w*\b[^.]{0,60}(?:vergelijk|match|beoordeel|selecteer|scoor|scoort|\w*score|rangschik)|(?:vergelijk|match|beoordeel|selecteer|scoor|scoort|rangschik)\w*\b[^.]{0,60}\bautomatisch"
    r"|(?:maken|maakt|stellen|opstellen|opgesteld)\b[^.]{0,30}\b(?:\w*gebruikers)?profielen|\bprofielen (?:van|op basis)"
    r"|(?:automatisch\w*|algoritme\w*)\b[^.]{0,40}\b(?:nagaat|bepaalt|beslist|controleert|beoordeelt|berekent|toekent|weigert|afwijst)\b[^.]{0,20}\b(?:of|wat|welke|hoeveel)\s+(?:u|je|jij)\b"
)
ADM_RIGHT_ONLY = C(r"recht\w*\b[^.]{0,40}\bniet (?:te )?(?:worden )?(?:onderworpen|onderwerpen)|niet (?:te )?worden onderworpen|recht (?:om )?niet")
ADM_STATEMENT = C(
    r"niet automatisch tot|\bmedewerker (?:\w+ ){0,5}(?:bekijkt|beoordeelt|controleert|beslist)|altijd (?:eerst )?(?:door )?een mens"
    r"|\b(?:wij|we|er|ik)\b[^.]{0,80}\b(?:geen|niet|nooit)\b|\b(?:geen|niet|nooit)\b[^.]{0,40}\b(?:wij|we|ik)\b"
    r"|(?:maak|maakt|maken|neem|neemt|nemen|passen|past|gebruik|gebruiken|gebruikt|vindt|vinden)\b[^.]{0,60}\b(?:geen|niet|wel)\b"
    r"|(?:wij|we|ik) (?:maken|maak|gebruiken|gebruik|passen|pas) (?:\w+ ){0,3}(?:gebruik van )?(?:profilering|geautomatiseerde)"
)
_CONSENT_WORD = C(r"(?:als|indien|wanneer) (?:je|u|jij) (?:dat|dit|het) (?:wilt|wil|wenst)\b[^.]{0,60}nieuwsbrie|nieuwsbrie\w*[^.]{0,40}(?:als|indien|wanneer) (?:je|u|jij) (?:dat|dit|het) (?:wilt|wil|wenst)|(?:daar|hier)voor (?:hebt |heeft |heb )?(?:gekozen|kiest)|toestemming|goedkeuring|toelating|\bconsent\b|\bopt-?in\b|akkoord gaat|instemming|instemt|(?:na|met|zonder) (?:uw|je|jouw) (?:\w+ )?akkoord")
RECIP_DIRECT = C(
    r"\b(?:doorgegeven|doorgeven|doorgeeft|verstrekt|verstrekken|gedeeld|delen|deelt|deel|overgemaakt|overmaken|bezorgd|bezorgen|meegedeeld|gestuurd|sturen|verstuurd"
    r"|overgedragen|overdragen|ter beschikking gesteld|meegedeeld)\b[^.;?]{0,80}? (?:aan|met|naar) (?!(?:u|jou|jij|uzelf|jezelf)\b|je\b(?! [a-zà-ÿ]{3,}))(?:de |het |een |onze |andere |externe |bepaalde |uw |je |jouw )?[a-zà-ÿ]{3,}"
    r"|\b(?:aan|met|naar) (?:de |het |een |onze |andere |externe |uw |je )?(?!(?:u|jou|jij|uzelf|jezelf|ouders?|voogd|betrokkene|klant)\b)[a-zà-ÿ]{3,}(?: \w+){0,2} (?:gedeeld|doorgegeven|verstrekt|overgemaakt|bezorgd|meegedeeld|gestuurd|verstuurd|overgedragen)\b"
    r"|\bbeschikbaar (?:gesteld |gemaakt )?(?:voor|aan) (?:andere |de |uw |je )?[a-zà-ÿ]{4,}|\b(?:geven|geeft|geef|verstrekken|verstrekt|verstrek)\b[^.]{0,40}\baan (?:anderen|derden|niemand|andere \w+)|\bschakel\w* (?:we|wij|ik) (?:een |de |onze )?[\w-]+ in\b|\binschakelen van (?:een|de) \w+|\bwissel\w* (?:\w+ ){0,3}uit met|\b(?:opgave|melding|rapportering|aangifte) aan (?:de|het) \w+|\b(?:geven|geeft|geef)\b[^.?]{0,60}\bdoor aan (?!(?:u|jou|jij)\b|je\b(?! [a-zà-ÿ]{3,}))\w+|\bgeven\b[^.?]{0,40}\bdoor\b[^.?]{0,20}\baan (?:anderen|niemand|derden|andere)"
)
_PROFILING_ONLY = C(r"^(?!.*(?:geautomatiseerd|automatisch|automated|artikel 22|art\.? ?22)).*(?:profilering|profiling)")
_OBJECTION = C(r"bezwaar|verzet|object")
WE_NEG = C(r"\b(?:wij|we|ik)\b[^.]{0,80}\b(?:geen|niet|nooit)\b")

DATA_VERB = C(r"gegevens|verzamel|verwerk|vragen|vraagt|nodig|bewaren|ontvangen|registre|opslaan|bijhouden|noteren|noteert|\bdata\b")

SOURCE_TRIGGER = C(
    r"(?:door|van|via|uit) (?:derden|derde partijen|een derde|andere (?:partijen|bronnen|organisaties|bedrijven)|(?:onze )?partners|openbare bronnen|publieke bronnen|(?:uw |je )?werkgever)\b[^.]{0,60}(?:verkregen|ontvangen|aangeleverd|verstrekt|geleverd|verzameld|gekregen|doorgegeven|bezorgd|aangereikt)"
    r"|(?:verkrijgen|ontvangen|krijgen|verzamelen|verkregen|gekregen|verzameld|ontvangt|verkrijgt|krijgt)\b[^.]{0,60}\b(?:van|via|uit) (?:derden|derde partijen|een derde|anderen|andere (?:partijen|bronnen|organisaties|bedrijven|mensen|personen|gebruikers)|(?:onze )?partners|openbare bronnen|publieke bronnen|sociale media|(?:uw |je )?werkgever)"
    r"|afkomstig (?:van|uit)\b[^.]{0,40}(?:derden|partners|bronnen|register|databank|database|kbo|kvk|kruispuntbank)|(?:openbare|publieke|publiek toegankelijke) (?:bronnen|registers)"
    r"|(?:niet|indirect) (?:bij|van) (?:u|jou|je) (?:zelf )?(?:verkregen|verzameld)|gegevens die (?:wij|we) (?:van|via) (?:derden|anderen)"
    r"|(?:derden|partners)\b[^.]{0,40}(?:aan ons|ons) (?:verstrekken|bezorgen|doorgeven|geven)"
    r"|\bvia (?:de |hun |zijn |haar |je |jouw |uw )?(?:ouders?|voogd|wettelijke vertegenwoordiger)\b"
    r"|\b(?:komen|komt|afkomstig) uit (?:\w+ )?(?:stukken|documenten|dossiers|registers|databanken|bronnen)\b"
    r"|\b(?!(?:je|u|jij|jullie|wij|we|ik)\b)[a-z][\w.]+ (?:bezorgt|bezorgen|bezorgde|geeft|geven|stuurt|sturen|levert|leveren|verstrekt|verstrekken) ons (?:je|uw|jouw|de|hun) "
    r"|\b(?!(?:je|u|jij|jullie|wij|we|ik)\b)[a-z][\w.]+ (?:bezorgt|bezorgen|bezorgde|geeft|geven|stuurt|sturen|levert|leveren|verstrekt|verstrekken) ons\b[^.]{0,40}\b(?:gegevens|informatie|inlichtingen)\b"
    r"|\b(?:bezorgt|bezorgen|geeft|geven|stuurt|sturen|levert|leveren|verstrekt|verstrekken) (?:de|het|een|uw|je|jouw) (?:\w+ ){0,2}ons\b[^.]{0,40}\b(?:gegevens|informatie|inlichtingen)\b"
    r"|\bverwijs(?:brief|brieven|formulier)\b|\b(?:door)?verwijzing (?:van|door) (?:je|uw|jouw|de|een) "
)
SOURCE_PARTY = (
    r"(?:derden|derde partijen|een derde|andere (?:partijen|bronnen|organisaties|bedrijven|ondernemingen)|(?:onze |zaken)?partners?|openbare bronnen|publieke bronnen"
    r"|sociale media|linkedin|facebook|werkgever|huisarts|arts|artsen|ziekenhuis|ziekenfonds|mutualiteit|zorgverzekeraar|verzekeraar\w*|makelaar\w*|tussenpersoon|bemiddelaar"
    r"|overheid\w*|gemeente|rijksregister|register|registers|kbo|kvk|kruispuntbank\w*|handelsregister|kamer van koophandel|staatsblad|databank\w*|database\w*"
    r"|kredietbur\w*|kredietverzekeraar|graydon|creditsafe|\w*leverancier\w*|opdrachtgever\w*|(?:onze )?klanten|school|scholen|notaris|advocaat|referenties|groepsvennootschap\w*"
    r"|moedermaatschappij|dochteronderneming\w*|collega|bedrijveninfo|adreslijst\w*|leadprovider\w*|datahandelaar\w*|ouders?|voogd|wettelijke vertegenwoordiger"
    r"|familie\w*|verwijzer\w*|specialist\w*|zorgverlener\w*|contactpersoon|referent\w*|recruit\w*|uitzendbureau\w*|selectiebureau\w*|syndic\w*|kadaster"
    r"|vastgoed\w*|notariss\w*|booking(?:\.com)?|expedia|airbnb|reisbureau\w*|touroperator\w*|boekingsplatform\w*|platform\w*|instantie\w*|hulpverlener\w*"
    r"|maatschappelijk werk|ocmw|cpas|uwv|sociale dienst|jeugdzorg|politie|basisregistratie\w*|\bbrp\b|belastingdienst|fiscus|\bsvb\b|\bduo\b|sociale zekerheid|\w*informatiebureau\w*|\bbkr\b|cliënt|\bklant\b)"
)
SOURCE_ACQUIRE = C(
    r"\b(?:ontvangen|verkrijgen|krijgen|verkregen|gekregen|ontvangt|verkrijgt|krijgt|ontvang|krijg|verkrijg|halen|haalt|gehaald|opvragen|opgevraagd|raadplegen|raadpleegt|aangeleverd|aanleveren"
    r"|bekomen|verzamelen|verzameld|verstrekt|doorgegeven|bezorgd|geleverd|kopen|kochten|gekocht|aangekocht|huren|gehuurd|controleren|controleert|checken|toetsen)\b[^.]{0,110}\b(?:van|via|uit|bij|door) (?:[^.;]{0,50}?\b)?" + SOURCE_PARTY + r"\b"
    r"|\b(?:van|via|uit|bij|door) (?:uw |je |jouw |de |het |een |onze |diverse |andere |hun |haar |zijn |hen |die )?" + SOURCE_PARTY + r"\b[^.]{0,60}\b(?:ontvangen|verkregen|gekregen|aangeleverd|verstrekt|doorgegeven|bezorgd|geleverd|opgevraagd|opgehaald|verzameld|bekomen)\b"
    r"|\b(?:raadplegen|raadpleegt|geraadpleegd|consulteren|consulteert|opzoeken|zoeken (?:\w+ )?op) (?:\w+ ){0,5}(?:de |het |een )?(?:kadaster|\w*register|registers|kbo|kruispuntbank\w*"
    r"|handelsregister|databank\w*|database\w*|staatsblad|kredietbur\w*|openbare bronnen|linkedin|sociale media|centrale voor kredieten|nationale bank|cka)\b"
    r"|\b(?:vragen|vraagt|vraag) (?:wij|we|ik)\b[^.]{0,60}\b(?:bij|via|aan) (?:de |het |een |uw |je |jouw )?" + SOURCE_PARTY + r"\b"
)
# "ontvangen wij van Eventbrite", "krijgen we van Apple of Google": a named organisation (raw text) as the source.
SOURCE_NAMED = C(r"\b[Vv]an (?!(?:U|Uw|Je|Jou|Jouw|Ons|Onze)\b)[A-Z][\w.&-]*[a-z][^.;]{0,40}?\b(?:ontvangen|krijgen|verkrijgen) (?:wij|we|ik)\b|\b(?:ontvangen|krijgen|verkrijgen|ontvang|krijg|verkrijg) (?:wij|we|ik)\b[^.;]{0,50}?\bvan (?!(?:U|Uw|Je|Jou|Jouw|Ons|Onze)\b)[A-Z][\w.&-]*[a-z]")
# A list entry naming where data come from ("Van de verhuurder: ..."); counts under a heading about sources.
SOURCE_FROM = C(r"van (?!(?:u|jou|je|jezelf|uzelf|jouzelf|ons|onze|wie|welke|wat|toepassing|belang)\b)[^.:;]{2,60}(?::|,| als | wanneer | zoals )")
# "ontvangen wij van dat lid", "krijgen we van hen": another person or the organisation just named
SOURCE_OTHER_PERSON = C(r"\b(?:ontvangen|krijgen|verkrijgen|verzamelen|ontvang|krijg|verkrijg) (?:wij|we|ik) (?:\w+ ){0,3}(?:gegevens |informatie )?(?:van|uit)(?: de volgende bronnen| andere bronnen)?\s*:\s*$"
                         r"|\bgegevens (?:uit|van) (?:de volgende|andere|diverse) bronnen"
                         r"|^(?!.*\bvan (?:u|jou|je|uzelf|jezelf)\b)[^:]*\b(?:ontvangen|ontvangt|krijgen|krijgt|verkrijgen|verkrijgt|raadplegen|raadpleegt|opvragen)\b[^.:]{0,80}\b(?:van|bij|uit)\b[^.:]{0,50}:\s*$"
                         r"|\b(?:ontvangen|krijgen|verkrijgen) (?:wij|we|ik) (?:\w+ ){0,3}van (?:de|uw|je|jouw) \w+ die (?:u|je|jij)\b"
                         r"|\b(?:ontvangen|krijgen|verkrijgen|ontvang|krijg|verkrijg) (?:wij|we|ik)\b[^.;]{0,40}\bvan (?:degene|diegene|iemand anders|een andere persoon)\b"
                         r"|\bgegevens van (?:een |je |uw |jouw )?(?:noodcontact|medereizigers?|gezinsleden)\b"
                         r"|\b(?:ontvangen|krijgen|verkrijgen|ontvang|krijg|verkrijg) (?:wij|we|ik) (?:\w+ ){0,2}van (?:hen|hem|haar|dat lid|het lid|die gebruiker|de gebruiker|andere gebruikers|andere leden|een ander lid)\b"
                         r"|\b(?:controleren|controleert|checken|verifiëren|raadplegen) (?:wij|we|ik) (?:\w+ ){0,4}in (?:de |het )?(?:basisregistratie\w*|\w*register|kentekenregister|rijksregister|kruispuntbank\w*|kbo|handelsregister|databank\w*|\bbrp\b)"
                         r"|\b(?:wij|we|ik) (?:controleren|controleer|checken|verifiëren|raadplegen) (?:\w+ ){0,4}in (?:de |het )?(?:basisregistratie\w*|\w*register|kentekenregister|rijksregister|kruispuntbank\w*|kbo|handelsregister|databank\w*|\bbrp\b)")
SOURCE_ACRONYM = C(r"\b(?:ontvangen|krijgen|verkrijgen|ontvangt|krijgt)\b[^.]{0,40}\b(?:van|uit) (?:het|de) (?!(?:DPO|FG|AVG|GDPR|GBA|AP|APD)\b)[A-Z]{2,6}\b")
SOURCE_SPECIFIC = C(
    r"kruispuntbank|\bkbo\b|\bkvk\b|handelsregister|kamer van koophandel|databank|database|kredietbur\w*|kredietverzekeraar|graydon|creditsafe|openbare bronnen"
    r"|publieke bronnen|staatsblad|sociale media|linkedin|facebook|werkgever|register\b|rijksregister|adreslijst\w*|verzekeraar\w*|notaris|partnerorganisatie"
    r"|bedrijveninfo|company ?web|huisarts|\barts|ziekenhuis|ziekenfonds|mutualiteit|makelaar\w*|tussenpersoon|bemiddelaar|overheid\w*|gemeente|leverancier\w*"
    r"|opdrachtgever\w*|\bklanten\b|school|scholen|advocaat|referent\w*|referenties|groepsvennootschap\w*|moedermaatschappij|dochteronderneming\w*"
    r"|ouders?\b|voogd|wettelijke vertegenwoordiger|familie\w*|verwijzer\w*|specialist\w*|zorgverlener\w*|contactpersoon|recruit\w*|uitzendbureau\w*"
    r"|selectiebureau\w*|leadprovider\w*|datahandelaar\w*|syndic\w*|kadaster|notariss\w*|vastgoedmakelaar\w*|booking\.com|expedia|airbnb|reisbureau\w*"
    r"|touroperator\w*|boekingsplatform\w*|gerechtsdeurwaarder\w*|basisregistratie\w*|\bbrp\b|belastingdienst|sociale zekerheid|\w*informatiebureau\w*|\bbkr\b"
)

WEBSITE = C(r"website|webshop|\bsite\b|www\.|\bapp\b|\bapps\b|applicatie|online|\.(?:be|nl|com|eu)\b|cookie|internet")
COOKIE_FULL = C(r"cookie")
TRACKING = C(r"tracking|tracker|pixel|analytics|web ?beacon|fingerprint|local ?storage|tags?\b")

SECURITY = C(
    r"beveilig(?!ingscamera)|veiligheidsmaatregel|veiligheid van (?:uw|je|jouw|de|alle) (?:persoons)?gegevens|informatieveiligheid|veilig (?:opgeslagen|bewaard|verstuurd|verzonden)"
    r"|veilige (?:verbinding|server|omgeving|opslag|manier)|(?:maken|maakt|nemen|neemt) (?:\w+ ){0,3}back-?ups|passende (?:technische|organisatorische|beveiligings)|technische en organisatorische|versleutel|encryptie|\bssl\b|\btls\b"
    r"|technisch\w* (?:en|als) organisatorisch|organisatorische en technische|maatregelen\b[^.]{0,60}\bbeschermen|beschermen\b[^.]{0,40}\bmaatregelen"
    r"|https|firewall|pseudonimis|toegangsbeheer|iso ?27001|secure sockets|authenticatie|wachtwoord\w* beschermd|virusscanner"
)
SAFETY_NOT_DATA = C(r"beveilig\w* van (?:de |onze |uw )?(?:goederen|personen|gebouw\w*|terrein\w*|winkel\w*|eigendom\w*|lokalen|bezittingen|klanten|personeel)|camera")
SECURITY_WEAK = C(r"in veilige handen|(?:gebonden|gehouden|onderworpen)\b[^.]{0,20}\bberoepsgeheim|\b(?:ziet|zien|krijgt|krijgen|heeft|hebben) (?:\w+ )?(?:alleen|enkel|uitsluitend) (?:de )?(?:gegevens|informatie)|(?:bekijk|bekijken|open|openen|lees|lezen)\w* (?:\w+ )?geen (?:bestanden|gegevens|documenten|mails|e-mails)|vertrouwelijk|geheimhoud|discretie|beschermen tegen|misbruik|(?:medewerkers|personeel|werknemers) (?:\w+ )?(?:krijgen|hebben) (?:alleen|enkel|uitsluitend) (?:de )?(?:gegevens|toegang)|(?:alleen|enkel|uitsluitend)\b[^.]{0,80}\btoegang\b|toegang\b[^.]{0,40}\b(?:beperkt|afgeschermd)")

CHANGE = C(
    r"(?:deze|dit|onze|ons|de|het) (?:privacy ?verklaring|privacy ?beleid|privacy ?policy|privacy ?statement|privacyreglement|privacyregeling|verklaring|beleid|cookieverklaring|privacyluik|privacyvoorwaarden)\b"
    r"[^.]{0,80}(?:wijzig|aanpass|aan te passen|aangepast|gewijzigd|herzien|update|bijgewerkt|bijwerken|bij te werken|verander)"
    r"|(?:wijzig\w*|aanpass\w*|aan te passen|aangepast|gewijzigd|herzien|herziening|updates?|veranderingen|bijwerken|bijgewerkt)\b[^.]{0,80}(?:privacy ?verklaring|privacy ?beleid|privacy ?policy|privacy ?statement|deze verklaring|dit beleid|privacyluik|privacyvoorwaarden|privacyreglement)"
    r"|(?:passen|past) (?:\w+ ){0,3}(?:verklaring|beleid|privacyverklaring|privacybeleid|policy|statement)\b[^.]{0,40}\baan\b"
    r"|wijzigingen (?:\w+ ){0,3}(?:melden|meedelen|bekendmaken|laten weten|communiceren|aankondigen)"
)
CHANGE_HOW = C(
    r"per e-?mail|via e-?mail|(?:publiceren|gepubliceerd|publicatie|plaatsen|geplaatst|vermelden|vermeld|bekendmaken|bekendgemaakt|melden|beschikbaar|vind|vindt|vinden|raadplegen|terugvinden)\b[^.]{0,40}\bop (?:deze|onze|de|het) (?:\S+ )?(?:website|pagina|site|webpagina|webstek)"
    r"|op (?:deze|onze|de) (?:website|pagina|site|webpagina)\b[^.]{0,40}(?:gepubliceerd|geplaatst|vermeld|bekendgemaakt|beschikbaar|vind|vinden|raadplegen)|melding|kennisgeving|bekendmaking|publicatie|gepubliceerd|op de hoogte"
    r"|meest recente versie|actuele versie|laatste versie|nieuwste versie|recentste versie|meest actuele|regelmatig (?:te )?raadplegen|raadpleeg|in (?:werking|voege)|treden? in|verwittigen|brengen wij u"
    r"|(?:staat|staan|vindt u|vind je|hangt) (?:\w+ ){0,3}op (?:www\.|onze|de|deze|het)"
)
CHANGE_DATE = C(
    r"(?:laatst|laatste)\s+(?:gewijzigd|bijgewerkt|aangepast|herzien|update|versie|wijziging)(?=[^.]*(?:\d|verklaring|beleid|policy|statement|reglement))|\bversie\b[^.]{0,30}\d|dateert van|ingangsdatum|geldig (?:vanaf|sinds)"
    r"|in (?:werking|voege) (?:getreden )?(?:op|sinds|vanaf)|(?:gewijzigd|bijgewerkt|aangepast|vastgesteld|opgesteld|goedgekeurd)(?: door [^.,]{0,40}?)? op\s+\d|last updated|\bversie \d"
)
DATE_ONLY = C(
    r"^\s*(?:\d{1,2}[ /.-](?:\d{1,2}|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)[ /.-]\d{4}|(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4})\s*\.?$"
)

CHILDREN = C(
    r"(?<!aantal )\bkind(?:eren)?\b(?! ten laste)|minderjarig|jonger dan \d+|onder de (?:\d+|zestien|dertien|achttien) jaar|(?:\d+|zestien|dertien) jaar of (?:jonger|ouder)|ouders? of (?:voogd|wettelijke vertegenwoordiger)"
    r"|ouderlijke toestemming|wettelijke vertegenwoordiger|children|\bjongeren\b|leeftijd van (?:\d+|zestien|dertien)"
)


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


# --- sentence tagging -------------------------------------------------------------------------
# Cheap prefilter: every distinct token is classified once (memoised) into "cues"; a sentence
# runs a group's full regexes only when it carries that group's cue. This keeps the engine
# fast enough to re-check a 20,000-word policy while the user types.
CUE_RULES: dict[str, str] = {
    "auth": r"autoriteit|toezicht|^gba$|^apd$|^ap$|commissie|^cbpl?$|^college$|cbpweb|authority|levenssfeer|privacy|^vtc$",
    "ctrl": r"verantwoordelijk|gevestigd|zetel|ondernemingsnummer|^kbo$|^kvk$|koophandel|handelsregister|^btw|eigendom|uitgebaat|beheerd|aangeboden"
            r"|uitgegeven|gebeurt|ingeschreven|^wie$|treedt|optreedt",
    "form": r"^bv$|^nv$|^bvba$|^vof$|^vzw$|^cv$|^commv$|^srl$|^sprl$|^sa$|^stichting$|^vereniging$|^coöperatie$|^cvba$|^b$|^n$",
    "contactform": r"formulier|^form$",
    "dpo": r"functionaris|^dpo$|officer|^fg$",
    "purpose": r"^doel|behoeve|teneinde|waarvoor|purpose|^oog$|^functie$|^waarom$|^waarborg$|^bewijs$|^ter$",
    "pverb": r"^gebruik|^verwerk|^verzamel|^nodig$|^vragen$|^vraagt$|^bewaren$|^opslaan$|^inzetten$|^analyseren$|^houdt$|^houden$|^noteren$|^noteert$|^registre",
    "basis": r"rechtsgrond|grondslag|^basis$|gerechtvaardigd|legitiem|^vitale?$|^vitaal$|^artikel$|^art$|overeenkomst|contract|^wettelijk|^wet$|^grond$"
             r"|gebaseerd|uitvoering|uitvoeren|nakoming|nakomen|voldoen|decreet$|^legal$|^lawful$|^taak$|^legitimate$|^vereist$|voorschrijft|^oplegt$|^opdracht$|^taken$|^verplicht$|^opgelegd$|voorgeschreven$",
    "consent": r"gekozen|kiest|toestemming|goedkeuring|toelating|consent|^opt$|nieuwsbrie|grondslag|rechtsgrond|^vink|aanvink|akkoord|instem",
    "recip": r"ontvanger|verwerker|^derden$|^derde$|partij|partner|dienstverlener|leverancier|onderaannemer|hosting|overheid|politie|autoriteiten|instanties"
             r"|instellingen|groepsmaatschappij|vennootschappen|advocat|boekhouder|boekhoudkanto|boekhoudbureau|accountant|secretariaat|verzekeraar|^bank(?:en)?$|koerier|vervoerder|postbedrijf"
             r"|pakketdienst|opdrachtgever|huisarts|^arts|mutualiteit|ziekenfonds|zorgverzekeraar|zorgverlener|deskundige|confrater|belastingdienst|fiscus|belastingadministratie|^fod$|^rsz$|douane|rechtbank|justitie|gerecht|deurwaarder|incassobureau",
    "share": r"^de(?:el|len|lt)$|gedeeld|^doorge|^geven$|^geeft$|^geef$|verstrek|beschikking|^overma|overgemaakt|doorgestuurd|doorsturen|toegang|^verk(?:open|ocht|oopt)$"
             r"|verhu(?:ren|urt)|uitgewisseld|uitwisselen|^wisselen$|^wisselt$|namens|inschakelen|ingeschakeld|schakelen|overgedragen|overdragen|doorgifte|^sturen$|^stuurt$"
             r"|beschikbaar|gestuurd|versturen|verstuurd|^samen$|samenwerken|beroep|^ontvangen$|^krijgt$|^krijgen$|^bezorg|meegedeeld|^meedelen$|^opgave$|^melding$",
    "recipproc": r"verwerkersovereenkomst|namens|opdracht|ontvanger|diensten|^verwerker$",
    # the service tokens come from the services table; the rest are the destination and safeguard words
    "transfer": cue_regex(True) + r"|whatsapp|verenigde|^usa$|^us$|amerika|buiten|^derde|landen|third|outside|internationa|doorgifte|canada|india|china|japan"
                r"|australië|verenigd|adequa|passend|standaard|modelcontract|standard|^sccs?$|bindende|binding|framework|privacykader|gelijkwaardig|shield"
                r"|^safe$|harbou?r",
    "service": cue_regex(False),
    "eea": r"nederlandse|belgische|europese|duitse|franse|ierse|binnen|europ|^eu$|^eer$|bodem|datacent|server|opgeslagen|bewaard|gehost|gehuisvest|belgië|nederland|buiten",
    "ret": r"^bewa|bijgehouden|bijhouden|bijhoudt|^houden$|opgeslagen|opslaan|retentie|retention|verwijderd|verwijderen|gewist|vernietigd|geanonimiseerd"
           r"|anonimiseren|^hoelang$|^lang$|termijn|geschrapt|vernietig|^zolang$|bewaarplicht|langer|onbepaalde|onbeperkte|^altijd$|archie|archive|gearchiveerd|overschre",
    "unit": r"^(?:dagen|dag|weken|week|maanden|maand|jaar|jaren|uur|uren|kalenderjaren|days|weeks|months|years)$",
    "right": r"^recht(?:en)?$|^right",
    "request": r"verzoek|^vragen$|^contact$|mailtje|^mail$|contacteer|contacteren|^nemen$|^neem$|^wil$|^wilt$|^wens$|^wenst$|^laat$|^bel$|^loop$|^kom$|^spreek$",
    "modal": r"^(?:kunt|kan|kun|mag|kunnen|mogen)$",
    "rights": r"erasure|forgotten|rechtzet|rechtgezet|download|exporte|inzage|^post$|mails?$|toegang|inspectie|inzien|inkijk|afschrift|reclame|publiciteit|tijdelijk|^zien$|kopie|opvragen|opgevraagd|^vragen$|^welke$|overzicht|bekijken|^access$|rectific|verbeter|correct|corrig"
              r"|aanpas|^passen$|aangepast|wijzig|gewijzigd|aanvull|^vullen$|onjuist|actualis|bijwerk|^werken$|vergeten|verwijder|^wis|gewist|schrap|vernietig"
              r"|uitwis|^erase|^delet|beperk|afscherm|restrict|bezwaar|verzet|^object|marketing|overdraag|portab|gegevensoverdracht|machineleesba|machinaal"
              r"|gestructure|gangba|^overdr|^dragen$|overgedragen|sturen|doorgestuurd|doorzenden|^andere$|leesba|meenemen|wissing",
    "r_access": r"download|inzage|toegang|inspectie|inzien|inkijk|afschrift|^zien$|kopie|opvragen|opgevraagd|^vragen$|^welke$|overzicht|bekijken|^access$|^kijken$",
    "r_rect": r"rechtzet|rechtgezet|rectific|verbeter|correct|corrig|aanpas|^passen$|aangepast|wijzig|gewijzigd|aanvull|^vullen$|onjuist|actualis|bijwerk|^werken$",
    "r_eras": r"erasure|forgotten|vergeten|verwijder|^wis|gewist|schrap|vernietig|uitwis|^erase|^delet|wissing",
    "r_restr": r"beperk|afscherm|restrict|tijdelijk",
    "r_obj": r"bezwaar|verzet|^object|marketing|right|reclame|publiciteit|^post$|mails?$",
    "r_port": r"overdraag|portab|gegevensoverdracht|machineleesba|machinaal|gestructure|gangba|^overdr|^dragen$|overgedragen|sturen|doorgestuurd|doorzenden"
              r"|^andere$|leesba|meenemen|download|exporte",
    "withdraw": r"keuze|voorkeur|intrek|ingetrokken|^trekken$|terugtrek|herroep|withdraw|uitschrijv|^schrijven$|uitschrijf|uitgeschreven|afmeld|^melden$|afgemeld|^opt$"
                r"|unsubscribe|^ontvangen$",
    "complaint": r"klacht|beklag|complaint|beroep|^wenden$|^richten$|terecht",
    "req": r"verplicht|vrijwillig|vrijblijvend|^vrij$|velden|sterretje|noodzakelijk|verstrek|^nodig$|^vereist$|^zonder$",
    "cond": r"^(?:indien|als|wanneer|zonder)$",
    "adm": r"computer|scoring|geautomatiseerd|automatisch|profiler|profiling|automated|^22$|menselijke|tussenkomst|profielen|algoritme",
    "we": r"^(?:wij|we|ik)$",
    "neg": r"^(?:niet|geen|nooit|nimmer|noch)$",
    "terms": r"zoals|bijzonder|vakbond|naam|namen|adres|mail|telefoon|^gsm$|mobiel|geboorte|leeftijd|geslacht|^ip$|rekening|^iban$|^btw|betaal|betaling|factu|locatie|surfgedrag"
             r"|browser|besturingssysteem|^foto|^cv$|rijksregister|^bsn$|burgerservice|identiteit|paspoort|nationaliteit|functie|beroep|gezondheid|medisch"
             r"|identiteit|geneesmiddel|medicatie|allergie|meterstand|verbruiksgegevens|kredietwaardigheid|klantnummer|wachtwoord|gebruikersnaam|kredietkaart|creditcard|contactgegevens|identificatie|gebruiksgegevens|technische|bijzondere|kenteken"
             r"|handtekening|camera|^beeld|geluid|bestel|^fax|burgerlijke|gezin|diploma|inlog|apparaat|device|inkomen|uitgaven|schulden|^loon|salaris",
    "source": r"noodcontact|medereiziger|bronnen|krijg|ontvang|^derden$|^derde$|partners?$|afkomstig|openbare|publieke|indirect|ontvangen|verkrijgen|krijgen|verkregen|gekregen|ontvangt|verkrijgt|krijgt"
              r"|^halen$|^haalt$|gehaald|opvragen|^vragen$|opgevraagd|raadplegen|raadpleegt|aangeleverd|aanleveren|bekomen|verzamelen|verzameld|verstrekt"
              r"|doorgegeven|bezorgd|geleverd|opgehaald|kopen|gekocht|aangekocht|huren|gehuurd|kruispuntbank|^kbo$|^kvk$|handelsregister|koophandel|databank|database|krediet|graydon|creditsafe"
              r"|staatsblad|sociale|linkedin|werkgever|register|adreslijst|verzekeraar|notaris|partnerorganisatie|bedrijveninfo|company|ouders?$|voogd"
              r"|verwijzer|specialist|zorgverlener|huisarts|ziekenfonds|mutualiteit|familie|contactpersoon|referent|recruit|uitzendbureau|selectiebureau"
              r"|notaris|syndic|kadaster|vastgoed|raadpleeg|geraadpleegd|consulte|opzoeken|booking|expedia|airbnb|reisbureau|touroperator|platform"
              r"|instantie|hulpverlener|ocmw|^uwv$|gemeente|politie|basisregistratie|^brp$|belastingdienst|fiscus|^svb$|^duo$|informatiebureau|^bkr$|^controleren$|^controleert$|^bezorg|^geeft$|^geven$|^stuurt$|^levert$|^leveren$",
    "web": r"website|webshop|^site$|^apps?$|\wapp$|applicatie|online|cookie|internet|platform$|extranet|portaal|klantenzone",
    "tracking": r"tracking|tracker|pixel|analytics|beacon|fingerprint|storage|^tags?$",
    "security": r"beroepsgeheim|beveilig|veilig|passende|technische|toegang|medewerkers|personeel|^ziet$|^zien$|^alleen$|^enkel$|^bekijk|^open|^lees|versleutel|encryptie|^ssl$|^tls$|^https$|firewall|pseudonimis|toegangsbeheer|toegangscontrole|^iso"
                r"|27001|secure|authenticatie|wachtwoord|backup|^back$|virusscanner|vertrouwelijk|geheimhoud|discretie|beschermen|misbruik",
    "change": r"wijzig|gewijzigd|aanpass|^passen$|^past$|aangepast|herzien|herziening|update|bijgewerkt|bijwerken|^werken$|verander",
    "how": r"melding|kennisgeving|bekendmaking|publicatie|gepubliceerd|publiceren|hoogte|versie|raadpleeg|werking|voege|^treden$"
           r"|^treedt$|verwittigen|geplaatst|plaatsen|vermeld|bekendgemaakt|beschikbaar|^vind|terugvinden",
    "mail": r"mail",
    "date": r"laatst|versie|dateert|ingangsdatum|geldig|^last$|^updated$|^goedgekeurd$|^vastgesteld$|^opgesteld$",
    "child": r"^kind|minderjarig|jonger|^ouders?$|ouderlijke|voogd|vertegenwoordiger|children|jongeren|leeftijd|zestien|dertien|achttien",
}
_CUE_RES = tuple((name, re.compile(rx)) for name, rx in CUE_RULES.items())
_TOKEN = re.compile(r"[a-zà-ÿ0-9]+")
_token_cues: dict[str, tuple[int, int]] = {}
_EMPTY: frozenset[str] = frozenset()
_DIGIT = re.compile(r"\d")


_BASIS_STRONG_GUARD = ("rechtsgrond", "grondslag", "basis", "gerechtvaard", "vital", "algemeen belang", "art", "legal", "lawful", "wettelijke opdracht",
                       "wettelijke taak", "publieke taak", "publiekrechtelijke", "wettelijke opdrachten", "wettelijke taken")
_BASIS_PHRASE_GUARD = ("basis van", "grond van", "gebaseerd op", "noodzakelijk", "uitvoering", "uitvoeren", "voldoen aan", "nakoming", "nodig", "uit te voeren")
_BASIS_WEAK_GUARD = ("verplicht", "uitvoering", "vereist", "voorschrijft", "oplegt", "opgelegd", "voorgeschreven", "voldoen aan")
_RET_CRITERIA_GUARD = ("archiefwet", "selectielijst", "zolang", "zo lang", "totdat", "tot u", "tot je", "tot jij", " na ", "na het", "termijn", "plicht", "laatste", "tot het", "tot de",
                       "zodra", "looptijd")
_RET_VAGUE_GUARD = ("langer", "zo lang", "zolang", "termijn", "redelijk")
_REQ_GUARD = ("vrijblijvend", "gehouden", "register", "reizigersfiche", " nodig", "moeten worden", "moet worden", "registratie is", "identificatie is", "verplicht", "vrijwillig", " vrij ", "velden", "sterretje", "overeenkomst te sluiten", "overeenkomst aan te gaan", "verstrek", "opgeven",
              "meedelen", "invullen")
_RESERVED_GUARD = ("behoud", "toepasselijk", "belgisch", "nederlands", "auteursrecht", "voorbehouden")
_SOURCE_WORDS = ("bron", "afkomstig", "verkre", "ontvang", "krijg", "gekregen", "raadple", "opgevraagd", "aangeleverd", "bezorg", "opgehaald", "gekocht",
                 "databank", "database", "register", "kbo", "kvk", "kruispunt", "staatsblad", "kadaster", "notaris", "makelaar", "werkgever", "huisarts",
                 "ziekenfonds", "ouder", "linkedin", "sociale media", "booking", "bureau", "beschikken")
_SOURCE_TRIGGER_GUARD = ("komen uit", "komt uit", "derde", "partner", "afkomstig", "openbare", "publieke", "indirect", "andere", "werkgever", "ouder", "voogd", " ons", "anderen", "verwijs")
_TLDS = (".be", ".nl", ".com", ".eu", ".org", ".net", ".nu", ".io", ".app", ".shop", ".online", ".store", ".info", ".vlaanderen", ".brussels",
         ".amsterdam", ".frl", ".site", ".website")
# All top-level domains start with ".": one regex with that literal prefix beats 19 substring tests.
_TLD_RX = re.compile("|".join(re.escape(t) for t in _TLDS))
_HOW_STRONG = ("versie", "www.", "publicatie", "gepubliceerd", "publiceren", "melding", "kennisgeving", "bekendmaking", "verwittig", "website", "pagina", "site")
_EEA_GUARD = ("europ", " eu", "eer", "belgi", "nederland", "bodem", "buiten", "duitse", "franse", "ierse")


def _any(low: str, needles: tuple[str, ...]) -> bool:
    """Whether any needle occurs in low (plain substring tests beat a regex alternation here)."""
    for n in needles:
        if n in low:
            return True
    return False


_CUE_BIT = {name: 1 << i for i, (name, _rx) in enumerate(_CUE_RES)}
_cue_sets: dict[int, frozenset[str]] = {0: _EMPTY}


def cues_of(low: str) -> frozenset[str]:
    """The cues a lower-cased sentence carries (token classification is memoised).

    Each token is memoised as (bit mask of its cues, bit mask of the guarded patterns it serves):
    a sentence ORs small ints, and its cue set is looked up once from the combined mask."""
    global _current
    memo = _token_cues
    bits = 0
    mask = 0
    toks = set(_TOKEN.findall(low))
    for tok in toks:
        got = memo.get(tok)
        if got is None:
            cb = 0
            for name, rx in _CUE_RES:
                if rx.search(tok):
                    cb |= _CUE_BIT[name]
            got = (cb, _token_mask(tok))
            if len(memo) < 500_000:
                memo[tok] = got
        bits |= got[0]
        mask |= got[1]
    _current = (low, mask, toks)  # lets the guarded patterns skip this sentence (see _Prefiltered)
    out = _cue_sets.get(bits)
    if out is None:
        out = _cue_sets[bits] = frozenset(name for name, bit in _CUE_BIT.items() if bits & bit)
    return out


DEFINITION = C(
    r"^\W*(?:[a-z]\.|\d+\.)?\s*(?:persoonsgegevens|verwerking|verwerker|ontvanger|derde|toestemming(?: van de betrokkene)?|betrokkene|inbreuk\w*"
    r"|profilering|pseudonimisering|bestand|avg|gdpr|toezichthoudende autoriteit|beperking van de verwerking|bijzondere \w+ (?:van )?persoonsgegevens)\s*:"
    r"|wordt (?:in dit \w+ )?verstaan onder"
)
_KEEP_IN_DEFINITION = ("contact:", "controller:")


def sentence_tags(raw: str, low: str) -> dict[str, str]:
    """All tags one sentence carries, mapped to the reason key that explains each.

    A definition ("ontvanger: een natuurlijke persoon ... aan wie de persoonsgegevens worden verstrekt")
    explains a term and gives no information about the item, so it keeps only identity tags."""
    tags = _sentence_tags(raw, low)
    if tags and ":" in low and DEFINITION.search(low):
        tags = {k: v for k, v in tags.items() if k.startswith(_KEEP_IN_DEFINITION)}
    return tags


def _sentence_tags(raw: str, low: str) -> dict[str, str]:
    tags: dict[str, str] = {}
    cues = cues_of(low)
    has_digit = _DIGIT.search(low) is not None
    placeholder = "{{" in raw
    cookie = "cookie" in low or "browser" in low
    neg = "neg" in cues

    # Controller identity and contact details (not those of the authority).
    auth_cur = auth_old = False
    if "auth" in cues:
        auth_cur = bool(AUTH_CURRENT.search(low) or AUTH_CURRENT_RAW.search(raw))
        auth_old = bool(AUTH_OLD.search(low) or AUTH_OLD_RAW.search(raw))
    if not (auth_cur or auth_old):
        if "@" in low and EMAIL.search(low):
            tags["contact:email"] = "controller_identity:email"
        if has_digit and PHONE.search(low):
            tags["contact:phone"] = "controller_identity:phone"
        if has_digit and ADDRESS.search(raw):
            tags["contact:address"] = "controller_identity:address"
        if placeholder and PLACEHOLDER_CONTACT.search(raw):
            tags["contact:email"] = "controller_identity:email"
        if "contactform" in cues and CONTACT_FORM.search(low):
            tags["contact:form"] = "controller_identity:form"
        if "contact:address" in tags and (NAME_BEFORE_ADDRESS.match(raw) or NAME_IN_PARENS.search(raw)):
            tags["controller:name"] = "controller_identity:name"
        elif ("ctrl" in cues and CONTROLLER_NAME.search(low)) or ("form" in cues and LEGAL_FORM.search(raw)) or (
            has_digit and COMPANY_NUMBER.search(raw)) or ("eenmanszaak" in low or "handelsnaam" in low) or (
            " zijn " in low and WE_ARE.search(raw)) or (
            placeholder and PLACEHOLDER_NAME.search(raw)) or ("privacy" in low and ORG_OPENING.match(raw)
        ):
            tags["controller:name"] = "controller_identity:name"

    if ("dpo" in cues and (DPO.search(low) or DPO_RAW.search(raw))) or (placeholder and PLACEHOLDER_DPO.search(raw)):
        negated = neg and re.search(r"\b(?:geen|niet)\b[^.]{0,60}(?:functionaris|dpo|officer|aangesteld|aanstellen|verplicht)", low)
        tags["dpo:negated" if negated else "dpo:mention"] = "dpo_contact:mention"
        if "@" in low or (has_digit and PHONE.search(low)) or REACH.search(low) or (placeholder and PLACEHOLDER_CONTACT.search(raw)):
            tags["dpo:contact"] = "dpo_contact:contact"

    if ("gegevens van" in low or "gegevens met" in low or "register" in low or "lijst" in low or "bestand" in low or " volg" in low or "begeleid" in low
            or "ondersteun" in low or " help" in low or "verzorg" in low or "behandel" in low) and PURPOSE_IMPLIED.search(low):
        tags["purposes:implied"] = "purposes:implied"
    if "purpose" in cues and PURPOSE.search(low):
        tags["purposes:explicit"] = "purposes:purpose"
    elif ("bij het " in low and "pverb" in cues and _WHILE_DOING.search(low) and DATA.search(low)) or (("zodat" in low or " omdat " in low) and (DATA.search(low) or "pverb" in cues)) or (
        low.startswith(("daarvoor ", "hiervoor ", "daartoe ", "hiertoe ")) and "pverb" in cues
    ) or (
        low.startswith(("dat ", "dit ", "die ", "deze ", "hiervoor", "daarvoor")) and " om " in low and " te " in low
    ) or (" in het kader van " in low and "pverb" in cues and DATA.search(low)) or (" voor " in low and PURPOSE_TASK.search(low)) or ("pverb" in cues and (" om " in low and " te " in low or " voor " in low or low.startswith(("voor ", "om ")) or "zodat" in low
                                  or low.endswith((" voor:", " om:")))
          and (DATA.search(low) or USE_WE.search(low))) or (
        low.startswith(("voor de ", "voor het ", "voor uw ", "voor je ")) and "gegevens" in low
    ):
        tags["purposes:purpose"] = "purposes:purpose"

    if "basis" in cues:
        if (_any(low, _BASIS_STRONG_GUARD) and BASIS_STRONG.search(low)) or (
            _any(low, _BASIS_PHRASE_GUARD) and BASIS_EXPLICIT.search(low) and (PROC.search(low) or not _NOT_PROCESSING.search(low))
        ):
            tags["legal_basis:explicit"] = "legal_basis:explicit"
        elif _any(low, _BASIS_WEAK_GUARD) and BASIS_WEAK.search(low):
            tags["legal_basis:weak"] = "legal_basis:weak"

    if "consent" in cues and cookie and "legal_basis:explicit" not in tags and _CONSENT_WORD.search(low) and CONSENT_BASIS.search(low):
        tags["legal_basis:weak"] = "legal_basis:weak"
    if "consent" in cues and not cookie and CONSENT.search(low) and CONSENT_BASIS.search(low) and (
            not CONSENT_NOT_BASIS.search(low) or CONSENT_FROM_PARENTS.search(low)):
        tags["consent:basis"] = "withdraw_consent:trigger"
        # Subscribing to a newsletter implies consent, but only the word itself states a legal basis.
        if "legal_basis:explicit" not in tags and _CONSENT_WORD.search(low):
            tags["legal_basis:weak"] = "legal_basis:weak"

    if "gerechtvaard" in low or "legitie" in low or "legitimate" in low or (has_digit and "f" in low and "6" in low):
        m = LEGIT.search(low)
        if m and _LEGIT_DENIED.search(low):
            m = None  # "een overheid kan zich niet beroepen op het gerechtvaardigd belang": not relied on
        if m:
            rest = low[: m.start()] + " " + low[m.end():]
            described = bool(LEGIT_DESC.search(rest)) or low.rstrip().endswith(":")
            tags["legit:described" if described else "legit:mention"] = (
                "legitimate_interests:described" if described else "legitimate_interests:mention"
            )

    if "service" in cues and SERVICE_NAMES.search(low):
        tags["service:named"] = "recipients:tool"
    if ("ontvang" in low or "krijg" in low or " mee" in low) and THEY_RECEIVE.search(low) and not _WE_RECEIVE.search(low):
        tags["recipients:share"] = "recipients:share"
    elif ("share" in cues or "blijven bij ons" in low) and (neg or "blijven bij ons" in low) and RECIP_NONE.search(low):
        tags["recipients:share"] = "recipients:share"
    elif "van ons" in low and RECEIVES_FROM_US.search(low):
        tags["recipients:share"] = "recipients:share"
    elif "share" in cues and "recip" not in cues and RECIP_DIRECT.search(low):
        tags["recipients:share"] = "recipients:share"
    elif "recip" in cues and "share" in cues and not (
        "derden" in low and re.search(r"(?:door|van|via) derden (?:\w+ ){0,2}(?:aangeleverd|verkregen|ontvangen)", low)
    ):
        tags["recipients:share"] = "recipients:share"
    elif ("recipproc" in cues and RECIP_PROCESSOR.search(low)) or ("recip" in cues and BY_PROCESSOR.search(low)):
        tags["recipients:processor"] = "recipients:processor"

    if "eea" in cues and _any(low, _EEA_GUARD):
        if TRANSFER_NEG_OUT.search(low) or TRANSFER_EEA.search(low):
            tags["transfer:eea"] = "third_country_transfers:eea"
        elif TRANSFER_HOST.search(low):
            tags["transfer:host"] = "third_country_transfers:eea"
    if "transfer" in cues or "u.s." in low or " VS" in raw:
        if TRANSFER_TOOL.search(low):
            tags["transfer:tool"] = "third_country_transfers:tool"
        if "transfer:eea" not in tags and "transfer:host" not in tags and (TRANSFER_DEST.search(low) or (" VS" in raw and TRANSFER_DEST_RAW.search(raw))):
            tags["transfer:dest"] = "third_country_transfers:destination"
        if TRANSFER_SAFE.search(low):
            tags["transfer:safe"] = "third_country_transfers:safeguard"
        if ("shield" in low or "harbo" in low) and TRANSFER_OLD.search(low) and not re.search(
            r"ongeldig|nietig|vernietigd|niet (?:meer|langer) geldig|schrems|invalid", low
        ):
            tags["transfer:old"] = "third_country_transfers:old_safeguard"

    if "ret" in cues or "unit" in cues:
        ret_ctx = "ret" in cues and bool(RET_CTX.search(low))
        if not cookie:
            if ("onbep" in low or "altijd" in low) and RET_INDEF.search(low):
                tags["retention:indefinite"] = "retention:indefinite"
            elif "unit" in cues and RET_PERIOD.search(low) and not ("bewa" not in low and RET_NOT.search(low)):
                tags["retention:period_ctx" if ret_ctx else "retention:period"] = "retention:period"
            if _any(low, _RET_CRITERIA_GUARD) and RET_CRITERIA.search(low):
                tags["retention:criteria_ctx" if ret_ctx else "retention:criteria"] = "retention:criteria"
            if _any(low, _RET_VAGUE_GUARD) and RET_VAGUE.search(low):
                tags["retention:vague"] = "retention:vague"
            if ret_ctx:
                tags["retention:ctx"] = ""

    # Rights of the data subject.
    if "rights" in cues or "right" in cues:
        reserved = "right" in cues and _any(low, _RESERVED_GUARD) and bool(RIGHT_RESERVED.search(low))
        rights_ctx = not reserved and (
            "right" in cues
            or ("modal" in cues and bool(YOU_CAN.search(low)) and bool(_ACCESS_VERBS.search(low)))
            or ("request" in cues and bool(REQUEST.search(low)))
            or ("modal" in cues and bool(YOU_CAN.search(low)) and bool(YOUR_DATA.search(low)))
        )
        if not reserved and "rights" in cues:
            if not rights_ctx and any(
                _RIGHT_CUE[r] in cues and strong.search(low) for r, (strong, _w) in RIGHTS.items()
            ):
                rights_ctx = True  # "Vragen, inzage of verwijdering: info@..." lists rights
            for right, (strong, weak) in RIGHTS.items():
                if _RIGHT_CUE[right] not in cues:
                    continue
                if right == "right_objection" and ("geen bezwaar" in low or AWB_OBJECTION.search(low)):
                    continue
                if strong.search(low):
                    tags[f"{right}:strong"] = "right:strong"
                elif not cookie:
                    m = weak.search(low)
                    if m and right == "right_rectification" and _NOT_PERSONAL_OBJECT.search(low) and "gegevens" not in low:
                        m = None  # "uw wachtwoord wijzigen" is no rectification of personal data
                    if m:
                        # "... neem contact op, dan verwijderen wij deze informatie": our action, not the reader's right.
                        ours = ("right" not in cues and right in _OURS_RIGHTS and _OURS.search(low) and not _YOU_ASK.search(low)
                                and not _YOUR_OWN_DATA.search(low))
                        tags[f"{right}:weak_ctx" if rights_ctx and not ours else f"{right}:weak"] = "right:context"
        if rights_ctx:
            tags["rights:ctx"] = ""

    if "consent" in cues:
        tags["consent:mention"] = ""
    if "15" in low:
        m = RIGHTS_RANGE.search(low)
        if m:
            tags["rights:range"] = "right:range"
            if m.group(1) == "22":
                tags["adm:mention"] = "automated_decisions:mention"
    if "withdraw" in cues:
        if "consent" in cues and WITHDRAW.search(low):
            tags["withdraw:full"] = "withdraw_consent:full"
        elif WITHDRAW_VERB.search(low):
            tags["withdraw:verb"] = "withdraw_consent:full"  # counts when the sentence before speaks of consent
        elif not cookie and UNSUBSCRIBE.search(low):
            # "Bewaartermijn: tot je je afmeldt." counts when the section is about a newsletter (engine).
            tags["withdraw:unsubscribe" if UNSUB_CTX.search(low) else "withdraw:unsub_bare"] = "withdraw_consent:unsubscribe"

    if "complaint" in cues or auth_cur or auth_old:
        complaint = bool(COMPLAINT.search(low)) and not COMPLAINT_INTERNAL.search(low)
        turn_to = bool(TURN_TO.search(low))
        if (complaint or turn_to) and auth_cur:
            tags["complaint:full"] = "complaint_authority:full"
        elif (complaint or turn_to) and auth_old:
            tags["complaint:old"] = "complaint_authority:old"
        elif complaint and COMPLAINT_ACT.search(low) and re.search(r"gegevens|privacy|verwerk|avg|gdpr|inbreuk|toezicht|rechten|officiële klacht|formele klacht", low):
            tags["complaint:only"] = "complaint_authority:complaint_only"
        elif (auth_cur or auth_old) and _ADDRESSES_YOU.search(low) and not re.search(r"aangemeld|aangifte|afgelegd|meldingsplicht|gemeld bij", low):
            tags["complaint:authority"] = "complaint_authority:authority_only"

    if "req" in cues and _any(low, _REQ_GUARD) and "vrijwilliger" not in low:
        m = REQ_OBLIGATION.search(low)
        # "Waarom hebben we uw gegevens nodig?" is a title; "nodig ... (artikel 6 lid 1 sub b AVG)" states a legal basis
        if m and not ("nodig" in m.group(0) and (low.rstrip().endswith("?") or BASIS_STRONG.search(low))):
            tags["req:obligation"] = "statutory_contractual_requirement:obligation"
    if ("cond" in cues and neg or "zonder" in low or (neg and ("dan " in low or "anders" in low))) and REQ_CONSEQUENCE.search(low) and (
        not cookie or DATA.search(low)
    ):
        tags["req:consequence"] = "statutory_contractual_requirement:consequence"

    if "adm" in cues and ADM.search(low) and not (_PROFILING_ONLY.search(low) and _OBJECTION.search(low)):
        if ADM_STATEMENT.search(low) and not (ADM_RIGHT_ONLY.search(low) and not WE_NEG.search(low)):
            tags["adm:statement"] = "automated_decisions:statement"
        else:
            tags["adm:mention"] = "automated_decisions:mention"
    elif "we" in cues and neg and WE_NEG.search(low):
        tags["adm:we_neg"] = ""

    if "terms" in cues:
        terms = data_terms(low)
        if terms and (len(terms) >= 2 or DATA_VERB.search(low)):
            tags["categories:" + str(min(len(terms), 9))] = "data_categories:list"

    if "source" in cues:
        # a named organisation or another person as the source both triggers the item and names the source
        named = ("van " in low and SOURCE_NAMED.search(raw)) or SOURCE_OTHER_PERSON.search(low)
        m = ((_any(low, _SOURCE_TRIGGER_GUARD) and SOURCE_TRIGGER.search(low)) or SOURCE_ACRONYM.search(raw) or named
             or (None if cookie and "afkomstig" not in low else SOURCE_ACQUIRE.search(low)))
        if m and not (
            neg and re.search(r"\b(?:niet|geen|nooit)\b", low[max(0, m.start() - 60): m.end() + 10]) and not re.search(r"niet (?:bij|van) (?:u|jou|je)", low)
        ):
            tags["source:trigger"] = "data_source:trigger"
        if ("source:trigger" in tags or _any(low, _SOURCE_WORDS)) and (SOURCE_SPECIFIC.search(low) or named):
            tags["source:specific"] = "data_source:specific"

    if low.startswith("van ") and SOURCE_FROM.match(low):
        tags["source:from"] = "data_source:specific"  # "Van Mollie: de status van je betaling" in a list of sources

    if not (auth_cur or auth_old) and ("web" in cues or (_TLD_RX.search(low) is not None and _own_domain(low))):
        tags["cookies:trigger"] = "cookies:trigger"
    if "cookie" in low:
        tags["cookies:cookie"] = "cookies:cookie"
    elif "tracking" in cues and TRACKING.search(low):
        tags["cookies:tracking"] = "cookies:tracking"

    if "security" in cues:
        if SECURITY.search(low) and not (SAFETY_NOT_DATA.search(low) and "gegevens" not in low):
            tags["security:measure"] = "security:measure"
        elif SECURITY_WEAK.search(low):
            tags["security:weak"] = "security:weak"

    if "change" in cues and CHANGE.search(low):
        tags["changes:change"] = "policy_changes:change"
    if (("how" in cues and ("change" in cues or _any(low, _HOW_STRONG))) or ("mail" in cues and "change" in cues)) and CHANGE_HOW.search(low):
        tags["changes:how"] = "policy_changes:how"
    if ("date" in cues and CHANGE_DATE.search(low)) or (has_digit and "change" in cues and CHANGE_DATE.search(low)) or (has_digit and len(low) < 40 and DATE_ONLY.search(low)):
        tags["changes:date"] = "policy_changes:date"

    if "child" in cues and CHILDREN.search(low):
        tags["children:mention"] = "children:mention"
    return tags


_TERM_TOKEN = C(
    r"(?:voor|achter|familie)?na(?:am|men)|adres\w*|\w*mailadres\w*|telefoonn(?:umme)?r\w*|gsm\w*|geboortedatum|geboorteplaats|leeftijd|geslacht|ip|ipadres\w*"
    r"|rekeningnummer\w*|bankrekening\w*|iban|btwnummer|betaalgegevens|betalingsgegevens|facturatiegegevens|factuurgegevens|locatie\w*|surfgedrag|browser\w*"
    r"|besturingssysteem|foto\w*|cv|rijksregisternummer|bsn|burgerservicenummer|identiteitskaart|paspoort|nationaliteit|functietitel|beroep|gezondheid\w*"
    r"|medische|klantnummer|wachtwoord\w*|gebruikersnaam|kredietkaart\w*|creditcard\w*|contactgegevens|adresgegevens|identificatiegegevens|identiteitsgegevens"
    r"|geneesmiddel\w*|medicatie|allergie\w*|gebruiksgegevens|bedrijfsnaam|kenteken|handtekening|camerabeelden|geluidsopname\w*|bestelgegevens|fax\w*"
    r"|gezinssamenstelling|diploma\w*|inloggegevens|apparaat\w*|device|inkomen\w*|uitgaven|schulden|loon\w*|salaris\w*|meterstand\w*|verbruiksgegevens"
    r"|kredietwaardigheid|kentekens?"
)
_TERM_PHRASES = ("bijzonder persoonsgegeven", "lidmaatschap van een vakbond", "vakbondslidmaatschap", "financiële gegevens", "medische gegevens", "technische gegevens", "bijzondere", "burgerlijke staat", "mobiel nummer", "beeld- en geluid", "telefoon nummer", "gsm nummer",
                 "btw-nummer", "btw nummer", "ip-gegevens", "ip gegevens")
_term_memo: dict[str, bool] = {}
_LIST_AFTER_ZOALS = C(r"gegevens\b(?:(?! aan | met | naar )[^.]){0,60}\bzoals\b[^.,]{2,40},[^.]{2,60}\ben\b")
_GENERIC_DATA_WORDS = frozenset({"persoonsgegevens", "klantgegevens", "ledengegevens", "gebruikersgegevens", "bezoekersgegevens"})


def data_terms(low: str) -> frozenset[str]:
    """Distinct data-category words in a sentence (token lookups, memoised per token)."""
    out = set()
    memo = _term_memo
    cur = _current
    for tok in cur[2] if cur[0] is low else _TOKEN.findall(low):  # the tokens cues_of found already
        hit = memo.get(tok)
        if hit is None:
            # any "...gegevens" compound names a category (transactiegegevens, locatiegegevens), except the generic word
            hit = memo[tok] = _TERM_TOKEN.fullmatch(tok) is not None or (
                tok.endswith("gegevens") and len(tok) > 10 and tok not in _GENERIC_DATA_WORDS)
        if hit:
            out.add(tok)
    if "zoals" in low and _LIST_AFTER_ZOALS.search(low):
        out.update(("(opsomming na 'zoals')", "(opsomming)"))  # "gegevens ..., zoals lengte, gewicht en vaccinaties"
    for phrase in _TERM_PHRASES:
        if phrase in low:
            if phrase == "bijzondere" and "persoonsgegevens" not in low and "categorie" not in low:
                continue
            out.add(phrase)
    return frozenset(out)


# --- exact literal prefilter (performance only; never changes a result) -------------------------
# Most pattern searches in `_sentence_tags` find nothing. For each pattern we derive, from its parse
# tree, a set of word fragments one of which every match must contain; a fragment made of token
# characters lies inside one `_TOKEN` token, so the (memoised) tokens of a sentence tell whether the
# pattern can match at all. `cues_of` records that for the sentence it classified; a wrapped
# pattern searched on that very string object skips the regex when no fragment is present.
# Any other string, flag or call (match, finditer, ...) goes to the regex unchanged.
from re import _constants as _sc  # noqa: E402
from re import _parser as _sp  # noqa: E402

_PF_MIN = 3  # fragments shorter than this pass nearly every sentence: not worth a guard
_pf_fragments: dict[str, int] = {}  # fragment -> bit mask of the patterns it guards
_current: tuple[str | None, int, set[str]] = (None, 0, set())  # (sentence object, mask of patterns that can match it, its tokens)
_REPEATS = (_sc.MAX_REPEAT, _sc.MIN_REPEAT, _sc.POSSESSIVE_REPEAT)


def _is_token_char(ch: str) -> bool:
    return _TOKEN.fullmatch(ch) is not None


def _required(items) -> frozenset[str] | None:
    """Fragments of which every match of a parsed sequence contains at least one (None: unknown)."""
    cands: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        frag = ""
        for ch in run + [" "]:
            if _is_token_char(ch):
                frag += ch
            else:
                if frag:
                    cands.append(frozenset((frag,)))
                frag = ""
        run.clear()

    for op, av in items:
        if op is _sc.LITERAL:
            run.append(chr(av))
            continue
        flush()
        got: frozenset[str] | None = None
        if op is _sc.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if not add_flags & re.I:
                got = _required(sub)
        elif op is _sc.ATOMIC_GROUP:
            got = _required(av)
        elif op is _sc.BRANCH:
            alts = [_required(alt) for alt in av[1]]
            if alts and all(a is not None for a in alts):
                got = frozenset().union(*alts)
        elif op in _REPEATS:
            lo, _hi, sub = av
            if lo >= 1:
                got = _required(sub)
        if got:
            cands.append(got)
    flush()
    if not cands:
        return None
    return max(cands, key=lambda c: (min(map(len, c)), -len(c)))


def _top_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern's source text ("a|(?:b|c)|d" -> a, (?:b|c), d)."""
    parts: list[str] = []
    depth = 0
    in_class = False
    begin = 0
    i = 0
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            if pattern[i + 1: i + 2] == "^":
                i += 1
            if pattern[i + 1: i + 2] == "]":
                i += 1  # a leading "]" is a literal
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[begin:i])
            begin = i + 1
        i += 1
    parts.append(pattern[begin:])
    return parts


_COMPILE_AFTER = 3  # sightings of a combination of alternatives before its reduced pattern is compiled


class _Prefiltered:
    """A compiled pattern whose `search` first asks the sentence's token fragments (see above).

    A pattern without capturing groups is split into its top-level alternatives, each guarded on
    its own: an alternative that cannot match anywhere in the sentence is left out, which leaves
    the leftmost match (and which alternative produces it) unchanged. A reduced pattern is
    compiled once its combination has come back a few times (re-analysis), and kept.
    """

    __slots__ = ("rx", "bit", "parts", "always", "cache")

    def __init__(self, rx: re.Pattern[str], bit: int, parts: list[tuple[int, str]]) -> None:
        self.rx = rx
        self.bit = bit  # all bits of this pattern
        self.parts = parts  # (bit, source) per alternative in order; bit 0: always kept
        self.always = any(b == 0 for b, _src in parts)
        self.cache: dict[int, re.Pattern[str] | int] = {}  # int: sightings so far, not compiled yet

    def search(self, string: str, *args):
        cur = _current
        if cur[0] is not string:
            return self.rx.search(string, *args)
        sub = cur[1] & self.bit
        if sub == self.bit:
            return self.rx.search(string, *args)
        if not sub and not self.always:
            return None
        rx = self.cache.get(sub)
        if rx is None or rx.__class__ is int:
            # Compiling costs far more than one search with the full pattern: compile a combination
            # only once it keeps coming back, so that a first analysis stays cheap.
            seen = (rx or 0) + 1
            if seen < _COMPILE_AFTER:
                if len(self.cache) < 4096:
                    self.cache[sub] = seen
                return self.rx.search(string, *args)
            rx = re.compile("|".join(src for b, src in self.parts if not b or sub & b), self.rx.flags)
            self.cache[sub] = rx
        return rx.search(string, *args)

    def __getattr__(self, name: str):
        return getattr(self.rx, name)


def _fragments(source: str, flags: int) -> frozenset[str] | None:
    try:
        req = _required(_sp.parse(source, flags))
    except Exception:  # an unknown node type: no guard
        return None
    if not req or min(map(len, req)) < _PF_MIN:
        return None
    return req


def _guard(rx: re.Pattern[str]):
    global _next_bit
    if not isinstance(rx, re.Pattern) or rx.flags & re.I or not isinstance(rx.pattern, str):
        return rx
    sources = _top_alternatives(rx.pattern) if rx.groups == 0 else [rx.pattern]
    if "|".join(sources) != rx.pattern:
        sources = [rx.pattern]
    parts: list[tuple[int, str]] = []
    for src in sources:
        req = _fragments(src, rx.flags)
        if req is None:
            parts.append((0, src))
            continue
        bit = 1 << _next_bit
        _next_bit += 1
        for frag in req:
            _pf_fragments[frag] = _pf_fragments.get(frag, 0) | bit
        parts.append((bit, src))
    if all(b == 0 for b, _src in parts):
        return rx
    _guarded.append(rx)
    mask = 0
    for b, _src in parts:
        mask |= b
    return _Prefiltered(rx, mask, parts)


_next_bit = 0
_guarded: list[re.Pattern[str]] = []
for _name, _value in list(globals().items()):
    if isinstance(_value, re.Pattern) and _name not in ("_TOKEN", "_DIGIT", "_TLD_RX"):
        globals()[_name] = _guard(_value)
RIGHTS = {_r: (_guard(_s), _guard(_w)) for _r, (_s, _w) in RIGHTS.items()}
_pf_index: dict[str, list[tuple[str, int]]] = {}
for _frag, _mask in _pf_fragments.items():
    _pf_index.setdefault(_frag[:_PF_MIN], []).append((_frag, _mask))


def _token_mask(tok: str) -> int:
    """Bit mask of the guarded patterns with a fragment inside this token.

    Fragments are indexed by their first _PF_MIN characters: each position of the token is one
    dictionary lookup, then a few `startswith` tests."""
    mask = 0
    index = _pf_index
    for i in range(len(tok) - _PF_MIN + 1):
        cands = index.get(tok[i:i + _PF_MIN])
        if cands:
            for frag, m in cands:
                if tok.startswith(frag, i):
                    mask |= m
    return mask
