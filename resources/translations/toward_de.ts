<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppSettings</name>
    <message>
        <source>Cannot save settings to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupChooserDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups of your journal, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the backup replaces it, your current journal file is kept in the data folder, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathPatternJson</name>
    <message>
        <source>must be a multiple of 0.5 seconds, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInAdviceStep</name>
    <message>
        <source>Please see a clinician before practising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New numbness between the legs, new trouble passing or holding urine or stool, or legs that grow weaker or number need urgent care: call your doctor or emergency services today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice will not start today. You can still save your answers in your journal, with a note for yourself or your clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, when it started, what you noticed…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInAfterStep</name>
    <message>
        <source>How &amp;much does it hurt now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you lean now? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did each cue feel? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you noticed, what helped, what did not… (Ctrl+Enter saves)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInBeforeStep</name>
    <message>
        <source>How &amp;much does it hurt right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you lean right now? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you practise: does any of this apply to you?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInCsvRow</name>
    <message>
        <source>but it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an id; ids are 1 to 64 lowercase letters, digits and hyphens</source>
        <extracomment>%1 is the value found, quoted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a UUID like 3f2504e0-4f89-11d3-9a0c-0305e82c3301, %1</source>
        <extracomment>%1 is &quot;not&quot; and the value found, or &quot;but it is empty&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date and time with its UTC offset, like 2026-11-20T08:15:30+05:30, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1, %2</source>
        <extracomment>%1 lists the words a context may be; %2 is &quot;not&quot; and the value found, or &quot;but it is empty&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (or nothing, for a cue skipped before it was rated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be written as %2=feeling, where the feeling is %3</source>
        <extracomment>%2 is the id&apos;s name (cue or direction), %3 the feelings it may have</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feeling for %1 must be %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may only list %1; %2 is not one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an empty entry; separate entries with a single &quot;;&quot;, with none at the start or end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the header %1; %2</source>
        <extracomment>%1 is the header row; %2 says how the file&apos;s header differs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 is %2 where &quot;%3&quot; belongs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 columns, not %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInDetailView</name>
    <message>
        <source>Check-in details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the note (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this check-in (Delete in the table). Undo brings it back (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInDraft</name>
    <message>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was written by a newer version of Toward (draft version %1; this version reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a UUID, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date and time such as 2024-05-01T08:30:00.000+02:00, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rates a step, but there is no practice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInDraftStore</name>
    <message>
        <source>Cannot keep the check-in in progress in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in in progress in %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large to be a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1, not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the check-in in progress %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInFairTest</name>
    <message>
        <source>Your fair test cannot be read from the journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fair test chose “%1”, which cannot be set up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in is saved, but could not be counted in the fair test: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted in your fair test: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted in the fair test, which chose %1 for this check-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInFlow</name>
    <message>
        <source>A red-flag answer is ticked: please see a clinician before practising. You can still save your answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain is rated from %1 to %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no region “%1” any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no cue “%1” any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no breath pattern “%1” any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no inner direction “%1” any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no id or start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is past “where and when” without regions, a context and a practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has a practice without a breath pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its progress does not match its practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is past “before” without a pain rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it gives red-flag advice without a red flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it practises with a red flag ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its current cue was never reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is past the practice without an ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in in progress cannot be resumed: the practice model has changed since it was started (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in in progress cannot be resumed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not possible on the “%2” page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no region “%1” in the practice model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing where you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing a practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice “%1” does not fit the chosen regions and where you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no practice “%1” in the practice model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice “%1” cannot be done anywhere: its cues share no place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose regions and where you are first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing a breath pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a practice first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no breath pattern “%1” in the practice model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the breath patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There must be at least one breath pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saying how you lean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no inner direction “%1” in the practice model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering the red-flag questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the cues are rated can only be chosen until the practice ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating a cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipping a cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going back a cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first cue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending the practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saying how the cues felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue %1 was not reached in this practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in is already saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate your pain now (0 to 10) before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in can be saved once the practice is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where you are practising.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate your pain (0 to 10) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the cue felt, or skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to finish the check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInPracticeStep</name>
    <message>
        <source>How did that feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward, better (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away, worse (A)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInWhereStep</name>
    <message>
        <source>Where does it h&amp;urt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions that hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices that fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath pa&amp;ttern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckModelCommand</name>
    <message numerus="yes">
        <source>%1: not a valid practice model (%n error(s))</source>
        <extracomment>%1 is the model file&apos;s path</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClinicianReport</name>
    <message>
        <source>Cannot read the journal for the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicianReportLayout</name>
    <message numerus="yes">
        <source>%Ln check-in(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cue(s): %1</source>
        <extracomment>Followed by the titles of the cues done on their own</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Red flag: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward pain journal — report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · made %2</source>
        <extracomment>%1 is the report&apos;s title, %2 the day it was made</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no check-ins yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers every check-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the region “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the context “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the words “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only check-ins with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain is rated on the 0–10 scale (0: no pain, 10: the worst imaginable), before and after each practice. A change of at least 2 points, or of 30% of the pain before, counts as meaningful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, on %Ln day(s)</source>
        <extracomment>%1 is the number of check-ins</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pain rated after practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points (pain before minus pain after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaningful improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 rated (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>on %Ln day(s), from %1 to %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Red flags reported in this range: see a clinician before practising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None reported in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each point is the average of one day&apos;s check-ins; each line joins the averages of consecutive weeks (Monday to Sunday). Days and weeks without check-ins are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Estimated over every check-in from the first to the last day of this report.</source>
        <extracomment>%1 explains the estimates of what helps</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first, at the time on the clock where each was done. A change in bold with * is a meaningful improvement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The table lists the newest %2 of the %3; the summary and the chart count every one.</source>
        <extracomment>%1 is the sentence before; %3 is &quot;N check-ins&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice or cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicianReportWriter</name>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be laid out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the practice model in FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all data (settings, journal) in DIR instead of the usual place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the practice model in FILE, print a summary or every problem, and exit (0: valid, 1: problems).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the whole journal to FILE as CSV and exit (0: done, 1: failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the check-ins in the CSV file FILE into the journal, skipping those already in it, and exit (0: done, 1: problems; then nothing is imported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a report of the journal for a clinician to FILE as PDF and exit (0: done, 1: failed). Needs no display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what helps you, as estimated from the journal: each practice and cue against your usual check-in, with its 90% range and a verdict; and exit (0: done, 1: failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --what-helps: print plain text (text, the default) or JSON (json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --report-pdf or --what-helps: start on DATE (YYYY-MM-DD). Default: the first check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --report-pdf or --what-helps: end on DATE (YYYY-MM-DD), that day included. Default: the last check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a check-in with the practice ID chosen (its regions and first place) and open it at the pain rating before practising.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new check-in (in the Toward already running for the data folder, if any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this run only: hear nothing (off), the breath tones (tones), or the cues read aloud with the tones (voice) during a practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start hidden in the tray when reminders are on, as at login (a later launch shows the window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit once the main window has been shown (for benchmarks and smoke tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward coaches alignment practice for back and neck pain.
Qt&apos;s standard options (-platform, -style, -reverse, ...) are accepted too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose either --export-csv or --import-csv, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: %1 (write it as YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to go with --report-pdf or --what-helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format goes with --what-helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a format: %1 (choose text or json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 goes with the app; it does not go with --check-model, --export-csv, --import-csv, --report-pdf or --what-helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a sound: %1 (choose off, tones or voice).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImportProblemsDialog</name>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvRecordReader</name>
    <message>
        <source>is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside this quoted field: its closing quote is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a quote in a field that does not start with one; quote the whole field and double the quote inside (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has text after its closing quote; a quote inside a quoted field must be doubled (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomBreathPatternStore</name>
    <message>
        <source>must be %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made for a newer version of Toward (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another pattern already has the id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep your breath patterns in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your breath patterns in %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large to hold breath patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1, not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>This system offers no folder for application data; choose one with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteCheckInCommand</name>
    <message>
        <source>Delete check-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditNoteCommand</name>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FairTest</name>
    <message>
        <source>with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fair test compares two different practices, or a cue with leaving it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fair test has no start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fair test lasts from %1 to %2 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fair test&apos;s blocks hold each option equally often.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FairTestStore</name>
    <message>
        <source>A fair test is already running: stop it before starting another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That fair test is no longer running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fair test chose the other option for this check-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FairTestWording</name>
    <message>
        <source>%1 to %2 points lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 points higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 lower to %2 higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A fair test compares two practices, or a cue with leaving it out, in your own check-ins. You choose the two and how long; at each check-in Toward chooses one of them at random and tells you which. Why at random: when you choose, you tend to choose by how you feel, and then the comparison is really of your days, not of the practices. Chosen at random, in small balanced blocks, both get days of every kind. You can always decline what was chosen: that check-in is then not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair test: today it&apos;s %1, chosen at random.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing another practice is fine; this check-in then isn&apos;t counted in the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a practice with this cue and rate how it felt; without it, this check-in isn&apos;t counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the cue comes, skip it (→); done, this check-in isn&apos;t counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running since %1; %n day(s) left, until %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Finished on %1, after %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early on %1, after %2 of its %3 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 counted, %3 rated after, on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2. Each needs at least %3 check-ins rated after, on %4 different days, with some spread in the ratings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain after was the same with %1 as with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain after was %1 points lower with %2 than with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain after was %1 points higher with %2 than with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.&lt;br&gt;%3, for the same pain before (90% interval: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This comes from your own journal alone: a few weeks of one person&apos;s check-ins, not a medical study and not medical advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helps more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no clear difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helps less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough data yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpObservationsReader</name>
    <message>
        <source>Cannot read the journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpVerdict</name>
    <message>
        <source>helps more than your usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about the same as your usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no clear difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helps less than your usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used once; %1 uses are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used %1 times; %2 are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on one day; %1 days are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 days; %2 are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done in nearly every check-in: there is nothing to compare it with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done almost always with the same cues or in the same place: its own share cannot be told apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still too uncertain (±%1 points)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceHandover</name>
    <message>
        <source>The path %1 is too long for a socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>Toward is already running with this data folder (%1, process %2). Only one Toward at a time may write to a journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the data folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its lock file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>%1 It cannot be opened read-only either: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old journal is kept as %1, but a new one cannot be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was put in place, but the journal cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The journal cannot be opened again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalBackups</name>
    <message>
        <source>Cannot write %1 to disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backups folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the integrity check found a problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the integrity check found %n problems, the first: %1</source>
        <extracomment>%1 is the first problem&apos;s description; there are always two or more</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the journal failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy holds %1 check-ins instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the journal is not right: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is damaged (%1). No backup was made, so the earlier backups stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be restored: it is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is the journal itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is still open. Close it before restoring a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put the backup in place of the journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the journal aside: %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no journal at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 aside: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot name the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalCsvCommand</name>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) could not be read from the damaged journal and are not in the file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n check-in(s) could not be read from the damaged journal and are not in the file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export to %1 left out %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check-ins take their names from the built-in model</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was imported (%n problem(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; 1 was already in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n were already in the journal</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalCsvExporter</name>
    <message>
        <source>the journal could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalCsvImporter</name>
    <message>
        <source>field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>has %n field(s), expected %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 appears twice in the file (also row %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MiB; Toward imports journal CSV files of at most %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; a journal CSV file starts with the header row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read to its end: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalError</name>
    <message>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal cannot be written: the file or its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is locked by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalFilterBar</name>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in notes, practices, regions or cues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalOpener</name>
    <message>
        <source>%1

Your journal is open read-only: you can review and export your check-ins, but nothing new can be saved until this is put right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward cannot open your journal. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be moved aside: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal could not be opened, so Toward moved it aside and started a new, empty journal. The old file is kept, unchanged, as:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be opened read-only either: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward restored your journal from the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal that could not be opened is kept, unchanged, as:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>&amp;Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What hel&amp;ps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalProblemDialog</name>
    <message>
        <source>Toward cannot open your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not changed: Toward has not written to it, moved it or deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move it aside and start a new journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is renamed and kept in the same folder, so nothing in it is lost. Toward starts with an empty journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at what can still be read, without changing anything. No check-ins can be added or edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the copies Toward made of your journal. The file that cannot be opened is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalSchema</name>
    <message>
        <source>Updating the journal to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalStatistics</name>
    <message>
        <source>Cannot read the journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalStore</name>
    <message>
        <source>The check-in has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in has no start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain must be rated from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged: the integrity check found %n problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Toward journal: it is not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no journal at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Toward journal: it is another program&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Toward (journal version %2; this version reads up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no journal yet: Toward stopped while making it. Opening it for writing finishes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 for writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That check-in is no longer in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalWording</name>
    <message>
        <source>pain did not change on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain eased by %1 points on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain rose by %1 points on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rated check-in(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no rated check-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln check-in(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week: no check-ins yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 30 days before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonNode</name>
    <message numerus="yes">
        <source>%n entries</source>
        <extracomment>The size a list must have, as in &quot;must have at least 2 entries&quot;</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>must have at least %1, but it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have at least %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have at most %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most %1 characters, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid id: use 1 to 64 lowercase letters, digits and hyphens, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from %1 to %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Toward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-&amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;breath pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open practice model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;built-in model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce &amp;motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the breath pacer&apos;s phase and countdown without the growing and shrinking circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath &amp;patterns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, edit and delete breath patterns of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate cues at the &amp;end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise without looking: each cue leads straight on to the next, and how each felt is asked after the practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the pacer by sight; the practice waits while the window is hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath &amp;tones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear each phase of the breath: a rising tone to inhale, a falling one to exhale, a tick to hold; the practice goes on with the window hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice and tones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear each cue read aloud before its breaths, and the breath tones: practise with your eyes closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume, voice and pace of speech; play one breath to try them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fair test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two practices, or a cue with leaving it out: Toward chooses at random at each check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remin&amp;ders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in times, movement prompts, and starting in the tray at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report (&amp;PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Toward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelBrowser</name>
    <message>
        <source>&amp;Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelInUse</name>
    <message>
        <source>The practice model %1 cannot be loaded; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in practice model cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelIssue</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelProblemsDialog</name>
    <message>
        <source>&amp;Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelSummary</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about %1–%2°</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath patterns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a breath, with holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPageFlow</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeBuilder</name>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the mat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lying down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while driving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the chosen regions has a cue that can be done %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeModelLoader</name>
    <message>
        <source>expected , or } after a value in an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected : after a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected , or ] after a value in an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a comma between two values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends in the middle of a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string has an invalid escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string is not closed with &quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values are nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the end of the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate %1 id %2: already used at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made for a newer version of Toward (schema %1); this version reads schema %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold exactly two numbers [min, max], not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min (%1) must not be greater than max (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no away pattern of region %1 has the id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no breath pattern has the id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cue has the id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>away pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inner direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breath pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 MiB; a practice model may be at most 2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model is larger than 2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must hold one JSON object { ... }, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Exhale fully. Inhale deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start this practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check-in with this practice: pain before, the practice, pain after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeWording</name>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtStandardOptions</name>
    <message>
        <source>Qt&apos;s option %1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt reads %1 only with its value after a space: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordedTitles</name>
    <message>
        <source>Cannot read the journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to &amp;check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;these times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>09:00, 18:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt me to &amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this &amp;long at the computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;break of this long starts the count again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many &amp;reminders a day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Toward in the tray when I log in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdfCommand</name>
    <message>
        <source>%1 No report was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report takes its names from the built-in model</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote a report of %n check-in(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SoundSettingsDialog</name>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During a practice, hear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nothing: follow the pacer by sight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath &amp;tones: rising to inhale, falling to exhale, a tick to hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice and tones: each cue is read aloud before its breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vo&amp;lume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;oice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pace of speech:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace of speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Say the breath&apos;s phases too: “in”, “hold”, “out”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play one &amp;breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear one breath of your breath pattern as the practice will play it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoundWording</name>
    <message>
        <source>Exhale fully. Inhale deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did that feel: toward, neutral, or away?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next cue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was the last cue. The practice is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>The journal&apos;s connection is not SQLite&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageProblem</name>
    <message>
        <source>The folder %1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds %1 is full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayOverview</name>
    <message>
        <source>Cannot read the journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Start a &amp;check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it hurts and how much, a few minutes of cues paced by the breath, and how it is after (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short practice for where you usually are at this time of day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChartPainter</name>
    <message>
        <source>No check-ins in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before, each day&apos;s average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before, each week&apos;s average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain after, each day&apos;s average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain after, each week&apos;s average</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward (better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away (worse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New numbness in the saddle area (between the legs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New bladder or bowel trouble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakness or numbness in the legs that is getting worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain after a recent fall or accident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever with the back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight loss you cannot explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A history of cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant pain at night that rest or position does not ease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lying down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lordosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kyphosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the inhale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the exhale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With any breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See a clinician first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built from my regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatHelpsCommand</name>
    <message>
        <source>none in these check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <extracomment>The effect in points and its 90% range, as in &quot;-1.2 (-2.0 to -0.4)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>%1 is &quot;N uses&quot;, %2 is &quot;N days&quot;, as in &quot;5 uses on 3 days&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n use(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>always done with %1: their effects cannot be told apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>What helps you, from %n check-in(s) (%1 with pain rated after).
Pain after, in points, against your usual check-in that started with the same pain;
negative is less pain; in brackets the range it is 90% likely to lie in.
An estimate from your own journal: not proof, and not medical advice.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>titles come from the built-in model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatHelpsView</name>
    <message>
        <source>The same as a ta&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps, practices then cues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatHelpsWording</name>
    <message>
        <source>Practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← less pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more pain →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in these check-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no estimate yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points of pain after, from %2 to %3, compared with your usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>%1 is &quot;N uses&quot;, %2 is &quot;N days&quot;, as in &quot;5 uses on 3 days&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln use(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (your overall %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always done together with %1: their effects cannot be told apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From %Ln check-in(s), %1 with pain rated after.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough data yet to compare anything: a cue or practice needs pain rated after at least %1 check-ins over %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cue and practice is compared with your usual: your check-ins that started with the same pain, in the same place and the same week. A minus means less pain after than usual. The dot is the estimate; the bar is the range it lies in with 90% certainty. These are estimates from your own journal, not proof and not medical advice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Toward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in practice model cannot be read:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later launch of Toward will not find this one: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;toward --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::AudioSinkToneOutput</name>
    <message>
        <source>No audio device: the pacer goes on without sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio device “%1” cannot play the tones: the pacer goes on without sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio device could not be opened: the pacer goes on without sound.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::AudioSinkVoiceOutput</name>
    <message>
        <source>No voice is available: no audio device. Tones only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice is available: the audio device “%1” cannot play it. Tones only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice is available: the audio device could not be opened. Tones only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::AutostartEntry</name>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::BackupChooserDialog</name>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln check-in(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept copy (never deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::BreathPatternEditor</name>
    <message>
        <source>New breath pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit breath pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold after breathing in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe &amp;out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold after breathing o&amp;ut:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold after breathing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold after breathing out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::BreathPatternsDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own breath patterns, offered after the model&apos;s. They are kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete breath pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? Check-ins made with it keep its name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::BusIdleMonitor</name>
    <message>
        <source>Toward cannot tell when you are away from the computer here; movement prompts count time alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for the desktop&apos;s idle time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::CalculatedArea</name>
    <message>
        <source>Calculating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::CheckInAdviceStep</name>
    <message>
        <source>You said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This can be the sign of a problem that a doctor should check before you practise alignment on your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These can be the signs of a problem that a doctor should check before you practise alignment on your own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::CheckInAfterStep</name>
    <message>
        <source>You ended the practice early. Rating your pain now is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done: the practice is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the practice: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before %1, now %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change that matters (at least 2 points or 30%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small change (under 2 points and 30%).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::CheckInDetailView</name>
    <message>
        <source>Choose a check-in to see everything it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not rated after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %3, a change that matters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, a small change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Red flags noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These can be signs of something that needs care. Please see a clinician before you practise again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cues and how they felt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::CheckInPage</name>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breath pattern “%1” is gone: the check-in goes on with “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be&amp;gin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done: see it in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in · step %1 of 4: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your check-in could not be saved in the journal: %1 It stays here until it can be saved; you can also export it to a CSV file and import it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved check-in&apos;s draft could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the practice now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can still rate your pain and save the check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End the practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep practising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this check-in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of it will be saved in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discarded check-in&apos;s draft could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this check-in to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toward-check-in-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the check-in to %1. Journal &gt; Import CSV adds it to the journal later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in in progress could not be kept as a draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are saved. Please see a clinician before you practise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change that matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cues: %1 toward, %2 neutral, %3 away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N starts the next check-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::CheckInPracticeStep</name>
    <message>
        <source>Getting ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhale fully. Inhale deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle where you are and let your breath slow down. Each cue is paced by your breath: follow the circle as it grows on the inhale and shrinks on the exhale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue %1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need: %1 · Mode: %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: begin · Esc: end the practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T: toward · N: neutral · A: away · ←: do the cue again · →: skip rating · Esc: end early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. Space: go on · ←: back · →: skip · Esc: end early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening… Space: pause · ←: back · →: skip · Esc: end early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space: pause · ←: back · →: skip · Esc: end early</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::CheckInTableModel</name>
    <message>
        <source>Cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain was not rated after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a change that matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a small change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain after minus pain before: a minus means less pain. %1 marks a change that matters: at least 2 points, or 30% of the pain before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::CheckInWhereStep</name>
    <message>
        <source>Choose where it hurts and where you are to see the practices that fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build one from my regions (about %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 in all, paced by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toward::CsvImportProblemsDialog</name>
    <message numerus="yes">
        <source>%1 cannot be imported because of the %n problem(s) below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: fix the file, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::CueFeelingsEditor</name>
    <message>
        <source>%1. %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>away (worse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toward (better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How “%1” felt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::CueTableModel</name>
    <message>
        <source>Cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaths</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::DBusNotifier</name>
    <message>
        <source>Toward cannot reach this desktop&apos;s message bus (D-Bus), so it cannot show reminders outside its window: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notification service is running on this desktop, so Toward cannot show reminders outside its window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop did not show the reminder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop&apos;s notification service restarted and the reminder it showed is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop&apos;s notification service stopped and the reminder it showed is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::DesktopActivityLoader</name>
    <message>
        <source>Toward cannot tell when you are away from the computer: %1. Movement prompts count time alone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::FairTestDialog</name>
    <message>
        <source>Fair test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is not open, so no fair test can be read or started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fair test cannot be read from your journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fair test&apos;s check-ins cannot be read from your journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop “%1” now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result is then shown from the check-ins so far; fewer check-ins make a less certain answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fair test could not be stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::FairTestProgressView</name>
    <message>
        <source>S&amp;top early…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result is shown when the test ends. Stopping early shows it from the check-ins so far.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::FairTestSetupForm</name>
    <message>
        <source>Two &amp;practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;cue, against leaving it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the fair test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First practice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;econd practice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::JournalActions</name>
    <message>
        <source>Your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all check-ins to CSV (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the check-ins that match the filters to CSV (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toward-journal-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting check-ins to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-ins could not be exported to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read from the damaged journal and are not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 could not be read from the damaged journal and are not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import check-ins from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing check-ins from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n was already in the journal.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a report on all check-ins (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a report on the check-ins that match the filters (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toward-report-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing a report to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a report on %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be backed up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward found damage in your journal: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full report is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So that nothing more is written into it, the journal is now open read-only: you can still read and export what it holds. To go on journaling, restore a backup with Journal &gt; Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal damaged: open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet. Toward makes one each day it is used; Journal &gt; Back up now makes one at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your journal with the backup made %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal as it is now is kept in the backups folder first. Check-ins made since the backup will not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup and keeping a copy of your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored: %1

Your journal was not replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Toward will close now. Your files are in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal was restored from the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal it replaced is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal open read-only: nothing can be changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::JournalFilterBar</name>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::JournalPage</name>
    <message>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minus means less pain. %1 marks a change that matters: at least 2 points, or 30% of the pain before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not take it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is empty.

After a practice, check in with how your pain was before and after. Your check-ins will show up here, with a chart of your pain over time and the cues and practices that help you most.

Check-ins exported from Toward before can be brought back with Journal &gt; Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in shown could not be read again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in is saved; the filters hide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This check-in cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in deleted. Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note is still in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the check-ins that match…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some check-ins cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 match the filters (of %2), newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 match the filters, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal cannot be read: %1

Journal &gt; Export CSV… still saves every check-in that can be read, and Journal &gt; Restore from backup… puts a healthy copy in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::JournalProblemDialog</name>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::JournalTrendChart</name>
    <message>
        <source>Pain over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before, each day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before, average of each %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain after, each day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain after, average of each %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly average before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average before, each %1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly average after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average after, each %1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when Toward starts again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::LeaningsEditor</name>
    <message>
        <source>not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaning from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::LogindIdleMonitor</name>
    <message>
        <source>the session&apos;s idle hint (after the desktop&apos;s own idle delay)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::MainWindow</name>
    <message>
        <source>Start a practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice “%1” cannot be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice “%1” was not started: the check-in you started earlier goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in left unfinished last time cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on with the check-in you started on %1 at %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was left at the “%1” step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close keeps it, so that it can go on with the model it was started with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Repair or remove the file, then start Toward again to edit them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is gone, so your breath pattern is the model&apos;s: “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered, as the model has a breath pattern with the same id: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note you are editing could not be saved: %1

Close anyway and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in in progress cannot be kept for next time: %1

Close anyway and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open practice model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice models (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alignment-practice coach. The pose matters less than the direction: with each movement and each breath, move toward your spine&apos;s natural curves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Toward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1 (built-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward — journal open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::ModelBrowser</name>
    <message>
        <source>curves inward, toward the front of the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curves outward, toward the back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1–%2°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not part of the spine&apos;s curves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving away from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Often from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From head to tail. Choose a region to see its natural shape and the ways it is pulled away from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not part of the spine&apos;s curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaths:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works against:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cue to see how to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::ModelProblemsDialog</name>
    <message>
        <source>Toward could not open the practice model %1. The model you were using stays in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward could not open the practice model %1, so it is using the built-in model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice model %1 is in use. Toward ignored the parts it does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice model warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice model problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::MutterIdleMonitor</name>
    <message>
        <source>GNOME idle time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::NotifierLoader</name>
    <message>
        <source>Desktop notifications are not installed: %1. Toward cannot show reminders outside its window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::PacerWidget</name>
    <message>
        <source>Inhale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, breath %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::PainDaysChart</name>
    <message>
        <source>Pain, the last days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 before, %3 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins in these days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::PainScaleInput</name>
    <message>
        <source>Pain from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 No pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 Worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated yet: type 0 to 9 (1 then 0 for 10) or use the slider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::PluginLoader</name>
    <message>
        <source>%1 is not Toward&apos;s plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its plugin was not found next to the program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::PracticePage</name>
    <message>
        <source>Breath:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This practice model has no practices. Its cues are on the Model page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a practice to see its steps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::ReminderCoach</name>
    <message>
        <source>Reminders are paused until tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more reminders today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reminder: a check-in at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reminder: a check-in tomorrow at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reminder: a movement prompt at about %1, if you stay at the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders: Check-in ▸ Reminders… sets them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check-in time passed while you were away. How is your back now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is your back? A check-in takes a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have been at the computer for %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” brings your back toward its curves, right at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::ReminderHost</name>
    <message>
        <source>Toward is still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It keeps running in the tray to remind you. To quit, choose Quit Toward in the tray&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks are noticed through %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders appear as the desktop&apos;s notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Reminders appear by Toward&apos;s icon in the tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 There is no tray either: reminders appear in a small window of Toward&apos;s, and Toward quits when its window is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::ReminderSettingsDialog</name>
    <message>
        <source>“%1” is not a time of day: write times like 9:00 or 18:30, with commas between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write at least one time, like 9:00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::SoundOutputLoader</name>
    <message>
        <source>Sound is not installed: %1. The pacer goes on without sound.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::SoundSettingsDialog</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s default voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::SpineWidget</name>
    <message>
        <source>toward: curve to the front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toward: curve to the back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No region selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::TodayPage</name>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-in yet today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1. Pain %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last check-in: %1, pain %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One check-in a day starts a run of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins in the last %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain, the last %1 days: before (hollow) and after (filled) each day&apos;s check-ins, 0 at the bottom, 10 at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick reset: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::TrayIcon</name>
    <message>
        <source>Toward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Toward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpone reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Toward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Toward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::TrayNotifier</name>
    <message>
        <source>There is no system tray to show reminders in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::VoiceOutputLoader</name>
    <message>
        <source>The voice is not installed: %1. Tones only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::WhatHelpsForestPlot</name>
    <message>
        <source>What helps, as a chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same estimates are in the table below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::WhatHelpsTableModel</name>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with your usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain after, in points (90% range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes that matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not enough data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::XSyncIdleMonitor</name>
    <message>
        <source>the X server does not tell how long it has been idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X11 idle time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toward::XcbConnection</name>
    <message>
        <source>this is not an X11 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the X server %1 does not answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
