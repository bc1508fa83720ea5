<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../skymap/ui/about_dialog.py" line="36"/>
        <source>About Skymap</source>
        <translation>Om Skymap</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/about_dialog.py" line="56"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/about_dialog.py" line="64"/>
        <source>Draw a family&apos;s network of professionals together, count it, print it.</source>
        <translation>Tegn familiens netværk af fagpersoner sammen, tæl det, udskriv det.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/about_dialog.py" line="65"/>
        <source>Skymap never connects to a network: maps stay where you save them.</source>
        <translation>Skymap bruger aldrig netværket: kortene bliver, hvor du gemmer dem.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/about_dialog.py" line="66"/>
        <source>Your settings: %1</source>
        <translation>Dine indstillinger: %1</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/about_dialog.py" line="67"/>
        <source>Unsaved work kept for recovery: %1</source>
        <translation>Ikke-gemt arbejde, der gemmes til gendannelse: %1</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/about_dialog.py" line="77"/>
        <source>The full licence texts are in %1.</source>
        <translation>De fulde licenstekster ligger i %1.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/about_dialog.py" line="78"/>
        <source>The full licence texts come with each library&apos;s package.</source>
        <translation>De fulde licenstekster følger med hvert biblioteks pakke.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/about_dialog.py" line="80"/>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License version 3 (LGPL-3.0). They are separate libraries in Skymap&apos;s program folder, and you may replace them with your own builds of the same version. Their source code is at the addresses below.</source>
        <translation>Qt og PySide6 bruges under GNU Lesser General Public License version 3 (LGPL-3.0). De er selvstændige biblioteker i Skymaps programmappe, og du må erstatte dem med dine egne udgaver af samme version. Deres kildekode findes på adresserne nedenfor.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/about_dialog.py" line="83"/>
        <source>Libraries Skymap is built with</source>
        <translation>Biblioteker, Skymap er bygget med</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/about_dialog.py" line="84"/>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/about_dialog.py" line="84"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/about_dialog.py" line="84"/>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/about_dialog.py" line="84"/>
        <source>Source</source>
        <translation>Kildekode</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="91"/>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="91"/>
        <source>New agreement</source>
        <translation>Ny aftale</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="96"/>
        <source>What will be done?</source>
        <translation>Hvad skal der gøres?</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="98"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="105"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="107"/>
        <source>By</source>
        <translation>Senest</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="118"/>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="124"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="129"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="145"/>
        <source>Write what will be done.</source>
        <translation>Skriv, hvad der skal gøres.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="147"/>
        <source>The date is not a date like %1.</source>
        <translation>Datoen er ikke en dato som %1.</translation>
    </message>
</context>
<context>
    <name>AgreementList</name>
    <message>
        <location filename="../../skymap/ui/plan_list.py" line="184"/>
        <source>by %1</source>
        <translation>senest %1</translation>
    </message>
</context>
<context>
    <name>ChangesList</name>
    <message>
        <location filename="../../skymap/ui/changes_list.py" line="69"/>
        <source>What changed</source>
        <translation>Hvad er ændret</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/changes_list.py" line="70"/>
        <source>Choose a change to see it on the map.</source>
        <translation>Vælg en ændring for at se den på kortet.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/changes_list.py" line="71"/>
        <source>Figures over time</source>
        <translation>Nøgletal over tid</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <location filename="../../skymap/ui/changes_panel.py" line="32"/>
        <source>What changed: select a status under Statuses and choose Compare with now.</source>
        <translation>Hvad er ændret: vælg en status under Statusser, og vælg Sammenlign med nu.</translation>
    </message>
</context>
<context>
    <name>ConsentFields</name>
    <message>
        <location filename="../../skymap/ui/consent_fields.py" line="107"/>
        <location filename="../../skymap/ui/consent_fields.py" line="109"/>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/consent_fields.py" line="113"/>
        <location filename="../../skymap/ui/consent_fields.py" line="119"/>
        <source>Consent date</source>
        <translation>Samtykkedato</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/consent_fields.py" line="114"/>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/consent_fields.py" line="120"/>
        <source>Not a date: write it as 28.02.2026 (or leave it empty).</source>
        <translation>Ikke en dato: skriv den som 28.02.2026 (eller lad feltet stå tomt).</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/consent_fields.py" line="127"/>
        <location filename="../../skymap/ui/consent_fields.py" line="131"/>
        <source>Consent covers</source>
        <translation>Samtykket dækker</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/consent_fields.py" line="128"/>
        <source>e.g. school and PPR may share about Emil</source>
        <translation>fx skole og PPR må dele om Emil</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/consent_fields.py" line="133"/>
        <source>Protected: must not be told or involved</source>
        <translation>Skærmet: må ikke orienteres eller inddrages</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/consent_fields.py" line="136"/>
        <source>Barnets lov § 18, stk. 3: a risk assessment comes before this person is told about or involved in the case. Never printed in the family&apos;s copy.</source>
        <translation>Barnets lov § 18, stk. 3: der skal foreligge en risikovurdering, før personen orienteres om eller inddrages i sagen. Kommer aldrig med i familiens eget kort.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/consent_fields.py" line="141"/>
        <location filename="../../skymap/ui/consent_fields.py" line="145"/>
        <source>Why protected</source>
        <translation>Hvorfor skærmet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/consent_fields.py" line="142"/>
        <source>Why (kept in your copy only)</source>
        <translation>Hvorfor (står kun i dit eget kort)</translation>
    </message>
</context>
<context>
    <name>ContextMenu</name>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="45"/>
        <source>Add professional here</source>
        <translation>Tilføj fagperson her</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="47"/>
        <source>Add private person here</source>
        <translation>Tilføj privatperson her</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="50"/>
        <source>Add family member here</source>
        <translation>Tilføj familiemedlem her</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="52"/>
        <source>Add cloud here</source>
        <translation>Tilføj sky her</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="53"/>
        <source>Add note here</source>
        <translation>Tilføj note her</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="59"/>
        <source>Tidy up this cloud</source>
        <translation>Ryd op i denne sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="82"/>
        <source>Quality</source>
        <translation>Kvalitet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="94"/>
        <source>Flow of help</source>
        <translation>Hjælpens retning</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="98"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="126"/>
        <source>Family coordinator</source>
        <translation>Familiekoordinator</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="127"/>
        <source>Core team</source>
        <translation>Kerneteam</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="130"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 af %3)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="143"/>
        <source>Make all private persons</source>
        <translation>Gør alle til privatpersoner</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="144"/>
        <source>Make private person</source>
        <translation>Gør til privatperson</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="145"/>
        <source>Make all professionals</source>
        <translation>Gør alle til fagpersoner</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="146"/>
        <source>Make professional</source>
        <translation>Gør til fagperson</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="169"/>
        <source>New agreement for %1…</source>
        <translation>Ny aftale for %1…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="191"/>
        <source>Show only %1</source>
        <translation>Vis kun %1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../skymap/ui/date_field.py" line="84"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/date_field.py" line="87"/>
        <source>Calendar…</source>
        <translation>Kalender…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/date_field.py" line="88"/>
        <source>Choose the date in a calendar</source>
        <translation>Vælg datoen i en kalender</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/date_field.py" line="114"/>
        <location filename="../../skymap/ui/date_field.py" line="118"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/date_field.py" line="115"/>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/date_field.py" line="116"/>
        <source>Previous month</source>
        <translation>Forrige måned</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/date_field.py" line="117"/>
        <source>Next month</source>
        <translation>Næste måned</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/date_field.py" line="119"/>
        <location filename="../../skymap/ui/date_field.py" line="120"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/date_field.py" line="125"/>
        <source>Weekdays</source>
        <translation>Ugedage</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/date_field.py" line="125"/>
        <source>Weeks</source>
        <translation>Uger</translation>
    </message>
</context>
<context>
    <name>Describer</name>
    <message>
        <location filename="../../skymap/ui/describe.py" line="42"/>
        <source>the whole family</source>
        <translation>hele familien</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/describe.py" line="56"/>
        <location filename="../../skymap/ui/describe.py" line="77"/>
        <source>(no name)</source>
        <translation>(uden navn)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/describe.py" line="59"/>
        <source>in %1</source>
        <translation>i %1</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/describe.py" line="61"/>
        <source>family coordinator</source>
        <translation>familiekoordinator</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/describe.py" line="63"/>
        <source>core team</source>
        <translation>kerneteam</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/describe.py" line="65"/>
        <source>no longer involved</source>
        <translation>ikke længere med</translation>
    </message>
    <message numerus="yes">
        <location filename="../../skymap/ui/describe.py" line="66"/>
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n forbindelse</numerusform>
            <numerusform>%n forbindelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../skymap/ui/describe.py" line="78"/>
        <source>in contact with %n professional(s)</source>
        <translation>
            <numerusform>i kontakt med %n fagperson</numerusform>
            <numerusform>i kontakt med %n fagpersoner</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../skymap/ui/describe.py" line="79"/>
        <source>Family member</source>
        <translation>Familiemedlem</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/describe.py" line="87"/>
        <source>Cloud</source>
        <translation>Sky</translation>
    </message>
    <message numerus="yes">
        <location filename="../../skymap/ui/describe.py" line="88"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../skymap/ui/describe.py" line="97"/>
        <location filename="../../skymap/ui/describe.py" line="99"/>
        <source>help flows from %1 to %2</source>
        <translation>hjælpen går fra %1 til %2</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/describe.py" line="101"/>
        <source>help flows both ways</source>
        <translation>hjælpen går begge veje</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/describe.py" line="106"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <location filename="../../skymap/ui/describe.py" line="110"/>
        <source>%n family member(s)</source>
        <translation>
            <numerusform>%n familiemedlem</numerusform>
            <numerusform>%n familiemedlemmer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../skymap/ui/describe.py" line="111"/>
        <source>Whole family</source>
        <translation>Hele familien</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/describe.py" line="120"/>
        <source>Nothing selected. Tab moves from person to person.</source>
        <translation>Intet valgt. Tab går fra person til person.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../skymap/ui/describe.py" line="126"/>
        <source>%n selected: %1</source>
        <translation>
            <numerusform>%n valgt: %1</numerusform>
            <numerusform>%n valgt: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../skymap/ui/editor.py" line="82"/>
        <source>Edit map details</source>
        <translation>Rediger kortoplysninger</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="93"/>
        <location filename="../../skymap/ui/editor.py" line="94"/>
        <source>Rename</source>
        <translation>Omdøb</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="95"/>
        <source>Change role</source>
        <translation>Ændr rolle</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="96"/>
        <source>Change organisation</source>
        <translation>Ændr organisation</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="97"/>
        <source>Change kind</source>
        <translation>Ændr type</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="98"/>
        <source>Family coordinator</source>
        <translation>Familiekoordinator</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="99"/>
        <source>Core team</source>
        <translation>Kerneteam</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="100"/>
        <source>Active or ended</source>
        <translation>Aktiv eller afsluttet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="101"/>
        <location filename="../../skymap/ui/editor.py" line="102"/>
        <source>Edit notes</source>
        <translation>Rediger noter</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="103"/>
        <source>Edit note</source>
        <translation>Rediger note</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="104"/>
        <source>Change quality</source>
        <translation>Ændr kvalitet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="105"/>
        <source>Change flow of help</source>
        <translation>Ændr hjælpens retning</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="106"/>
        <source>Change frequency</source>
        <translation>Ændr hyppighed</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="107"/>
        <source>Change coordination scores</source>
        <translation>Ændr samarbejdsscorer</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="108"/>
        <source>Change colour</source>
        <translation>Ændr farve</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="109"/>
        <source>Change birth year</source>
        <translation>Ændr fødselsår</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="110"/>
        <location filename="../../skymap/ui/editor.py" line="111"/>
        <location filename="../../skymap/ui/editor.py" line="112"/>
        <source>Change consent</source>
        <translation>Ændr samtykke</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="113"/>
        <source>Protected</source>
        <translation>Skærmet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="114"/>
        <source>Why protected</source>
        <translation>Hvorfor skærmet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="117"/>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="127"/>
        <location filename="../../skymap/ui/editor.py" line="190"/>
        <source>Move to another cloud</source>
        <translation>Flyt til en anden sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="127"/>
        <source>Move</source>
        <translation>Flyt</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="132"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="139"/>
        <location filename="../../skymap/ui/editor.py" line="156"/>
        <source>New professional</source>
        <translation>Ny fagperson</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="139"/>
        <location filename="../../skymap/ui/editor.py" line="156"/>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="144"/>
        <location filename="../../skymap/ui/editor.py" line="146"/>
        <location filename="../../skymap/ui/editor.py" line="158"/>
        <location filename="../../skymap/ui/editor.py" line="162"/>
        <location filename="../../skymap/ui/editor.py" line="179"/>
        <source>Add person</source>
        <translation>Tilføj person</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="161"/>
        <source>Resize cloud</source>
        <translation>Ændr størrelse på sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="207"/>
        <source>Family member</source>
        <translation>Familiemedlem</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="209"/>
        <location filename="../../skymap/ui/editor.py" line="211"/>
        <location filename="../../skymap/ui/editor.py" line="214"/>
        <source>Add family member</source>
        <translation>Tilføj familiemedlem</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="228"/>
        <location filename="../../skymap/ui/editor.py" line="241"/>
        <source>New cloud</source>
        <translation>Ny sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="181"/>
        <location filename="../../skymap/ui/editor.py" line="231"/>
        <source>Add cloud</source>
        <translation>Tilføj sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="245"/>
        <location filename="../../skymap/ui/editor.py" line="247"/>
        <location filename="../../skymap/ui/editor.py" line="249"/>
        <source>Draw cloud</source>
        <translation>Tegn sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="257"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="259"/>
        <source>Add note</source>
        <translation>Tilføj note</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="280"/>
        <source>Add contact</source>
        <translation>Tilføj kontakt</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="280"/>
        <source>Add coordination</source>
        <translation>Tilføj samarbejde</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="299"/>
        <location filename="../../skymap/ui/editor.py" line="302"/>
        <location filename="../../skymap/ui/editor.py" line="303"/>
        <source>Paste</source>
        <translation>Indsæt</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="311"/>
        <source>Tidy up</source>
        <translation>Ryd op</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../skymap/ui/export_dialog.py" line="26"/>
        <source>Export PDF</source>
        <translation>Eksportér PDF</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/export_dialog.py" line="32"/>
        <source>Only %1 (as on the screen)</source>
        <translation>Kun %1 (som på skærmen)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/export_dialog.py" line="34"/>
        <source>Untick to print the whole map</source>
        <translation>Fjern fluebenet for at udskrive hele kortet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/export_dialog.py" line="38"/>
        <source>Paper (landscape)</source>
        <translation>Papir (liggende)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/export_dialog.py" line="50"/>
        <source>Names</source>
        <translation>Navne</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/export_dialog.py" line="55"/>
        <source>Full names (for the core team)</source>
        <translation>Fulde navne (til kerneteamet)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/export_dialog.py" line="56"/>
        <source>Initials instead of names</source>
        <translation>Initialer i stedet for navne</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/export_dialog.py" line="57"/>
        <source>Roles instead of names</source>
        <translation>Roller i stedet for navne</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/export_dialog.py" line="67"/>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/export_dialog.py" line="71"/>
        <source>The map with its legend</source>
        <translation>Kortet med signaturforklaring</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/export_dialog.py" line="72"/>
        <source>The contact list, by cloud</source>
        <translation>Kontaktlisten, ordnet efter sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/export_dialog.py" line="73"/>
        <source>Findings and counts</source>
        <translation>Fund og optælling</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/export_dialog.py" line="74"/>
        <source>The joint plan (goals and agreements)</source>
        <translation>Den fælles plan (mål og aftaler)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/export_dialog.py" line="85"/>
        <source>No page of changes</source>
        <translation>Ingen side med ændringer</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/export_dialog.py" line="87"/>
        <source>Changes since %1</source>
        <translation>Ændringer siden %1</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/export_dialog.py" line="95"/>
        <location filename="../../skymap/ui/export_dialog.py" line="99"/>
        <source>Language of the document</source>
        <translation>Dokumentets sprog</translation>
    </message>
</context>
<context>
    <name>FamilyExport</name>
    <message>
        <location filename="../../skymap/ui/family_export.py" line="25"/>
        <source>family</source>
        <translation>familien</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/family_export.py" line="38"/>
        <source>Export for the Family</source>
        <translation>Eksportér til familien</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/family_export.py" line="39"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/family_export.py" line="56"/>
        <source>The family&apos;s copy is saved: %1 (no protected people, notes or scores in it)</source>
        <translation>Familiens eget kort er gemt: %1 (uden skærmede personer, noter og scorer)</translation>
    </message>
</context>
<context>
    <name>FastEntry</name>
    <message>
        <location filename="../../skymap/ui/fast_entry.py" line="131"/>
        <source>Resize cloud</source>
        <translation>Ændr størrelse på sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/fast_entry.py" line="134"/>
        <location filename="../../skymap/ui/fast_entry.py" line="135"/>
        <source>Add people</source>
        <translation>Tilføj personer</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/fast_entry.py" line="151"/>
        <source>Remove tie</source>
        <translation>Fjern forbindelse</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/fast_entry.py" line="163"/>
        <source>Select a cloud first: the pasted people go into it.</source>
        <translation>Vælg først en sky: de indsatte personer kommer ind i den.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/fast_entry.py" line="173"/>
        <source>Added to %1: %2</source>
        <translation>Tilføjet til %1: %2</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/fast_entry.py" line="184"/>
        <source>Tidy up</source>
        <translation>Ryd op</translation>
    </message>
</context>
<context>
    <name>FiguresChart</name>
    <message>
        <location filename="../../skymap/ui/changes_panel.py" line="31"/>
        <location filename="../../skymap/ui/figures_chart.py" line="114"/>
        <location filename="../../skymap/ui/figures_chart.py" line="218"/>
        <source>Figures over time</source>
        <translation>Nøgletal over tid</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/figures_chart.py" line="172"/>
        <source>%1: %2 professionals</source>
        <translation>%1: %2 fagpersoner</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/figures_chart.py" line="210"/>
        <source>Save a status to follow the figures over time.</source>
        <translation>Gem en status for at følge nøgletallene over tid.</translation>
    </message>
</context>
<context>
    <name>FileGuard</name>
    <message>
        <location filename="../../skymap/ui/file_guard.py" line="160"/>
        <source>This map has %1 people. Skymap is made for up to about %2: the window is slow with a map this large, and each change may take several seconds.</source>
        <translation>Kortet har %1 personer. Skymap er lavet til op til omkring %2: vinduet er langsomt med så stort et kort, og hver ændring kan tage flere sekunder.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/file_guard.py" line="166"/>
        <source>%1 could not be marked as open here: its folder cannot be written to. Another Skymap could open it at the same time, and saving there will fail. Use Save As to keep your work in another folder.</source>
        <translation>%1 kunne ikke markeres som åben her: der kan ikke skrives i mappen. Et andet Skymap kan åbne kortet samtidig, og det vil mislykkes at gemme det der. Brug Gem som for at gemme dit arbejde i en anden mappe.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/file_guard.py" line="169"/>
        <source>Save As…</source>
        <translation>Gem som…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/file_guard.py" line="207"/>
        <source>Opening a map of %1 people: this will take a while…</source>
        <translation>Åbner et kort med %1 personer: det tager et stykke tid …</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/file_guard.py" line="288"/>
        <source>%1 reloaded as it is on disk.</source>
        <translation>%1 er indlæst igen, som den er på disken.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/file_guard.py" line="294"/>
        <source>Your unsaved changes are kept as a recovery copy: %1. Skymap offers it the next time it starts; or bring them back now.</source>
        <translation>Dine ikke-gemte ændringer er gemt som en gendannelseskopi: %1. Skymap tilbyder den, næste gang programmet starter; eller hent dem tilbage nu.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/file_guard.py" line="296"/>
        <source>Bring My Changes Back</source>
        <translation>Hent mine ændringer tilbage</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/file_guard.py" line="314"/>
        <source>%1 has been changed by another program since you opened or saved it here (for example an import).</source>
        <translation>%1 er blevet ændret af et andet program, siden du åbnede eller gemte den her (fx ved en import).</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/file_guard.py" line="319"/>
        <source>Overwrite: your version replaces the file (the other version is kept as %1.bak).
Save as a copy: your version goes to a new file; this file stays as it is.
Reload: the file as it is now; your changes are kept as a recovery copy.</source>
        <translation>Overskriv: din version erstatter filen (den anden version gemmes som %1.bak).
Gem som kopi: din version gemmes i en ny fil; denne fil forbliver, som den er.
Indlæs igen: filen, som den er nu; dine ændringer gemmes som en gendannelseskopi.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/file_guard.py" line="322"/>
        <source>Overwrite</source>
        <translation>Overskriv</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/file_guard.py" line="323"/>
        <source>Save as a Copy…</source>
        <translation>Gem som kopi…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/file_guard.py" line="324"/>
        <location filename="../../skymap/ui/file_guard.py" line="332"/>
        <source>Reload</source>
        <translation>Indlæs igen</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/file_guard.py" line="326"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/file_guard.py" line="326"/>
        <source>Not Now</source>
        <translation>Ikke nu</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/file_guard.py" line="331"/>
        <source>Reload it to see the changes?</source>
        <translation>Vil du indlæse den igen for at se ændringerne?</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/file_guard.py" line="334"/>
        <source>Keep Mine</source>
        <translation>Behold min</translation>
    </message>
</context>
<context>
    <name>FocusExport</name>
    <message>
        <location filename="../../skymap/ui/focus_export.py" line="61"/>
        <source>Exported %1 to %2</source>
        <translation>%1 eksporteret til %2</translation>
    </message>
</context>
<context>
    <name>FocusView</name>
    <message>
        <location filename="../../skymap/ui/focus_view.py" line="103"/>
        <source>Only %1 is shown: %2, the people they meet and the ties among those people.</source>
        <translation>Kun %1 vises: %2, de personer, der er i kontakt med vedkommende, og forbindelserne mellem dem.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/focus_view.py" line="105"/>
        <source>Show the whole map</source>
        <translation>Vis hele kortet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/focus_view.py" line="135"/>
        <source>Select one family member first, then choose whose network to show.</source>
        <translation>Vælg først ét familiemedlem; derefter kan du vise vedkommendes netværk.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/focus_view.py" line="145"/>
        <source>Show Only the Selected Member&apos;s &amp;Network</source>
        <translation>Vis kun det valgte familiemedlems &amp;netværk</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/focus_view.py" line="147"/>
        <source>Show the &amp;Whole Map</source>
        <translation>Vis &amp;hele kortet</translation>
    </message>
</context>
<context>
    <name>FormTitle</name>
    <message>
        <location filename="../../skymap/ui/form_title.py" line="19"/>
        <source>New family member</source>
        <translation>Nyt familiemedlem</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/form_title.py" line="21"/>
        <source>New private person</source>
        <translation>Ny privatperson</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/form_title.py" line="22"/>
        <source>New professional</source>
        <translation>Ny fagperson</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/form_title.py" line="30"/>
        <source>Edit %1</source>
        <translation>Rediger %1</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/form_cancel.py" line="17"/>
        <source>New family member cancelled</source>
        <translation>Nyt familiemedlem fortrudt</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/form_cancel.py" line="19"/>
        <source>New cloud cancelled</source>
        <translation>Ny sky fortrudt</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/form_cancel.py" line="21"/>
        <source>New note cancelled</source>
        <translation>Ny note fortrudt</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/form_cancel.py" line="23"/>
        <source>New private person cancelled</source>
        <translation>Ny privatperson fortrudt</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/form_cancel.py" line="24"/>
        <source>New professional cancelled</source>
        <translation>Ny fagperson fortrudt</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/form_title.py" line="35"/>
        <source>Enter: keep · Esc: cancel the new person</source>
        <translation>Enter: gem · Esc: fortryd den nye person</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/form_title.py" line="36"/>
        <source>Enter: keep · Esc: no change</source>
        <translation>Enter: gem · Esc: ingen ændringer</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/form_title.py" line="69"/>
        <source>Alt+number</source>
        <translation>Alt+tal</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/form_title.py" line="73"/>
        <source>Alt+1 … Alt+9 switch a family member on or off, Alt+0 the whole family</source>
        <translation>Alt+1 … Alt+9 slår et familiemedlem til eller fra, Alt+0 hele familien</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../skymap/ui/import_dialog.py" line="44"/>
        <location filename="../../skymap/ui/import_dialog.py" line="72"/>
        <location filename="../../skymap/ui/import_dialog.py" line="105"/>
        <location filename="../../skymap/ui/import_dialog.py" line="218"/>
        <source>Import contact list</source>
        <translation>Importér kontaktliste</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/import_dialog.py" line="45"/>
        <source>Contact lists (*.csv *.txt)</source>
        <translation>Kontaktlister (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/import_dialog.py" line="91"/>
        <source>and %1 more</source>
        <translation>og %1 mere</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/import_dialog.py" line="92"/>
        <source>Ties removed: %1 (%2).</source>
        <translation>Forbindelser fjernet: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/import_dialog.py" line="107"/>
        <source>%1: %2 rows</source>
        <translation>%1: %2 rækker</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/import_dialog.py" line="109"/>
        <source>Update the open map</source>
        <translation>Opdatér det åbne kort</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/import_dialog.py" line="110"/>
        <source>A new map from the list</source>
        <translation>Et nyt kort ud fra listen</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/import_dialog.py" line="112"/>
        <source>Remove people who are not in the list</source>
        <translation>Fjern personer, der ikke står på listen</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/import_dialog.py" line="115"/>
        <source>the family&apos;s name, e.g. Hansen</source>
        <translation>familiens navn, fx Hansen</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/import_dialog.py" line="119"/>
        <source>Family name</source>
        <translation>Familiens navn</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/import_dialog.py" line="136"/>
        <source>Added</source>
        <translation>Tilføjes</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/import_dialog.py" line="136"/>
        <source>Changed</source>
        <translation>Ændres</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/import_dialog.py" line="137"/>
        <source>Removed</source>
        <translation>Fjernes</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/import_dialog.py" line="148"/>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/import_dialog.py" line="149"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/import_dialog.py" line="178"/>
        <source>Added: %1, changed: %2, removed: %3, new ties: %4. Nothing changes before you press Import.</source>
        <translation>Tilføjes: %1, ændres: %2, fjernes: %3, nye forbindelser: %4. Intet ændres, før du trykker Importér.</translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <location filename="../../skymap/ui/inline_editor.py" line="88"/>
        <location filename="../../skymap/ui/inline_editor.py" line="94"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inline_editor.py" line="88"/>
        <location filename="../../skymap/ui/inline_editor.py" line="94"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inline_editor.py" line="88"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inline_editor.py" line="90"/>
        <source>Label</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inline_editor.py" line="92"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inline_editor.py" line="94"/>
        <source>Birth year</source>
        <translation>Fødselsår</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inline_editor.py" line="108"/>
        <source>Ctrl+Enter to finish</source>
        <translation>Ctrl+Enter for at afslutte</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inline_editor.py" line="158"/>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inline_editor.py" line="160"/>
        <source>Protected: must not be told or involved</source>
        <translation>Skærmet: må ikke orienteres eller inddrages</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inline_editor.py" line="176"/>
        <source>Meets</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inline_editor.py" line="192"/>
        <source>Works with</source>
        <translation>Arbejder med</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inline_editor.py" line="196"/>
        <source>Several people…</source>
        <translation>Flere personer…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inline_editor.py" line="197"/>
        <source>Type or paste a list: one person a line, Name, role</source>
        <translation>Skriv eller indsæt en liste: én person pr. linje, Navn, rolle</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inline_editor.py" line="234"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/form_commit.py" line="73"/>
        <source>Not found on the map (or more than one): %1</source>
        <translation>Findes ikke på kortet (eller flere passer): %1</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/form_commit.py" line="85"/>
        <source>Add tie</source>
        <translation>Tilføj forbindelse</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/form_commit.py" line="89"/>
        <source>Edit person</source>
        <translation>Rediger person</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="152"/>
        <source>Inspector</source>
        <translation>Egenskaber</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="161"/>
        <location filename="../../skymap/ui/inspector.py" line="404"/>
        <source>Several things are selected.</source>
        <translation>Flere ting er markeret.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="257"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="258"/>
        <source>Family name</source>
        <translation>Familiens navn</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="259"/>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="261"/>
        <source>Double-click a cloud to add a professional; Shift-drag from a person to draw a tie.</source>
        <translation>Dobbeltklik på en sky for at tilføje en fagperson; træk fra en person med Skift nede for at tegne en forbindelse.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="269"/>
        <location filename="../../skymap/ui/inspector.py" line="287"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="270"/>
        <location filename="../../skymap/ui/inspector.py" line="288"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="271"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="280"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="274"/>
        <location filename="../../skymap/ui/inspector.py" line="276"/>
        <location filename="../../skymap/ui/inspector.py" line="469"/>
        <source>Cloud</source>
        <translation>Sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="277"/>
        <source>Family coordinator</source>
        <translation>Familiekoordinator</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="278"/>
        <source>Core team</source>
        <translation>Kerneteam</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="279"/>
        <source>Active (still involved)</source>
        <translation>Aktiv (stadig involveret)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="281"/>
        <location filename="../../skymap/ui/inspector.py" line="297"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="292"/>
        <location filename="../../skymap/ui/inspector.py" line="295"/>
        <source>Birth year</source>
        <translation>Fødselsår</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="313"/>
        <source>Label</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="323"/>
        <source>Colour %1</source>
        <translation>Farve %1</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="333"/>
        <source>Other colour…</source>
        <translation>Anden farve…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="338"/>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="339"/>
        <source>Tidy up this cloud</source>
        <translation>Ryd op i denne sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="353"/>
        <source>Tie</source>
        <translation>Forbindelse</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="354"/>
        <source>Quality</source>
        <translation>Kvalitet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="356"/>
        <source>Flow of help</source>
        <translation>Hjælpens retning</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="356"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="359"/>
        <source>Frequency</source>
        <translation>Hyppighed</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="359"/>
        <source>not given</source>
        <translation>ikke angivet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="361"/>
        <location filename="../../skymap/ui/inspector.py" line="494"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="362"/>
        <source>Relational coordination (1–5)</source>
        <translation>Relationel koordinering (1–5)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="377"/>
        <source>Score</source>
        <translation>Samlet score</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="382"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="398"/>
        <source>Selection</source>
        <translation>Markering</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="401"/>
        <source>Two people are selected: Ctrl+L (Edit ▸ Connect Selected) draws a tie between them.</source>
        <translation>To personer er markeret: Ctrl+L (Rediger ▸ Forbind valgte) tegner en forbindelse mellem dem.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="433"/>
        <source>Map</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="452"/>
        <source>(no cloud)</source>
        <translation>(ingen sky)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="462"/>
        <source>Family member</source>
        <translation>Familiemedlem</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="500"/>
        <source>the whole family</source>
        <translation>hele familien</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="557"/>
        <source>Cloud colour</source>
        <translation>Skyens farve</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="92"/>
        <location filename="../../skymap/ui/window_appearance.py" line="75"/>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="96"/>
        <location filename="../../skymap/ui/window_appearance.py" line="76"/>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="99"/>
        <location filename="../../skymap/ui/window_appearance.py" line="77"/>
        <source>Inspector</source>
        <translation>Egenskaber</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="104"/>
        <location filename="../../skymap/ui/window_appearance.py" line="78"/>
        <source>Statuses</source>
        <translation>Statusser</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="123"/>
        <location filename="../../skymap/ui/window_appearance.py" line="79"/>
        <source>Figures over time</source>
        <translation>Nøgletal over tid</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_statuses.py" line="46"/>
        <source>Start</source>
        <translation>Opstart</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_statuses.py" line="48"/>
        <source>Status meeting %1</source>
        <translation>Statusmøde %1</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_statuses.py" line="63"/>
        <source>Status “%1” saved in %2.</source>
        <translation>Status »%1« gemt i %2.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_statuses.py" line="64"/>
        <source>Status “%1” is kept, but the file is not saved (File &gt; Save).</source>
        <translation>Status »%1« er gemt i vinduet, men filen er ikke gemt (Filer &gt; Gem).</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_statuses.py" line="78"/>
        <source>Remove the status “%1”?</source>
        <translation>Fjern status »%1«?</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_statuses.py" line="92"/>
        <source>Status “%1” removed from %2.</source>
        <translation>Status »%1« fjernet fra %2.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_statuses.py" line="93"/>
        <source>Status “%1” is removed, but the file is not saved (File &gt; Save).</source>
        <translation>Status »%1« er fjernet, men filen er ikke gemt (Filer &gt; Gem).</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_statuses.py" line="155"/>
        <source>Showing the status “%1” of %2 — read-only.</source>
        <translation>Viser status »%1« fra %2 — skrivebeskyttet.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_statuses.py" line="176"/>
        <source>Comparing “%1” with %2: new people are marked, those who left are faint.</source>
        <translation>Sammenligner »%1« med %2: nye personer er markeret, de der er gået, er vist svagt.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_statuses.py" line="174"/>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_statuses.py" line="191"/>
        <source>What changed from %1 to %2</source>
        <translation>Hvad er ændret fra %1 til %2</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_files.py" line="69"/>
        <source>Autosave failed: %1</source>
        <translation>Automatisk gemning mislykkedes: %1</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_edits.py" line="48"/>
        <source>Click a person, then the one to tie them to (or drag from one to the other): a family member makes a contact, anyone else coordination. Esc cancels.</source>
        <translation>Klik på en person og derefter på den, der skal forbindes med (eller træk fra den ene til den anden): et familiemedlem giver en kontakt, alle andre et samarbejde. Esc annullerer.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_edits.py" line="149"/>
        <source>A private person goes into the private network: the cloud “%1” was added (Undo takes both back).</source>
        <translation>En privatperson hører til i det private netværk: skyen »%1« er tilføjet (Fortryd fjerner begge igen).</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_edits.py" line="228"/>
        <source>This looks like a CPR number: %1</source>
        <translation>Dette ligner et CPR-nummer: %1</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_edits.py" line="233"/>
        <source>National ID numbers must not be stored in a map. Remove it?</source>
        <translation>CPR-numre må ikke gemmes i et kort. Vil du fjerne det?</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_edits.py" line="235"/>
        <source>Remove it</source>
        <translation>Fjern det</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_edits.py" line="236"/>
        <source>Keep it</source>
        <translation>Behold det</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_export.py" line="29"/>
        <source>New map</source>
        <translation>Nyt kort</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="236"/>
        <source>read-only</source>
        <translation>skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="43"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="45"/>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="49"/>
        <source>&amp;Open…</source>
        <translation>Å&amp;bn…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="53"/>
        <source>Open &amp;Recent</source>
        <translation>Åbn s&amp;eneste</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="57"/>
        <source>&amp;Import Contact List…</source>
        <translation>&amp;Importér kontaktliste…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="62"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="66"/>
        <source>Save &amp;As…</source>
        <translation>Gem &amp;som…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="76"/>
        <source>&amp;Export PDF…</source>
        <translation>Eksportér &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="80"/>
        <source>Export &amp;As</source>
        <translation>Eksportér so&amp;m</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="82"/>
        <source>SVG picture of the map page…</source>
        <translation>SVG-billede af kortsiden…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="83"/>
        <source>PNG picture of the canvas…</source>
        <translation>PNG-billede af tegnefladen…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="84"/>
        <source>GraphML network (Gephi, yEd)…</source>
        <translation>GraphML-netværk (Gephi, yEd)…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="85"/>
        <source>CSV contact list (Excel)…</source>
        <translation>CSV-kontaktliste (Excel)…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="106"/>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="114"/>
        <source>Import &amp;Relational Coordination…</source>
        <translation>Importér &amp;relationel koordinering…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="121"/>
        <source>&amp;Close Map</source>
        <translation>&amp;Luk kort</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="126"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="129"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="133"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="138"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="149"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="156"/>
        <source>&amp;Paste</source>
        <translation>&amp;Indsæt</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="163"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="170"/>
        <source>Select &amp;All</source>
        <translation>Markér &amp;alt</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="177"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Omdøb…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="185"/>
        <source>Add &amp;Professional to Selected Cloud</source>
        <translation>Tilføj fag&amp;person til valgt sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="197"/>
        <source>Add &amp;Family Member</source>
        <translation>Tilføj famili&amp;emedlem</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="204"/>
        <source>&amp;Connect Selected</source>
        <translation>Forbind &amp;valgte</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="212"/>
        <source>&amp;Tidy Up</source>
        <translation>&amp;Ryd op</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="220"/>
        <source>Setti&amp;ngs…</source>
        <translation>I&amp;ndstillinger…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="226"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="229"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;ind</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="235"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;ud</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="241"/>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Tilpas til vindue</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="247"/>
        <source>F&amp;amily View</source>
        <translation>Famili&amp;evisning</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="253"/>
        <source>Full screen with large people and text, for turning the screen towards the family (F11 to switch back)</source>
        <translation>Fuld skærm med store personer og stor tekst, til at vende skærmen mod familien (F11 for at skifte tilbage)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="261"/>
        <source>&amp;Relational Coordination</source>
        <translation>&amp;Relationel koordinering</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="267"/>
        <source>&amp;Snap to Grid</source>
        <translation>&amp;Fastgør til gitter</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="275"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="278"/>
        <source>&amp;Save Status…</source>
        <translation>&amp;Gem status…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="289"/>
        <source>Show &amp;Statuses</source>
        <translation>&amp;Vis statusser</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="293"/>
        <source>&amp;Figures over Time</source>
        <translation>&amp;Nøgletal over tid</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="302"/>
        <source>&amp;Back to Now</source>
        <translation>&amp;Tilbage til nu</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="308"/>
        <source>&amp;Tools</source>
        <translation>Værk&amp;tøjer</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="312"/>
        <source>&amp;Select and Move</source>
        <translation>&amp;Markér og flyt</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="313"/>
        <source>&amp;Connect (draw a tie)</source>
        <translation>&amp;Forbind (tegn en forbindelse)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="314"/>
        <source>&amp;Pan</source>
        <translation>&amp;Panorér</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="315"/>
        <source>Add &amp;Note</source>
        <translation>Tilføj &amp;note</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="316"/>
        <source>&amp;Draw Cloud</source>
        <translation>&amp;Tegn sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="323"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="326"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="333"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Brugervejledning</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="341"/>
        <source>&amp;About Skymap</source>
        <translation>&amp;Om Skymap</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="347"/>
        <source>Tools</source>
        <translation>Værktøjer</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="136"/>
        <location filename="../../skymap/ui/window_actions.py" line="354"/>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="96"/>
        <source>The &amp;Family&apos;s Own Copy (no protected people)…</source>
        <translation>&amp;Familiens eget kort (uden skærmede personer)…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="98"/>
        <source>The map and a page in plain words for the family to take home; no protected people, notes, consent details or scores</source>
        <translation>Kortet og en side i hverdagssprog, som familien kan tage med hjem – uden skærmede personer, noter, samtykkeoplysninger og scorer</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="140"/>
        <location filename="../../skymap/ui/window_actions.py" line="356"/>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="191"/>
        <source>Add Private Person to the Private Network</source>
        <translation>Tilføj privatperson til det private netværk</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="360"/>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Fortryd den seneste ændring (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="361"/>
        <source>Redo what was undone</source>
        <translation>Gentag det fortrudte</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="366"/>
        <source>Fit</source>
        <translation>Tilpas</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_actions.py" line="369"/>
        <source>Tidy Up</source>
        <translation>Ryd op</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_help.py" line="38"/>
        <source>User guide</source>
        <translation>Brugervejledning</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_help.py" line="46"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_edits.py" line="53"/>
        <source>Click where the note should go.</source>
        <translation>Klik der, hvor noten skal stå.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_edits.py" line="54"/>
        <source>Drag to move the map.</source>
        <translation>Træk for at flytte kortet.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_edits.py" line="55"/>
        <source>Draw a loop with the mouse, a pen or a finger: it becomes a new cloud. Esc cancels.</source>
        <translation>Tegn en løkke med musen, en pen eller en finger: den bliver til en ny sky. Esc annullerer.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_appearance.py" line="239"/>
        <location filename="../../skymap/ui/window_appearance.py" line="244"/>
        <source>Connect</source>
        <translation>Forbind</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_statuses.py" line="80"/>
        <source>It is the record of a meeting. Removing it cannot be undone.</source>
        <translation>Den er referatet af et møde. Det kan ikke fortrydes at fjerne den.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_statuses.py" line="83"/>
        <source>Remove status</source>
        <translation>Fjern status</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_edits.py" line="83"/>
        <source>Select exactly two people to connect them.</source>
        <translation>Vælg præcis to personer for at forbinde dem.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_edits.py" line="89"/>
        <source>These two cannot be connected (or already are).</source>
        <translation>De to kan ikke forbindes (eller er det allerede).</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_files.py" line="97"/>
        <source>The map has unsaved changes. Save them?</source>
        <translation>Kortet har ændringer, der ikke er gemt. Vil du gemme dem?</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_files.py" line="138"/>
        <source>Open map</source>
        <translation>Åbn kort</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_files.py" line="140"/>
        <location filename="../../skymap/ui/window_files.py" line="278"/>
        <source>Skymap maps (*.json)</source>
        <translation>Skymap-kort (*.json)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_files.py" line="167"/>
        <source>Copy of %1</source>
        <translation>Kopi af %1</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_files.py" line="219"/>
        <source>%1 is open in another Skymap: %2 on %3, since %4.</source>
        <translation>%1 er åbent i et andet Skymap: %2 på %3, siden %4.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_files.py" line="226"/>
        <source>Open it read-only, or open a copy that you save under another name?</source>
        <translation>Vil du åbne det skrivebeskyttet, eller åbne en kopi, som du gemmer under et andet navn?</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_files.py" line="231"/>
        <source>Read-only</source>
        <translation>Skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_files.py" line="233"/>
        <source>Open a copy</source>
        <translation>Åbn en kopi</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_files.py" line="257"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_files.py" line="276"/>
        <source>Save map</source>
        <translation>Gem kort</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_export.py" line="51"/>
        <location filename="../../skymap/ui/window_export.py" line="68"/>
        <source>Export PDF</source>
        <translation>Eksportér PDF</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_export.py" line="70"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_export.py" line="87"/>
        <source>Exported to %1</source>
        <translation>Eksporteret til %1</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_export.py" line="114"/>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_export.py" line="149"/>
        <source>Print</source>
        <translation>Udskriv</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_export.py" line="150"/>
        <source>Continue…</source>
        <translation>Fortsæt…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_export.py" line="204"/>
        <source>The printer could not be started. Check that it is on and connected, or choose another printer.</source>
        <translation>Printeren kunne ikke startes. Kontrollér, at den er tændt og tilsluttet, eller vælg en anden printer.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/window_export.py" line="214"/>
        <source>Printing failed: %1</source>
        <translation>Udskrivningen mislykkedes: %1</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/changes_list.py" line="86"/>
        <location filename="../../skymap/ui/changes_list.py" line="132"/>
        <source>What changed</source>
        <translation>Hvad er ændret</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/changes_list.py" line="189"/>
        <source>No status is saved yet: Status &gt; Save Status… keeps the map as it is at a meeting.</source>
        <translation>Der er endnu ikke gemt nogen status: Status &gt; Gem status… gemmer kortet, som det er på et møde.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/changes_list.py" line="197"/>
        <source>&amp;Compare with the Last Status</source>
        <translation>&amp;Sammenlign med seneste status</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <location filename="../../skymap/ui/scene.py" line="439"/>
        <source>Double-click here to add a family member</source>
        <translation>Dobbeltklik her for at tilføje et familiemedlem</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/scene.py" line="739"/>
        <source>Resize cloud</source>
        <translation>Ændr størrelse på sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/interactions.py" line="255"/>
        <source>No cloud drawn: draw a closed loop, ending near where you started.</source>
        <translation>Ingen sky tegnet: tegn en lukket løkke, der slutter tæt på, hvor du begyndte.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/interactions.py" line="276"/>
        <source>Drawing cancelled.</source>
        <translation>Tegningen er annulleret.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/connect_tool.py" line="75"/>
        <location filename="../../skymap/ui/connect_tool.py" line="117"/>
        <source>Cancelled: no tie drawn.</source>
        <translation>Afbrudt: ingen forbindelse tegnet.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/connect_tool.py" line="146"/>
        <source>the family</source>
        <translation>familien</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/connect_tool.py" line="151"/>
        <source>Now click the person to tie this one to. Esc or a click on an empty spot cancels.</source>
        <translation>Klik nu på den person, der skal forbindes med denne. Esc eller et klik på et tomt sted afbryder.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/connect_tool.py" line="153"/>
        <source>Now click the person to tie %1 to. Esc or a click on an empty spot cancels.</source>
        <translation>Klik nu på den person, %1 skal forbindes med. Esc eller et klik på et tomt sted afbryder.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/connect_tool.py" line="161"/>
        <source>No tie drawn: a tie joins someone outside the family with a family member or with another person outside the family, and each pair only once.</source>
        <translation>Ingen forbindelse tegnet: en forbindelse går fra en person uden for familien til et familiemedlem eller til en anden person uden for familien, og kun én gang pr. par.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../skymap/ui/document_view.py" line="115"/>
        <location filename="../../skymap/ui/view.py" line="83"/>
        <source>Map</source>
        <translation>Kort</translation>
    </message>
</context>
<context>
    <name>MeetsToggles</name>
    <message>
        <location filename="../../skymap/ui/person_form.py" line="91"/>
        <source>Whole family</source>
        <translation>Hele familien</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/person_form.py" line="98"/>
        <source>Meets %1 (Alt+%2)</source>
        <translation>Møder %1 (Alt+%2)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/person_form.py" line="99"/>
        <location filename="../../skymap/ui/person_form.py" line="100"/>
        <source>Meets %1</source>
        <translation>Møder %1</translation>
    </message>
</context>
<context>
    <name>NewMapDialog</name>
    <message>
        <location filename="../../skymap/ui/new_map_dialog.py" line="23"/>
        <source>New map</source>
        <translation>Nyt kort</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/new_map_dialog.py" line="25"/>
        <source>Whose network is it? The family&apos;s name heads the map and every print.</source>
        <translation>Hvis netværk er det? Familiens navn står øverst på kortet og på hver udskrift.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/new_map_dialog.py" line="31"/>
        <source>e.g. Hansen</source>
        <translation>fx Hansen</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/new_map_dialog.py" line="40"/>
        <source>Family name</source>
        <translation>Familiens navn</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/new_map_dialog.py" line="41"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/new_map_dialog.py" line="44"/>
        <source>Create</source>
        <translation>Opret</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/new_map_dialog.py" line="45"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../skymap/ui/file_guard.py" line="90"/>
        <location filename="../../skymap/ui/file_guard.py" line="91"/>
        <source>Close this notice</source>
        <translation>Luk denne besked</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../skymap/ui/overview_panel.py" line="60"/>
        <location filename="../../skymap/ui/overview_panel.py" line="116"/>
        <location filename="../../skymap/ui/overview_panel.py" line="217"/>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/overview_panel.py" line="75"/>
        <location filename="../../skymap/ui/overview_panel.py" line="119"/>
        <source>Counts</source>
        <translation>Optælling</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/overview_panel.py" line="76"/>
        <location filename="../../skymap/ui/overview_panel.py" line="86"/>
        <location filename="../../skymap/ui/overview_panel.py" line="117"/>
        <location filename="../../skymap/ui/overview_panel.py" line="118"/>
        <source>Findings</source>
        <translation>Fund</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/overview_panel.py" line="106"/>
        <source>Measuring the map…</source>
        <translation>Måler kortet …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../skymap/ui/overview_panel.py" line="164"/>
        <source>%n professional(s)</source>
        <translation>
            <numerusform>%n fagperson</numerusform>
            <numerusform>%n fagpersoner</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../skymap/ui/overview_panel.py" line="166"/>
        <source>Private network</source>
        <translation>Privat netværk</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/overview_panel.py" line="167"/>
        <source>Coordination ties</source>
        <translation>Samarbejdsforbindelser</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/overview_panel.py" line="168"/>
        <source>Contacts with the family</source>
        <translation>Kontakter med familien</translation>
    </message>
    <message numerus="yes">
        <location filename="../../skymap/ui/overview_panel.py" line="175"/>
        <source>in contact with %n professional(s)</source>
        <translation>
            <numerusform>i kontakt med %n fagperson</numerusform>
            <numerusform>i kontakt med %n fagpersoner</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../skymap/ui/overview_panel.py" line="179"/>
        <source>Professionals per family member</source>
        <translation>Fagpersoner pr. familiemedlem</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/overview_panel.py" line="180"/>
        <source>Per cloud</source>
        <translation>Pr. sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/overview_panel.py" line="189"/>
        <location filename="../../skymap/ui/overview_panel.py" line="194"/>
        <source>Click to show these people on the map</source>
        <translation>Klik for at vise disse personer på kortet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/overview_panel.py" line="206"/>
        <source>Add the family and the people around it; what the map shows appears here.</source>
        <translation>Tilføj familien og personerne omkring den; det, kortet viser, kommer frem her.</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../../skymap/ui/palette.py" line="77"/>
        <source>Palette</source>
        <translation>Palet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/palette.py" line="79"/>
        <source>Professional</source>
        <translation>Fagperson</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/palette.py" line="80"/>
        <source>Private person</source>
        <translation>Privatperson</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/palette.py" line="81"/>
        <source>Family member</source>
        <translation>Familiemedlem</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/palette.py" line="82"/>
        <source>Cloud</source>
        <translation>Sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/palette.py" line="83"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/palette.py" line="88"/>
        <source>Drag onto the map, or click to add</source>
        <translation>Træk ind på kortet, eller klik for at tilføje</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/palette.py" line="89"/>
        <location filename="../../skymap/ui/palette.py" line="90"/>
        <source>Draw cloud</source>
        <translation>Tegn sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/palette.py" line="91"/>
        <source>Draw a loop on the map with the mouse, a pen or a finger: it becomes a new cloud (D)</source>
        <translation>Tegn en løkke på kortet med musen, en pen eller en finger: den bliver til en ny sky (D)</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../skymap/ui/person_form.py" line="68"/>
        <source>names, separated by commas</source>
        <translation>navne, adskilt af komma</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/person_form.py" line="148"/>
        <source>One person a line: Name, role</source>
        <translation>Én person pr. linje: Navn, rolle</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/person_form.py" line="152"/>
        <source>One person a line: Name, role (or Name - role, or just a name). Ctrl+Enter to finish</source>
        <translation>Én person pr. linje: Navn, rolle (eller Navn - rolle, eller kun et navn). Ctrl+Enter for at afslutte</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="248"/>
        <location filename="../../skymap/ui/plan_panel.py" line="280"/>
        <source>The family&apos;s goals</source>
        <translation>Familiens mål</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="250"/>
        <source>A goal in the family&apos;s own words</source>
        <translation>Et mål med familiens egne ord</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="251"/>
        <source>New goal</source>
        <translation>Nyt mål</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="252"/>
        <location filename="../../skymap/ui/plan_panel.py" line="363"/>
        <source>Add goal</source>
        <translation>Tilføj mål</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="253"/>
        <source>Up</source>
        <translation>Op</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="254"/>
        <source>Move the goal up</source>
        <translation>Flyt målet op</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="255"/>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="256"/>
        <source>Move the goal down</source>
        <translation>Flyt målet ned</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="257"/>
        <location filename="../../skymap/ui/plan_panel.py" line="384"/>
        <source>Remove goal</source>
        <translation>Fjern mål</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="258"/>
        <location filename="../../skymap/ui/plan_panel.py" line="283"/>
        <source>Agreements</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="259"/>
        <source>New…</source>
        <translation>Ny…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="260"/>
        <location filename="../../skymap/ui/plan_panel.py" line="399"/>
        <source>New agreement</source>
        <translation>Ny aftale</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="261"/>
        <source>Change…</source>
        <translation>Ret…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="262"/>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="263"/>
        <source>Mark the agreement done</source>
        <translation>Markér aftalen som udført</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="264"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="275"/>
        <source>Hide the goals</source>
        <translation>Skjul målene</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="275"/>
        <source>Show the goals</source>
        <translation>Vis målene</translation>
    </message>
    <message numerus="yes">
        <location filename="../../skymap/ui/plan_panel.py" line="286"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n åben</numerusform>
            <numerusform>%n åbne</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="423"/>
        <source>Agreement done</source>
        <translation>Aftale udført</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="249"/>
        <location filename="../../skymap/ui/plan_panel.py" line="269"/>
        <location filename="../../skymap/ui/plan_panel.py" line="451"/>
        <source>Joint plan</source>
        <translation>Fælles plan</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="373"/>
        <source>Edit goal</source>
        <translation>Ret mål</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="378"/>
        <source>Move goal</source>
        <translation>Flyt mål</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/plan_panel.py" line="415"/>
        <source>Change agreement</source>
        <translation>Ret aftale</translation>
    </message>
</context>
<context>
    <name>PrintFeedback</name>
    <message>
        <location filename="../../skymap/ui/print_feedback.py" line="27"/>
        <source>Preparing the pages for printing…</source>
        <translation>Gør siderne klar til udskrift…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/print_feedback.py" line="30"/>
        <source>Printing page %1 of %2…</source>
        <translation>Udskriver side %1 af %2…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/print_feedback.py" line="47"/>
        <source>Printed: 1 page to %1</source>
        <translation>Udskrevet: 1 side til %1</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/print_feedback.py" line="48"/>
        <source>Printed: %2 pages to %1</source>
        <translation>Udskrevet: %2 sider til %1</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/print_feedback.py" line="51"/>
        <source>Sent 1 page to the printer %1</source>
        <translation>Sendt 1 side til printeren %1</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/print_feedback.py" line="52"/>
        <source>Sent %2 pages to the printer %1</source>
        <translation>Sendt %2 sider til printeren %1</translation>
    </message>
</context>
<context>
    <name>Protect</name>
    <message>
        <location filename="../../skymap/ui/protect_ui.py" line="56"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/protect_ui.py" line="57"/>
        <source>Protect with password</source>
        <translation>Beskyt med adgangskode</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/protect_ui.py" line="60"/>
        <source>%1 is protected with a password.</source>
        <translation>%1 er beskyttet med en adgangskode.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/protect_ui.py" line="62"/>
        <source>The PDF will open only with this password. Give it to the readers by another way than the file itself.</source>
        <translation>PDF&apos;en kan kun åbnes med denne adgangskode. Giv den til læserne ad en anden vej end selve filen.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/protect_ui.py" line="66"/>
        <source>The map, its backup and its recovery copies are stored encrypted: they open only with this password.</source>
        <translation>Kortet, dets sikkerhedskopi og gendannelseskopier gemmes krypteret: de kan kun åbnes med denne adgangskode.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/protect_ui.py" line="73"/>
        <source>A forgotten password cannot be recovered. Without it nobody can open the file again — not you, not the IT department, not Skymap. Keep the password somewhere safe.</source>
        <translation>En glemt adgangskode kan ikke genskabes. Uden den kan ingen åbne filen igen – hverken du, it-afdelingen eller Skymap. Opbevar adgangskoden et sikkert sted.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/protect_ui.py" line="85"/>
        <source>Password:</source>
        <translation>Adgangskode:</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/protect_ui.py" line="91"/>
        <source>Repeat it:</source>
        <translation>Gentag den:</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/protect_ui.py" line="97"/>
        <source>Wrong password. Try again.</source>
        <translation>Forkert adgangskode. Prøv igen.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/protect_ui.py" line="116"/>
        <source>At least %1 characters.</source>
        <translation>Mindst %1 tegn.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/protect_ui.py" line="119"/>
        <source>The two passwords differ.</source>
        <translation>De to adgangskoder er ikke ens.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/protect_ui.py" line="181"/>
        <source>Protect with &amp;Password…</source>
        <translation>Beskyt med &amp;adgangskode…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/protect_ui.py" line="183"/>
        <source>Change Pass&amp;word…</source>
        <translation>Skift adgangs&amp;kode…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/protect_ui.py" line="185"/>
        <location filename="../../skymap/ui/protect_ui.py" line="214"/>
        <source>Remove Password</source>
        <translation>Fjern adgangskode</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/protect_ui.py" line="200"/>
        <source>Saved; the map is protected with a password.</source>
        <translation>Gemt; kortet er beskyttet med en adgangskode.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/protect_ui.py" line="204"/>
        <source>Saved with the new password.</source>
        <translation>Gemt med den nye adgangskode.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/protect_ui.py" line="210"/>
        <source>Remove the password? The map will be stored unencrypted: anyone who gets the file can read it.</source>
        <translation>Fjern adgangskoden? Kortet bliver gemt ukrypteret: alle, der får fat i filen, kan læse den.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/protect_ui.py" line="222"/>
        <source>Saved; the map is no longer protected.</source>
        <translation>Gemt; kortet er ikke længere beskyttet.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/protect_ui.py" line="262"/>
        <source>Protected with a password</source>
        <translation>Beskyttet med adgangskode</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/protect_ui.py" line="275"/>
        <source>protected</source>
        <translation>beskyttet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/protect_ui.py" line="285"/>
        <source>This map is protected with a password, but the %1 will not be: anyone who gets the file can read it.</source>
        <translation>Kortet er beskyttet med en adgangskode, men det bliver %1-filen ikke: alle, der får fat i filen, kan læse den.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/protect_ui.py" line="288"/>
        <source>Export it unencrypted?</source>
        <translation>Eksportér den ukrypteret?</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/protect_ui.py" line="289"/>
        <location filename="../../skymap/ui/protect_ui.py" line="313"/>
        <source>Export Unencrypted</source>
        <translation>Eksportér ukrypteret</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/protect_ui.py" line="305"/>
        <source>This map is protected with a password. Protect the PDF with a password too?</source>
        <translation>Kortet er beskyttet med en adgangskode. Skal PDF&apos;en også beskyttes med en adgangskode?</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/protect_ui.py" line="307"/>
        <source>An unprotected PDF can be read by anyone who gets the file.</source>
        <translation>En ubeskyttet PDF kan læses af alle, der får fat i filen.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/protect_ui.py" line="310"/>
        <source>Protect the PDF…</source>
        <translation>Beskyt PDF&apos;en…</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../skymap/ui/i18n.py" line="16"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Kig i:</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/i18n.py" line="17"/>
        <source>Files of &amp;type:</source>
        <translation>Filer af &amp;type:</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <location filename="../../skymap/ui/quotes.py" line="13"/>
        <source>“%1”</source>
        <translation>»%1«</translation>
    </message>
</context>
<context>
    <name>RcView</name>
    <message>
        <location filename="../../skymap/ui/rc_view.py" line="54"/>
        <location filename="../../skymap/ui/rc_view.py" line="81"/>
        <source>Import relational coordination</source>
        <translation>Importér relationel koordinering</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/rc_view.py" line="55"/>
        <source>Score files (*.csv *.txt);;All files (*)</source>
        <translation>Scorefiler (*.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/rc_view.py" line="230"/>
        <source>Relational coordination</source>
        <translation>Relationel koordinering</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/rc_view.py" line="231"/>
        <source>By dimension</source>
        <translation>Pr. dimension</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/rc_view.py" line="232"/>
        <source>Weakest ties</source>
        <translation>Svageste forbindelser</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/rc_view.py" line="233"/>
        <source>Mean by pair of clouds</source>
        <translation>Gennemsnit pr. par af skyer</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/rc_view.py" line="234"/>
        <source>Over time</source>
        <translation>Over tid</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/rc_view.py" line="235"/>
        <source>Bands (this map&apos;s settings)</source>
        <translation>Grænser for svag og stærk (kortets indstillinger)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/rc_view.py" line="236"/>
        <source>Weak below</source>
        <translation>Svag under</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/rc_view.py" line="237"/>
        <source>Strong from</source>
        <translation>Stærk fra</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/rc_view.py" line="238"/>
        <source>Import scores…</source>
        <translation>Importér scorer…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/rc_view.py" line="259"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/rc_view.py" line="255"/>
        <source>Mean</source>
        <translation>Gennemsnit</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/rc_view.py" line="239"/>
        <source>Tie</source>
        <translation>Forbindelse</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/rc_view.py" line="240"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/rc_view.py" line="241"/>
        <source>Band</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/rc_view.py" line="318"/>
        <source>“Weak below” cannot be above “Strong from”.</source>
        <translation>»Svag under« kan ikke være højere end »Stærk fra«.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/rc_view.py" line="322"/>
        <source>Change relational-coordination bands</source>
        <translation>Skift grænser for relationel koordinering</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/rc_chart.py" line="30"/>
        <location filename="../../skymap/ui/rc_chart.py" line="86"/>
        <source>Relational coordination over time</source>
        <translation>Relationel koordinering over tid</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/rc_chart.py" line="75"/>
        <source>Save a status to follow relational coordination over time.</source>
        <translation>Gem en status for at følge den relationelle koordinering over tid.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../skymap/ui/recovery_dialog.py" line="32"/>
        <source>Unsaved maps were found</source>
        <translation>Der blev fundet kort, som ikke var gemt</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/recovery_dialog.py" line="36"/>
        <source>Skymap was closed without saving these maps (for example a crash or a flat battery). Restore one to go on where you left off, save it somewhere, or discard it.</source>
        <translation>Skymap blev lukket uden at gemme disse kort (fx et nedbrud eller et fladt batteri). Gendan et kort for at fortsætte, hvor du slap, gem det et sted, eller forkast det.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/recovery_dialog.py" line="41"/>
        <source>Unsaved maps</source>
        <translation>Kort, der ikke er gemt</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/recovery_dialog.py" line="44"/>
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/recovery_dialog.py" line="45"/>
        <source>Save as…</source>
        <translation>Gem som…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/recovery_dialog.py" line="46"/>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/recovery_dialog.py" line="73"/>
        <source>never saved</source>
        <translation>aldrig gemt</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/recovery_dialog.py" line="74"/>
        <source>Password-protected map</source>
        <translation>Adgangskodebeskyttet kort</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/recovery_dialog.py" line="74"/>
        <source>New map</source>
        <translation>Nyt kort</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/recovery_dialog.py" line="96"/>
        <source>Save map</source>
        <translation>Gem kort</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/recovery_dialog.py" line="97"/>
        <source>Skymap maps (*.json)</source>
        <translation>Skymap-kort (*.json)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/recovery_dialog.py" line="130"/>
        <source>Discard the unsaved map? It cannot be brought back.</source>
        <translation>Forkast det kort, der ikke er gemt? Det kan ikke hentes tilbage.</translation>
    </message>
</context>
<context>
    <name>SaveStatusDialog</name>
    <message>
        <location filename="../../skymap/ui/statuses_panel.py" line="192"/>
        <source>Save status</source>
        <translation>Gem status</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/statuses_panel.py" line="198"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/statuses_panel.py" line="199"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/statuses_panel.py" line="200"/>
        <source>Write the date as %1 (or 2027-02-28).</source>
        <translation>Skriv datoen som %1 (eller 2027-02-28).</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/statuses_panel.py" line="206"/>
        <source>The date is in the future.</source>
        <translation>Datoen ligger i fremtiden.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../skymap/ui/settings_dialog.py" line="97"/>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/settings_dialog.py" line="98"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/settings_dialog.py" line="99"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Tekststørrelse:</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/settings_dialog.py" line="102"/>
        <source>Follow the system (%1)</source>
        <translation>Følg systemet (%1)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/settings_dialog.py" line="107"/>
        <source>This time: %1 (chosen with --lang at start)</source>
        <translation>Denne gang: %1 (valgt med --lang ved start)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/settings_dialog.py" line="110"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/settings_dialog.py" line="112"/>
        <source>Normal (100%)</source>
        <translation>Normal (100 %)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/settings_dialog.py" line="113"/>
        <source>Large (125%)</source>
        <translation>Stor (125 %)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/settings_dialog.py" line="114"/>
        <source>Larger (150%)</source>
        <translation>Større (150 %)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/settings_dialog.py" line="115"/>
        <source>Very large (175%)</source>
        <translation>Meget stor (175 %)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/settings_dialog.py" line="116"/>
        <source>Largest (200%)</source>
        <translation>Størst (200 %)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/settings_dialog.py" line="120"/>
        <source>Text size</source>
        <translation>Tekststørrelse</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/settings_dialog.py" line="121"/>
        <source>Changes show at once and are kept for the next start. The text size applies to the map, the panels and the menus; the family view (F11) makes it larger still.</source>
        <translation>Ændringer ses med det samme og huskes til næste start. Tekststørrelsen gælder kortet, panelerne og menuerne; familievisningen (F11) gør den endnu større.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/settings_dialog.py" line="123"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="23"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Skift+Tab</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="24"/>
        <source>Next / previous cloud or person</source>
        <translation>Næste / forrige sky eller person</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="25"/>
        <source>Arrow keys</source>
        <translation>Piletaster</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="26"/>
        <source>The nearest person in that direction</source>
        <translation>Den nærmeste person i den retning</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="27"/>
        <source>Shift+arrow keys</source>
        <translation>Skift+piletaster</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="28"/>
        <source>Add the nearest person in that direction to the selection</source>
        <translation>Føj den nærmeste person i den retning til det valgte</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="29"/>
        <source>Ctrl+Tab / Ctrl+Shift+Tab</source>
        <translation>Ctrl+Tab / Ctrl+Skift+Tab</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="30"/>
        <source>Leave the map for the next / previous panel</source>
        <translation>Gå fra kortet til næste / forrige panel</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="31"/>
        <source>Menu key or Shift+F10</source>
        <translation>Menutasten eller Skift+F10</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="32"/>
        <source>Menu of what is selected</source>
        <translation>Menu for det valgte</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="33"/>
        <source>Ctrl+click</source>
        <translation>Ctrl+klik</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="34"/>
        <source>Add to the selection (or take out)</source>
        <translation>Føj til markeringen (eller tag ud)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="35"/>
        <source>Shift+drag from a person</source>
        <translation>Skift+træk fra en person</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="36"/>
        <source>Draw a tie to another person</source>
        <translation>Tegn en forbindelse til en anden person</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="37"/>
        <source>Double-click a cloud</source>
        <translation>Dobbeltklik på en sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="38"/>
        <source>Add a professional there</source>
        <translation>Tilføj en fagperson dér</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="39"/>
        <source>Double-click a person or note</source>
        <translation>Dobbeltklik på en person eller note</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="40"/>
        <source>Edit it in place</source>
        <translation>Rediger den på stedet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="41"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="42"/>
        <source>Finish editing in place (Ctrl+Enter in a note)</source>
        <translation>Afslut redigering på stedet (Ctrl+Enter i en note)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="43"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="44"/>
        <source>Cancel editing in place (a person just added is taken away again), or a tie being drawn</source>
        <translation>Annullér redigering på stedet (en person, der lige er tilføjet, fjernes igen) eller en forbindelse, der tegnes</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="46"/>
        <source>Alt+1 … Alt+9</source>
        <translation>Alt+1 … Alt+9</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="47"/>
        <source>In a person&apos;s form: meets family member 1 … 9 (on or off)</source>
        <translation>I en persons formular: møder familiemedlem 1 … 9 (til eller fra)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="48"/>
        <source>Alt+0</source>
        <translation>Alt+0</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="49"/>
        <source>In a person&apos;s form: meets the whole family (on or off)</source>
        <translation>I en persons formular: møder hele familien (til eller fra)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="50"/>
        <source>Right-click</source>
        <translation>Højreklik</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="51"/>
        <source>Menu of what is under the pointer</source>
        <translation>Menu for det, der er under markøren</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="52"/>
        <source>Press and hold</source>
        <translation>Tryk og hold</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="53"/>
        <source>The same menu, with a finger, a pen or the mouse</source>
        <translation>Samme menu, med en finger, en pen eller musen</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="54"/>
        <source>One finger</source>
        <translation>Én finger</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="55"/>
        <source>Tap to select; drag a person, cloud or note; on the empty map, pan</source>
        <translation>Tryk for at vælge; træk en person, sky eller note; på det tomme kort: flyt kortet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="56"/>
        <source>Wheel</source>
        <translation>Musehjul</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="57"/>
        <source>Zoom around the pointer (with Shift: scroll)</source>
        <translation>Zoom omkring markøren (med Skift: rul)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="58"/>
        <source>Middle button drag</source>
        <translation>Træk med midterste knap</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="59"/>
        <source>Move the map</source>
        <translation>Flyt kortet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="60"/>
        <source>Two fingers</source>
        <translation>To fingre</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="61"/>
        <source>Pinch to zoom, move together to pan</source>
        <translation>Knib for at zoome, flyt sammen for at panorere</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="106"/>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="116"/>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="126"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="119"/>
        <source>Every action of the menus with its keys, then the keys and gestures of the map.</source>
        <translation>Alle menuernes handlinger med deres taster, derefter kortets taster og bevægelser.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="125"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="125"/>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="133"/>
        <source>On the map</source>
        <translation>På kortet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/shortcuts_dialog.py" line="153"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>SlipNote</name>
    <message>
        <location filename="../../skymap/ui/slip_note.py" line="20"/>
        <source>Skymap could not finish that (an error in Skymap: %1). Save your map and go on.</source>
        <translation>Skymap kunne ikke gøre det færdigt (en fejl i Skymap: %1). Gem dit kort, og fortsæt.</translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <location filename="../../skymap/ui/status_banner.py" line="26"/>
        <source>You are looking at the status “%1” (%2) — the map cannot be changed here.</source>
        <translation>Du ser status »%1« (%2) — kortet kan ikke ændres her.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/status_banner.py" line="34"/>
        <source>You are comparing the status “%1” with now — the map cannot be changed here.</source>
        <translation>Du sammenligner status »%1« med nu — kortet kan ikke ændres her.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/status_banner.py" line="38"/>
        <source>You are comparing the statuses “%1” and “%2” — the map cannot be changed here.</source>
        <translation>Du sammenligner status »%1« og »%2« — kortet kan ikke ændres her.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/status_banner.py" line="45"/>
        <source>Back to now</source>
        <translation>Tilbage til nu</translation>
    </message>
</context>
<context>
    <name>StatusesPanel</name>
    <message>
        <location filename="../../skymap/ui/statuses_panel.py" line="46"/>
        <location filename="../../skymap/ui/statuses_panel.py" line="62"/>
        <location filename="../../skymap/ui/statuses_panel.py" line="106"/>
        <location filename="../../skymap/ui/statuses_panel.py" line="107"/>
        <source>Statuses</source>
        <translation>Statusser</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/statuses_panel.py" line="69"/>
        <location filename="../../skymap/ui/statuses_panel.py" line="108"/>
        <source>Save status…</source>
        <translation>Gem status…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/statuses_panel.py" line="70"/>
        <location filename="../../skymap/ui/statuses_panel.py" line="109"/>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/statuses_panel.py" line="71"/>
        <location filename="../../skymap/ui/statuses_panel.py" line="157"/>
        <source>Compare with now</source>
        <translation>Sammenlign med nu</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/statuses_panel.py" line="72"/>
        <location filename="../../skymap/ui/statuses_panel.py" line="110"/>
        <source>Back to now</source>
        <translation>Tilbage til nu</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/statuses_panel.py" line="73"/>
        <location filename="../../skymap/ui/statuses_panel.py" line="111"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/statuses_panel.py" line="74"/>
        <location filename="../../skymap/ui/statuses_panel.py" line="112"/>
        <source>Figures over time</source>
        <translation>Nøgletal over tid</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/statuses_panel.py" line="128"/>
        <source>%1 — %2
%3 professionals, %4 coordination ties</source>
        <translation>%1 — %2
%3 fagpersoner, %4 samarbejdsforbindelser</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/statuses_panel.py" line="157"/>
        <source>Compare the two</source>
        <translation>Sammenlign de to</translation>
    </message>
</context>
<context>
    <name>TidyView</name>
    <message>
        <location filename="../../skymap/ui/tidy_view.py" line="40"/>
        <source>The map is tidy already.</source>
        <translation>Kortet er allerede ryddeligt.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/tidy_view.py" line="65"/>
        <source>In no cloud, but standing inside one: %1. Edit ▸ Tidy Up moves them out.</source>
        <translation>Uden sky, men inde i en: %1. Rediger ▸ Ryd op flytter dem ud.</translation>
    </message>
</context>
</TS>
