<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <location filename="../../app/views/file_actions.py" line="+109"/>
        <source>%n damaged record(s) in the file could not be read and were left out.</source>
        <translation>
            <numerusform>%n damaged record in the file could not be read and was left out.</numerusform>
            <numerusform>%n damaged records in the file could not be read and were left out.</numerusform>
        </translation>
    </message>
</context>
</TS>
