<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CasesPage</name>
    <message numerus="yes">
        <location filename="../../app/views/cases.py" line="+215"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
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
<context>
    <name>FindingsPanel</name>
    <message numerus="yes">
        <location filename="../../app/views/studio/scenario_findings.py" line="+117"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../app/views/quiz_import.py" line="+60"/>
        <source>%n question(s) can be imported into the bank “%1”.</source>
        <translation>
            <numerusform>%n question can be imported into the bank “%1”.</numerusform>
            <numerusform>%n questions can be imported into the bank “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) will be skipped (listed below).</source>
        <translation>
            <numerusform>%n item will be skipped (listed below).</numerusform>
            <numerusform>%n items will be skipped (listed below).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message numerus="yes">
        <location filename="../../app/views/studio/problems.py" line="+139"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message numerus="yes">
        <location filename="../../app/views/studio/question_editor.py" line="+363"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message numerus="yes">
        <location filename="../../app/views/quiz.py" line="+213"/>
        <source>%n question(s) due today</source>
        <translation>
            <numerusform>%n question due today</numerusform>
            <numerusform>%n questions due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Done for today. Next review on %1: %n question(s).</source>
        <translation>
            <numerusform>Done for today. Next review on %1: %n question.</numerusform>
            <numerusform>Done for today. Next review on %1: %n questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%1 (%n question(s))</source>
        <translation>
            <numerusform>%1 (%n question)</numerusform>
            <numerusform>%1 (%n questions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+401"/>
        <source>%n question(s).</source>
        <translation>
            <numerusform>%n question.</numerusform>
            <numerusform>%n questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>End now? You answered %1 of %n question(s); only those count.</source>
        <translation>
            <numerusform>End now? You answered %1 of %n question; only those count.</numerusform>
            <numerusform>End now? You answered %1 of %n questions; only those count.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Less than %n minute(s) left</source>
        <translation>
            <numerusform>Less than %n minute left</numerusform>
            <numerusform>Less than %n minutes left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferenceTableEditor</name>
    <message numerus="yes">
        <location filename="../../app/views/studio/reference_tables.py" line="+324"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioChooser</name>
    <message numerus="yes">
        <location filename="../../app/views/roleplay/chooser.py" line="+164"/>
        <source>%1 · at least %n reply(s) to the best ending · %2 endings</source>
        <translation>
            <numerusform>%1 · at least %n reply to the best ending · %2 endings</numerusform>
            <numerusform>%1 · at least %n replies to the best ending · %2 endings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Your best result: %1 · %2 points · %n run(s)</source>
        <translation>
            <numerusform>Your best result: %1 · %2 points · %n run</numerusform>
            <numerusform>Your best result: %1 · %2 points · %n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioDebrief</name>
    <message numerus="yes">
        <location filename="../../app/views/roleplay/debrief.py" line="+101"/>
        <source>%n reply(s) · customer&apos;s mood at the end: %1 · total %2 points</source>
        <translation>
            <numerusform>%n reply · customer&apos;s mood at the end: %1 · total %2 points</numerusform>
            <numerusform>%n replies · customer&apos;s mood at the end: %1 · total %2 points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudioWindow</name>
    <message numerus="yes">
        <location filename="../../app/views/studio/window.py" line="+198"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n problem(s): fix them before publishing.</source>
        <translation>
            <numerusform>%n problem: fix it before publishing.</numerusform>
            <numerusform>%n problems: fix them before publishing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+131"/>
        <location line="+16"/>
        <source>%n question(s) imported.</source>
        <translation>
            <numerusform>%n question imported.</numerusform>
            <numerusform>%n questions imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>The layer has %n problem(s). They are listed below the editor; fix them, then publish.</source>
        <translation>
            <numerusform>The layer has %n problem. It is listed below the editor; fix it, then publish.</numerusform>
            <numerusform>The layer has %n problems. They are listed below the editor; fix them, then publish.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TryItPanel</name>
    <message numerus="yes">
        <location filename="../../app/views/studio/question_try.py" line="+105"/>
        <source>Fix this question&apos;s %n problem(s) to try it.</source>
        <translation>
            <numerusform>Fix this question&apos;s problem to try it.</numerusform>
            <numerusform>Fix this question&apos;s %n problems to try it.</numerusform>
        </translation>
    </message>
</context>
</TS>
