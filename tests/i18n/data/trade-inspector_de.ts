<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<!-- A one-message translation for TestAppTranslator: compiled by lrelease at
     test time and dropped where an installed translation goes. -->
<context>
    <name>BackupVerifier</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
</context>
</TS>
