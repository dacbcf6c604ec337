<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Hashiya::MainWindow</name>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation type="vanished">
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation type="vanished">
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message numerus="yes">
        <source>%n more problem(s) not shown</source>
        <translation type="vanished">
            <numerusform>%n more problem not shown</numerusform>
            <numerusform>%n more problems not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidecarReader</name>
    <message numerus="yes">
        <source>the article changed since this sidecar was saved: %n span(s) no longer match their text; the sidecar is opened read-only so it is not overwritten</source>
        <translation type="vanished">
            <numerusform>the article changed since this sidecar was saved: %n span no longer match their text; the sidecar is opened read-only so it is not overwritten</numerusform>
            <numerusform>the article changed since this sidecar was saved: %n spans no longer match their text; the sidecar is opened read-only so it is not overwritten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation type="vanished">
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation type="vanished">
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation type="vanished">
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) with errors</source>
        <translation type="vanished">
            <numerusform>%n document with errors</numerusform>
            <numerusform>%n documents with errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message numerus="yes">
        <source>Checked %n article(s)</source>
        <translation type="vanished">
            <numerusform>Checked %n article</numerusform>
            <numerusform>Checked %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="vanished">
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="vanished">
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
</TS>
