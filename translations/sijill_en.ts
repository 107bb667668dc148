<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgreementEditor</name>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>⚠ %n conflict(s) to review</source>
        <translation>
            <numerusform>⚠ %n conflict to review</numerusform>
            <numerusform>⚠ %n conflicts to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message numerus="yes">
        <source>%n records</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message numerus="yes">
        <source>Forget the %n record(s) in the trash for good?</source>
        <translation>
            <numerusform>Forget the record in the trash for good?</numerusform>
            <numerusform>Forget the %n records in the trash for good?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message numerus="yes">
        <source>%n other countries</source>
        <translation>
            <numerusform>%n other country</numerusform>
            <numerusform>%n other countries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue planned activities: %n</source>
        <translation>
            <numerusform>Overdue planned activities: %n</numerusform>
            <numerusform>Overdue planned activities: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fileops</name>
    <message numerus="yes">
        <source>Exported %n rows to {path}</source>
        <translation>
            <numerusform>Exported %n row to {path}</numerusform>
            <numerusform>Exported %n rows to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message numerus="yes">
        <source>Sent %n pages to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>record_values</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <extracomment>stored fields that hold a partial date (ISO text)</extracomment>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
</TS>
