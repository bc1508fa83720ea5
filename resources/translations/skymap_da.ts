<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>ContextMenu</name>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="23"/>
        <source>Add professional here</source>
        <translation>Tilføj fagperson her</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="24"/>
        <source>Add private person here</source>
        <translation>Tilføj privatperson her</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="26"/>
        <source>Add family member here</source>
        <translation>Tilføj familiemedlem her</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="27"/>
        <source>Add cloud here</source>
        <translation>Tilføj sky her</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="28"/>
        <source>Add note here</source>
        <translation>Tilføj note her</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="30"/>
        <source>Paste</source>
        <translation>Indsæt</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="33"/>
        <location filename="../../skymap/ui/context_menu.py" line="38"/>
        <location filename="../../skymap/ui/context_menu.py" line="55"/>
        <source>Rename…</source>
        <translation>Omdøb…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="34"/>
        <source>Tidy up this cloud</source>
        <translation>Ryd op i denne sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="35"/>
        <source>Delete cloud</source>
        <translation>Slet sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="39"/>
        <source>Family coordinator</source>
        <translation>Familiekoordinator</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="43"/>
        <source>Core team</source>
        <translation>Kerneteam</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="49"/>
        <source>Make %1</source>
        <translation>Gør til %1</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="52"/>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="53"/>
        <location filename="../../skymap/ui/context_menu.py" line="56"/>
        <location filename="../../skymap/ui/context_menu.py" line="71"/>
        <location filename="../../skymap/ui/context_menu.py" line="74"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="59"/>
        <source>Quality</source>
        <translation>Kvalitet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="64"/>
        <source>Flow of help</source>
        <translation>Hjælpens retning</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="66"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="73"/>
        <source>Edit text…</source>
        <translation>Redigér tekst…</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../skymap/ui/editor.py" line="50"/>
        <source>Edit map details</source>
        <translation>Rediger kortoplysninger</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="53"/>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="61"/>
        <source>Move to another cloud</source>
        <translation>Flyt til en anden sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="61"/>
        <source>Move</source>
        <translation>Flyt</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="66"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="71"/>
        <location filename="../../skymap/ui/editor.py" line="94"/>
        <source>New professional</source>
        <translation>Ny fagperson</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="71"/>
        <location filename="../../skymap/ui/editor.py" line="95"/>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="75"/>
        <location filename="../../skymap/ui/editor.py" line="83"/>
        <location filename="../../skymap/ui/editor.py" line="96"/>
        <source>Add person</source>
        <translation>Tilføj person</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="92"/>
        <source>Resize cloud</source>
        <translation>Ændr størrelse på sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="106"/>
        <source>Family member</source>
        <translation>Familiemedlem</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="109"/>
        <source>Add family member</source>
        <translation>Tilføj familiemedlem</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="115"/>
        <source>New cloud</source>
        <translation>Ny sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="118"/>
        <source>Add cloud</source>
        <translation>Tilføj sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="122"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="123"/>
        <source>Add note</source>
        <translation>Tilføj note</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="142"/>
        <source>Add contact</source>
        <translation>Tilføj kontakt</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="142"/>
        <source>Add coordination</source>
        <translation>Tilføj samarbejde</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="151"/>
        <source>Paste</source>
        <translation>Indsæt</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="171"/>
        <source>Tidy up</source>
        <translation>Ryd op</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../skymap/ui/export_dialog.py" line="22"/>
        <source>Export PDF</source>
        <translation>Eksportér PDF</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/export_dialog.py" line="25"/>
        <source>Paper (landscape)</source>
        <translation>Papir (liggende)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/export_dialog.py" line="37"/>
        <source>Names</source>
        <translation>Navne</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/export_dialog.py" line="42"/>
        <source>Full names (for the core team)</source>
        <translation>Fulde navne (til kerneteamet)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/export_dialog.py" line="43"/>
        <source>Initials instead of names</source>
        <translation>Initialer i stedet for navne</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/export_dialog.py" line="44"/>
        <source>Roles instead of names</source>
        <translation>Roller i stedet for navne</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/export_dialog.py" line="53"/>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/export_dialog.py" line="57"/>
        <source>The map with its legend</source>
        <translation>Kortet med signaturforklaring</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/export_dialog.py" line="58"/>
        <source>The contact list, by cloud</source>
        <translation>Kontaktlisten, ordnet efter sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/export_dialog.py" line="59"/>
        <source>Findings and counts</source>
        <translation>Fund og optælling</translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <location filename="../../skymap/ui/inline_editor.py" line="38"/>
        <location filename="../../skymap/ui/inline_editor.py" line="44"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inline_editor.py" line="38"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inline_editor.py" line="38"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inline_editor.py" line="40"/>
        <source>Label</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inline_editor.py" line="42"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="66"/>
        <source>Inspector</source>
        <translation>Egenskaber</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="82"/>
        <source>Several things are selected.</source>
        <translation>Flere ting er markeret.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="126"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="127"/>
        <source>Family name</source>
        <translation>Familiens navn</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="128"/>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="130"/>
        <source>Double-click a cloud to add a professional; Shift-drag from a person to draw a tie.</source>
        <translation>Dobbeltklik på en sky for at tilføje en fagperson; træk fra en person med Skift nede for at tegne en forbindelse.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="139"/>
        <location filename="../../skymap/ui/inspector.py" line="157"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="140"/>
        <location filename="../../skymap/ui/inspector.py" line="158"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="141"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="142"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="145"/>
        <location filename="../../skymap/ui/inspector.py" line="147"/>
        <location filename="../../skymap/ui/inspector.py" line="297"/>
        <source>Cloud</source>
        <translation>Sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="148"/>
        <source>Family coordinator</source>
        <translation>Familiekoordinator</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="149"/>
        <source>Core team</source>
        <translation>Kerneteam</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="150"/>
        <source>Active (still involved)</source>
        <translation>Aktiv (stadig involveret)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="151"/>
        <location filename="../../skymap/ui/inspector.py" line="168"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="161"/>
        <location filename="../../skymap/ui/inspector.py" line="167"/>
        <source>Birth year</source>
        <translation>Fødselsår</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="174"/>
        <source>Label</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="181"/>
        <source>Colour %1</source>
        <translation>Farve %1</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="185"/>
        <source>Other colour…</source>
        <translation>Anden farve…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="190"/>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="191"/>
        <source>Tidy up this cloud</source>
        <translation>Ryd op i denne sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="200"/>
        <source>Tie</source>
        <translation>Forbindelse</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="201"/>
        <source>Quality</source>
        <translation>Kvalitet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="203"/>
        <source>Flow of help</source>
        <translation>Hjælpens retning</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="203"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="206"/>
        <source>Frequency</source>
        <translation>Hyppighed</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="206"/>
        <source>not given</source>
        <translation>ikke angivet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="208"/>
        <location filename="../../skymap/ui/inspector.py" line="315"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="209"/>
        <source>Relational coordination (1–5)</source>
        <translation>Relationel koordinering (1–5)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="221"/>
        <source>Score</source>
        <translation>Samlet score</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="227"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="234"/>
        <source>Selection</source>
        <translation>Markering</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="263"/>
        <source>Map</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="282"/>
        <source>(no cloud)</source>
        <translation>(ingen sky)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="291"/>
        <source>Family member</source>
        <translation>Familiemedlem</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="321"/>
        <source>the whole family</source>
        <translation>hele familien</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="358"/>
        <source>Cloud colour</source>
        <translation>Skyens farve</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="53"/>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="54"/>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="55"/>
        <source>Inspector</source>
        <translation>Egenskaber</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="99"/>
        <source>New map</source>
        <translation>Nyt kort</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="113"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="114"/>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="115"/>
        <source>&amp;Open…</source>
        <translation>Å&amp;bn…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="116"/>
        <source>Open &amp;Recent</source>
        <translation>Åbn s&amp;eneste</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="118"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="119"/>
        <source>Save &amp;As…</source>
        <translation>Gem &amp;som…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="121"/>
        <source>&amp;Export PDF…</source>
        <translation>Eksportér &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="123"/>
        <source>Export &amp;As</source>
        <translation>Eksportér so&amp;m</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="124"/>
        <source>SVG picture of the map page…</source>
        <translation>SVG-billede af kortsiden…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="125"/>
        <source>PNG picture of the canvas…</source>
        <translation>PNG-billede af tegnefladen…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="126"/>
        <source>GraphML network (Gephi, yEd)…</source>
        <translation>GraphML-netværk (Gephi, yEd)…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="127"/>
        <source>CSV contact list (Excel)…</source>
        <translation>CSV-kontaktliste (Excel)…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="129"/>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="131"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="133"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="134"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="136"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="141"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="142"/>
        <source>&amp;Paste</source>
        <translation>&amp;Indsæt</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="143"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="144"/>
        <source>Select &amp;All</source>
        <translation>Markér &amp;alt</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="146"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Omdøb…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="147"/>
        <source>&amp;Tidy Up</source>
        <translation>&amp;Ryd op</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="149"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="150"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;ind</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="151"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;ud</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="152"/>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Tilpas til vindue</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="153"/>
        <source>&amp;Snap to Grid</source>
        <translation>&amp;Fastgør til gitter</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="157"/>
        <source>&amp;Tools</source>
        <translation>Værk&amp;tøjer</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="161"/>
        <source>&amp;Select and Move</source>
        <translation>&amp;Markér og flyt</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="162"/>
        <source>&amp;Connect (draw a tie)</source>
        <translation>&amp;Forbind (tegn en forbindelse)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="163"/>
        <source>&amp;Pan</source>
        <translation>&amp;Panorér</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="164"/>
        <source>Add &amp;Note</source>
        <translation>Tilføj &amp;note</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="171"/>
        <source>Tools</source>
        <translation>Værktøjer</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="181"/>
        <source>Fit</source>
        <translation>Tilpas</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="182"/>
        <source>Tidy Up</source>
        <translation>Ryd op</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="280"/>
        <source>The map has unsaved changes. Save them?</source>
        <translation>Kortet har ændringer, der ikke er gemt. Vil du gemme dem?</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="296"/>
        <source>Open map</source>
        <translation>Åbn kort</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="296"/>
        <location filename="../../skymap/ui/main_window.py" line="328"/>
        <source>Skymap maps (*.json)</source>
        <translation>Skymap-kort (*.json)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="317"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="328"/>
        <source>Save map</source>
        <translation>Gem kort</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="360"/>
        <location filename="../../skymap/ui/main_window.py" line="366"/>
        <source>Export PDF</source>
        <translation>Eksportér PDF</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="367"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="381"/>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="419"/>
        <source>Print</source>
        <translation>Udskriv</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="419"/>
        <source>Continue…</source>
        <translation>Fortsæt…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="435"/>
        <source>Printing failed: %1</source>
        <translation>Udskrivningen mislykkedes: %1</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <location filename="../../skymap/ui/scene.py" line="172"/>
        <source>Double-click here to add a family member</source>
        <translation>Dobbeltklik her for at tilføje et familiemedlem</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/scene.py" line="344"/>
        <source>Resize cloud</source>
        <translation>Ændr størrelse på sky</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../skymap/ui/view.py" line="31"/>
        <source>Map canvas</source>
        <translation>Kortets tegneflade</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../skymap/ui/overview_panel.py" line="23"/>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/overview_panel.py" line="32"/>
        <location filename="../../skymap/ui/overview_panel.py" line="38"/>
        <source>Findings</source>
        <translation>Fund</translation>
    </message>
    <message numerus="yes">
        <location filename="../../skymap/ui/overview_panel.py" line="49"/>
        <source>%n professional(s)</source>
        <translation>
            <numerusform>%n fagperson</numerusform>
            <numerusform>%n fagpersoner</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../skymap/ui/overview_panel.py" line="51"/>
        <source>Private network</source>
        <translation>Privat netværk</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/overview_panel.py" line="52"/>
        <source>Coordination ties</source>
        <translation>Samarbejdsforbindelser</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/overview_panel.py" line="53"/>
        <source>Contacts with the family</source>
        <translation>Kontakter med familien</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/overview_panel.py" line="60"/>
        <source>Professionals per family member</source>
        <translation>Fagpersoner pr. familiemedlem</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/overview_panel.py" line="61"/>
        <source>Per cloud</source>
        <translation>Pr. sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/overview_panel.py" line="71"/>
        <source>Click to show these people on the map</source>
        <translation>Klik for at vise disse personer på kortet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/overview_panel.py" line="74"/>
        <source>Add the family and the people around it; what the map shows appears here.</source>
        <translation>Tilføj familien og personerne omkring den; det, kortet viser, kommer frem her.</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../../skymap/ui/palette.py" line="50"/>
        <source>Palette</source>
        <translation>Palet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/palette.py" line="52"/>
        <source>Professional</source>
        <translation>Fagperson</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/palette.py" line="53"/>
        <source>Private person</source>
        <translation>Privatperson</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/palette.py" line="54"/>
        <source>Family member</source>
        <translation>Familiemedlem</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/palette.py" line="55"/>
        <source>Cloud</source>
        <translation>Sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/palette.py" line="56"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/palette.py" line="64"/>
        <source>Drag onto the map, or click to add</source>
        <translation>Træk ind på kortet, eller klik for at tilføje</translation>
    </message>
</context>
</TS>
