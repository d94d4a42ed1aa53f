"""Checklist vocabulary and the per-item patterns for the controller, purposes, bases, recipients,
transfers and retention (lower-cased sentences; compiled once; guarded by prefilter.py)."""

from __future__ import annotations

import re

from editor.core.checklist.prefilter import guard_namespace
from editor.core.checklist.services import named_service_regex, outside_eea_regex
from editor.core.patterns import EMAIL, PHONE  # noqa: F401 - used by the tagging code as V.EMAIL / V.PHONE

IC = re.I

# --- shared vocabulary ---------------------------------------------------------------------
YOU = r"(?:u|je|jij|jou|jouw|uw|jullie)"

YOUR = r"(?:uw|je|jouw|jullie|de|deze|die)"

NEG = re.compile(r"\b(?:niet|geen|nooit|nimmer|noch)\b")

DATA = re.compile(r"gegevens|informatie|\bdata\b|e-?mailadres|naam\b|adres|inkomen|\bcv\b|\bbsn\b|identiteitsbewijs|rijksregisternummer|telefoonnummer|foto")

COOKIE = re.compile(r"cookie|browser")

# EMAIL and PHONE: the one definition the app shares (editor/core/patterns.py), imported above.

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


guard_namespace(globals())
