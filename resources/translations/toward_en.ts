<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CheckModelCommand</name>
    <message numerus="yes">
        <source>%1: not a valid practice model (%n error(s))</source>
        <extracomment>%1 is the model file&apos;s path</extracomment>
        <translation>
            <numerusform>%1: not a valid practice model (%n error)</numerusform>
            <numerusform>%1: not a valid practice model (%n errors)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClinicianReportLayout</name>
    <message numerus="yes">
        <source>%Ln check-in(s)</source>
        <translation>
            <numerusform>%Ln check-in</numerusform>
            <numerusform>%Ln check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cue(s): %1</source>
        <extracomment>Followed by the titles of the cues done on their own</extracomment>
        <translation>
            <numerusform>Cue: %1</numerusform>
            <numerusform>Cues: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, on %Ln day(s)</source>
        <extracomment>%1 is the number of check-ins</extracomment>
        <translation>
            <numerusform>%1, on %Ln day</numerusform>
            <numerusform>%1, on %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %Ln day(s), from %1 to %2</source>
        <translation>
            <numerusform>on %Ln day, from %1 to %2</numerusform>
            <numerusform>on %Ln days, from %1 to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FairTestWording</name>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running since %1; %n day(s) left, until %2.</source>
        <translation>
            <numerusform>Running since %1; %n day left, until %2.</numerusform>
            <numerusform>Running since %1; %n days left, until %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalBackups</name>
    <message numerus="yes">
        <source>the integrity check found %n problems, the first: %1</source>
        <extracomment>%1 is the first problem&apos;s description; there are always two or more</extracomment>
        <translation>
            <numerusform>the integrity check found %n problems, the first: %1</numerusform>
            <numerusform>the integrity check found %n problems, the first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalCsvCommand</name>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) could not be read from the damaged journal and are not in the file.</source>
        <translation>
            <numerusform>%n check-in could not be read from the damaged journal and is not in the file.</numerusform>
            <numerusform>%n check-ins could not be read from the damaged journal and are not in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n check-in(s) could not be read from the damaged journal and are not in the file.</source>
        <translation>
            <numerusform>At least %n check-in could not be read from the damaged journal and is not in the file.</numerusform>
            <numerusform>At least %n check-ins could not be read from the damaged journal and are not in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was imported (%n problem(s)).</source>
        <translation>
            <numerusform>%1: nothing was imported (%n problem).</numerusform>
            <numerusform>%1: nothing was imported (%n problems).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n were already in the journal</source>
        <translation>
            <numerusform>; %n was already in the journal</numerusform>
            <numerusform>; %n were already in the journal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalCsvImporter</name>
    <message numerus="yes">
        <source>has %n field(s), expected %1</source>
        <translation>
            <numerusform>has %n field, expected %1</numerusform>
            <numerusform>has %n fields, expected %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalStore</name>
    <message numerus="yes">
        <source>%1 is damaged: the integrity check found %n problem(s).</source>
        <translation>
            <numerusform>%1 is damaged: the integrity check found a problem.</numerusform>
            <numerusform>%1 is damaged: the integrity check found %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalWording</name>
    <message numerus="yes">
        <source>%Ln rated check-in(s)</source>
        <translation>
            <numerusform>%Ln rated check-in</numerusform>
            <numerusform>%Ln rated check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln check-in(s)</source>
        <translation>
            <numerusform>%Ln check-in</numerusform>
            <numerusform>%Ln check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n day in a row</numerusform>
            <numerusform>%n days in a row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonNode</name>
    <message numerus="yes">
        <source>%n entries</source>
        <extracomment>The size a list must have, as in &quot;must have at least 2 entries&quot;</extracomment>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelSummary</name>
    <message numerus="yes">
        <source>%n cue(s)</source>
        <translation>
            <numerusform>%n cue</numerusform>
            <numerusform>%n cues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticeWording</name>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n breath</numerusform>
            <numerusform>%n breaths</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPdfCommand</name>
    <message numerus="yes">
        <source>Wrote a report of %n check-in(s) to %1.</source>
        <translation>
            <numerusform>Wrote a report of %n check-in to %1.</numerusform>
            <numerusform>Wrote a report of %n check-ins to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatHelpsCommand</name>
    <message numerus="yes">
        <source>%n use(s)</source>
        <translation>
            <numerusform>%n use</numerusform>
            <numerusform>%n uses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What helps you, from %n check-in(s) (%1 with pain rated after).
Pain after, in points, against your usual check-in that started with the same pain;
negative is less pain; in brackets the range it is 90% likely to lie in.
An estimate from your own journal: not proof, and not medical advice.</source>
        <translation>
            <numerusform>What helps you, from %n check-in (%1 with pain rated after).
Pain after, in points, against your usual check-in that started with the same pain;
negative is less pain; in brackets the range it is 90% likely to lie in.
An estimate from your own journal: not proof, and not medical advice.</numerusform>
            <numerusform>What helps you, from %n check-ins (%1 with pain rated after).
Pain after, in points, against your usual check-in that started with the same pain;
negative is less pain; in brackets the range it is 90% likely to lie in.
An estimate from your own journal: not proof, and not medical advice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatHelpsWording</name>
    <message numerus="yes">
        <source>%Ln use(s)</source>
        <translation>
            <numerusform>%Ln use</numerusform>
            <numerusform>%Ln uses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %Ln check-in(s), %1 with pain rated after.</source>
        <translation>
            <numerusform>From %Ln check-in, %1 with pain rated after.</numerusform>
            <numerusform>From %Ln check-ins, %1 with pain rated after.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toward::BackupChooserDialog</name>
    <message numerus="yes">
        <source>%Ln check-in(s)</source>
        <translation>
            <numerusform>%Ln check-in</numerusform>
            <numerusform>%Ln check-ins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toward::CheckInAfterStep</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toward::CheckInWhereStep</name>
    <message numerus="yes">
        <source>%n cue(s)</source>
        <translation>
            <numerusform>%n cue</numerusform>
            <numerusform>%n cues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toward::CsvImportProblemsDialog</name>
    <message numerus="yes">
        <source>%1 cannot be imported because of the %n problem(s) below.</source>
        <translation>
            <numerusform>%1 cannot be imported because of the %n problem below.</numerusform>
            <numerusform>%1 cannot be imported because of the %n problems below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toward::JournalActions</name>
    <message numerus="yes">
        <source>%n was already in the journal.</source>
        <translation>
            <numerusform>%n was already in the journal.</numerusform>
            <numerusform>%n were already in the journal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toward::ModelBrowser</name>
    <message numerus="yes">
        <source>%n cue(s)</source>
        <translation>
            <numerusform>%n cue</numerusform>
            <numerusform>%n cues</numerusform>
        </translation>
    </message>
</context>
</TS>
