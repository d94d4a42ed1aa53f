<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../editor/gui/about_dialog.py" line="58" />
        <source>Over de Privacyverklaring-editor</source>
        <translation>About the Privacy Policy Editor</translation>
    </message>
    <message>
        <location filename="../../editor/gui/about_dialog.py" line="63" />
        <source>Privacyverklaring-editor</source>
        <translation>Privacy Policy Editor</translation>
    </message>
    <message>
        <location filename="../../editor/gui/about_dialog.py" line="69" />
        <source>Controleert privacyverklaringen op de informatie die AVG-artikelen 13 en 14 vereisen en stelt clausules voor uit de bibliotheek van uw kantoor. De tekst verlaat deze computer niet, tenzij u een externe taalcontroleserver instelt.</source>
        <translation>Checks privacy policies for the information that GDPR Articles 13 and 14 require and suggests clauses from your firm's library. The text does not leave this computer unless you configure a remote grammar server.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/about_dialog.py" line="79" />
        <source>volledig (met eigen Java en LanguageTool)</source>
        <translation>full (with bundled Java and LanguageTool)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/about_dialog.py" line="80" />
        <source>lite (LanguageTool via een server uit de instellingen)</source>
        <translation>lite (LanguageTool via a server from the settings)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/about_dialog.py" line="81" />
        <source>broncode</source>
        <translation>source code</translation>
    </message>
    <message>
        <location filename="../../editor/gui/about_dialog.py" line="84" />
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../editor/gui/about_dialog.py" line="86" />
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../editor/gui/about_dialog.py" line="87" />
        <source>Pakket</source>
        <translation>Package</translation>
    </message>
    <message>
        <location filename="../../editor/gui/about_dialog.py" line="88" />
        <source>Clausulebibliotheek</source>
        <translation>Clause library</translation>
    </message>
    <message>
        <location filename="../../editor/gui/about_dialog.py" line="88" />
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/about_dialog.py" line="89" />
        <source>LanguageTool</source>
        <translation>LanguageTool</translation>
    </message>
    <message>
        <location filename="../../editor/gui/about_dialog.py" line="90" />
        <source>Qt / Python</source>
        <translation>Qt / Python</translation>
    </message>
    <message>
        <location filename="../../editor/gui/about_dialog.py" line="105" />
        <source>Gegevens kopiëren</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../editor/gui/about_dialog.py" line="106" />
        <source>Kopieer deze gegevens, bijvoorbeeld voor de helpdesk</source>
        <translation>Copy these details, for example for the help desk</translation>
    </message>
    <message>
        <location filename="../../editor/gui/about_dialog.py" line="115" />
        <source>wordt gestart</source>
        <translation>starting</translation>
    </message>
    <message>
        <location filename="../../editor/gui/about_dialog.py" line="116" />
        <source>klaar</source>
        <translation>ready</translation>
    </message>
    <message>
        <location filename="../../editor/gui/about_dialog.py" line="117" />
        <source>bezig met controleren</source>
        <translation>checking</translation>
    </message>
    <message>
        <location filename="../../editor/gui/about_dialog.py" line="118" />
        <source>niet beschikbaar</source>
        <translation>not available</translation>
    </message>
    <message>
        <location filename="../../editor/gui/about_dialog.py" line="119" />
        <source>uitgeschakeld</source>
        <translation>switched off</translation>
    </message>
    <message>
        <location filename="../../editor/gui/about_dialog.py" line="120" />
        <source>teamserver</source>
        <translation>team server</translation>
    </message>
</context>
<context>
    <name>ChecklistController</name>
    <message>
        <location filename="../../editor/gui/checklist_controller.py" line="122" />
        <source>Controleren…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_controller.py" line="147" />
        <source>De checklist is in deze versie niet beschikbaar.</source>
        <translation>The checklist is not available in this version.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_controller.py" line="151" />
        <source>De controle is mislukt: %1</source>
        <translation>The check failed: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_controller.py" line="158" />
        <source>%1 van %2 verplichte onderdelen aanwezig</source>
        <translation>%1 of %2 required items present</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_controller.py" line="162" />
        <source>1 aanbevolen onderdeel ontbreekt</source>
        <translation>1 recommended item missing</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_controller.py" line="164" />
        <source>%1 aanbevolen onderdelen ontbreken</source>
        <translation>%1 recommended items missing</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_controller.py" line="240" />
        <source>Deze alinea dekt: %1</source>
        <translation>This paragraph covers: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_controller.py" line="254" />
        <source>Nog in te vullen: vul het organisatieprofiel aan of typ de gegevens zelf.</source>
        <translation>Still to fill in: complete the organisation profile or type the details yourself.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_controller.py" line="261" />
        <source>Verouderde verwijzing: %1
Voorstel: %2 (rechtsklik om te vervangen)</source>
        <translation>Outdated reference: %1
Suggestion: %2 (right-click to replace)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_controller.py" line="269" />
        <source>Vervangen door „%1”</source>
        <translation>Replace with “%1”</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_controller.py" line="272" />
        <source>Verouderd: %1</source>
        <translation>Outdated: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_controller.py" line="279" />
        <source>De tekst is intussen gewijzigd; controleer opnieuw.</source>
        <translation>The text has changed meanwhile; check again.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../editor/gui/checklist_detail.py" line="32" />
        <source>Tip: {hint}</source>
        <translation>Tip: {hint}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_panel.py" line="90" />
        <source>Checklist AVG-informatieplicht</source>
        <translation>GDPR transparency checklist</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_panel.py" line="138" />
        <source>Onderdelen van de checklist</source>
        <translation>Checklist items</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_panel.py" line="381" />
        <source>Toon in tekst</source>
        <translation>Show in text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_panel.py" line="388" />
        <source>Beslissing ongedaan maken</source>
        <translation>Undo decision</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_panel.py" line="294" />
        <source>{status}: {count} onderdelen</source>
        <translation>{status}: {count} items</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_detail.py" line="50" />
        <source>{title} (aanbevolen)</source>
        <translation>{title} (recommended)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_detail.py" line="51" />
        <source>{title} (indien van toepassing)</source>
        <translation>{title} (if applicable)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_panel.py" line="322" />
        <source>behandeld in de huidige alinea</source>
        <translation>covered in the current paragraph</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_detail.py" line="66" />
        <source>Behandeld in de alinea waar de cursor staat.</source>
        <translation>Covered in the paragraph where the cursor is.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_panel.py" line="384" />
        <source>Markeren als niet van toepassing…</source>
        <translation>Mark as not applicable…</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../editor/gui/decision_dialog.py" line="25" />
        <source>geen DPO aangesteld (niet verplicht)</source>
        <translation>no DPO appointed (not required)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/decision_dialog.py" line="26" />
        <source>geen doorgifte van gegevens buiten de EER</source>
        <translation>no transfer of data outside the EEA</translation>
    </message>
    <message>
        <location filename="../../editor/gui/decision_dialog.py" line="27" />
        <source>geen geautomatiseerde besluitvorming of profilering</source>
        <translation>no automated decision-making or profiling</translation>
    </message>
    <message>
        <location filename="../../editor/gui/decision_dialog.py" line="28" />
        <source>diensten niet gericht op kinderen</source>
        <translation>services not aimed at children</translation>
    </message>
    <message>
        <location filename="../../editor/gui/decision_dialog.py" line="30" />
        <source>de website gebruikt geen cookies</source>
        <translation>the website uses no cookies</translation>
    </message>
    <message>
        <location filename="../../editor/gui/decision_dialog.py" line="31" />
        <source>cookies staan in een aparte cookieverklaring</source>
        <translation>cookies are covered by a separate cookie policy</translation>
    </message>
    <message>
        <location filename="../../editor/gui/decision_dialog.py" line="33" />
        <source>geen verwerking op grond van gerechtvaardigd belang</source>
        <translation>no processing based on legitimate interest</translation>
    </message>
    <message>
        <location filename="../../editor/gui/decision_dialog.py" line="34" />
        <source>geen verwerking op grond van toestemming</source>
        <translation>no processing based on consent</translation>
    </message>
    <message>
        <location filename="../../editor/gui/decision_dialog.py" line="35" />
        <location filename="../../editor/gui/decision_dialog.py" line="36" />
        <source>alle gegevens komen van de betrokkene zelf</source>
        <translation>all data come from the data subject</translation>
    </message>
    <message>
        <location filename="../../editor/gui/decision_dialog.py" line="38" />
        <source>verstrekking is nergens wettelijk of contractueel verplicht</source>
        <translation>providing data is nowhere a statutory or contractual requirement</translation>
    </message>
    <message>
        <location filename="../../editor/gui/decision_dialog.py" line="40" />
        <source>geen verwerking op grond van toestemming of overeenkomst</source>
        <translation>no processing based on consent or contract</translation>
    </message>
    <message>
        <location filename="../../editor/gui/decision_dialog.py" line="42" />
        <source>valt buiten de verwerking van deze organisatie</source>
        <translation>outside this organisation's processing</translation>
    </message>
    <message>
        <location filename="../../editor/gui/decision_dialog.py" line="52" />
        <source>Niet van toepassing</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../editor/gui/decision_dialog.py" line="53" />
        <source>Onderdeel markeren als niet van toepassing</source>
        <translation>Mark item as not applicable</translation>
    </message>
    <message>
        <location filename="../../editor/gui/decision_dialog.py" line="57" />
        <source>Markeer „{title}” als niet van toepassing.</source>
        <translation>Mark “{title}” as not applicable.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/decision_dialog.py" line="63" />
        <source>Het onderdeel telt dan niet meer als ontbrekend. De reden wordt in het document bewaard en de beslissing kan later ongedaan worden gemaakt.</source>
        <translation>The item then no longer counts as missing. The reason is kept in the document and the decision can be undone later.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/decision_dialog.py" line="72" />
        <source>Reden (verplicht):</source>
        <translation>Reason (required):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/decision_dialog.py" line="77" />
        <source>Reden waarom het onderdeel niet van toepassing is</source>
        <translation>Reason why the item does not apply</translation>
    </message>
    <message>
        <location filename="../../editor/gui/decision_dialog.py" line="82" />
        <source>bv. {reason}</source>
        <translation>e.g. {reason}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/decision_dialog.py" line="88" />
        <source>Markeren</source>
        <translation>Mark</translation>
    </message>
    <message>
        <location filename="../../editor/gui/decision_dialog.py" line="89" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DetailArea</name>
    <message>
        <location filename="../../editor/gui/checklist_detail.py" line="87" />
        <source>Details van het gekozen onderdeel</source>
        <translation>Details of the selected item</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_detail.py" line="89" />
        <source>Toelichting bij het gekozen onderdeel</source>
        <translation>Explanation of the selected item</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_detail.py" line="111" />
        <source>Toon in tekst</source>
        <translation>Show in text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_detail.py" line="111" />
        <source>Toon de vindplaats in de tekst</source>
        <translation>Show where the text says it</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_detail.py" line="113" />
        <source>Niet van toepassing…</source>
        <translation>Not applicable…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_detail.py" line="113" />
        <source>Markeren als niet van toepassing</source>
        <translation>Mark as not applicable</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_detail.py" line="115" />
        <source>Beslissing ongedaan maken</source>
        <translation>Undo decision</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_detail.py" line="116" />
        <source>Beslissing niet van toepassing ongedaan maken</source>
        <translation>Undo the not-applicable decision</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_detail.py" line="124" />
        <location filename="../../editor/gui/checklist_detail.py" line="184" />
        <source>Bevinding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_detail.py" line="130" />
        <source>Meer…</source>
        <translation>More…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_detail.py" line="130" />
        <source>Minder</source>
        <translation>Less</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_detail.py" line="131" />
        <source>Uitleg bij het onderdeel</source>
        <translation>Explanation of the item</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_detail.py" line="153" />
        <source>Geen onderdeel gekozen</source>
        <translation>No item selected</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_detail.py" line="158" />
        <source>Kies een onderdeel in de lijst voor de toelichting en voorstellen.</source>
        <translation>Choose an item in the list for its explanation and suggestions.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_detail.py" line="188" />
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../editor/gui/document_actions.py" line="82" />
        <source>%1 wordt geopend…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_actions.py" line="82" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_actions.py" line="84" />
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_actions.py" line="106" />
        <source>Openen geannuleerd.</source>
        <translation>Opening cancelled.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_actions.py" line="109" />
        <location filename="../../editor/gui/document_actions.py" line="113" />
        <source>Openen mislukt</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_actions.py" line="153" />
        <source>Privacyverklaring openen</source>
        <translation>Open privacy policy</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_actions.py" line="174" />
        <source>Niet-opgeslagen wijzigingen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_actions.py" line="175" />
        <source>De privacyverklaring heeft wijzigingen die nog niet zijn opgeslagen. Wilt u ze opslaan?</source>
        <translation>The privacy policy has changes that have not been saved. Do you want to save them?</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_actions.py" line="186" />
        <source>Lege privacyverklaring</source>
        <translation>Empty privacy policy</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_actions.py" line="186" />
        <source>Startversie met clausules uit de bibliotheek</source>
        <translation>Starter version with clauses from the library</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_actions.py" line="187" />
        <source>Nieuw document</source>
        <translation>New document</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_actions.py" line="187" />
        <source>Waarmee wilt u beginnen?</source>
        <translation>What would you like to start with?</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_actions.py" line="215" />
        <location filename="../../editor/gui/document_actions.py" line="263" />
        <source>privacyverklaring</source>
        <translation>privacy-policy</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_actions.py" line="218" />
        <source>Opslaan als</source>
        <translation>Save As</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_actions.py" line="234" />
        <location filename="../../editor/gui/document_actions.py" line="237" />
        <source>Opslaan mislukt</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_actions.py" line="245" />
        <source>Opgeslagen: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_actions.py" line="265" />
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_actions.py" line="277" />
        <source>Export klaar</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_actions.py" line="277" />
        <source>Geëxporteerd naar %1.
Wilt u het bestand openen?</source>
        <translation>Exported to %1.
Do you want to open the file?</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_actions.py" line="290" />
        <source>Niet-ingevulde gegevens</source>
        <translation>Unfilled details</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_actions.py" line="292" />
        <source>De tekst bevat nog %1 niet-ingevulde gegevens:
%2

Vul ze aan via Document &gt; Organisatieprofiel. Toch exporteren met deze plaatshouders?</source>
        <translation>The text still contains %1 unfilled details:
%2

Fill them in via Document &gt; Organisation profile. Export with these placeholders anyway?</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_actions.py" line="315" />
        <location filename="../../editor/gui/document_actions.py" line="318" />
        <location filename="../../editor/gui/document_actions.py" line="321" />
        <source>Exporteren mislukt</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_actions.py" line="318" />
        <source>Deze exportvorm is in deze versie niet beschikbaar.</source>
        <translation>This export format is not available in this version.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_actions.py" line="323" />
        <source>Geëxporteerd: %1</source>
        <translation>Exported: %1</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../../editor/gui/find_dialog.py" line="27" />
        <location filename="../../editor/gui/find_dialog.py" line="28" />
        <source>Zoeken en vervangen</source>
        <translation>Find and replace</translation>
    </message>
    <message>
        <location filename="../../editor/gui/find_dialog.py" line="30" />
        <source>Zoeken naar</source>
        <translation>Find what</translation>
    </message>
    <message>
        <location filename="../../editor/gui/find_dialog.py" line="32" />
        <source>Vervangen door</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <location filename="../../editor/gui/find_dialog.py" line="33" />
        <source>Hoofdlettergevoelig</source>
        <translation>Match case</translation>
    </message>
    <message>
        <location filename="../../editor/gui/find_dialog.py" line="34" />
        <source>Hele woorden</source>
        <translation>Whole words</translation>
    </message>
    <message>
        <location filename="../../editor/gui/find_dialog.py" line="36" />
        <source>Zoekresultaat</source>
        <translation>Search result</translation>
    </message>
    <message>
        <location filename="../../editor/gui/find_dialog.py" line="37" />
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../editor/gui/find_dialog.py" line="38" />
        <source>Vorige</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../editor/gui/find_dialog.py" line="39" />
        <source>Vervangen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../editor/gui/find_dialog.py" line="40" />
        <source>Alles vervangen</source>
        <translation>Replace all</translation>
    </message>
    <message>
        <location filename="../../editor/gui/find_dialog.py" line="41" />
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../editor/gui/find_dialog.py" line="43" />
        <source>&amp;Zoeken:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/find_dialog.py" line="45" />
        <source>&amp;Vervangen door:</source>
        <translation>&amp;Replace with:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/find_dialog.py" line="89" />
        <source>Niet gevonden.</source>
        <translation>Not found.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/find_dialog.py" line="126" />
        <source>%n keer vervangen.</source>
        <translation>
            <numerusform>Replaced %n time.</numerusform>
            <numerusform>Replaced %n times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GapFiller</name>
    <message>
        <location filename="../../editor/gui/gap_filler.py" line="50" />
        <source>De clausulebibliotheek is nog niet geladen.</source>
        <translation>The clause library has not been loaded yet.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/gap_filler.py" line="61" />
        <source>Aanvullen mislukt: %1</source>
        <translation>Filling the gaps failed: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/gap_filler.py" line="65" />
        <source>De tekst is intussen gewijzigd; kies opnieuw Ontbrekende onderdelen aanvullen.</source>
        <translation>The text changed meanwhile; choose Fill missing items again.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/gap_filler.py" line="68" />
        <source>Geen clausules gevonden die een ontbrekend onderdeel aanvullen.</source>
        <translation>No clauses found that fill a missing item.</translation>
    </message>
</context>
<context>
    <name>GrammarController</name>
    <message>
        <location filename="../../editor/gui/grammar/controller.py" line="184" />
        <location filename="../../editor/gui/grammar/controller.py" line="245" />
        <location filename="../../editor/gui/grammar/controller.py" line="290" />
        <location filename="../../editor/gui/grammar/controller.py" line="303" />
        <source>Taalcontrole klaar</source>
        <translation>Grammar check finished</translation>
    </message>
    <message>
        <location filename="../../editor/gui/grammar/controller.py" line="188" />
        <source>Taalcontrole staat uit (instellingen)</source>
        <translation>Grammar check is off (settings)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/grammar/controller.py" line="190" />
        <source>Taalcontrole starten…</source>
        <translation>Starting the grammar check…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/grammar/controller.py" line="204" />
        <source>Taalcontrole laadt het Nederlands… {0} s</source>
        <translation>Grammar check is loading Dutch… {0} s</translation>
    </message>
    <message>
        <location filename="../../editor/gui/grammar/controller.py" line="208" />
        <source>Taalcontrole starten… {0} s</source>
        <translation>Starting the grammar check… {0} s</translation>
    </message>
    <message>
        <location filename="../../editor/gui/grammar/controller.py" line="256" />
        <source>Taalcontrole bezig…</source>
        <translation>Checking grammar…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/grammar/controller.py" line="311" />
        <source>Taalcontrole niet beschikbaar: {0}</source>
        <translation>Grammar check not available: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/grammar/engine_status.py" line="24" />
        <source>Taalcontrole herstart na een storing (poging {0})…</source>
        <translation>Grammar check restarting after a failure (attempt {0})…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/grammar/engine_status.py" line="26" />
        <source>Taalcontrole werkt weer</source>
        <translation>Grammar check is working again</translation>
    </message>
    <message>
        <location filename="../../editor/gui/grammar/engine_status.py" line="27" />
        <source>Taalcontrole staat uit: de taalserver start niet meer. Herstart de editor om het opnieuw te proberen.</source>
        <translation>Grammar check is off: the language server no longer starts. Restart the editor to try again.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/grammar/context_menu.py" line="37" />
        <source>Negeren</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../../editor/gui/grammar/context_menu.py" line="41" />
        <source>Regel uitschakelen</source>
        <translation>Disable rule</translation>
    </message>
    <message>
        <location filename="../../editor/gui/grammar/context_menu.py" line="47" />
        <source>Toevoegen aan woordenlijst</source>
        <translation>Add to word list</translation>
    </message>
</context>
<context>
    <name>GrammarPanel</name>
    <message>
        <location filename="../../editor/gui/grammar/panel.py" line="30" />
        <source>Status van de taalcontrole</source>
        <translation>Grammar check status</translation>
    </message>
    <message>
        <location filename="../../editor/gui/grammar/panel.py" line="32" />
        <source>Spel- en grammaticaproblemen</source>
        <translation>Spelling and grammar issues</translation>
    </message>
    <message>
        <location filename="../../editor/gui/grammar/panel.py" line="42" />
        <source>Spelling</source>
        <translation>Spelling</translation>
    </message>
    <message>
        <location filename="../../editor/gui/grammar/panel.py" line="43" />
        <source>Grammatica</source>
        <translation>Grammar</translation>
    </message>
    <message>
        <location filename="../../editor/gui/grammar/panel.py" line="44" />
        <source>Stijl</source>
        <translation>Style</translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <source>Clausules met een conflict bekijken en oplossen</source>
        <translation>Review and resolve clauses in conflict</translation>
    </message>
    <message>
        <source>Conflicten ({count})…</source>
        <translation>Conflicts ({count})…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_browser.py" line="127" />
        <source>Clausulebibliotheek</source>
        <translation>Clause library</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_browser.py" line="128" />
        <source>Clausulebibliotheek doorzoeken</source>
        <translation>Search the clause library</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_browser.py" line="134" />
        <source>Status van de clausulebibliotheek</source>
        <translation>Clause library status</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_browser.py" line="142" />
        <source>Zoeken in titels en tekst…</source>
        <translation>Search titles and text…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_browser.py" line="143" />
        <source>Zoekterm</source>
        <translation>Search term</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_browser.py" line="148" />
        <source>Filter op onderdeel van de checklist</source>
        <translation>Filter by checklist item</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_browser.py" line="149" />
        <source>Alle onderdelen</source>
        <translation>All items</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_browser.py" line="155" />
        <source>Filter op rechtsgebied</source>
        <translation>Filter by jurisdiction</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_browser.py" line="156" />
        <location filename="../../editor/gui/library_browser.py" line="314" />
        <source>België en Nederland</source>
        <translation>Belgium and the Netherlands</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_browser.py" line="157" />
        <location filename="../../editor/gui/library_browser.py" line="312" />
        <source>België</source>
        <translation>Belgium</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_browser.py" line="158" />
        <location filename="../../editor/gui/library_browser.py" line="313" />
        <source>Nederland</source>
        <translation>the Netherlands</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_browser.py" line="162" />
        <source>Filter op status van de clausule</source>
        <translation>Filter by clause status</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_browser.py" line="163" />
        <source>In gebruik</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_browser.py" line="164" />
        <source>Ingetrokken</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_browser.py" line="165" />
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_browser.py" line="177" />
        <source>Gevonden clausules</source>
        <translation>Clauses found</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_browser.py" line="183" />
        <source>Voorbeeld van de clausule</source>
        <translation>Clause preview</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_browser.py" line="192" />
        <source>Invoegen</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_browser.py" line="193" />
        <source>Gekozen clausule invoegen in de tekst</source>
        <translation>Insert the selected clause into the text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_browser.py" line="197" />
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_browser.py" line="198" />
        <source>Bibliotheek sluiten</source>
        <translation>Close library</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_browser.py" line="251" />
        <source>{count} clausules gevonden</source>
        <translation>{count} clauses found</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_browser.py" line="300" />
        <source>De clausulebibliotheek is niet bereikbaar. U werkt met de lokale kopie van {since}; wijzigingen aan de bibliotheek zijn niet mogelijk.</source>
        <translation>The clause library cannot be reached. You are working with the local copy of {since}; the library cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_browser.py" line="302" />
        <source>een eerder moment</source>
        <translation>an earlier moment</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_browser.py" line="304" />
        <source>De clausulebibliotheek is alleen-lezen: u kunt clausules invoegen, maar niet wijzigen.</source>
        <translation>The clause library is read-only: you can insert clauses but not change them.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_browser.py" line="320" />
        <source>ingetrokken</source>
        <translation>retired</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_browser.py" line="322" />
        <source>verouderde wetgeving</source>
        <translation>outdated law</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_browser.py" line="335" />
        <source>Geen clausule gekozen.</source>
        <translation>No clause selected.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_browser.py" line="343" />
        <source>ontbreekt</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_browser.py" line="348" />
        <source>Geel gemarkeerde gegevens ontbreken in het organisatieprofiel.</source>
        <translation>Details marked in yellow are missing from the organisation profile.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_browser.py" line="355" />
        <source>Bron: {source}</source>
        <translation>Source: {source}</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <location filename="../../editor/gui/library_controller.py" line="99" />
        <source>De clausulebibliotheek is niet bereikbaar: %1</source>
        <translation>The clause library cannot be reached: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_controller.py" line="103" />
        <source>De gedeelde clausulebibliotheek is niet bereikbaar. U werkt met de kopie van %1 (alleen-lezen).</source>
        <translation>The shared clause library cannot be reached. You are working with the copy of %1 (read-only).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_controller.py" line="110" />
        <source>Clausulebibliotheek</source>
        <translation>Clause library</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_controller.py" line="110" />
        <source>De bibliotheek wordt nog geladen.</source>
        <translation>The library is still loading.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_controller.py" line="150" />
        <source>Geen bibliotheek</source>
        <translation>No library</translation>
    </message>
    <message>
        <location filename="../../editor/gui/library_controller.py" line="150" />
        <source>De clausulebibliotheek is niet beschikbaar.</source>
        <translation>The clause library is not available.</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="68" />
        <source>&amp;Nieuw…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="74" />
        <source>Exporteren met &amp;wijzigingen (DOCX)…</source>
        <translation>Export with &amp;tracked changes (DOCX)…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="69" />
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="70" />
        <source>Op&amp;slaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="71" />
        <source>Opslaan &amp;als…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="72" />
        <source>&amp;Exporteren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="73" />
        <source>Af&amp;sluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="74" />
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="75" />
        <source>Opnieuw &amp;uitvoeren</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="76" />
        <source>K&amp;nippen</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="77" />
        <source>&amp;Kopiëren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="78" />
        <source>&amp;Plakken</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="79" />
        <source>&amp;Zoeken…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="80" />
        <source>Zoeken en &amp;vervangen…</source>
        <translation>Find and &amp;Replace…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="83" />
        <source>&amp;Inzoomen</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="84" />
        <source>&amp;Uitzoomen</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="85" />
        <source>Ware &amp;grootte</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="86" />
        <source>&amp;Overzicht van koppen</source>
        <translation>Headings &amp;Outline</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="89" />
        <source>&amp;Lange zinnen markeren</source>
        <translation>Highlight &amp;Long Sentences</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="89" />
        <source>Zinnen van meer dan 25 woorden geel markeren</source>
        <translation>Highlight sentences of more than 25 words in yellow</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="91" />
        <source>&amp;Organisatieprofiel…</source>
        <translation>&amp;Organisation Profile…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="92" />
        <source>Clausule&amp;bibliotheek…</source>
        <translation>Clause &amp;Library…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="93" />
        <source>Opnieuw &amp;controleren</source>
        <translation>Re&amp;check</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="95" />
        <source>Ontbrekende onderdelen &amp;aanvullen</source>
        <translation>&amp;Fill missing items</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="96" />
        <source>Voor elk ontbrekend onderdeel de best passende clausule invoegen (één keer ongedaan te maken)</source>
        <translation>Insert the best fitting clause for every missing item (undone in one step)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="98" />
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="99" />
        <source>&amp;Over deze editor</source>
        <translation>&amp;About This Editor</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="100" />
        <source>&amp;Vet</source>
        <translation>&amp;Bold</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="101" />
        <source>&amp;Cursief</source>
        <translation>&amp;Italic</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="102" />
        <source>&amp;Onderstrepen</source>
        <translation>&amp;Underline</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="103" />
        <source>Lijst met op&amp;sommingstekens</source>
        <translation>&amp;Bulleted List</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="104" />
        <source>&amp;Genummerde lijst</source>
        <translation>&amp;Numbered List</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="105" />
        <source>&amp;Koppeling…</source>
        <translation>&amp;Link…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="141" />
        <source>Hoofdtekst</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="141" />
        <source>Kop 1</source>
        <translation>Heading 1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="141" />
        <source>Kop 2</source>
        <translation>Heading 2</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="141" />
        <source>Kop 3</source>
        <translation>Heading 3</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="145" />
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="147" />
        <source>&amp;Recente bestanden</source>
        <translation>&amp;Recent Files</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="150" />
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="153" />
        <source>&amp;Opmaak</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="164" />
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="167" />
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="169" />
        <source>E&amp;xtra</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="171" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="175" />
        <source>Opmaak</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="177" />
        <source>Werkbalk opmaak</source>
        <translation>Format toolbar</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="182" />
        <location filename="../../editor/gui/main_menu.py" line="183" />
        <source>Alineastijl</source>
        <translation>Paragraph style</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="210" />
        <location filename="../../editor/gui/main_menu.py" line="212" />
        <source>Lijst</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="222" />
        <source>Statusbalk</source>
        <translation>Status bar</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="224" />
        <source>Onderdelen in deze alinea</source>
        <translation>Items in this paragraph</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="226" />
        <source>Aantal woorden</source>
        <translation>Word count</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="228" />
        <source>Status van de controle</source>
        <translation>Check status</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="230" />
        <source>Status van de taalcontrole</source>
        <translation>Grammar check status</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="242" />
        <source>(geen recente bestanden)</source>
        <translation>(no recent files)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_menu.py" line="265" />
        <source>%1 woorden</source>
        <translation>%1 words</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/gui/main_window.py" line="53" />
        <location filename="../../editor/gui/main_window.py" line="54" />
        <location filename="../../editor/gui/main_window.py" line="189" />
        <source>Privacyverklaring-editor</source>
        <translation>Privacy Policy Editor</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="64" />
        <source>Melding over de clausulebibliotheek</source>
        <translation>Clause library notice</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="94" />
        <source>Inhoud</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="111" />
        <source>Taalcontrole</source>
        <translation>Grammar check</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="149" />
        <source>Clausules kiezen…</source>
        <translation>Choosing clauses…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="187" />
        <source>Naamloos</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="194" />
        <source>Automatisch bewaren mislukt: %1</source>
        <translation>Autosave failed: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="228" />
        <source>Clausule ingevoegd: %1</source>
        <translation>Clause inserted: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="233" />
        <source>%1 onderdelen aangevuld, %2 nog open (Ctrl+Z maakt alles ongedaan)</source>
        <translation>%1 items filled, %2 still open (Ctrl+Z undoes all of it)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="334" />
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="334" />
        <source>De nieuwe taal wordt gebruikt vanaf de volgende start van de editor.</source>
        <translation>The new language is used from the next start of the editor.</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <location filename="../../editor/gui/outline.py" line="19" />
        <source>Overzicht van de koppen</source>
        <translation>Outline of the headings</translation>
    </message>
</context>
<context>
    <name>PolicyTextEdit</name>
    <message>
        <location filename="../../editor/gui/text_editor.py" line="54" />
        <source>Tekst van de privacyverklaring</source>
        <translation>Privacy policy text</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="69" />
        <location filename="../../editor/gui/profile_dialog.py" line="70" />
        <source>Organisatieprofiel</source>
        <translation>Organisation profile</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="75" />
        <source>Deze gegevens vullen de clausules uit de bibliotheek in. Lege velden blijven gemarkeerd.</source>
        <translation>These details fill in the clauses from the library. Empty fields stay marked.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="87" />
        <location filename="../../editor/gui/profile_dialog.py" line="93" />
        <source>Rechtsgebied</source>
        <translation>Jurisdiction</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="88" />
        <source>België</source>
        <translation>Belgium</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="89" />
        <source>Nederland</source>
        <translation>the Netherlands</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="90" />
        <source>Automatisch herkennen uit de tekst</source>
        <translation>Recognise from the text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="96" />
        <source>Taal van de verklaring</source>
        <translation>Language of the policy</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="97" />
        <source>Nederlands (België)</source>
        <translation>Dutch (Belgium)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="98" />
        <source>Nederlands (Nederland)</source>
        <translation>Dutch (Netherlands)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="101" />
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="113" />
        <source>Naam *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="113" />
        <source>Naam van de organisatie</source>
        <translation>Name of the organisation</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="115" />
        <source>Rechtsvorm</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="115" />
        <source>bv. BV, NV, vzw, stichting</source>
        <translation>e.g. BV, NV, vzw, stichting</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="117" />
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="117" />
        <source>Adres van de organisatie</source>
        <translation>Address of the organisation</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="118" />
        <source>Ondernemingsnummer</source>
        <translation>Enterprise number</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="121" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="121" />
        <source>E-mailadres voor privacyvragen</source>
        <translation>E-mail address for privacy questions</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="123" />
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="123" />
        <source>Telefoonnummer</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="124" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="126" />
        <source>Naam DPO</source>
        <translation>DPO name</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="126" />
        <source>Naam van de functionaris voor gegevensbescherming</source>
        <translation>Name of the data protection officer</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="129" />
        <source>Contact DPO</source>
        <translation>DPO contact</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="129" />
        <source>Contactgegevens van de functionaris</source>
        <translation>Contact details of the officer</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="130" />
        <source>e-mailadres of telefoonnummer</source>
        <translation>e-mail address or phone number</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="136" />
        <source>Fouten in het formulier</source>
        <translation>Errors in the form</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="142" />
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="143" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="147" />
        <source>Uit document overnemen</source>
        <translation>Take over from document</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="148" />
        <source>Gegevens uit de tekst van het document overnemen</source>
        <translation>Take the details over from the document text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="152" />
        <source>Profiel laden…</source>
        <translation>Load profile…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="153" />
        <source>Een organisatieprofiel uit een bestand laden</source>
        <translation>Load an organisation profile from a file</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="170" />
        <source>Profiel laden</source>
        <translation>Load profile</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="170" />
        <source>Organisatieprofiel (*.json);;Alle bestanden (*)</source>
        <translation>Organisation profile (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="177" />
        <source>Profiel laden mislukt</source>
        <translation>Loading the profile failed</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="206" />
        <source>Overgenomen uit het document: controleer dit gegeven.</source>
        <translation>Taken over from the document: please check.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="209" />
        <source>%1 gegevens uit het document overgenomen (geel). Controleer ze en klik op Opslaan.</source>
        <translation>%1 details taken over from the document (yellow). Check them and click Save.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="212" />
        <source>De tekst geeft geen nieuwe gegevens voor het profiel.</source>
        <translation>The text gives no new details for the profile.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="246" />
        <source>Vul de naam van de organisatie in.</source>
        <translation>Enter the name of the organisation.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="252" />
        <source>Het ondernemingsnummer is ongeldig: verwacht 0xxx.xxx.xxx met geldige controlecijfers.</source>
        <translation>The enterprise number is invalid: expected 0xxx.xxx.xxx with valid check digits.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="255" />
        <source>Het KvK-nummer is ongeldig: verwacht 8 cijfers.</source>
        <translation>The KvK number is invalid: expected 8 digits.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="258" />
        <source>Het ondernemingsnummer is ongeldig: verwacht 0xxx.xxx.xxx (België) of 8 cijfers (KvK, Nederland).</source>
        <translation>The enterprise number is invalid: expected 0xxx.xxx.xxx (Belgium) or 8 digits (KvK, Netherlands).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="263" />
        <source>Het e-mailadres is ongeldig (verwacht: naam@domein.be).</source>
        <translation>The e-mail address is invalid (expected: name@domain.be).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="266" />
        <source>Het telefoonnummer is ongeldig (alleen cijfers, spaties en +).</source>
        <translation>The phone number is invalid (digits, spaces and + only).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="269" />
        <source>Het webadres is ongeldig (verwacht: www.voorbeeld.be).</source>
        <translation>The web address is invalid (expected: www.example.be).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="307" />
        <source>KvK-nummer</source>
        <translation>KvK number</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="309" />
        <source>Ondernemingsnummer (KBO)</source>
        <translation>Enterprise number (KBO)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/profile_dialog.py" line="311" />
        <source>Ondernemings- of KvK-nummer</source>
        <translation>Enterprise or KvK number</translation>
    </message>
</context>
<context>
    <name>ReadabilityBox</name>
    <message>
        <location filename="../../editor/gui/checklist_readability.py" line="20" />
        <location filename="../../editor/gui/checklist_readability.py" line="27" />
        <source>Leesbaarheid</source>
        <translation>Readability</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_readability.py" line="28" />
        <source>Leesbaarheid tonen of verbergen</source>
        <translation>Show or hide readability</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_readability.py" line="42" />
        <source>Samenvatting van de leesbaarheid</source>
        <translation>Readability summary</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_readability.py" line="53" />
        <source>Flesch-Douma-score</source>
        <translation>Flesch-Douma score</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_readability.py" line="58" />
        <source>Lange zinnen markeren</source>
        <translation>Highlight long sentences</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_readability.py" line="59" />
        <source>Zinnen van meer dan 25 woorden markeren in de tekst</source>
        <translation>Highlight sentences of more than 25 words in the text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_readability.py" line="85" />
        <source>Flesch-Douma: nog niet berekend</source>
        <translation>Flesch-Douma: not computed yet</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_readability.py" line="86" />
        <source>Lange zinnen (meer dan 25 woorden): –</source>
        <translation>Long sentences (more than 25 words): –</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_readability.py" line="87" />
        <source>nog niet berekend</source>
        <translation>not computed yet</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_readability.py" line="91" />
        <source>Flesch-Douma: {score} — {label}</source>
        <translation>Flesch-Douma: {score} — {label}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_readability.py" line="92" />
        <source>Lange zinnen (meer dan 25 woorden): {count}</source>
        <translation>Long sentences (more than 25 words): {count}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_readability.py" line="94" />
        <source>{score} — {label} · {count} lange zinnen</source>
        <translation>{score} — {label} · {count} long sentences</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../editor/gui/app.py" line="89" />
        <source>Herstellen mislukt</source>
        <translation>Recovery failed</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../editor/gui/recovery_dialog.py" line="58" />
        <location filename="../../editor/gui/recovery_dialog.py" line="59" />
        <source>Werk herstellen</source>
        <translation>Recover work</translation>
    </message>
    <message>
        <location filename="../../editor/gui/recovery_dialog.py" line="64" />
        <source>De editor is de vorige keer niet normaal afgesloten. Deze documenten zijn automatisch bewaard. Kies wat u wilt herstellen; met „Later” blijven alle bestanden bewaard.</source>
        <translation>The editor did not close normally last time. These documents were saved automatically. Choose what to restore; “Later” keeps every file.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/recovery_dialog.py" line="72" />
        <source>Automatisch bewaarde documenten</source>
        <translation>Automatically saved documents</translation>
    </message>
    <message>
        <location filename="../../editor/gui/recovery_dialog.py" line="73" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../editor/gui/recovery_dialog.py" line="73" />
        <source>Bewaard op</source>
        <translation>Saved at</translation>
    </message>
    <message>
        <location filename="../../editor/gui/recovery_dialog.py" line="73" />
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../editor/gui/recovery_dialog.py" line="84" />
        <source>Geselecteerde &amp;herstellen</source>
        <translation>&amp;Restore selected</translation>
    </message>
    <message>
        <location filename="../../editor/gui/recovery_dialog.py" line="85" />
        <source>&amp;Alles herstellen</source>
        <translation>Restore &amp;all</translation>
    </message>
    <message>
        <location filename="../../editor/gui/recovery_dialog.py" line="86" />
        <source>Geselecteerde &amp;weggooien…</source>
        <translation>&amp;Discard selected…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/recovery_dialog.py" line="87" />
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../editor/gui/recovery_dialog.py" line="102" />
        <location filename="../../editor/gui/recovery_dialog.py" line="137" />
        <source>Naamloos document</source>
        <translation>Untitled document</translation>
    </message>
    <message>
        <location filename="../../editor/gui/recovery_dialog.py" line="141" />
        <source>Herstelbestanden weggooien</source>
        <translation>Discard recovery files</translation>
    </message>
    <message>
        <location filename="../../editor/gui/recovery_dialog.py" line="142" />
        <source>Deze automatisch bewaarde versies worden definitief verwijderd:
%1

Doorgaan?</source>
        <translation>These automatically saved versions will be deleted for good:
%1

Continue?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="50" />
        <location filename="../../editor/gui/settings_dialog.py" line="51" />
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="55" />
        <source>Algemeen</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="58" />
        <location filename="../../editor/gui/settings_dialog.py" line="135" />
        <source>Map van de clausulebibliotheek</source>
        <translation>Clause library folder</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="59" />
        <source>Leeg: de meegeleverde bibliotheek (alleen-lezen)</source>
        <translation>Empty: the bundled library (read-only)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="60" />
        <source>Bijvoorbeeld een netwerkmap zoals \\server\juridisch\clausules</source>
        <translation>For example a network folder such as \\server\legal\clauses</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="61" />
        <location filename="../../editor/gui/settings_dialog.py" line="79" />
        <source>Bladeren…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="62" />
        <source>Map van de clausulebibliotheek kiezen</source>
        <translation>Choose the clause library folder</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="67" />
        <source>Clausulebibliotheek</source>
        <translation>Clause library</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="70" />
        <source>Taal van de gebruikersomgeving</source>
        <translation>User interface language</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="74" />
        <source>Taal van de editor</source>
        <translation>Editor language</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="77" />
        <source>Word-sjabloon voor de export</source>
        <translation>Word template for export</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="78" />
        <source>Leeg: het meegeleverde sjabloon</source>
        <translation>Empty: the bundled template</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="80" />
        <location filename="../../editor/gui/settings_dialog.py" line="141" />
        <source>Word-sjabloon kiezen</source>
        <translation>Choose Word template</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="85" />
        <source>Word-sjabloon (huisstijl)</source>
        <translation>Word template (house style)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="88" />
        <location filename="../../editor/gui/settings_dialog.py" line="96" />
        <source>Taalcontrole</source>
        <translation>Grammar check</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="91" />
        <source>Soort taalcontrole</source>
        <translation>Kind of grammar check</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="92" />
        <source>Lokaal op deze computer</source>
        <translation>Locally on this computer</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="93" />
        <source>Server van het kantoor</source>
        <translation>The firm's server</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="94" />
        <source>Uit</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="98" />
        <source>Adres van de taalcontroleserver</source>
        <translation>Grammar server address</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="100" />
        <source>Serveradres</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="103" />
        <source>Geen tekst verlaat deze computer, tenzij u hier een server van het kantoor instelt. Dan gaat de tekst van de verklaring naar die server voor de taalcontrole.</source>
        <translation>No text leaves this computer unless you configure the firm's server here. The text of the policy is then sent to that server for the grammar check.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="109" />
        <source>Uitleg over privacy van de taalcontrole</source>
        <translation>Privacy note on the grammar check</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="114" />
        <source>Waarschuwing over het serveradres</source>
        <translation>Warning about the server address</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="141" />
        <source>Word-sjablonen (*.docx *.dotx)</source>
        <translation>Word templates (*.docx *.dotx)</translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <location filename="../../editor/gui/status_style.py" line="55" />
        <source>Ontbreekt</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../editor/gui/status_style.py" line="56" />
        <source>Gedeeltelijk</source>
        <translation>Partial</translation>
    </message>
    <message>
        <location filename="../../editor/gui/status_style.py" line="57" />
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../editor/gui/status_style.py" line="58" />
        <source>Niet van toepassing</source>
        <translation>Not applicable</translation>
    </message>
</context>
<context>
    <name>SuggestionsView</name>
    <message>
        <location filename="../../editor/gui/suggestions.py" line="135" />
        <source>Voorgestelde clausules</source>
        <translation>Suggested clauses</translation>
    </message>
    <message>
        <location filename="../../editor/gui/suggestions.py" line="140" />
        <source>Voorstellen uit de clausulebibliotheek</source>
        <translation>Suggestions from the clause library</translation>
    </message>
    <message>
        <location filename="../../editor/gui/suggestions.py" line="151" />
        <source>Lijst met voorgestelde clausules</source>
        <translation>List of suggested clauses</translation>
    </message>
    <message>
        <location filename="../../editor/gui/suggestions.py" line="175" />
        <source>Profiel aanvullen…</source>
        <translation>Complete profile…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/suggestions.py" line="176" />
        <source>Organisatieprofiel aanvullen</source>
        <translation>Complete the organisation profile</translation>
    </message>
    <message>
        <location filename="../../editor/gui/suggestions.py" line="181" />
        <source>Invoegen</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location filename="../../editor/gui/suggestions.py" line="182" />
        <source>Clausule invoegen in de tekst</source>
        <translation>Insert the clause into the text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/suggestions.py" line="161" />
        <source>Voorbeeld van de clausule</source>
        <translation>Clause preview</translation>
    </message>
    <message>
        <location filename="../../editor/gui/suggestions.py" line="190" />
        <location filename="../../editor/gui/suggestions.py" line="206" />
        <source>Kies een ontbrekend of gedeeltelijk onderdeel om voorstellen te zien.</source>
        <translation>Choose a missing or partial item to see suggestions.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/suggestions.py" line="209" />
        <source>Er is geen clausulebibliotheek geladen. Kies de map in de instellingen.</source>
        <translation>No clause library is loaded. Choose the folder in the settings.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/suggestions.py" line="217" />
        <source>De bibliotheek bevat geen clausule voor dit onderdeel.</source>
        <translation>The library has no clause for this item.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/suggestions.py" line="292" />
        <source>ontbreekt</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../editor/gui/suggestions.py" line="296" />
        <source>Niet ingevuld: {names}</source>
        <translation>Not filled in: {names}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/suggestions.py" line="298" />
        <source>Niet ingevuld (ontbreekt in het organisatieprofiel): {names}</source>
        <translation>Not filled in (missing from the organisation profile): {names}</translation>
    </message>
</context>
<context>
    <name>SummaryBox</name>
    <message>
        <location filename="../../editor/gui/checklist_summary.py" line="23" />
        <location filename="../../editor/gui/checklist_summary.py" line="69" />
        <source>Nog geen analyse</source>
        <translation>No analysis yet</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_summary.py" line="24" />
        <source>Samenvatting van de checklist</source>
        <translation>Checklist summary</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_summary.py" line="32" />
        <source>Aandeel aanwezige verplichte onderdelen</source>
        <translation>Share of required items present</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_summary.py" line="52" />
        <source>Verplicht</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_summary.py" line="52" />
        <source>Aanbevolen</source>
        <translation>Recommended</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_summary.py" line="59" />
        <source>alles aanwezig</source>
        <translation>all present</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_summary.py" line="61" />
        <source>1 ontbreekt</source>
        <translation>1 missing</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_summary.py" line="61" />
        <source>%n ontbreken</source>
        <translation>%n missing</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_summary.py" line="63" />
        <source>1 gedeeltelijk</source>
        <translation>1 partial</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_summary.py" line="63" />
        <source>%n gedeeltelijk</source>
        <translation>%n partial</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_summary.py" line="76" />
        <source>{present} van {total} verplichte onderdelen aanwezig</source>
        <translation>{present} of {total} required items present</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_summary.py" line="80" />
        <source>België</source>
        <translation>Belgium</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_summary.py" line="80" />
        <source>Nederland</source>
        <translation>the Netherlands</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_summary.py" line="82" />
        <source>getoetst voor {country}</source>
        <translation>checked for {country}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checklist_summary.py" line="87" />
        <source>Verouderde wetsverwijzingen: {count} (onderstreept in de tekst)</source>
        <translation>Outdated legal references: {count} (underlined in the text)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Conflicten in de clausulebibliotheek</source>
        <translation>Conflicts in the clause library</translation>
    </message>
    <message>
        <source>Conflicten in de clausulebibliotheek oplossen</source>
        <translation>Resolve conflicts in the clause library</translation>
    </message>
    <message>
        <source>Van deze clausules zijn tegelijk verschillende versies opgeslagen. Er is niets verloren: kies per clausule de juiste versie; die wordt de nieuwe revisie, de andere blijven in de historiek.</source>
        <translation>Different versions of these clauses were saved at the same time. Nothing was lost: pick the right version of each clause; it becomes the new revision, the others stay in the history.</translation>
    </message>
    <message>
        <source>Clausules met een conflict</source>
        <translation>Clauses in conflict</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Gekozen versie bewaren</source>
        <translation>Keep the chosen version</translation>
    </message>
    <message>
        <source>De gekozen versie bewaren als nieuwe revisie</source>
        <translation>Save the chosen version as the new revision</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{title} ({count} versies)</source>
        <translation>{title} ({count} versions)</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Versie {n}: revisie {rev}, door {who}, {when}</source>
        <translation>Version {n}: revision {rev}, by {who}, {when}</translation>
    </message>
    <message>
        <source>Tekst van versie {n}</source>
        <translation>Text of version {n}</translation>
    </message>
    <message>
        <source>Bezig met bewaren…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Bewaard als revisie {rev}.</source>
        <translation>Saved as revision {rev}.</translation>
    </message>
    <message>
        <source>Geen conflicten meer.</source>
        <translation>No conflicts left.</translation>
    </message>
    <message>
        <source>Bewaren is niet gelukt; er is niets verloren. Probeer het opnieuw.</source>
        <translation>Saving failed; nothing was lost. Try again.</translation>
    </message>
</context>
<context>
    <name>RedlineExport</name>
    <message>
        <location filename="../../editor/gui/redline_export.py" line="1" />
        <source>Exporteren met wijzigingen</source>
        <translation>Export with tracked changes</translation>
    </message>
    <message>
        <location filename="../../editor/gui/redline_export.py" line="1" />
        <source>Sinds het openen zijn er geen clausules ingevoegd: er zijn geen wijzigingen om bij te houden. Gebruik Bestand &gt; Exporteren voor een gewone export.</source>
        <translation>No clauses have been inserted since the document was opened: there are no changes to track. Use File &gt; Export for a plain export.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/redline_export.py" line="1" />
        <source>privacyverklaring</source>
        <translation>privacy-policy</translation>
    </message>
    <message>
        <location filename="../../editor/gui/redline_export.py" line="1" />
        <source>-wijzigingen</source>
        <translation>-changes</translation>
    </message>
    <message>
        <location filename="../../editor/gui/redline_export.py" line="1" />
        <source>Na Ongedaan maken en Opnieuw uitvoeren kan de editor de ingevoegde clausules niet meer betrouwbaar aanwijzen. Maak de invoeging ongedaan en voeg ze opnieuw in, of gebruik Bestand &gt; Exporteren voor een export zonder wijzigingen.</source>
        <translation>After Undo and Redo the editor can no longer reliably tell which clauses were inserted. Undo the insertion and insert the clauses again, or use File &gt; Export for an export without tracked changes.</translation>
    </message>
</context>
</TS>
