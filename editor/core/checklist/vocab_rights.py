"""Per-item patterns for the rights, consent, complaints, requirements, automated decisions,
sources, cookies, security, changes and children (lower-cased sentences)."""

from __future__ import annotations

import re

from editor.core.checklist.prefilter import guard_namespace, guard_values
from editor.core.checklist.vocab import C

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


guard_namespace(globals())
RIGHTS = guard_values(RIGHTS)
