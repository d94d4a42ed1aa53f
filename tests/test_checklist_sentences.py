"""Varied sentences of our own (not from the corpus): each must (or must not) address an item.

Formal 'u' and informal 'je/jij', Belgian and Dutch usage, negations, lists, headings in
English, compounds and inflections. A clause is judged on its own with item_ids_for_text.
"""

from __future__ import annotations

import pytest

from editor.core.checklist import item_ids_for_text

POSITIVE = [
    # controller identity (name and contact)
    ("controller_identity", "Wie zijn wij?\n\nDe Groene Vork bv, Stationsstraat 14, 9000 Gent, info@degroenevork.be."),
    ("controller_identity", "Verwerkingsverantwoordelijke is Kapsalon Lisa, Markt 3, 3500 Hasselt (ondernemingsnummer 0712.345.678), tel. 011 22 33 44."),
    ("controller_identity", "Fietsenwinkel Trapper B.V. (KvK 87654321), Oudegracht 200, 3511 NR Utrecht, is verantwoordelijk voor de verwerking van je gegevens. Mail ons via hallo@trapper.nl."),
    ("controller_identity", "Stichting Buurtzorg Oost is verwerkingsverantwoordelijke. Je bereikt ons op 020-1234567."),
    ("controller_identity", "Studio Blauw B.V., Herengracht 10, 1015 BA Amsterdam, hallo@studioblauw.nl."),
    # DPO
    ("dpo_contact", "Onze functionaris voor gegevensbescherming is bereikbaar via dpo@gemeente.be."),
    ("dpo_contact", "Wij hebben een Data Protection Officer (DPO) aangesteld: privacy@ziekenhuis.nl."),
    # purposes
    ("purposes", "Wij gebruiken uw e-mailadres om u onze nieuwsbrief te sturen."),
    ("purposes", "Je gegevens worden verwerkt voor de volgende doeleinden: facturatie en klantenservice."),
    ("purposes", "Waarvoor gebruiken wij je gegevens?\n\nOm je bestelling te leveren en je op de hoogte te houden."),
    # legal basis
    ("legal_basis", "De rechtsgrond voor deze verwerking is de uitvoering van de overeenkomst."),
    ("legal_basis", "Wij verwerken je gegevens op basis van je toestemming."),
    ("legal_basis", "Deze verwerking is gebaseerd op artikel 6, lid 1, onder c AVG (wettelijke verplichting)."),
    ("legal_basis", "Wij verwerken uw gegevens omdat dit noodzakelijk is voor de uitvoering van de overeenkomst met u."),
    ("legal_basis", "Grondslag: gerechtvaardigd belang."),
    # legitimate interests
    ("legitimate_interests", "Wij gebruiken camerabeelden op grond van ons gerechtvaardigd belang om inbraak en diefstal te voorkomen."),
    ("legitimate_interests", "Voor direct marketing aan bestaande klanten steunen wij op ons legitiem belang bij het onderhouden van de klantrelatie."),
    # recipients (negations still inform)
    ("recipients", "Wij geven uw gegevens nooit door aan derden."),
    ("recipients", "Je gegevens worden niet verkocht aan andere bedrijven of partijen."),
    ("recipients", "We delen je gegevens met onze boekhouder en met de pakketdienst die je bestelling levert."),
    ("recipients", "Onze hostingprovider verwerkt uw gegevens in onze opdracht."),
    ("recipients", "Ontvangers van uw gegevens zijn onze IT-dienstverleners en de belastingdienst."),
    ("recipients", "Wij zijn wettelijk verplicht uw gegevens te verstrekken aan de belastingdienst."),
    ("recipients", "Uw gegevens worden door onze partners verwerkt."),
    # third-country transfers
    ("third_country_transfers", "Mailchimp slaat gegevens op in de Verenigde Staten; wij hebben daarvoor de standaardcontractbepalingen van de Europese Commissie gesloten."),
    ("third_country_transfers", "Uw gegevens worden uitsluitend binnen de Europese Unie opgeslagen."),
    ("third_country_transfers", "Wij geven geen persoonsgegevens door naar landen buiten de EER."),
    # retention
    ("retention", "Wij bewaren uw gegevens tot 2 jaar na het einde van de overeenkomst."),
    ("retention", "Facturen houden we zeven jaar bij omdat de fiscale wetgeving dat vereist."),
    ("retention", "Hoe lang bewaren we je gegevens?\n\nSollicitatiegegevens wissen we vier weken na de sollicitatieprocedure."),
    ("retention", "Je accountgegevens bewaren we zolang je account actief is."),
    ("retention", "De bewaartermijn bedraagt 5 jaar."),
    ("retention", "Camerabeelden worden na 30 dagen automatisch verwijderd."),
    # rights
    ("right_access", "U heeft het recht om uw gegevens in te zien."),
    ("right_access", "Je kunt ons vragen welke gegevens we over jou hebben en een kopie opvragen."),
    ("right_access", "Recht op inzage"),
    ("right_rectification", "Klopt er iets niet? Dan kun je ons vragen om je gegevens te corrigeren."),
    ("right_rectification", "U heeft het recht om onjuiste gegevens te laten verbeteren."),
    ("right_rectification", "Recht op rectificatie: u kunt onjuiste of onvolledige gegevens laten aanpassen."),
    ("right_erasure", "Je hebt het recht om vergeten te worden."),
    ("right_erasure", "U kunt ons vragen om uw persoonsgegevens te verwijderen."),
    ("right_erasure", "Wil je dat we je gegevens verwijderen, neem dan contact op met privacy@voorbeeld.nl."),
    ("right_erasure", "Recht op gegevenswissing"),
    ("right_restriction", "U heeft het recht op beperking van de verwerking."),
    ("right_restriction", "Je kan vragen dat we het gebruik van je gegevens tijdelijk beperken."),
    ("right_objection", "U kunt bezwaar maken tegen het gebruik van uw gegevens voor direct marketing."),
    ("right_objection", "Je hebt het recht om je te verzetten tegen de verwerking van je gegevens."),
    ("right_objection", "Recht van bezwaar"),
    ("right_portability", "U heeft het recht op overdraagbaarheid van uw gegevens."),
    ("right_portability", "Je kunt je gegevens in een gestructureerde, gangbare en machineleesbare vorm ontvangen."),
    ("right_portability", "Je hebt recht op dataportabiliteit."),
    # withdraw consent
    ("withdraw_consent", "U kunt uw toestemming op elk moment intrekken."),
    ("withdraw_consent", "Heb je toestemming gegeven? Dan mag je die altijd weer intrekken, zonder dat dit gevolgen heeft voor eerdere verwerkingen."),
    ("withdraw_consent", "De gegeven toestemming kan je te allen tijde terugtrekken via privacy@voorbeeld.be."),
    # complaint
    ("complaint_authority", "U heeft het recht om een klacht in te dienen bij de Gegevensbeschermingsautoriteit."),
    ("complaint_authority", "Ben je het niet eens met hoe we met je gegevens omgaan? Dan kun je een klacht indienen bij de Autoriteit Persoonsgegevens."),
    ("complaint_authority", "Je kan je ook wenden tot de toezichthoudende autoriteit."),
    ("complaint_authority", "Klachten\n\nU kunt terecht bij de Gegevensbeschermingsautoriteit, Drukpersstraat 35, 1000 Brussel."),
    # statutory / contractual requirement
    ("statutory_contractual_requirement", "U bent niet verplicht om uw gegevens te verstrekken, maar zonder deze gegevens kunnen wij uw aanvraag niet behandelen."),
    ("statutory_contractual_requirement", "Als je deze gegevens niet geeft, kunnen we je bestelling niet leveren."),
    ("statutory_contractual_requirement", "Velden met een sterretje zijn verplicht."),
    ("statutory_contractual_requirement", "Het verstrekken van uw rijksregisternummer is wettelijk verplicht."),
    # automated decisions
    ("automated_decisions", "Wij nemen geen besluiten op basis van geautomatiseerde verwerking."),
    ("automated_decisions", "Er vindt geen geautomatiseerde besluitvorming of profilering plaats."),
    ("automated_decisions", "We maken gebruik van profilering om je gepersonaliseerde aanbiedingen te tonen."),
    # data categories
    ("data_categories", "Wij verwerken uw naam, adres, e-mailadres en telefoonnummer."),
    ("data_categories", "Welke gegevens verzamelen wij?\n\nJe voornaam en achternaam\n\nJe IP-adres\n\nJe bestelgeschiedenis en betaalgegevens"),
    # data source
    ("data_source", "Sommige gegevens ontvangen wij van uw werkgever."),
    ("data_source", "Wij verkrijgen bedrijfsgegevens uit de Kruispuntbank van Ondernemingen."),
    ("data_source", "Je gegevens kunnen ook afkomstig zijn van openbare bronnen zoals het handelsregister."),
    # cookies
    ("cookies", "Onze website gebruikt functionele en analytische cookies."),
    ("cookies", "Meer informatie vind je in onze cookieverklaring."),
    # security
    ("security", "Wij nemen passende technische en organisatorische maatregelen om uw gegevens te beveiligen."),
    ("security", "Alle verbindingen zijn versleuteld met SSL."),
    # policy changes
    ("policy_changes", "Wij kunnen deze privacyverklaring wijzigen. De nieuwste versie vind je altijd op onze website."),
    ("policy_changes", "Laatst bijgewerkt op 3 februari 2025."),
    # children
    ("children", "Onze diensten zijn niet bedoeld voor kinderen jonger dan 13 jaar."),
    ("children", "Voor minderjarigen vragen wij de toestemming van een ouder of voogd."),
    # more phrasings (separable verbs, Belgian usage, opt-out questions, list-free rights)
    ('automated_decisions', 'Wij maken geen gebruik van profilering.'),
    ('automated_decisions', 'Er worden geen beslissingen genomen op basis van geautomatiseerde verwerking, met inbegrip van profilering.'),
    ('automated_decisions', 'Geautomatiseerde besluitvorming vindt niet plaats.'),
    ('retention', 'Wij bewaren uw gegevens gedurende de looptijd van de overeenkomst en daarna nog 5 jaar.'),
    ('retention', 'Uw gegevens worden verwijderd zodra u uw account opzegt.'),
    ('retention', 'We bewaren je cv maximaal zes maanden na afloop van de sollicitatieprocedure.'),
    ('retention', 'Gegevens worden maximaal 1 jaar bijgehouden.'),
    ('right_objection', 'U kunt zich altijd kosteloos verzetten tegen direct marketing.'),
    ('right_objection', 'Wil je geen reclame meer ontvangen? Laat het ons weten en we stoppen met het gebruik van je gegevens voor marketing.'),
    ('right_erasure', 'Je kan ons vragen om je gegevens te wissen.'),
    ('right_restriction', 'Je kan ons vragen de verwerking van je gegevens tijdelijk stop te zetten.'),
    ('right_portability', 'U kunt ons vragen uw gegevens over te dragen aan een andere organisatie.'),
    ('complaint_authority', 'Je kan ook klacht indienen bij de Belgische toezichthouder (GBA).'),
    ('complaint_authority', 'Je hebt het recht een klacht in te dienen bij de AP.'),
    ('controller_identity', 'Deze website wordt beheerd door Bloemen Janssens, Kerkstraat 1, 2800 Mechelen.'),
    ('recipients', 'Wij werken samen met externe partners zoals een boekhoudkantoor en een IT-bedrijf.'),
    ('recipients', 'Wij maken gebruik van de diensten van Mailchimp voor het versturen van nieuwsbrieven.'),
    ('third_country_transfers', 'Sommige van onze leveranciers zijn gevestigd buiten de Europese Economische Ruimte; in dat geval zorgen wij voor passende waarborgen.'),
    ('legal_basis', 'We verwerken je gegevens omdat je daarvoor toestemming hebt gegeven.'),
    ('legal_basis', 'Deze verwerking is noodzakelijk om te voldoen aan onze wettelijke verplichtingen.'),
    ('legitimate_interests', 'Wij hebben er een gerechtvaardigd belang bij om onze website te beveiligen.'),
    ('purposes', 'Wij gebruiken je adres om je pakje te bezorgen.'),
    ('dpo_contact', 'U kunt onze DPO contacteren via dpo@voorbeeld.be.'),
    ('statutory_contractual_requirement', 'Verplichte velden zijn aangeduid met een *.'),
    ('statutory_contractual_requirement', 'Zonder deze gegevens kunnen wij u niet verder helpen.'),
    ('data_source', 'Wij kopen adresbestanden aan bij gespecialiseerde leveranciers.'),
    ('withdraw_consent', 'U kunt uw toestemming voor het ontvangen van de nieuwsbrief altijd intrekken door op de afmeldlink te klikken.'),
    ('children', 'Wij verzamelen niet bewust gegevens van personen jonger dan 16 jaar.'),
    ('security', 'Onze servers zijn beveiligd en worden regelmatig gecontroleerd.'),
    ('policy_changes', 'Deze privacyverklaring werd het laatst gewijzigd op 5 mei 2023.'),
    ('policy_changes', 'Wij passen deze verklaring aan wanneer dat nodig is. Bij belangrijke wijzigingen brengen wij u per e-mail op de hoogte.'),
    ('cookies', 'Wij plaatsen cookies op uw toestel.'),
    # session 2, from the first blind round of long policies
    ("data_source", "Na je aankoop ontvangen wij van Eventbrite je naam, e-mailadres en je ticketgegevens."),
    ("data_source", "Wanneer uw kind van een andere school komt, bezorgt de vorige school ons een aantal gegevens over de schoolloopbaan."),
    ("data_source", "Voor wervingsacties huren of kopen wij soms naam- en adresgegevens van gespecialiseerde adresleveranciers."),
    ("data_source", "Voor de huurverhoging vragen wij bij de Belastingdienst een inkomensindicatie op."),
    ("data_source", "De gegevens uit de verwijsbrief van je huisarts neem ik op in je dossier."),
    ("purposes", "Deze persoonsgegevens worden uitsluitend verwerkt voor:"),
    ("statutory_contractual_requirement", "Voor de inschrijving is het rijksregisternummer van uw kind verplicht."),
    ("statutory_contractual_requirement", "Inschrijven op de nieuwsbrief is uiteraard vrijblijvend."),
    ("statutory_contractual_requirement", "Voor een uitzendbaan zijn we wettelijk verplicht een kopie van je identiteitsbewijs te maken."),
    ("policy_changes", "Deze tekst werd goedgekeurd door het schoolbestuur op 2 september 2021."),
    ("right_rectification", "Wat mag jij vragen?\n\nStaat er iets fout, dan passen we het aan."),
    ("withdraw_consent", "Wil je geen vacaturemails meer ontvangen? Klik dan op 'afmelden' onderaan de mail."),
    # session 2, second blind round
    ("statutory_contractual_requirement", "Geef je ze niet, dan kan de leasingpartner je aanvraag niet behandelen."),
    ("statutory_contractual_requirement", "Worden zij niet verstrekt, dan kan de zorg niet worden opgestart."),
    ("statutory_contractual_requirement", "Wij zijn wettelijk verplicht om van iedere gast de naam en nationaliteit in het nachtregister op te nemen."),
    ("statutory_contractual_requirement", "Je naam, geboortedatum, adres en IBAN hebben we in ieder geval nodig."),
    ("right_restriction", "De cliënt kan vragen dat de verwerking van zijn gegevens tijdelijk wordt beperkt."),
    ("data_source", "De meeste gegevens krijgen we van jou. Een deel krijgen we van anderen, zoals andere gebruikers."),
    ("controller_identity", "Dans- en Muziekatelier Tutti hecht veel belang aan uw privacy. Contact: info@tutti.be."),
    ("withdraw_consent", "Op het inschrijvingsformulier vragen wij de ouders om toestemming voor foto's. Die toestemming kunnen zij altijd intrekken."),
    # session 2, third blind round
    ("data_source", "Log je in met Apple of Google, dan krijgen we van hen je naam en e-mailadres."),
    ("data_source", "Meldt een lid een bezoeker aan, dan ontvangen wij van dat lid de naam van die bezoeker."),
    ("data_source", "Wij controleren uw adres in de Basisregistratie Personen (BRP)."),
    ("data_source", "Waar krijgen we nog meer gegevens vandaan?\n\nVan Mollie: de status van je betaling."),
    ("automated_decisions", "Beslist een computer over mij?\n\nNee."),
    ("automated_decisions", "Daarom geven we elke boeking automatisch een risicoscore. Een hoge score leidt niet automatisch tot een weigering: een medewerker bekijkt de boeking."),
    ("third_country_transfers", "Gaan mijn gegevens naar het buitenland?\n\nNee. Alles blijft in Nederland."),
    ("legal_basis", "Mag dat zomaar?\n\nJa. Het is nodig voor de overeenkomst met u."),
    ("right_access", "Mag ik zien wat jullie van mij hebben?\n\nJa. Mail of bel ons."),
    ("right_erasure", "Kan ik iets laten aanpassen of verwijderen?\n\nJa."),
    ("right_rectification", "Artikel 16 | Verbetering"),
    ("right_erasure", "Je hebt het recht om:\n\nrequest erasure of your personal data (right to be forgotten);"),
    ("statutory_contractual_requirement", "Verstrekt de Betrokkene zijn rijksregisternummer niet, dan kan de Dimona-aangifte niet worden verricht."),
    ("complaint_authority", "Kom je er met mij niet uit, dan kun je ook een officiële klacht indienen."),
    ("security", "Uw gegevens zijn bij ons in veilige handen."),
    # session 2, fourth blind round
    ("data_source", "De meeste gegevens krijgen we van u zelf. Daarnaast ontvangen we gegevens van:\n\nuw ziekenfonds, via MyCareNet."),
    ("data_source", "Bestelt iemand een boek als cadeau voor u, dan ontvangen wij uw naam en adres van degene die de bestelling plaatst."),
    ("data_source", "Van Voetbal Vlaanderen ontvangen we je aansluitingsnummer en eventuele schorsingen."),
    ("statutory_contractual_requirement", "Velden in het contactformulier die met een * zijn gemarkeerd, zijn verplicht."),
    ("automated_decisions", "We nemen dus geen beslissingen over jou die alleen door een computer worden genomen."),
    ("withdraw_consent", "Heeft u toestemming gegeven, bijvoorbeeld voor de nieuwsbrief of voor analytische cookies, dan kunt u die op ieder moment intrekken."),
    # session 2, fifth blind round
    ("data_source", "5.2 Daarnaast ontvangt de hogeschool gegevens van:\n\nhet Rijksregister, voor je adresgegevens;"),
    ("data_source", "Wanneer u dat aangeeft, ontvangen wij deze gegevens van de opticien die u in uw account heeft gekozen."),
    ("right_access", "Jullie rechten\n\nJullie mogen altijd vragen welke gegevens ik van jullie heb."),
]

NEGATIVE = [
    # "verwerker" / security sentences are no rights
    ("right_restriction", "Wij beperken de toegang tot uw gegevens tot medewerkers die ze nodig hebben."),
    ("right_access", "Enkel bevoegde medewerkers hebben toegang tot uw dossier."),
    ("right_access", "Wij behouden ons het recht voor om de politie toegang te geven tot de beelden."),
    ("right_erasure", "U kunt cookies verwijderen via de instellingen van uw browser."),
    ("right_erasure", "Na afloop van de bewaartermijn worden de gegevens automatisch verwijderd."),
    ("right_erasure", "Denk je dat wij gegevens van een minderjarige hebben, neem dan contact met ons op, dan verwijderen wij deze informatie."),
    ("right_objection", "Als u er geen bezwaar tegen heeft, nemen wij telefonisch contact op."),
    ("right_objection", "Wij zullen ons verzetten tegen onrechtmatige vorderingen van derden."),
    ("right_portability", "U kunt uw domeinnaam overdragen aan een andere registrar."),
    ("right_rectification", "Wij kunnen deze privacyverklaring wijzigen."),
    # retention: vague is not a period (partial at most) and cookie lifetimes are no retention of personal data
    ("retention", "Wij reageren binnen 30 dagen op uw verzoek."),
    # legal basis: article numbering of the policy itself is no Art. 6
    ("legal_basis", "Artikel 6 – Beveiliging"),
    # legitimate interests: 'legitieme redenen' in the objection right
    ("legitimate_interests", "Indien er ernstige en legitieme redenen zijn, kan u zich verzetten."),
    # complaints to us are no complaint to the authority
    ("complaint_authority", "Heeft u een klacht over onze dienstverlening? Neem dan contact op met onze klantendienst."),
    # data source: negated, and data from the person
    ("data_source", "Wij ontvangen uw persoonsgegevens niet via derden."),
    # automated decisions: an automatic spam filter decides about messages, not people
    ("automated_decisions", "Onze mailserver bepaalt automatisch of een bericht spam is."),
    # statutory requirement: refusing cookies is no refusal to provide personal data
    ("statutory_contractual_requirement", "Als je cookies uitschakelt, werkt de website mogelijk minder goed."),
    ("statutory_contractual_requirement", "Indien u dit niet wenst, kan u contact opnemen."),
    # withdraw consent: browser settings are no withdrawal
    ("withdraw_consent", "U kunt cookies weigeren via uw browser."),
    # children: parental leave of staff is no children's data policy? (sanity: unrelated words)
    ("children", "Wij verwerken uw gegevens zorgvuldig."),
    # third-country transfers: nothing about them
    ("third_country_transfers", "Wij verwerken uw gegevens voor de uitvoering van de overeenkomst."),
    # answer times are no retention period; the controller's own legal duty is no 13(2)(e) statement
    ("retention", "Wij antwoorden binnen een termijn van 30 dagen."),
    ("statutory_contractual_requirement", "Wij zijn wettelijk verplicht uw gegevens te verstrekken aan de belastingdienst."),
    # profiling named only in the right to object says nothing about automated decisions
    ("automated_decisions", "U heeft het recht bezwaar te maken tegen de verwerking, met inbegrip van profilering."),
    # sending a request is no portability; cookie consent alone is no GDPR consent basis for withdraw_consent
    ("right_portability", "Uw rechten\n\nU kunt uw verzoek sturen naar privacy@voorbeeld.be."),
    ("withdraw_consent", "Voor analytische cookies vragen wij uw toestemming."),
    # "machinaal" contains "china" but is no transfer
    ("third_country_transfers", "U krijgt uw gegevens in een machinaal leesbare vorm."),
    ('right_erasure', 'Wij verwijderen ongebruikte accounts na 2 jaar.'),
    ('right_access', 'Onze medewerkers hebben toegang tot uw gegevens voor zover nodig.'),
    ('recipients', 'Wij verwerken uw naam en adres voor de levering.'),
    ('legitimate_interests', 'Wij verwerken uw gegevens op basis van uw toestemming.'),
    ('dpo_contact', 'Wij hebben geen functionaris voor gegevensbescherming aangesteld omdat dit niet verplicht is.'),
    ('children', 'Wij verwerken uw naam en adres.'),
    ('automated_decisions', 'Wij gebruiken automatische back-ups.'),
    ('complaint_authority', 'Voor klachten over een levering kunt u terecht bij onze klantendienst.'),
    ('statutory_contractual_requirement', 'Wij verwerken enkel de gegevens die noodzakelijk zijn.'),
    ('third_country_transfers', 'Wij slaan uw gegevens op in onze database.'),
    # session 2, from the first blind round of long policies
    ("children", "Gegevens over de gezinssituatie: burgerlijke staat, gezinssamenstelling, kinderen ten laste."),
    ("right_portability", "Uw rechten\n\nU kan zich binnen tien dagen na de inschrijving verzetten tegen de overdracht van de leerlingengegevens."),
    ("right_objection", "Uw rechten\n\nU kunt vragen uw dossier te vernietigen, tenzij de wet of een zwaarwegend belang van een ander zich daartegen verzet."),
    ("security", "Toegang en veiligheid op het terrein\n\nAan de ingang scannen we de QR-code op je ticket."),
    ("third_country_transfers", "Fietsclub De Snelle Spaak vzw, Lindelaan 5, 3500 Hasselt, snellespaak@gmail.com."),
    # session 2, second blind round
    ("legitimate_interests", "Overheidsinstanties kunnen zich niet beroepen op het gerechtvaardigd belang; de bibliotheek doet dat dan ook niet."),
    ("statutory_contractual_requirement", "Uw gegevens hebben wij nodig voor:"),
    ("controller_identity", "Wij hechten veel belang aan uw privacy."),
    # session 2, third blind round
    ("right_objection", "Dan kunt u binnen 6 weken na de datum van het besluit bezwaar maken bij het college."),
    ("children", "Identiteitsgegevens: naam, voornaam, geboortedatum (voor de jongerenformule)."),
    ("withdraw_consent", "Daarom vragen wij u ook nergens toestemming voor marketing: er is geen marketing."),
    ("withdraw_consent", "In de polisvoorwaarden staat voor welke zorg u vooraf toestemming van Zilverlinde nodig heeft; die toestemming noemen wij een machtiging."),
    ("right_rectification", "Artikel 16 – Wijzigingen van dit beleid"),
]


@pytest.mark.parametrize(("item", "text"), POSITIVE, ids=[f"{i}:{t[:40]}" for i, t in POSITIVE])
def test_sentence_addresses_item(item, text):
    assert item in item_ids_for_text(text), f"{item} not found in: {text}"


@pytest.mark.parametrize(("item", "text"), NEGATIVE, ids=[f"not-{i}:{t[:40]}" for i, t in NEGATIVE])
def test_sentence_does_not_address_item(item, text):
    assert item not in item_ids_for_text(text), f"{item} wrongly found in: {text}"


def test_negated_sharing_still_informs_about_recipients():
    assert "recipients" in item_ids_for_text("Wij geven uw gegevens nooit door aan derden.")


def test_clause_as_heading_and_body_blocks():
    from editor.core.model import Heading, Paragraph, Run

    blocks = [Heading(runs=[Run("Recht op overdraagbaarheid")], level=2),
              Paragraph(runs=[Run("Op uw verzoek bezorgen wij u uw gegevens.")])]
    assert "right_portability" in item_ids_for_text(blocks)


def test_clause_with_placeholders_counts_as_contact_details():
    text = "{{organisatie.naam}}, {{organisatie.adres}}, is verantwoordelijk voor de verwerking. Contact: {{organisatie.email}}."
    assert "controller_identity" in item_ids_for_text(text)
