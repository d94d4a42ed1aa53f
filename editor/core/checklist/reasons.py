"""Why a sentence counts as evidence: the reason texts shown beside evidence, Dutch and English."""

from __future__ import annotations

from editor.core.checklist.rulebook import load_rulebook
from editor.core.i18n import pick


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
