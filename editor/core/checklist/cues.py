"""Cheap word cues per sentence: which pattern groups can apply at all (memoised per token)."""

from __future__ import annotations

import re

from editor.core.checklist import prefilter
from editor.core.checklist.prefilter import _TOKEN, _token_mask
from editor.core.checklist.services import cue_regex

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


_token_cues: dict[str, tuple[int, int]] = {}
_memo_generation = -1

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
    global _memo_generation
    if _memo_generation != prefilter.generation or prefilter._pf_index is None:
        prefilter._index()  # guards added since (data rules): memoised token masks are stale
        _token_cues.clear()
        _memo_generation = prefilter.generation
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
    prefilter.set_current((low, mask, toks))  # lets the guarded patterns skip this sentence (see _Prefiltered)
    out = _cue_sets.get(bits)
    if out is None:
        out = _cue_sets[bits] = frozenset(name for name, bit in _CUE_BIT.items() if bits & bit)
    return out
