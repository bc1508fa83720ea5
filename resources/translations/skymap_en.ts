<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>Describer</name>
    <message numerus="yes">
        <location filename="../../skymap/ui/describe.py" line="58"/>
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n tie</numerusform>
            <numerusform>%n ties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../skymap/ui/describe.py" line="66"/>
        <source>in contact with %n professional(s)</source>
        <translation>
            <numerusform>in contact with %n professional</numerusform>
            <numerusform>in contact with %n professionals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../skymap/ui/describe.py" line="76"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../skymap/ui/describe.py" line="98"/>
        <source>%n family member(s)</source>
        <translation>
            <numerusform>%n family member</numerusform>
            <numerusform>%n family members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../skymap/ui/describe.py" line="114"/>
        <source>%n selected: %1</source>
        <translation>
            <numerusform>%n selected: %1</numerusform>
            <numerusform>%n selected: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message numerus="yes">
        <location filename="../../skymap/ui/overview_panel.py" line="57"/>
        <source>%n professional(s)</source>
        <translation>
            <numerusform>%n professional</numerusform>
            <numerusform>%n professionals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../skymap/ui/overview_panel.py" line="64"/>
        <source>in contact with %n professional(s)</source>
        <translation>
            <numerusform>in contact with %n professional</numerusform>
            <numerusform>in contact with %n professionals</numerusform>
        </translation>
    </message>
</context>
</TS>
