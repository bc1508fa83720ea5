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
        <location filename="../../skymap/ui/context_menu.py" line="56"/>
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
        <location filename="../../skymap/ui/context_menu.py" line="48"/>
        <source>Make private person</source>
        <translation>Gør til privatperson</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="50"/>
        <source>Make professional</source>
        <translation>Gør til fagperson</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="53"/>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="54"/>
        <location filename="../../skymap/ui/context_menu.py" line="57"/>
        <location filename="../../skymap/ui/context_menu.py" line="72"/>
        <location filename="../../skymap/ui/context_menu.py" line="75"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="60"/>
        <source>Quality</source>
        <translation>Kvalitet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="65"/>
        <source>Flow of help</source>
        <translation>Hjælpens retning</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="67"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/context_menu.py" line="74"/>
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
        <location filename="../../skymap/ui/editor.py" line="61"/>
        <location filename="../../skymap/ui/editor.py" line="62"/>
        <source>Rename</source>
        <translation>Omdøb</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="63"/>
        <source>Change role</source>
        <translation>Ændr rolle</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="64"/>
        <source>Change organisation</source>
        <translation>Ændr organisation</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="65"/>
        <source>Change kind</source>
        <translation>Ændr type</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="66"/>
        <source>Family coordinator</source>
        <translation>Familiekoordinator</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="67"/>
        <source>Core team</source>
        <translation>Kerneteam</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="68"/>
        <source>Active or ended</source>
        <translation>Aktiv eller afsluttet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="69"/>
        <location filename="../../skymap/ui/editor.py" line="70"/>
        <source>Edit notes</source>
        <translation>Redigér noter</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="71"/>
        <source>Edit note</source>
        <translation>Redigér note</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="72"/>
        <source>Change quality</source>
        <translation>Ændr kvalitet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="73"/>
        <source>Change flow of help</source>
        <translation>Ændr hjælpens retning</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="74"/>
        <source>Change frequency</source>
        <translation>Ændr hyppighed</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="75"/>
        <source>Change coordination scores</source>
        <translation>Ændr samarbejdsscorer</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="76"/>
        <source>Change colour</source>
        <translation>Ændr farve</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="77"/>
        <source>Change birth year</source>
        <translation>Ændr fødselsår</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="80"/>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="88"/>
        <location filename="../../skymap/ui/editor.py" line="130"/>
        <location filename="../../skymap/ui/editor.py" line="137"/>
        <source>Move to another cloud</source>
        <translation>Flyt til en anden sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="88"/>
        <source>Move</source>
        <translation>Flyt</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="93"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="98"/>
        <location filename="../../skymap/ui/editor.py" line="111"/>
        <source>New professional</source>
        <translation>Ny fagperson</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="98"/>
        <location filename="../../skymap/ui/editor.py" line="111"/>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="102"/>
        <location filename="../../skymap/ui/editor.py" line="114"/>
        <location filename="../../skymap/ui/editor.py" line="118"/>
        <source>Add person</source>
        <translation>Tilføj person</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="117"/>
        <source>Resize cloud</source>
        <translation>Ændr størrelse på sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="175"/>
        <source>Family member</source>
        <translation>Familiemedlem</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="178"/>
        <source>Add family member</source>
        <translation>Tilføj familiemedlem</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="189"/>
        <source>New cloud</source>
        <translation>Ny sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="192"/>
        <source>Add cloud</source>
        <translation>Tilføj sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="196"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="197"/>
        <source>Add note</source>
        <translation>Tilføj note</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="216"/>
        <source>Add contact</source>
        <translation>Tilføj kontakt</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="216"/>
        <source>Add coordination</source>
        <translation>Tilføj samarbejde</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="225"/>
        <source>Paste</source>
        <translation>Indsæt</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/editor.py" line="260"/>
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
        <location filename="../../skymap/ui/inline_editor.py" line="43"/>
        <location filename="../../skymap/ui/inline_editor.py" line="49"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inline_editor.py" line="43"/>
        <location filename="../../skymap/ui/inline_editor.py" line="49"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inline_editor.py" line="43"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inline_editor.py" line="45"/>
        <source>Label</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inline_editor.py" line="47"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inline_editor.py" line="56"/>
        <source>Ctrl+Enter to finish</source>
        <translation>Ctrl+Enter for at afslutte</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="88"/>
        <source>Inspector</source>
        <translation>Egenskaber</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="104"/>
        <source>Several things are selected.</source>
        <translation>Flere ting er markeret.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="151"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="152"/>
        <source>Family name</source>
        <translation>Familiens navn</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="153"/>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="155"/>
        <source>Double-click a cloud to add a professional; Shift-drag from a person to draw a tie.</source>
        <translation>Dobbeltklik på en sky for at tilføje en fagperson; træk fra en person med Skift nede for at tegne en forbindelse.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="163"/>
        <location filename="../../skymap/ui/inspector.py" line="180"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="164"/>
        <location filename="../../skymap/ui/inspector.py" line="181"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="165"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="174"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="168"/>
        <location filename="../../skymap/ui/inspector.py" line="170"/>
        <location filename="../../skymap/ui/inspector.py" line="324"/>
        <source>Cloud</source>
        <translation>Sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="171"/>
        <source>Family coordinator</source>
        <translation>Familiekoordinator</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="172"/>
        <source>Core team</source>
        <translation>Kerneteam</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="173"/>
        <source>Active (still involved)</source>
        <translation>Aktiv (stadig involveret)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="175"/>
        <location filename="../../skymap/ui/inspector.py" line="192"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="184"/>
        <location filename="../../skymap/ui/inspector.py" line="191"/>
        <source>Birth year</source>
        <translation>Fødselsår</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="197"/>
        <source>Label</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="210"/>
        <source>Colour %1</source>
        <translation>Farve %1</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="214"/>
        <source>Other colour…</source>
        <translation>Anden farve…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="219"/>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="220"/>
        <source>Tidy up this cloud</source>
        <translation>Ryd op i denne sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="228"/>
        <source>Tie</source>
        <translation>Forbindelse</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="229"/>
        <source>Quality</source>
        <translation>Kvalitet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="231"/>
        <source>Flow of help</source>
        <translation>Hjælpens retning</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="231"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="234"/>
        <source>Frequency</source>
        <translation>Hyppighed</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="234"/>
        <source>not given</source>
        <translation>ikke angivet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="236"/>
        <location filename="../../skymap/ui/inspector.py" line="344"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="237"/>
        <source>Relational coordination (1–5)</source>
        <translation>Relationel koordinering (1–5)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="249"/>
        <source>Score</source>
        <translation>Samlet score</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="254"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="261"/>
        <source>Selection</source>
        <translation>Markering</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="290"/>
        <source>Map</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="309"/>
        <source>(no cloud)</source>
        <translation>(ingen sky)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="318"/>
        <source>Family member</source>
        <translation>Familiemedlem</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="350"/>
        <source>the whole family</source>
        <translation>hele familien</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/inspector.py" line="392"/>
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
        <location filename="../../skymap/ui/main_window.py" line="110"/>
        <source>New map</source>
        <translation>Nyt kort</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="124"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="125"/>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="126"/>
        <source>&amp;Open…</source>
        <translation>Å&amp;bn…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="127"/>
        <source>Open &amp;Recent</source>
        <translation>Åbn s&amp;eneste</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="129"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="130"/>
        <source>Save &amp;As…</source>
        <translation>Gem &amp;som…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="132"/>
        <source>&amp;Export PDF…</source>
        <translation>Eksportér &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="134"/>
        <source>Export &amp;As</source>
        <translation>Eksportér so&amp;m</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="135"/>
        <source>SVG picture of the map page…</source>
        <translation>SVG-billede af kortsiden…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="136"/>
        <source>PNG picture of the canvas…</source>
        <translation>PNG-billede af tegnefladen…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="137"/>
        <source>GraphML network (Gephi, yEd)…</source>
        <translation>GraphML-netværk (Gephi, yEd)…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="138"/>
        <source>CSV contact list (Excel)…</source>
        <translation>CSV-kontaktliste (Excel)…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="140"/>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="142"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="144"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="145"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="147"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="152"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="153"/>
        <source>&amp;Paste</source>
        <translation>&amp;Indsæt</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="154"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="155"/>
        <source>Select &amp;All</source>
        <translation>Markér &amp;alt</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="157"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Omdøb…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="158"/>
        <source>&amp;Tidy Up</source>
        <translation>&amp;Ryd op</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="160"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="161"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;ind</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="162"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;ud</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="163"/>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Tilpas til vindue</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="164"/>
        <source>&amp;Snap to Grid</source>
        <translation>&amp;Fastgør til gitter</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="168"/>
        <source>&amp;Tools</source>
        <translation>Værk&amp;tøjer</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="172"/>
        <source>&amp;Select and Move</source>
        <translation>&amp;Markér og flyt</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="173"/>
        <source>&amp;Connect (draw a tie)</source>
        <translation>&amp;Forbind (tegn en forbindelse)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="174"/>
        <source>&amp;Pan</source>
        <translation>&amp;Panorér</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="175"/>
        <source>Add &amp;Note</source>
        <translation>Tilføj &amp;note</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="182"/>
        <source>Tools</source>
        <translation>Værktøjer</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="187"/>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="188"/>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="193"/>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Fortryd den seneste ændring (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="194"/>
        <source>Redo what was undone</source>
        <translation>Gentag det fortrudte</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="199"/>
        <source>Fit</source>
        <translation>Tilpas</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="200"/>
        <source>Tidy Up</source>
        <translation>Ryd op</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="221"/>
        <source>Drag from a person to a family member (a contact) or to another person (coordination). Esc cancels.</source>
        <translation>Træk fra en person til et familiemedlem (en kontakt) eller til en anden person (samarbejde). Esc annullerer.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="223"/>
        <source>Click where the note should go.</source>
        <translation>Klik der, hvor noten skal stå.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="224"/>
        <source>Drag to move the map.</source>
        <translation>Træk for at flytte kortet.</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="332"/>
        <source>The map has unsaved changes. Save them?</source>
        <translation>Kortet har ændringer, der ikke er gemt. Vil du gemme dem?</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="348"/>
        <source>Open map</source>
        <translation>Åbn kort</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="348"/>
        <location filename="../../skymap/ui/main_window.py" line="381"/>
        <source>Skymap maps (*.json)</source>
        <translation>Skymap-kort (*.json)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="369"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="380"/>
        <source>Save map</source>
        <translation>Gem kort</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="413"/>
        <location filename="../../skymap/ui/main_window.py" line="419"/>
        <source>Export PDF</source>
        <translation>Eksportér PDF</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="420"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="434"/>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="472"/>
        <source>Print</source>
        <translation>Udskriv</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="472"/>
        <source>Continue…</source>
        <translation>Fortsæt…</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/main_window.py" line="488"/>
        <source>Printing failed: %1</source>
        <translation>Udskrivningen mislykkedes: %1</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <location filename="../../skymap/ui/scene.py" line="181"/>
        <source>Double-click here to add a family member</source>
        <translation>Dobbeltklik her for at tilføje et familiemedlem</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/scene.py" line="353"/>
        <source>Resize cloud</source>
        <translation>Ændr størrelse på sky</translation>
    </message>
    <message>
        <location filename="../../skymap/ui/interactions.py" line="170"/>
        <source>No tie drawn: a tie joins someone outside the family with a family member or with another person outside the family, and each pair only once.</source>
        <translation>Ingen forbindelse tegnet: en forbindelse går fra en person uden for familien til et familiemedlem eller til en anden person uden for familien, og kun én gang pr. par.</translation>
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
