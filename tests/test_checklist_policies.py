"""Whole policies of our own (Dutch and Belgian, formal and informal), deletion tests on the
corpus, user decisions, the incremental Analyzer, readability and jurisdiction."""

from __future__ import annotations

import copy

import pytest

from editor.core.checklist import Analyzer, analyze, item_ids_for_text
from editor.core.importers import import_text, load_document
from editor.core.model import Decision, Heading, Paragraph, Policy, Run
from editor.core.plaintext import PlainText
from tests.conftest import CORPUS_FILES

NL_TEMPLATE = """Privacyverklaring

Bakkerij De Korenbloem B.V., gevestigd aan Dorpsstraat 12, 3512 AB Utrecht, is verantwoordelijk voor de verwerking van persoonsgegevens zoals weergegeven in deze privacyverklaring.

Contactgegevens:
www.korenbloem.nl
Dorpsstraat 12, 3512 AB Utrecht
+31 30 123 45 67

Jan Jansen is de Functionaris Gegevensbescherming van De Korenbloem. Hij is te bereiken via privacy@korenbloem.nl.

Persoonsgegevens die wij verwerken

De Korenbloem verwerkt je persoonsgegevens doordat je gebruik maakt van onze diensten en/of omdat je deze gegevens zelf aan ons verstrekt. Hieronder vind je een overzicht van de persoonsgegevens die wij verwerken:
- Voor- en achternaam
- Adresgegevens
- Telefoonnummer
- E-mailadres

Bijzondere en/of gevoelige persoonsgegevens die wij verwerken

Onze website en/of dienst heeft niet de intentie gegevens te verzamelen over websitebezoekers die jonger zijn dan 16 jaar, tenzij ze toestemming hebben van ouders of voogd.

Met welk doel en op basis van welke grondslag wij persoonsgegevens verwerken

De Korenbloem verwerkt jouw persoonsgegevens voor de volgende doelen:
- Het afhandelen van jouw betaling
- Verzenden van onze nieuwsbrief

Voor de nieuwsbrief vragen wij je toestemming. Voor de bestellingen steunen wij op de uitvoering van de overeenkomst.

Geautomatiseerde besluitvorming

De Korenbloem neemt niet op basis van geautomatiseerde verwerkingen besluiten over zaken die (aanzienlijke) gevolgen kunnen hebben voor personen.

Hoe lang we persoonsgegevens bewaren

De Korenbloem bewaart je persoonsgegevens niet langer dan strikt nodig is. Wij hanteren de volgende bewaartermijnen: facturen 7 jaar (fiscale bewaarplicht), nieuwsbriefgegevens tot je je afmeldt.

Delen van persoonsgegevens met derden

De Korenbloem verkoopt jouw gegevens niet aan derden en verstrekt deze uitsluitend indien dit nodig is voor de uitvoering van onze overeenkomst met jou. Met bedrijven die jouw gegevens verwerken in onze opdracht, sluiten wij een verwerkersovereenkomst.

Wij versturen onze nieuwsbrief met Mailchimp. Mailchimp is een Amerikaans bedrijf; de doorgifte steunt op het EU-VS Data Privacy Framework.

Cookies, of vergelijkbare technieken, die wij gebruiken

De Korenbloem gebruikt alleen technische en functionele cookies.

Gegevens inzien, aanpassen of verwijderen

Je hebt het recht om je persoonsgegevens in te zien, te corrigeren of te verwijderen. Daarnaast heb je het recht om je eventuele toestemming voor de gegevensverwerking in te trekken of bezwaar te maken tegen de verwerking van jouw persoonsgegevens en heb je het recht op gegevensoverdraagbaarheid. Je kunt ook vragen om de verwerking van je gegevens tijdelijk stop te zetten (beperking).

De Korenbloem wil je er tevens op wijzen dat je de mogelijkheid hebt om een klacht in te dienen bij de nationale toezichthouder, de Autoriteit Persoonsgegevens.

Het verstrekken van je naam en adres is noodzakelijk om je bestelling te kunnen leveren. Als je deze gegevens niet verstrekt, kunnen wij je bestelling niet uitvoeren.

Hoe wij persoonsgegevens beveiligen

De Korenbloem neemt passende maatregelen om misbruik, verlies en onbevoegde toegang tegen te gaan.

Wijzigingen

Wij kunnen deze privacyverklaring aanpassen. De meest recente versie staat altijd op onze website. Laatst gewijzigd op 1 maart 2024.
"""

BE_THIN = """Privacy

Wij vinden uw privacy belangrijk. Wij gaan zorgvuldig om met uw gegevens.

Wij gebruiken uw naam en e-mailadres om uw vragen te beantwoorden.

Wij gebruiken Google Analytics om het gebruik van onze website te meten.

Wij geven uw gegevens nooit door aan derden.
"""

NL_OUTDATED = """Privacy statement Webwinkel Tulp

Tulp B.V., KvK 12345678, Postbus 100, 1000 AA Amsterdam, info@tulp.nl.

Wij houden ons aan de Wet bescherming persoonsgegevens (Wbp). Onze verwerkingen zijn aangemeld bij het College bescherming persoonsgegevens onder nummer m1234567.

Met onze hostingpartij hebben wij een bewerkersovereenkomst gesloten. Deze bewerker verwerkt uw gegevens alleen in onze opdracht. De verwerking en bewerking van gegevens gebeurt binnen de EU.

Wij maken gebruik van Google Analytics; Google is aangesloten bij het Safe Harbor-programma.

Meer informatie vindt u op www.cbpweb.nl.

Deze verklaring is opgesteld volgens de Europese Richtlijn 95/46/EG.

Your rights

U heeft recht op inzage en correctie van uw gegevens.
"""


def _policy(text: str) -> Policy:
    return import_text(text).policy


def _status(report) -> dict[str, str]:
    return {it.id: it.status for it in report.items}


def test_dutch_template_policy_covers_every_required_item():
    report = analyze(_policy(NL_TEMPLATE))
    st = _status(report)
    assert report.jurisdiction == "NL"
    for item in ("controller_identity", "dpo_contact", "purposes", "legal_basis", "recipients", "third_country_transfers", "retention",
                 "right_access", "right_rectification", "right_erasure", "right_restriction", "right_objection", "right_portability",
                 "withdraw_consent", "complaint_authority", "statutory_contractual_requirement", "automated_decisions",
                 "data_categories", "cookies", "security", "policy_changes", "children"):
        assert st[item] == "present", (item, st[item])
    assert st["legitimate_interests"] == "not_applicable"
    # House bar (GUIDELINES.md): "die je zelf aan ons verstrekt" says where the data come from.
    assert st["data_source"] == "present"
    assert not report.missing_required()
    present, total = report.summary()
    assert present == total == len(report.required_items())


def test_thin_policy_reports_the_gaps():
    report = analyze(_policy(BE_THIN))
    st = _status(report)
    for item in ("controller_identity", "legal_basis", "retention", "right_access", "right_erasure", "right_objection",
                 "complaint_authority", "statutory_contractual_requirement", "automated_decisions", "third_country_transfers"):
        assert st[item] == "missing", item
    assert st["recipients"] == "present"  # "nooit door aan derden" still informs about recipients
    assert st["purposes"] == "present"
    assert st["cookies"] == "partial"  # Google Analytics named, cookies not explained
    assert report.item("third_country_transfers").required  # triggered by Google Analytics
    assert st["dpo_contact"] == st["data_source"] == st["withdraw_consent"] == "not_applicable"
    assert report.exit_code() == 1


def test_outdated_dutch_policy_every_reference_found_with_dutch_replacements():
    report = analyze(_policy(NL_OUTDATED))
    assert report.jurisdiction == "NL"
    by_key = {o.key: o for o in report.outdated_references}
    assert set(by_key) == {"wbp", "notification", "bewerkersovereenkomst", "bewerker", "safe_harbour", "cbp", "directive_95_46"}
    assert by_key["cbp"].replacement == "www.autoriteitpersoonsgegevens.nl"
    assert by_key["bewerker"].replacement == "verwerker"
    assert by_key["bewerkersovereenkomst"].replacement == "verwerkersovereenkomst"
    assert "UAVG" in by_key["wbp"].replacement
    assert "aangemeld bij het College" in by_key["notification"].text
    assert by_key["safe_harbour"].date == "2015-10-06"
    assert all(o.reason for o in report.outdated_references)
    texts = " ".join(o.text for o in report.outdated_references)
    assert "bewerking" not in texts  # a processing operation, not the old term for a processor
    # English heading in a Dutch text still opens the rights section.
    assert _status(report)["right_access"] == "present"
    # The text addresses transfers (house bar), relying on the invalid Safe Harbour: present with a hint,
    # and Safe Harbour itself is listed as an outdated reference.
    tr = next(i for i in report.items if i.id == "third_country_transfers")
    assert tr.status == "present" and tr.hint


def test_belgian_policy_with_dutch_authority_gets_belgian_replacement():
    report = analyze(load_document(CORPUS_FILES[1]).policy)
    cbp = [o for o in report.outdated_references if o.key == "cbp"]
    assert cbp and cbp[0].replacement == "Gegevensbeschermingsautoriteit"
    # House bar: a complaint to an authority counts under its outdated name; the name itself is flagged.
    assert report.item("complaint_authority").status == "present"
    assert report.item("complaint_authority").hint


def test_no_false_alarm_for_the_gdpr_title_or_current_terms():
    text = ("Wij volgen Verordening (EU) 2016/679 betreffende de bescherming van natuurlijke personen en tot intrekking van "
            "Richtlijn 95/46/EG. Onze verwerker heeft een verwerkersovereenkomst getekend. Elke bewerking wordt gelogd. "
            "De Autoriteit Persoonsgegevens (voorheen College bescherming persoonsgegevens) houdt toezicht. "
            "Sinds Privacy Shield ongeldig werd verklaard, gebruiken wij modelcontractbepalingen.")
    assert analyze(_policy(text)).outdated_references == []


def test_belgian_outdated_references():
    text = ("Conform de wet van 8 december 1992 tot bescherming van de persoonlijke levenssfeer werd aangifte gedaan bij de "
            "Commissie voor de bescherming van de persoonlijke levenssfeer. Meer info op www.privacycommission.be.")
    report = analyze(_policy(text), "BE")
    keys = [o.key for o in report.outdated_references]
    assert "be_law_1992" in keys and "notification" in keys
    law = next(o for o in report.outdated_references if o.key == "be_law_1992")
    assert "30 juli 2018" in law.replacement


# --- deletion tests on the corpus ----------------------------------------------------------------
def _without(policy: Policy, needle: str) -> Policy:
    p = copy.deepcopy(policy)
    p.blocks = [b for b in p.blocks if needle not in b.text]
    return p


@pytest.mark.parametrize(
    ("corpus", "item", "needles"),
    [
        (3, "complaint_authority", ["klacht in te dienen"]),
        (3, "right_portability", ["Overdraagbaarheid", "machinaal leesbare"]),
        (3, "withdraw_consent", ["toestemming terug in te trekken", "steeds intrekken", "intrekking van uw toestemming"]),
        (4, "retention", ["12 maanden", "7 jaar", "bewaard", "bewaren", "Bewaren", "bijgehouden", "noodzakelijk is"]),
        (4, "children", ["16 jaar", "minderjarige", "kinderen"]),
        (1, "automated_decisions", ["geautomatiseerde"]),
        (2, "security", ["Veiligheid", "maatregelen", "veiligheid", "beveilig", "firewall", "vertrouwelijk"]),
    ],
)
def test_deleting_the_passage_makes_the_item_missing(corpus, item, needles):
    policy = load_document(CORPUS_FILES[corpus]).policy
    assert analyze(policy).item(item).status in ("present", "partial")
    for needle in needles:
        policy = _without(policy, needle)
    assert analyze(policy).item(item).status == "missing"


@pytest.mark.parametrize(
    ("corpus", "item", "clause"),
    [
        (0, "complaint_authority", "U heeft het recht om klacht in te dienen bij de Gegevensbeschermingsautoriteit, Drukpersstraat 35, 1000 Brussel."),
        (0, "right_restriction", "U heeft het recht om de verwerking van uw gegevens te laten beperken."),
        (2, "automated_decisions", "Wij nemen geen beslissingen die uitsluitend op geautomatiseerde verwerking berusten."),
        (4, "right_objection", "U kan bezwaar maken tegen de verwerking van uw persoonsgegevens voor direct marketing."),
        (4, "statutory_contractual_requirement", "U bent niet verplicht uw gegevens te verstrekken; zonder uw gegevens kunnen wij u echter geen offerte bezorgen."),
        (1, "third_country_transfers", "Sparkpost verwerkt gegevens in de Verenigde Staten op basis van de standaardcontractbepalingen van de Europese Commissie."),
    ],
)
def test_adding_a_clause_makes_the_item_present(corpus, item, clause):
    policy = load_document(CORPUS_FILES[corpus]).policy
    assert analyze(policy).item(item).status == "missing"
    policy.blocks.append(Paragraph(runs=[Run(clause)]))
    policy.ensure_ids()
    report = analyze(policy)
    assert report.item(item).status == "present"
    ev = report.item(item).evidence[0]
    assert ev.block_ids == [policy.blocks[-1].id]


def test_items_spread_over_several_sections():
    text = ("Uw rechten\n\nU kan ons steeds contacteren.\n\nInzage\n\nU kan opvragen welke gegevens wij over u hebben.\n\n"
            "Verbetering\n\nFoute gegevens passen wij op uw verzoek aan.\n\nCookies\n\nOnze site gebruikt enkel functionele cookies.")
    st = _status(analyze(_policy(text)))
    assert st["right_access"] == "present" and st["right_rectification"] == "present"
    assert st["right_erasure"] == "missing"


def test_rights_as_a_list():
    text = "Uw rechten\n\nU heeft de volgende rechten:\n\n- inzage\n- verbetering\n- wissing\n- overdraagbaarheid"
    st = _status(analyze(_policy(text)))
    for item in ("right_access", "right_rectification", "right_erasure", "right_portability"):
        assert st[item] == "present", item
    assert st["right_restriction"] == st["right_objection"] == "missing"


def test_partial_statuses_and_their_reasons():
    text = ("Wij bewaren uw gegevens niet langer dan noodzakelijk.\n\nMeer over uw privacy leest u bij de Gegevensbeschermingsautoriteit.\n\n"
            "Wij zijn Atelier Noord.")
    report = analyze(_policy(text))
    assert report.item("retention").status == "partial"
    assert "zo lang als nodig" in report.item("retention").note
    assert report.item("complaint_authority").status == "partial"
    assert report.item("controller_identity").status == "partial"
    assert report.item("retention").evidence[0].text.startswith("Wij bewaren")


# --- decisions, summary, incremental analysis -------------------------------------------------------
def test_user_decision_makes_an_item_not_applicable_and_not_required():
    policy = _policy(BE_THIN)
    policy.meta.decisions["third_country_transfers"] = Decision("third_country_transfers", reason="Analytics is anoniem ingesteld, IP-maskering aan")
    report = analyze(policy)
    it = report.item("third_country_transfers")
    assert it.status == "not_applicable" and not it.required
    assert it.decision_reason.startswith("Analytics")


def test_incremental_analysis_reanalyses_only_the_edited_block():
    policy = load_document(CORPUS_FILES[3]).policy
    analyzer = Analyzer()
    first = analyzer.analyze(policy)
    assert analyzer.last_reanalysed == len({(b.kind, b.text) for b in policy.blocks})
    again = analyzer.analyze(policy)
    assert analyzer.last_reanalysed == 0
    assert _status(again) == _status(first)
    target = next(b for b in policy.blocks if "klacht in te dienen bij de Gegevensbeschermingsautoriteit" in b.text)
    target.runs = [Run("Heeft u vragen, stuur ons dan een e-mail.")]
    edited = analyzer.analyze(policy)
    assert analyzer.last_reanalysed == 1
    # The other complaint sentence (toezichthoudende autoriteit) still carries the item.
    assert edited.item("complaint_authority").status == "present"
    assert _status(edited) == _status(analyze(policy))  # same result as a fresh analysis


def test_incremental_result_equals_fresh_result_after_heading_edit():
    policy = _policy(NL_TEMPLATE)
    analyzer = Analyzer()
    analyzer.analyze(policy)
    heading = next(b for b in policy.blocks if isinstance(b, Heading) and "bewaren" in b.text)
    heading.runs = [Run("Bewaartermijnen")]
    assert _status(analyzer.analyze(policy)) == _status(analyze(policy))


# --- readability and jurisdiction -----------------------------------------------------------------
def test_readability_flesch_douma_per_paragraph_and_long_sentences():
    easy = "Wij bewaren je naam. Je mag dat altijd vragen. Wij zijn er voor jou."
    hard = ("De verwerkingsverantwoordelijke verwerkt uw persoonsgegevens overeenkomstig de toepasselijke wetgeving inzake "
            "gegevensbescherming teneinde de uitvoering van de contractuele verplichtingen en de naleving van de wettelijke "
            "verplichtingen waaraan de onderneming onderworpen is te waarborgen, alsmede voor administratieve doeleinden.")
    policy = Policy(blocks=[Paragraph(runs=[Run(easy)]), Paragraph(runs=[Run(hard)])])
    r = analyze(policy).readability
    easy_p, hard_p = r.paragraphs
    assert easy_p.flesch_douma > 80 > 30 > hard_p.flesch_douma
    assert hard_p.label in ("zeer moeilijk", "moeilijk")
    assert easy_p.label in ("makkelijk", "zeer makkelijk")
    assert len(r.long_sentences) == 1
    start, end = r.long_sentences[0]
    assert PlainText.from_policy(policy).text[start:end].startswith("De verwerkingsverantwoordelijke")
    messages = " ".join(h.message for h in r.hints)
    assert "Lange zin" in messages and "verwerkingsverantwoordelijke" in messages
    assert min(p.flesch_douma for p in r.paragraphs) <= r.flesch_douma <= max(p.flesch_douma for p in r.paragraphs)


def test_flesch_douma_formula_uses_pyphen_syllables():
    from editor.core.checklist.readability import flesch_douma, syllables

    assert syllables("persoonsgegevens") == 5
    assert syllables("verwerkingsverantwoordelijke") == 9
    assert flesch_douma(10, 1, 15) == pytest.approx(206.835 - 0.93 * 10 - 77 * 1.5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Klachten kan u richten aan de Gegevensbeschermingsautoriteit. Ondernemingsnummer BE 0123.456.789.", "BE"),
        ("Ingeschreven bij de KvK onder nummer 12345678. Toezichthouder: Autoriteit Persoonsgegevens.", "NL"),
        ("Bel ons op +32 9 123 45 67 of kijk op www.voorbeeld.be.", "BE"),
        ("Bel ons op +31 20 123 4567 of kijk op www.voorbeeld.nl.", "NL"),
    ],
)
def test_jurisdiction_guess(text, expected):
    assert analyze(_policy(text)).jurisdiction == expected


def test_jurisdiction_option_then_document_then_guess():
    policy = _policy("Ingeschreven bij de KvK. Toezichthouder: Autoriteit Persoonsgegevens.")
    assert analyze(policy, "BE").jurisdiction_source == "option"
    policy.meta.jurisdiction = "BE"
    report = analyze(policy)
    assert report.jurisdiction == "BE" and report.jurisdiction_source == "document"


def test_english_ui_language_gives_english_titles_and_reasons():
    from editor.core import i18n

    i18n.set_language("en")
    try:
        report = analyze(_policy(BE_THIN))
        assert report.item("retention").title == "Retention period"
        assert report.item("recipients").evidence[0].reason.startswith("says to whom")
    finally:
        i18n.set_language("nl")


def test_item_ids_for_text_accepts_policy_blocks_and_text():
    policy = _policy("Bewaartermijn\n\nWij bewaren uw gegevens 5 jaar.")
    assert "retention" in item_ids_for_text(policy)
    assert "retention" in item_ids_for_text(policy.blocks)
    assert item_ids_for_text("") == set()


def test_processing_table_columns_name_their_topic(tmp_path):
    html = tmp_path / "tabel.html"
    html.write_text(
        "<html><body><h1>Privacyverklaring</h1><table>"
        "<tr><th>Doel</th><th>Gegevens</th><th>Rechtsgrond</th><th>Bewaartermijn</th></tr>"
        "<tr><td>Facturatie</td><td>Naam, adres</td><td>Wettelijke verplichting</td><td>7 jaar</td></tr>"
        "<tr><td>Nieuwsbrief</td><td>E-mailadres</td><td>Toestemming</td><td>Tot uitschrijving</td></tr>"
        "</table></body></html>",
        encoding="utf-8",
    )
    report = analyze(load_document(html).policy)
    assert report.item("retention").status == "present"
    assert report.item("retention").evidence[0].text == "7 jaar"
    assert report.item("legal_basis").status == "present"
    # Consent in the basis column; "tot uitschrijving" only implies unsubscribing: partial.
    assert report.item("withdraw_consent").status == "partial"
    assert report.item("data_categories").status == "present"


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Wij handelen conform de Wet Verwerking Persoonsgegevens van 8 december 1992.", {"be_law_1992"}),
        ("Deze verwerking werd aangegeven bij de Privacycommissie.", {"notification", "cbpl"}),
        ("Uw gegevens worden verwerkt volgens de Wbp.", {"wbp"}),
        ("Onze sub-bewerker tekent een bewerkersovereenkomst.", {"bewerker", "bewerkersovereenkomst"}),
        ("Wij volgen de richtlijnen van de Belgische Privacy Commission.", {"cbpl"}),
        ("Google is gecertificeerd onder het EU-US Privacy Shield.", {"privacy_shield"}),
        ("Deze verklaring volgt Directive 95/46/EC.", {"directive_95_46"}),
        ("Aangifte bij de Commissie ter bescherming van de persoonlijke levenssfeer conform het KB van 13 februari 2001.", {"notification", "cbpl", "be_kb_2001"}),
        ("Voor cookies volgen wij Richtlijn 2002/58/EG en de meldplicht datalekken.", set()),
        ("Onze registratie bij de Registratiekamer volgt de Wet persoonsregistraties.", {"registratiekamer", "nl_old_acts"}),
        ("We comply with the EU Data Protection Directive.", {"directive_95_46"}),
        # not outdated: history told as history, current terms, breach notifications, company registers
        ("Sinds 25 mei 2018 geldt de AVG in plaats van de Wet bescherming persoonsgegevens (Wbp).", set()),
        ("De AVG vervangt de Wbp.", set()),
        ("Wij zijn ingeschreven bij de KBO.", set()),
        ("Een melding van een datalek doen wij bij de Gegevensbeschermingsautoriteit.", set()),
        ("De beeldbewerker en de verwerker bespreken elke bewerking.", set()),
    ],
)
def test_outdated_law_linter_cases(text, keys):
    from editor.core.checklist.outdated import lint

    assert {f.key for f in lint(text)} == keys


def test_english_headings_in_a_dutch_policy():
    text = ("Privacy Policy\n\nWho we are\nStudio Blauw B.V., Herengracht 10, 1015 BA Amsterdam, hallo@studioblauw.nl.\n\n"
            "Data retention\nProjectgegevens: 5 jaar na afronding van het project.\n\n"
            "Your rights\n\n- Inzage\n- Correctie\n- Verwijdering\n- Beperking\n- Bezwaar\n- Dataportabiliteit\n\n"
            "Complaints\nJe kunt terecht bij de Autoriteit Persoonsgegevens.\n\n"
            "© 2024 Studio Blauw - Alle rechten voorbehouden\n\nWij verwijderen de kopie van je identiteitskaart na controle.")
    st = _status(analyze(_policy(text)))
    for item in ("controller_identity", "retention", "right_access", "right_rectification", "right_erasure", "right_restriction",
                 "right_objection", "right_portability", "complaint_authority"):
        assert st[item] == "present", item
    assert st["purposes"] == "missing"


def _item_status(text: str, item: str) -> str:
    report = analyze(import_text(text).policy)
    return next(i.status for i in report.items if i.id == item)


def test_own_hosting_location_does_not_answer_for_the_tools_a_policy_names():
    hosting = "Onze webwinkel draait bij een Nederlandse hostingpartij."
    assert _item_status(hosting, "third_country_transfers") == "present"
    with_tool = hosting + "\n\nVoor statistieken gebruiken wij Google Analytics."
    assert _item_status(with_tool, "third_country_transfers") == "missing"
    inside = with_tool + "\n\nAlle gegevens blijven binnen de Europese Unie."
    assert _item_status(inside, "third_country_transfers") == "present"


def test_anti_money_laundering_reporting_duty_is_no_outdated_notification():
    text = ("Wij geven gegevens door aan de Cel voor Financiële Informatieverwerking (CFI), uitsluitend in het kader "
            "van een wettelijke meldingsplicht.\n\nOnze verwerking werd aangemeld bij het CBP.")
    found = [o.text for o in analyze(import_text(text).policy).outdated_references]
    assert not any("CFI" in f or "Cel voor" in f for f in found)
    assert any("aangemeld bij het CBP" in f for f in found)


def test_the_dutch_language_is_no_dutch_jurisdiction():
    from editor.core.checklist.jurisdiction import guess_jurisdiction

    belgian = ("Lingua Clara, beëdigd vertaler Nederlands en Frans. Wij werken volgens de wet van 8 december 1992. "
               "Klachten: Commissie voor de bescherming van de persoonlijke levenssfeer.")
    assert guess_jurisdiction(belgian) == "BE"
    assert guess_jurisdiction("Wij zijn gevestigd in Nederland en volgen de Nederlandse wet.") == "NL"
