"""Data-category words in a sentence ("naam", "e-mailadres", "locatiegegevens", "bijzondere ...")."""

from __future__ import annotations

from editor.core.checklist import prefilter as _pf
from editor.core.checklist.prefilter import _TOKEN, guard_namespace
from editor.core.checklist.vocab import C

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
    cur = _pf._current
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


guard_namespace(globals())
