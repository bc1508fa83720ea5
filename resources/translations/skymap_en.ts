<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>OverviewPanel</name>
    <message numerus="yes">
        <location filename="../../skymap/ui/overview_panel.py" line="49"/>
        <source>%n professional(s)</source>
        <translation>
            <numerusform>%n professional</numerusform>
            <numerusform>%n professionals</numerusform>
        </translation>
    </message>
</context>
</TS>
