<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppSettings</name>
    <message>
        <source>Cannot save settings to %1.</source>
        <translation>Die Einstellungen können nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>BackupChooserDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Backups of your journal, newest first:</source>
        <translation>&amp;Sicherungen Ihres Tagebuchs, neueste zuerst:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Before the backup replaces it, your current journal file is kept in the data folder, so nothing is lost.</source>
        <translation>Bevor die Sicherung sie ersetzt, wird Ihre aktuelle Tagebuchdatei im Datenordner aufbewahrt, damit nichts verloren geht.</translation>
    </message>
</context>
<context>
    <name>BreathPatternJson</name>
    <message>
        <source>must be a multiple of 0.5 seconds, not %1</source>
        <translation>muss ein Vielfaches von 0,5 Sekunden sein, nicht %1</translation>
    </message>
</context>
<context>
    <name>CheckInAdviceStep</name>
    <message>
        <source>Please see a clinician before practising</source>
        <translation>Bitte lassen Sie sich vor dem Üben ärztlich untersuchen</translation>
    </message>
    <message>
        <source>New numbness between the legs, new trouble passing or holding urine or stool, or legs that grow weaker or number need urgent care: call your doctor or emergency services today.</source>
        <translation>Neue Taubheit zwischen den Beinen, neue Probleme, Urin oder Stuhl zu lassen oder zu halten, oder Beine, die schwächer oder tauber werden, brauchen dringend Hilfe: Rufen Sie heute Ihre Arztpraxis oder den Notruf an.</translation>
    </message>
    <message>
        <source>The practice will not start today. You can still save your answers in your journal, with a note for yourself or your clinician.</source>
        <translation>Die Übung startet heute nicht. Sie können Ihre Antworten trotzdem in Ihrem Tagebuch speichern, mit einer Notiz für sich oder für Ihre Ärztin oder Ihren Arzt.</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <source>What happened, when it started, what you noticed…</source>
        <translation>Was passiert ist, wann es begann, was Sie bemerkt haben…</translation>
    </message>
</context>
<context>
    <name>CheckInAfterStep</name>
    <message>
        <source>How &amp;much does it hurt now?</source>
        <translation>Wie &amp;stark schmerzt es jetzt?</translation>
    </message>
    <message>
        <source>How do you lean now? (optional)</source>
        <translation>Wohin tendieren Sie jetzt? (optional)</translation>
    </message>
    <message>
        <source>How did each cue feel? (optional)</source>
        <translation>Wie hat sich jeder Impuls angefühlt? (optional)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <source>What you noticed, what helped, what did not… (Ctrl+Enter saves)</source>
        <translation>Was Sie bemerkt haben, was geholfen hat, was nicht… (Strg+Eingabe speichert)</translation>
    </message>
</context>
<context>
    <name>CheckInBeforeStep</name>
    <message>
        <source>How &amp;much does it hurt right now?</source>
        <translation>Wie &amp;stark schmerzt es gerade?</translation>
    </message>
    <message>
        <source>How do you lean right now? (optional)</source>
        <translation>Wohin tendieren Sie gerade? (optional)</translation>
    </message>
    <message>
        <source>Before you practise: does any of this apply to you?</source>
        <translation>Bevor Sie üben: Trifft etwas davon auf Sie zu?</translation>
    </message>
</context>
<context>
    <name>CheckInCsvRow</name>
    <message>
        <source>but it is empty</source>
        <translation>ist aber leer</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>nicht %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1 is not an id; ids are 1 to 64 lowercase letters, digits and hyphens</source>
        <extracomment>%1 is the value found, quoted</extracomment>
        <translation>%1 ist keine ID; IDs bestehen aus 1 bis 64 Kleinbuchstaben, Ziffern und Bindestrichen</translation>
    </message>
    <message>
        <source>must be a UUID like 3f2504e0-4f89-11d3-9a0c-0305e82c3301, %1</source>
        <extracomment>%1 is &quot;not&quot; and the value found, or &quot;but it is empty&quot;</extracomment>
        <translation>muss eine UUID wie 3f2504e0-4f89-11d3-9a0c-0305e82c3301 sein, %1</translation>
    </message>
    <message>
        <source>must be a date and time with its UTC offset, like 2026-11-20T08:15:30+05:30, %1</source>
        <translation>muss Datum und Uhrzeit mit UTC-Versatz wie 2026-11-20T08:15:30+05:30 sein, %1</translation>
    </message>
    <message>
        <source>must be one of %1, %2</source>
        <extracomment>%1 lists the words a context may be; %2 is &quot;not&quot; and the value found, or &quot;but it is empty&quot;</extracomment>
        <translation>muss einer der Werte %1 sein, %2</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, %3</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein, %3</translation>
    </message>
    <message>
        <source> (or nothing, for a cue skipped before it was rated)</source>
        <translation> (oder leer, für einen vor der Bewertung übersprungenen Impuls)</translation>
    </message>
    <message>
        <source>%1 must be written as %2=feeling, where the feeling is %3</source>
        <extracomment>%2 is the id&apos;s name (cue or direction), %3 the feelings it may have</extracomment>
        <translation>%1 muss als %2=Gefühl geschrieben werden, wobei das Gefühl %3 ist</translation>
    </message>
    <message>
        <source>the feeling for %1 must be %2, %3</source>
        <translation>das Gefühl für %1 muss %2 sein, %3</translation>
    </message>
    <message>
        <source>may only list %1; %2 is not one of them</source>
        <translation>darf nur %1 enthalten; %2 gehört nicht dazu</translation>
    </message>
    <message>
        <source>has an empty entry; separate entries with a single &quot;;&quot;, with none at the start or end</source>
        <translation>hat einen leeren Eintrag; trennen Sie Einträge mit einem einzelnen „;“, keinem am Anfang oder Ende</translation>
    </message>
    <message>
        <source>must be the header %1; %2</source>
        <extracomment>%1 is the header row; %2 says how the file&apos;s header differs</extracomment>
        <translation>muss die Kopfzeile %1 sein; %2</translation>
    </message>
    <message>
        <source>column %1 is %2 where &quot;%3&quot; belongs</source>
        <translation>Spalte %1 ist %2, wo „%3“ hingehört</translation>
    </message>
    <message>
        <source>it has %1 columns, not %2</source>
        <translation>sie hat %1 Spalten, nicht %2</translation>
    </message>
</context>
<context>
    <name>CheckInDetailView</name>
    <message>
        <source>Check-in details</source>
        <translation>Check-in-Details</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation>Notiz &amp;speichern</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+S)</source>
        <translation>Notiz speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>De&amp;lete check-in</source>
        <translation>Check-in &amp;löschen</translation>
    </message>
    <message>
        <source>Delete this check-in (Delete in the table). Undo brings it back (Ctrl+Z).</source>
        <translation>Diesen Check-in löschen (Entf in der Tabelle). „Rückgängig“ holt ihn zurück (Strg+Z).</translation>
    </message>
</context>
<context>
    <name>CheckInDraft</name>
    <message>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <source>was written by a newer version of Toward (draft version %1; this version reads up to %2)</source>
        <translation>wurde von einer neueren Version von Toward geschrieben (Entwurfsversion %1; diese Version liest bis %2)</translation>
    </message>
    <message>
        <source>must be a UUID, not %1</source>
        <translation>muss eine UUID sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a date and time such as 2024-05-01T08:30:00.000+02:00, not %1</source>
        <translation>muss Datum und Uhrzeit wie 2024-05-01T08:30:00.000+02:00 sein, nicht %1</translation>
    </message>
    <message>
        <source>rates a step, but there is no practice</source>
        <translation>bewertet einen Schritt, aber es gibt keine Übung</translation>
    </message>
</context>
<context>
    <name>CheckInDraftStore</name>
    <message>
        <source>Cannot keep the check-in in progress in %1: %2</source>
        <translation>Der laufende Check-in kann nicht in %1 behalten werden: %2</translation>
    </message>
    <message>
        <source>The check-in in progress in %1 cannot be read: %2</source>
        <translation>Der laufende Check-in in %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>the file is too large to be a draft</source>
        <translation>die Datei ist zu groß für einen Entwurf</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>die Datei ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>it is %1, not a JSON object</source>
        <translation>die Datei ist %1, kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Cannot remove the check-in in progress %1: %2</source>
        <translation>Der laufende Check-in %1 kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>CheckInFairTest</name>
    <message>
        <source>Your fair test cannot be read from the journal: %1</source>
        <translation>Ihr fairer Vergleich kann nicht aus dem Tagebuch gelesen werden: %1</translation>
    </message>
    <message>
        <source>The fair test chose “%1”, which cannot be set up: %2</source>
        <translation>Der faire Vergleich hat „%1“ gewählt, das sich nicht einrichten lässt: %2</translation>
    </message>
    <message>
        <source>The check-in is saved, but could not be counted in the fair test: %1</source>
        <translation>Der Check-in ist gespeichert, konnte aber im fairen Vergleich nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>Counted in your fair test: %1.</source>
        <translation>Im fairen Vergleich gezählt: %1.</translation>
    </message>
    <message>
        <source>Not counted in the fair test, which chose %1 for this check-in.</source>
        <translation>Nicht im fairen Vergleich gezählt, der für diesen Check-in %1 gewählt hat.</translation>
    </message>
</context>
<context>
    <name>CheckInFlow</name>
    <message>
        <source>A red-flag answer is ticked: please see a clinician before practising. You can still save your answers.</source>
        <translation>Ein Warnzeichen ist angekreuzt: Bitte lassen Sie sich vor dem Üben ärztlich untersuchen. Sie können Ihre Antworten trotzdem speichern.</translation>
    </message>
    <message>
        <source>Pain is rated from %1 to %2, not %3.</source>
        <translation>Schmerz wird von %1 bis %2 bewertet, nicht %3.</translation>
    </message>
    <message>
        <source>it has no region “%1” any more</source>
        <translation>es hat keinen Bereich „%1“ mehr</translation>
    </message>
    <message>
        <source>it has no cue “%1” any more</source>
        <translation>es hat keinen Impuls „%1“ mehr</translation>
    </message>
    <message>
        <source>it has no breath pattern “%1” any more</source>
        <translation>es hat kein Atemmuster „%1“ mehr</translation>
    </message>
    <message>
        <source>it has no inner direction “%1” any more</source>
        <translation>es hat keine innere Richtung „%1“ mehr</translation>
    </message>
    <message>
        <source>it has no id or start time</source>
        <translation>er hat keine ID oder Startzeit</translation>
    </message>
    <message>
        <source>it is past “where and when” without regions, a context and a practice</source>
        <translation>er ist über „Wo und wann“ hinaus ohne Bereiche, Ort und Übung</translation>
    </message>
    <message>
        <source>it has a practice without a breath pattern</source>
        <translation>er hat eine Übung ohne Atemmuster</translation>
    </message>
    <message>
        <source>its progress does not match its practice</source>
        <translation>sein Fortschritt passt nicht zu seiner Übung</translation>
    </message>
    <message>
        <source>it is past “before” without a pain rating</source>
        <translation>er ist über „Vorher“ hinaus ohne Schmerzbewertung</translation>
    </message>
    <message>
        <source>it gives red-flag advice without a red flag</source>
        <translation>er zeigt den Rat zu Warnzeichen ohne ein Warnzeichen</translation>
    </message>
    <message>
        <source>it practises with a red flag ticked</source>
        <translation>er übt mit angekreuztem Warnzeichen</translation>
    </message>
    <message>
        <source>its current cue was never reached</source>
        <translation>sein aktueller Impuls wurde nie erreicht</translation>
    </message>
    <message>
        <source>it is past the practice without an ending</source>
        <translation>er ist über die Übung hinaus ohne Abschluss</translation>
    </message>
    <message>
        <source>The check-in in progress cannot be resumed: the practice model has changed since it was started (%1).</source>
        <translation>Der laufende Check-in kann nicht fortgesetzt werden: Das Übungsmodell hat sich seit seinem Start geändert (%1).</translation>
    </message>
    <message>
        <source>The check-in in progress cannot be resumed: %1.</source>
        <translation>Der laufende Check-in kann nicht fortgesetzt werden: %1.</translation>
    </message>
    <message>
        <source>%1 is not possible on the “%2” page.</source>
        <translation>%1 ist auf der Seite „%2“ nicht möglich.</translation>
    </message>
    <message>
        <source>Choosing regions</source>
        <translation>Bereiche wählen</translation>
    </message>
    <message>
        <source>There is no region “%1” in the practice model.</source>
        <translation>Im Übungsmodell gibt es keinen Bereich „%1“.</translation>
    </message>
    <message>
        <source>Choosing where you are</source>
        <translation>Ort wählen</translation>
    </message>
    <message>
        <source>Choosing a practice</source>
        <translation>Übung wählen</translation>
    </message>
    <message>
        <source>The practice “%1” does not fit the chosen regions and where you are.</source>
        <translation>Die Übung „%1“ passt nicht zu den gewählten Bereichen und Ihrem Ort.</translation>
    </message>
    <message>
        <source>There is no practice “%1” in the practice model.</source>
        <translation>Im Übungsmodell gibt es keine Übung „%1“.</translation>
    </message>
    <message>
        <source>The practice “%1” cannot be done anywhere: its cues share no place.</source>
        <translation>Die Übung „%1“ ist nirgends machbar: Ihre Impulse haben keinen gemeinsamen Ort.</translation>
    </message>
    <message>
        <source>Choose regions and where you are first.</source>
        <translation>Wählen Sie zuerst Bereiche und Ihren Ort.</translation>
    </message>
    <message>
        <source>Choosing a breath pattern</source>
        <translation>Atemmuster wählen</translation>
    </message>
    <message>
        <source>Choose a practice first.</source>
        <translation>Wählen Sie zuerst eine Übung.</translation>
    </message>
    <message>
        <source>There is no breath pattern “%1” in the practice model.</source>
        <translation>Im Übungsmodell gibt es kein Atemmuster „%1“.</translation>
    </message>
    <message>
        <source>Changing the breath patterns</source>
        <translation>Atemmuster ändern</translation>
    </message>
    <message>
        <source>There must be at least one breath pattern.</source>
        <translation>Es muss mindestens ein Atemmuster geben.</translation>
    </message>
    <message>
        <source>Rating pain</source>
        <translation>Schmerz bewerten</translation>
    </message>
    <message>
        <source>Saying how you lean</source>
        <translation>Tendenz angeben</translation>
    </message>
    <message>
        <source>There is no inner direction “%1” in the practice model.</source>
        <translation>Im Übungsmodell gibt es keine innere Richtung „%1“.</translation>
    </message>
    <message>
        <source>Answering the red-flag questions</source>
        <translation>Fragen zu Warnzeichen beantworten</translation>
    </message>
    <message>
        <source>Starting the practice</source>
        <translation>Übung starten</translation>
    </message>
    <message>
        <source>When the cues are rated can only be chosen until the practice ends.</source>
        <translation>Wann die Impulse bewertet werden, lässt sich nur bis zum Ende der Übung wählen.</translation>
    </message>
    <message>
        <source>Rating a cue</source>
        <translation>Impuls bewerten</translation>
    </message>
    <message>
        <source>Skipping a cue</source>
        <translation>Impuls überspringen</translation>
    </message>
    <message>
        <source>Going back a cue</source>
        <translation>Zum vorigen Impuls zurückgehen</translation>
    </message>
    <message>
        <source>This is the first cue.</source>
        <translation>Dies ist der erste Impuls.</translation>
    </message>
    <message>
        <source>Ending the practice</source>
        <translation>Übung beenden</translation>
    </message>
    <message>
        <source>Writing a note</source>
        <translation>Notiz schreiben</translation>
    </message>
    <message>
        <source>Saying how the cues felt</source>
        <translation>Angeben, wie sich die Impulse anfühlten</translation>
    </message>
    <message>
        <source>Cue %1 was not reached in this practice.</source>
        <translation>Impuls %1 wurde in dieser Übung nicht erreicht.</translation>
    </message>
    <message>
        <source>The check-in is already saved.</source>
        <translation>Der Check-in ist bereits gespeichert.</translation>
    </message>
    <message>
        <source>Rate your pain now (0 to 10) before saving.</source>
        <translation>Bewerten Sie vor dem Speichern Ihren Schmerz jetzt (0 bis 10).</translation>
    </message>
    <message>
        <source>The check-in can be saved once the practice is over.</source>
        <translation>Der Check-in kann gespeichert werden, sobald die Übung vorbei ist.</translation>
    </message>
    <message>
        <source>Choose at least one region.</source>
        <translation>Wählen Sie mindestens einen Bereich.</translation>
    </message>
    <message>
        <source>Choose where you are practising.</source>
        <translation>Wählen Sie, wo Sie üben.</translation>
    </message>
    <message>
        <source>Choose a practice.</source>
        <translation>Wählen Sie eine Übung.</translation>
    </message>
    <message>
        <source>Rate your pain (0 to 10) first.</source>
        <translation>Bewerten Sie zuerst Ihren Schmerz (0 bis 10).</translation>
    </message>
    <message>
        <source>Say how the cue felt, or skip it.</source>
        <translation>Sagen Sie, wie sich der Impuls anfühlte, oder überspringen Sie ihn.</translation>
    </message>
    <message>
        <source>Save to finish the check-in.</source>
        <translation>Speichern Sie, um den Check-in abzuschließen.</translation>
    </message>
    <message>
        <source>The check-in is saved.</source>
        <translation>Der Check-in ist gespeichert.</translation>
    </message>
    <message>
        <source>This is the first step.</source>
        <translation>Dies ist der erste Schritt.</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
</context>
<context>
    <name>CheckInPracticeStep</name>
    <message>
        <source>How did that feel?</source>
        <translation>Wie hat sich das angefühlt?</translation>
    </message>
    <message>
        <source>Toward, better (T)</source>
        <translation>Hin, besser (H)</translation>
    </message>
    <message>
        <source>Neutral (N)</source>
        <translation>Neutral (N)</translation>
    </message>
    <message>
        <source>Away, worse (A)</source>
        <translation>Weg, schlechter (W)</translation>
    </message>
</context>
<context>
    <name>CheckInWhereStep</name>
    <message>
        <source>Where does it h&amp;urt?</source>
        <translation>Wo tut es &amp;weh?</translation>
    </message>
    <message>
        <source>Regions that hurt</source>
        <translation>Schmerzende Bereiche</translation>
    </message>
    <message>
        <source>Where are you?</source>
        <translation>Wo sind Sie?</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Übung</translation>
    </message>
    <message>
        <source>Practices that fit</source>
        <translation>Passende Übungen</translation>
    </message>
    <message>
        <source>Breath pa&amp;ttern</source>
        <translation>Atem&amp;muster</translation>
    </message>
</context>
<context>
    <name>CheckModelCommand</name>
    <message numerus="yes">
        <source>%1: not a valid practice model (%n error(s))</source>
        <extracomment>%1 is the model file&apos;s path</extracomment>
        <translation>
            <numerusform>%1: kein gültiges Übungsmodell (%n Fehler)</numerusform>
            <numerusform>%1: kein gültiges Übungsmodell (%n Fehler)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClinicianReport</name>
    <message>
        <source>Cannot read the journal for the report: %1</source>
        <translation>Das Tagebuch ist für den Bericht nicht lesbar: %1</translation>
    </message>
</context>
<context>
    <name>ClinicianReportLayout</name>
    <message numerus="yes">
        <source>%Ln check-in(s)</source>
        <translation>
            <numerusform>%Ln Check-in</numerusform>
            <numerusform>%Ln Check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cue(s): %1</source>
        <extracomment>Followed by the titles of the cues done on their own</extracomment>
        <translation>
            <numerusform>Impuls: %1</numerusform>
            <numerusform>Impulse: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Red flag: %1.</source>
        <translation>Warnzeichen: %1.</translation>
    </message>
    <message>
        <source>Toward pain journal — report</source>
        <translation>Toward-Schmerztagebuch — Bericht</translation>
    </message>
    <message>
        <source>%1 · made %2</source>
        <extracomment>%1 is the report&apos;s title, %2 the day it was made</extracomment>
        <translation>%1 · erstellt am %2</translation>
    </message>
    <message>
        <source>no check-ins yet</source>
        <translation>noch keine Check-ins</translation>
    </message>
    <message>
        <source>Covers every check-in: %1</source>
        <translation>Umfasst alle Check-ins: %1</translation>
    </message>
    <message>
        <source>Covers: %1</source>
        <translation>Umfasst: %1</translation>
    </message>
    <message>
        <source>the region “%1”</source>
        <translation>dem Bereich „%1“</translation>
    </message>
    <message>
        <source>the context “%1”</source>
        <translation>dem Ort „%1“</translation>
    </message>
    <message>
        <source>the words “%1”</source>
        <translation>den Wörtern „%1“</translation>
    </message>
    <message>
        <source>Only check-ins with %1.</source>
        <translation>Nur Check-ins mit %1.</translation>
    </message>
    <message>
        <source>Made: %1, %2</source>
        <translation>Erstellt: %1, %2</translation>
    </message>
    <message>
        <source>Pain is rated on the 0–10 scale (0: no pain, 10: the worst imaginable), before and after each practice. A change of at least 2 points, or of 30% of the pain before, counts as meaningful.</source>
        <translation>Schmerz wird auf der Skala 0–10 bewertet (0: kein Schmerz, 10: der schlimmste vorstellbare), vor und nach jeder Übung. Eine Änderung um mindestens 2 Punkte oder um 30 % des Schmerzes vorher gilt als spürbar.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>No check-ins in this range.</source>
        <translation>Keine Check-ins in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message numerus="yes">
        <source>%1, on %Ln day(s)</source>
        <extracomment>%1 is the number of check-ins</extracomment>
        <translation>
            <numerusform>%1, an %Ln Tag</numerusform>
            <numerusform>%1, an %Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain rated after practice</source>
        <translation>Schmerz nach der Übung bewertet</translation>
    </message>
    <message>
        <source>%1 of the %2</source>
        <translation>%1 der %2</translation>
    </message>
    <message>
        <source>Average pain before</source>
        <translation>Schmerz vorher im Schnitt</translation>
    </message>
    <message>
        <source>Average pain after</source>
        <translation>Schmerz nachher im Schnitt</translation>
    </message>
    <message>
        <source>Average relief</source>
        <translation>Linderung im Schnitt</translation>
    </message>
    <message>
        <source>%1 points (pain before minus pain after)</source>
        <translation>%1 Punkte (Schmerz vorher minus Schmerz nachher)</translation>
    </message>
    <message>
        <source>Meaningful improvement</source>
        <translation>Spürbare Besserung</translation>
    </message>
    <message>
        <source>%1 of the %2 rated (%3)</source>
        <translation>%1 der %2 bewerteten (%3)</translation>
    </message>
    <message numerus="yes">
        <source>on %Ln day(s), from %1 to %2</source>
        <translation>
            <numerusform>an %Ln Tag, von %1 bis %2</numerusform>
            <numerusform>an %Ln Tagen, von %1 bis %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Red flags reported in this range: see a clinician before practising</source>
        <translation>Warnzeichen in diesem Zeitraum gemeldet: vor dem Üben ärztlich abklären</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>None reported in this range.</source>
        <translation>In diesem Zeitraum keine gemeldet.</translation>
    </message>
    <message>
        <source>Pain over time</source>
        <translation>Schmerz im Verlauf</translation>
    </message>
    <message>
        <source>Each point is the average of one day&apos;s check-ins; each line joins the averages of consecutive weeks (Monday to Sunday). Days and weeks without check-ins are left out.</source>
        <translation>Jeder Punkt ist das Mittel der Check-ins eines Tages; jede Linie verbindet die Mittel aufeinanderfolgender Wochen (Montag bis Sonntag). Tage und Wochen ohne Check-ins fehlen.</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Was hilft</translation>
    </message>
    <message>
        <source>%1 Estimated over every check-in from the first to the last day of this report.</source>
        <extracomment>%1 explains the estimates of what helps</extracomment>
        <translation>%1 Geschätzt über alle Check-ins vom ersten bis zum letzten Tag dieses Berichts.</translation>
    </message>
    <message>
        <source>Oldest first, at the time on the clock where each was done. A change in bold with * is a meaningful improvement.</source>
        <translation>Älteste zuerst, jeweils in der Ortszeit des Check-ins. Eine fette Änderung mit * ist eine spürbare Besserung.</translation>
    </message>
    <message>
        <source>%1 The table lists the newest %2 of the %3; the summary and the chart count every one.</source>
        <extracomment>%1 is the sentence before; %3 is &quot;N check-ins&quot;</extracomment>
        <translation>%1 Die Tabelle zeigt die neuesten %2 der %3; Zusammenfassung und Diagramm zählen alle.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Practice or cues</source>
        <translation>Übung oder Impulse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>ClinicianReportWriter</name>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>Der Bericht kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>it could not be laid out.</source>
        <translation>er konnte nicht gesetzt werden.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe zeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version zeigen und beenden.</translation>
    </message>
    <message>
        <source>Start with the practice model in FILE.</source>
        <translation>Mit dem Übungsmodell in FILE starten.</translation>
    </message>
    <message>
        <source>Keep all data (settings, journal) in DIR instead of the usual place.</source>
        <translation>Alle Daten (Einstellungen, Tagebuch) in DIR statt am üblichen Ort ablegen.</translation>
    </message>
    <message>
        <source>Check the practice model in FILE, print a summary or every problem, and exit (0: valid, 1: problems).</source>
        <translation>Das Übungsmodell in FILE prüfen, eine Zusammenfassung oder jedes Problem ausgeben und beenden (0: gültig, 1: Probleme).</translation>
    </message>
    <message>
        <source>Export the whole journal to FILE as CSV and exit (0: done, 1: failed).</source>
        <translation>Das ganze Tagebuch als CSV nach FILE exportieren und beenden (0: erledigt, 1: fehlgeschlagen).</translation>
    </message>
    <message>
        <source>Import the check-ins in the CSV file FILE into the journal, skipping those already in it, and exit (0: done, 1: problems; then nothing is imported).</source>
        <translation>Die Check-ins aus der CSV-Datei FILE ins Tagebuch importieren, vorhandene überspringen, und beenden (0: erledigt, 1: Probleme; dann wird nichts importiert).</translation>
    </message>
    <message>
        <source>Write a report of the journal for a clinician to FILE as PDF and exit (0: done, 1: failed). Needs no display.</source>
        <translation>Einen Bericht des Tagebuchs für Ärztin oder Arzt als PDF nach FILE schreiben und beenden (0: erledigt, 1: fehlgeschlagen). Braucht keinen Bildschirm.</translation>
    </message>
    <message>
        <source>Print what helps you, as estimated from the journal: each practice and cue against your usual check-in, with its 90% range and a verdict; and exit (0: done, 1: failed).</source>
        <translation>Ausgeben, was Ihnen hilft, geschätzt aus dem Tagebuch: jede Übung und jeden Impuls im Vergleich mit Ihrem üblichen Check-in, mit 90-%-Bereich und Urteil; und beenden (0: erledigt, 1: fehlgeschlagen).</translation>
    </message>
    <message>
        <source>With --what-helps: print plain text (text, the default) or JSON (json).</source>
        <translation>Mit --what-helps: reinen Text (text, Standard) oder JSON (json) ausgeben.</translation>
    </message>
    <message>
        <source>With --report-pdf or --what-helps: start on DATE (YYYY-MM-DD). Default: the first check-in.</source>
        <translation>Mit --report-pdf oder --what-helps: am DATE (YYYY-MM-DD) beginnen. Standard: der erste Check-in.</translation>
    </message>
    <message>
        <source>With --report-pdf or --what-helps: end on DATE (YYYY-MM-DD), that day included. Default: the last check-in.</source>
        <translation>Mit --report-pdf oder --what-helps: am DATE (YYYY-MM-DD) enden, diesen Tag eingeschlossen. Standard: der letzte Check-in.</translation>
    </message>
    <message>
        <source>Start a check-in with the practice ID chosen (its regions and first place) and open it at the pain rating before practising.</source>
        <translation>Einen Check-in mit der Übung ID starten (ihre Bereiche und ihr erster Ort) und ihn bei der Schmerzbewertung vor dem Üben öffnen.</translation>
    </message>
    <message>
        <source>Open a new check-in (in the Toward already running for the data folder, if any).</source>
        <translation>Einen neuen Check-in öffnen (im bereits laufenden Toward für den Datenordner, falls vorhanden).</translation>
    </message>
    <message>
        <source>For this run only: hear nothing (off), the breath tones (tones), or the cues read aloud with the tones (voice) during a practice.</source>
        <translation>Nur für diesen Start: während einer Übung nichts hören (off), die Atemtöne (tones) oder die vorgelesenen Impulse mit den Tönen (voice).</translation>
    </message>
    <message>
        <source>Start hidden in the tray when reminders are on, as at login (a later launch shows the window).</source>
        <translation>Bei aktiven Erinnerungen verborgen in der Kontrollleiste starten, wie bei der Anmeldung (ein späterer Start zeigt das Fenster).</translation>
    </message>
    <message>
        <source>Quit once the main window has been shown (for benchmarks and smoke tests).</source>
        <translation>Beenden, sobald das Hauptfenster gezeigt wurde (für Benchmarks und Smoke-Tests).</translation>
    </message>
    <message>
        <source>Toward coaches alignment practice for back and neck pain.
Qt&apos;s standard options (-platform, -style, -reverse, ...) are accepted too.</source>
        <translation>Toward begleitet Ausrichtungsübungen bei Rücken- und Nackenschmerzen.
Die Standardoptionen von Qt (-platform, -style, -reverse, ...) werden ebenfalls akzeptiert.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Choose either --export-csv or --import-csv, not both.</source>
        <translation>Wählen Sie entweder --export-csv oder --import-csv, nicht beides.</translation>
    </message>
    <message>
        <source>Not a date: %1 (write it as YYYY-MM-DD).</source>
        <translation>Kein Datum: %1 (schreiben Sie es als YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>--from and --to go with --report-pdf or --what-helps.</source>
        <translation>--from und --to gehören zu --report-pdf oder --what-helps.</translation>
    </message>
    <message>
        <source>--format goes with --what-helps.</source>
        <translation>--format gehört zu --what-helps.</translation>
    </message>
    <message>
        <source>Not a format: %1 (choose text or json).</source>
        <translation>Kein Format: %1 (wählen Sie text oder json).</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 liegt nach --to %2.</translation>
    </message>
    <message>
        <source>--%1 goes with the app; it does not go with --check-model, --export-csv, --import-csv, --report-pdf or --what-helps.</source>
        <translation>--%1 gehört zur App; es passt nicht zu --check-model, --export-csv, --import-csv, --report-pdf oder --what-helps.</translation>
    </message>
    <message>
        <source>Not a sound: %1 (choose off, tones or voice).</source>
        <translation>Kein Ton: %1 (wählen Sie off, tones oder voice).</translation>
    </message>
</context>
<context>
    <name>CsvImportProblemsDialog</name>
    <message>
        <source>Nothing was imported</source>
        <translation>Nichts wurde importiert</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Probleme:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>CsvRecordReader</name>
    <message>
        <source>is not valid UTF-8 text</source>
        <translation>ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>the file ends inside this quoted field: its closing quote is missing</source>
        <translation>die Datei endet in diesem Feld in Anführungszeichen: das schließende Anführungszeichen fehlt</translation>
    </message>
    <message>
        <source>has a quote in a field that does not start with one; quote the whole field and double the quote inside (&quot;&quot;)</source>
        <translation>hat ein Anführungszeichen in einem Feld, das nicht mit einem beginnt; setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das innere (&quot;&quot;)</translation>
    </message>
    <message>
        <source>has text after its closing quote; a quote inside a quoted field must be doubled (&quot;&quot;)</source>
        <translation>hat Text nach dem schließenden Anführungszeichen; ein Anführungszeichen in einem Feld in Anführungszeichen muss verdoppelt werden (&quot;&quot;)</translation>
    </message>
</context>
<context>
    <name>CustomBreathPatternStore</name>
    <message>
        <source>must be %1, not %2</source>
        <translation>muss %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>made for a newer version of Toward (version %1)</source>
        <translation>für eine neuere Version von Toward erstellt (Version %1)</translation>
    </message>
    <message>
        <source>another pattern already has the id %1</source>
        <translation>ein anderes Muster hat bereits die ID %1</translation>
    </message>
    <message>
        <source>Cannot keep your breath patterns in %1: %2</source>
        <translation>Ihre Atemmuster können nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Your breath patterns in %1 cannot be read: %2</source>
        <translation>Ihre Atemmuster in %1 sind nicht lesbar: %2</translation>
    </message>
    <message>
        <source>the file is too large to hold breath patterns</source>
        <translation>die Datei ist zu groß für Atemmuster</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>die Datei ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>it is %1, not a JSON object</source>
        <translation>die Datei ist %1, kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>This system offers no folder for application data; choose one with --data-dir.</source>
        <translation>Dieses System bietet keinen Ordner für Anwendungsdaten; wählen Sie einen mit --data-dir.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>DeleteCheckInCommand</name>
    <message>
        <source>Delete check-in</source>
        <translation>Check-in löschen</translation>
    </message>
</context>
<context>
    <name>EditNoteCommand</name>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
</context>
<context>
    <name>FairTest</name>
    <message>
        <source>with “%1”</source>
        <translation>mit „%1“</translation>
    </message>
    <message>
        <source>without “%1”</source>
        <translation>ohne „%1“</translation>
    </message>
    <message>
        <source>A fair test compares two different practices, or a cue with leaving it out.</source>
        <translation>Ein fairer Vergleich stellt zwei verschiedene Übungen gegenüber, oder einen Impuls und sein Weglassen.</translation>
    </message>
    <message>
        <source>The fair test has no start time.</source>
        <translation>Der faire Vergleich hat keine Startzeit.</translation>
    </message>
    <message>
        <source>A fair test lasts from %1 to %2 weeks.</source>
        <translation>Ein fairer Vergleich dauert %1 bis %2 Wochen.</translation>
    </message>
    <message>
        <source>A fair test&apos;s blocks hold each option equally often.</source>
        <translation>Die Blöcke eines fairen Vergleichs enthalten jede Option gleich oft.</translation>
    </message>
</context>
<context>
    <name>FairTestStore</name>
    <message>
        <source>A fair test is already running: stop it before starting another.</source>
        <translation>Es läuft bereits ein fairer Vergleich: Beenden Sie ihn, bevor Sie einen neuen starten.</translation>
    </message>
    <message>
        <source>That fair test is no longer running.</source>
        <translation>Dieser faire Vergleich läuft nicht mehr.</translation>
    </message>
    <message>
        <source>The fair test chose the other option for this check-in.</source>
        <translation>Der faire Vergleich hat für diesen Check-in die andere Option gewählt.</translation>
    </message>
</context>
<context>
    <name>FairTestWording</name>
    <message>
        <source>%1 to %2 points lower</source>
        <translation>%1 bis %2 Punkte niedriger</translation>
    </message>
    <message>
        <source>%1 to %2 points higher</source>
        <translation>%1 bis %2 Punkte höher</translation>
    </message>
    <message>
        <source>from %1 lower to %2 higher</source>
        <translation>von %1 niedriger bis %2 höher</translation>
    </message>
    <message>
        <source>A fair test compares two practices, or a cue with leaving it out, in your own check-ins. You choose the two and how long; at each check-in Toward chooses one of them at random and tells you which. Why at random: when you choose, you tend to choose by how you feel, and then the comparison is really of your days, not of the practices. Chosen at random, in small balanced blocks, both get days of every kind. You can always decline what was chosen: that check-in is then not counted.</source>
        <translation>Ein fairer Vergleich stellt in Ihren eigenen Check-ins zwei Übungen einander gegenüber, oder einen Impuls und sein Weglassen. Sie wählen die beiden und die Dauer; bei jedem Check-in wählt Toward zufällig eines davon und sagt Ihnen, welches. Warum zufällig: Wenn Sie selbst wählen, wählen Sie meist danach, wie Sie sich fühlen, und dann vergleichen Sie eigentlich Ihre Tage, nicht die Übungen. Zufällig gewählt, in kleinen ausgewogenen Blöcken, bekommen beide Tage jeder Art. Sie können das Gewählte immer ablehnen: Dieser Check-in wird dann nicht gezählt.</translation>
    </message>
    <message>
        <source>Fair test: today it&apos;s %1, chosen at random.</source>
        <translation>Fairer Vergleich: Heute ist es %1, zufällig gewählt.</translation>
    </message>
    <message>
        <source>Choosing another practice is fine; this check-in then isn&apos;t counted in the test.</source>
        <translation>Eine andere Übung zu wählen ist in Ordnung; dieser Check-in zählt dann nicht für den Vergleich.</translation>
    </message>
    <message>
        <source>Choose a practice with this cue and rate how it felt; without it, this check-in isn&apos;t counted.</source>
        <translation>Wählen Sie eine Übung mit diesem Impuls und bewerten Sie, wie er sich anfühlte; ohne ihn zählt dieser Check-in nicht.</translation>
    </message>
    <message>
        <source>If the cue comes, skip it (→); done, this check-in isn&apos;t counted.</source>
        <translation>Wenn der Impuls kommt, überspringen Sie ihn (→); wird er ausgeführt, zählt dieser Check-in nicht.</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 im Vergleich mit %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Finished on %1, after %2 days.</source>
        <translation>Beendet am %1, nach %2 Tagen.</translation>
    </message>
    <message>
        <source>Stopped early on %1, after %2 of its %3 days.</source>
        <translation>Vorzeitig beendet am %1, nach %2 von %3 Tagen.</translation>
    </message>
    <message>
        <source>%1: %2 counted, %3 rated after, on %4</source>
        <translation>%1: %2 gezählt, %3 nachher bewertet, an %4</translation>
    </message>
    <message>
        <source>%1: %2. Each needs at least %3 check-ins rated after, on %4 different days, with some spread in the ratings.</source>
        <translation>%1: %2. Jede Seite braucht mindestens %3 nachher bewertete Check-ins an %4 verschiedenen Tagen, mit etwas Streuung in den Bewertungen.</translation>
    </message>
    <message>
        <source>Pain after was the same with %1 as with %2</source>
        <translation>Schmerz nachher war mit %1 gleich wie mit %2</translation>
    </message>
    <message>
        <source>Pain after was %1 points lower with %2 than with %3</source>
        <translation>Schmerz nachher war mit %2 um %1 Punkte niedriger als mit %3</translation>
    </message>
    <message>
        <source>Pain after was %1 points higher with %2 than with %3</source>
        <translation>Schmerz nachher war mit %2 um %1 Punkte höher als mit %3</translation>
    </message>
    <message>
        <source>%1: %2.&lt;br&gt;%3, for the same pain before (90% interval: %4).</source>
        <translation>%1: %2.&lt;br&gt;%3, bei gleichem Schmerz vorher (90-%-Intervall: %4).</translation>
    </message>
    <message>
        <source>This comes from your own journal alone: a few weeks of one person&apos;s check-ins, not a medical study and not medical advice.</source>
        <translation>Dies stammt allein aus Ihrem eigenen Tagebuch: einige Wochen Check-ins einer Person, keine medizinische Studie und kein medizinischer Rat.</translation>
    </message>
    <message>
        <source>helps more</source>
        <translation>hilft mehr</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>etwa gleich</translation>
    </message>
    <message>
        <source>no clear difference</source>
        <translation>kein klarer Unterschied</translation>
    </message>
    <message>
        <source>helps less</source>
        <translation>hilft weniger</translation>
    </message>
    <message>
        <source>not enough data yet</source>
        <translation>noch zu wenig Daten</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n Check-in</numerusform>
            <numerusform>%n Check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running since %1; %n day(s) left, until %2.</source>
        <translation>
            <numerusform>Läuft seit %1; noch %n Tag, bis %2.</numerusform>
            <numerusform>Läuft seit %1; noch %n Tage, bis %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpObservationsReader</name>
    <message>
        <source>Cannot read the journal: %1</source>
        <translation>Das Tagebuch ist nicht lesbar: %1</translation>
    </message>
</context>
<context>
    <name>HelpVerdict</name>
    <message>
        <source>helps more than your usual</source>
        <translation>hilft mehr als sonst</translation>
    </message>
    <message>
        <source>about the same as your usual</source>
        <translation>etwa gleich wie sonst</translation>
    </message>
    <message>
        <source>no clear difference</source>
        <translation>kein klarer Unterschied</translation>
    </message>
    <message>
        <source>helps less than your usual</source>
        <translation>hilft weniger als sonst</translation>
    </message>
    <message>
        <source>not enough data yet</source>
        <translation>noch zu wenig Daten</translation>
    </message>
    <message>
        <source>used once; %1 uses are needed</source>
        <translation>einmal genutzt; %1 Nutzungen sind nötig</translation>
    </message>
    <message>
        <source>used %1 times; %2 are needed</source>
        <translation>%1-mal genutzt; %2 sind nötig</translation>
    </message>
    <message>
        <source>on one day; %1 days are needed</source>
        <translation>an einem Tag; %1 Tage sind nötig</translation>
    </message>
    <message>
        <source>on %1 days; %2 are needed</source>
        <translation>an %1 Tagen; %2 sind nötig</translation>
    </message>
    <message>
        <source>done in nearly every check-in: there is nothing to compare it with</source>
        <translation>in fast jedem Check-in gemacht: Es gibt nichts, womit es sich vergleichen lässt</translation>
    </message>
    <message>
        <source>done almost always with the same cues or in the same place: its own share cannot be told apart</source>
        <translation>fast immer mit denselben Impulsen oder am selben Ort gemacht: Der eigene Anteil lässt sich nicht heraustrennen</translation>
    </message>
    <message>
        <source>still too uncertain (±%1 points)</source>
        <translation>noch zu unsicher (±%1 Punkte)</translation>
    </message>
</context>
<context>
    <name>InstanceHandover</name>
    <message>
        <source>The path %1 is too long for a socket.</source>
        <translation>Der Pfad %1 ist zu lang für einen Socket.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Auf %1 kann nicht gelauscht werden: %2</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>Toward is already running with this data folder (%1, process %2). Only one Toward at a time may write to a journal.</source>
        <translation>Toward läuft bereits mit diesem Datenordner (%1, Prozess %2). Nur ein Toward zugleich darf in ein Tagebuch schreiben.</translation>
    </message>
    <message>
        <source>Cannot lock the data folder %1: %2</source>
        <translation>Der Datenordner %1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>its lock file cannot be written.</source>
        <translation>seine Sperrdatei kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>%1 It cannot be opened read-only either: %2</source>
        <translation>%1 Auch schreibgeschützt lässt es sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>The old journal is kept as %1, but a new one cannot be started: %2</source>
        <translation>Das alte Tagebuch bleibt als %1 erhalten, aber ein neues kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The backup was put in place, but the journal cannot be opened: %1</source>
        <translation>Die Sicherung wurde eingesetzt, aber das Tagebuch lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>%1 The journal cannot be opened again: %2</source>
        <translation>%1 Das Tagebuch lässt sich nicht wieder öffnen: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>JournalBackups</name>
    <message>
        <source>Cannot write %1 to disk: %2</source>
        <translation>%1 kann nicht auf den Datenträger geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the backups folder %1.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>the integrity check found a problem: %1</source>
        <translation>die Integritätsprüfung fand ein Problem: %1</translation>
    </message>
    <message numerus="yes">
        <source>the integrity check found %n problems, the first: %1</source>
        <extracomment>%1 is the first problem&apos;s description; there are always two or more</extracomment>
        <translation>
            <numerusform>die Integritätsprüfung fand %n Problem, das erste: %1</numerusform>
            <numerusform>die Integritätsprüfung fand %n Probleme, das erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Copying the journal failed: %1</source>
        <translation>Das Kopieren des Tagebuchs ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the copy holds %1 check-ins instead of %2</source>
        <translation>die Kopie enthält %1 Check-ins statt %2</translation>
    </message>
    <message>
        <source>an unknown number</source>
        <translation>eine unbekannte Anzahl</translation>
    </message>
    <message>
        <source>The copy of the journal is not right: %1</source>
        <translation>Die Kopie des Tagebuchs ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>The journal is damaged (%1). No backup was made, so the earlier backups stay as they are.</source>
        <translation>Das Tagebuch ist beschädigt (%1). Es wurde keine Sicherung erstellt, die früheren Sicherungen bleiben also unverändert.</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>Diese Sicherung kann nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>This backup cannot be restored: it is damaged (%1).</source>
        <translation>Diese Sicherung kann nicht wiederhergestellt werden: Sie ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>That file is the journal itself.</source>
        <translation>Diese Datei ist das Tagebuch selbst.</translation>
    </message>
    <message>
        <source>The journal is still open. Close it before restoring a backup.</source>
        <translation>Das Tagebuch ist noch geöffnet. Schließen Sie es, bevor Sie eine Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of the journal: %1</source>
        <translation>Die Sicherung kann nicht an die Stelle des Tagebuchs treten: %1</translation>
    </message>
    <message>
        <source>Cannot move the journal aside: %1 already exists.</source>
        <translation>Das Tagebuch kann nicht beiseitegelegt werden: %1 existiert bereits.</translation>
    </message>
    <message>
        <source>There is no journal at %1.</source>
        <translation>Unter %1 gibt es kein Tagebuch.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside: %2</source>
        <translation>%1 kann nicht beiseitegelegt werden: %2</translation>
    </message>
    <message>
        <source>A backup named %1 already exists.</source>
        <translation>Eine Sicherung namens %1 existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot name the backup %1: %2</source>
        <translation>Die Sicherung kann nicht %1 genannt werden: %2</translation>
    </message>
</context>
<context>
    <name>JournalCsvCommand</name>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n Check-in</numerusform>
            <numerusform>%n Check-ins</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Nothing was exported.</source>
        <translation>%1 Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) could not be read from the damaged journal and are not in the file.</source>
        <translation>
            <numerusform>%n Check-in konnte nicht aus dem beschädigten Tagebuch gelesen werden und fehlt in der Datei.</numerusform>
            <numerusform>%n Check-ins konnten nicht aus dem beschädigten Tagebuch gelesen werden und fehlen in der Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n check-in(s) could not be read from the damaged journal and are not in the file.</source>
        <translation>
            <numerusform>Mindestens %n Check-in konnte nicht aus dem beschädigten Tagebuch gelesen werden und fehlt in der Datei.</numerusform>
            <numerusform>Mindestens %n Check-ins konnten nicht aus dem beschädigten Tagebuch gelesen werden und fehlen in der Datei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to %1 left out %2.</source>
        <translation>Beim Export nach %1 fehlen %2.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>the check-ins take their names from the built-in model</source>
        <translation>die Check-ins erhalten ihre Namen aus dem eingebauten Modell</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was imported (%n problem(s)).</source>
        <translation>
            <numerusform>%1: Es wurde nichts importiert (%n Problem).</numerusform>
            <numerusform>%1: Es wurde nichts importiert (%n Probleme).</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 from %2</source>
        <translation>%1 aus %2 importiert</translation>
    </message>
    <message>
        <source>; 1 was already in the journal</source>
        <translation>; 1 war bereits im Tagebuch</translation>
    </message>
    <message numerus="yes">
        <source>; %n were already in the journal</source>
        <translation>
            <numerusform>; %n war bereits im Tagebuch</numerusform>
            <numerusform>; %n waren bereits im Tagebuch</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalCsvExporter</name>
    <message>
        <source>the journal could not be read (%1)</source>
        <translation>das Tagebuch konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>JournalCsvImporter</name>
    <message>
        <source>field %1</source>
        <translation>Feld %1</translation>
    </message>
    <message numerus="yes">
        <source>has %n field(s), expected %1</source>
        <translation>
            <numerusform>hat %n Feld, erwartet sind %1</numerusform>
            <numerusform>hat %n Felder, erwartet sind %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 appears twice in the file (also row %2)</source>
        <translation>%1 kommt zweimal in der Datei vor (auch Zeile %2)</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
    <message>
        <source>The file is %1 MiB; Toward imports journal CSV files of at most %2 MiB.</source>
        <translation>Die Datei hat %1 MiB; Toward importiert Tagebuch-CSV-Dateien mit höchstens %2 MiB.</translation>
    </message>
    <message>
        <source>The file is empty; a journal CSV file starts with the header row %1</source>
        <translation>Die Datei ist leer; eine Tagebuch-CSV-Datei beginnt mit der Kopfzeile %1</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file could not be read to its end: %1</source>
        <translation>Die Datei konnte nicht bis zum Ende gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>JournalError</name>
    <message>
        <source>The disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>The journal cannot be written: the file or its folder is read-only.</source>
        <translation>Das Tagebuch kann nicht geschrieben werden: Die Datei oder ihr Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The disk could not be written (%1).</source>
        <translation>Auf den Datenträger konnte nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>The journal is locked by another program.</source>
        <translation>Das Tagebuch ist von einem anderen Programm gesperrt.</translation>
    </message>
    <message>
        <source>The journal file is damaged.</source>
        <translation>Die Tagebuchdatei ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>JournalFilterBar</name>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suche:</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Words in notes, practices, regions or cues</source>
        <translation>Wörter in Notizen, Übungen, Bereichen oder Impulsen</translation>
    </message>
</context>
<context>
    <name>JournalOpener</name>
    <message>
        <source>%1

Your journal is open read-only: you can review and export your check-ins, but nothing new can be saved until this is put right.</source>
        <translation>%1

Ihr Tagebuch ist schreibgeschützt geöffnet: Sie können Ihre Check-ins ansehen und exportieren, aber nichts Neues speichern, bis dies behoben ist.</translation>
    </message>
    <message>
        <source>Toward cannot open your journal. %1</source>
        <translation>Toward kann Ihr Tagebuch nicht öffnen. %1</translation>
    </message>
    <message>
        <source>The journal could not be moved aside: %1</source>
        <translation>Das Tagebuch konnte nicht beiseitegelegt werden: %1</translation>
    </message>
    <message>
        <source>Your journal could not be opened, so Toward moved it aside and started a new, empty journal. The old file is kept, unchanged, as:
%1</source>
        <translation>Ihr Tagebuch konnte nicht geöffnet werden. Toward hat es daher beiseitegelegt und ein neues, leeres Tagebuch begonnen. Die alte Datei bleibt unverändert erhalten als:
%1</translation>
    </message>
    <message>
        <source>It cannot be opened read-only either: %1</source>
        <translation>Auch schreibgeschützt lässt es sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>Toward restored your journal from the backup %1.</source>
        <translation>Toward hat Ihr Tagebuch aus der Sicherung %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The journal that could not be opened is kept, unchanged, as:
%1</source>
        <translation>Das Tagebuch, das sich nicht öffnen ließ, bleibt unverändert erhalten als:
%1</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>&amp;Check-ins</source>
        <translation>&amp;Check-ins</translation>
    </message>
    <message>
        <source>Check-ins, newest first</source>
        <translation>Check-ins, neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>What hel&amp;ps</source>
        <translation>Was &amp;hilft</translation>
    </message>
</context>
<context>
    <name>JournalProblemDialog</name>
    <message>
        <source>Toward cannot open your journal</source>
        <translation>Toward kann Ihr Tagebuch nicht öffnen</translation>
    </message>
    <message>
        <source>The file was not changed: Toward has not written to it, moved it or deleted it.</source>
        <translation>Die Datei wurde nicht verändert: Toward hat sie weder beschrieben noch verschoben noch gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Move it aside and start a new journal</source>
        <translation>&amp;Beiseitelegen und neues Tagebuch beginnen</translation>
    </message>
    <message>
        <source>The file is renamed and kept in the same folder, so nothing in it is lost. Toward starts with an empty journal.</source>
        <translation>Die Datei wird umbenannt und im selben Ordner aufbewahrt, damit nichts darin verloren geht. Toward beginnt mit einem leeren Tagebuch.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Look at what can still be read, without changing anything. No check-ins can be added or edited.</source>
        <translation>Ansehen, was sich noch lesen lässt, ohne etwas zu verändern. Check-ins können nicht hinzugefügt oder bearbeitet werden.</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Choose one of the copies Toward made of your journal. The file that cannot be opened is kept.</source>
        <translation>Wählen Sie eine der Kopien, die Toward von Ihrem Tagebuch angelegt hat. Die Datei, die sich nicht öffnen lässt, bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>JournalSchema</name>
    <message>
        <source>Updating the journal to version %1 failed: %2</source>
        <translation>Die Aktualisierung des Tagebuchs auf Version %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>JournalStatistics</name>
    <message>
        <source>Cannot read the journal: %1</source>
        <translation>Das Tagebuch kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>JournalStore</name>
    <message>
        <source>The check-in has no id.</source>
        <translation>Der Check-in hat keine ID.</translation>
    </message>
    <message>
        <source>The check-in has no start time.</source>
        <translation>Der Check-in hat keine Startzeit.</translation>
    </message>
    <message>
        <source>Pain must be rated from 0 to 10.</source>
        <translation>Der Schmerz muss von 0 bis 10 bewertet werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged: the integrity check found %n problem(s).</source>
        <translation>
            <numerusform>%1 ist beschädigt: Die Integritätsprüfung hat %n Problem gefunden.</numerusform>
            <numerusform>%1 ist beschädigt: Die Integritätsprüfung hat %n Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Toward journal: it is not a database file.</source>
        <translation>%1 ist kein Toward-Tagebuch: Es ist keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>There is no journal at %1.</source>
        <translation>Unter %1 gibt es kein Tagebuch.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Toward journal: it is another program&apos;s database.</source>
        <translation>%1 ist kein Toward-Tagebuch: Es ist die Datenbank eines anderen Programms.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Toward (journal version %2; this version reads up to %3).</source>
        <translation>%1 wurde von einer neueren Version von Toward geschrieben (Tagebuchversion %2; diese Version liest bis %3).</translation>
    </message>
    <message>
        <source>%1 holds no journal yet: Toward stopped while making it. Opening it for writing finishes it.</source>
        <translation>%1 enthält noch kein Tagebuch: Toward wurde beim Anlegen beendet. Wenn Sie es zum Schreiben öffnen, wird es fertiggestellt.</translation>
    </message>
    <message>
        <source>Cannot open %1 for writing: %2</source>
        <translation>%1 kann nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The journal is open read-only.</source>
        <translation>Das Tagebuch ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>That check-in is no longer in the journal.</source>
        <translation>Dieser Check-in ist nicht mehr im Tagebuch.</translation>
    </message>
</context>
<context>
    <name>JournalWording</name>
    <message>
        <source>pain did not change on average</source>
        <translation>Schmerz im Schnitt unverändert</translation>
    </message>
    <message>
        <source>pain eased by %1 points on average</source>
        <translation>Schmerz im Schnitt um %1 Punkte gesunken</translation>
    </message>
    <message>
        <source>pain rose by %1 points on average</source>
        <translation>Schmerz im Schnitt um %1 Punkte gestiegen</translation>
    </message>
    <message>
        <source>%1: no rated check-ins.</source>
        <translation>%1: keine bewerteten Check-ins.</translation>
    </message>
    <message>
        <source>%1: %2 (%3).</source>
        <translation>%1: %2 (%3).</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>This week: no check-ins yet</source>
        <translation>Diese Woche: noch keine Check-ins</translation>
    </message>
    <message>
        <source>This week: %1</source>
        <translation>Diese Woche: %1</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>The 30 days before</source>
        <translation>Die 30 Tage davor</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rated check-in(s)</source>
        <translation>
            <numerusform>%Ln bewerteter Check-in</numerusform>
            <numerusform>%Ln bewertete Check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln check-in(s)</source>
        <translation>
            <numerusform>%Ln Check-in</numerusform>
            <numerusform>%Ln Check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n Tag in Folge</numerusform>
            <numerusform>%n Tage in Folge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonNode</name>
    <message numerus="yes">
        <source>%n entries</source>
        <extracomment>The size a list must have, as in &quot;must have at least 2 entries&quot;</extracomment>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>must have at least %1, but it is empty</source>
        <translation>muss mindestens %1 haben, ist aber leer</translation>
    </message>
    <message>
        <source>must have at least %1, not %2</source>
        <translation>muss mindestens %1 haben, nicht %2</translation>
    </message>
    <message>
        <source>must have at most %1, not %2</source>
        <translation>darf höchstens %1 haben, nicht %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be at most %1 characters, not %2</source>
        <translation>darf höchstens %1 Zeichen lang sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 is not a valid id: use 1 to 64 lowercase letters, digits and hyphens, starting with a letter or digit</source>
        <translation>%1 ist keine gültige ID: Verwenden Sie 1 bis 64 Kleinbuchstaben, Ziffern und Bindestriche, beginnend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>muss eine ganze Zahl sein, nicht %1</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>muss %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>must be from %1 to %2, not %3</source>
        <translation>muss zwischen %1 und %2 liegen, nicht %3</translation>
    </message>
    <message>
        <source>unknown key, ignored</source>
        <translation>unbekannter Schlüssel, ignoriert</translation>
    </message>
    <message>
        <source>required but missing</source>
        <translation>erforderlich, fehlt aber</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>one of %1 or %2</source>
        <translation>einer der Werte %1 oder %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Toward</source>
        <translation>Toward</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Check-&amp;in</source>
        <translation>Check-&amp;in</translation>
    </message>
    <message>
        <source>&amp;Sound</source>
        <translation>T&amp;on</translation>
    </message>
    <message>
        <source>My &amp;breath pattern</source>
        <translation>Mein &amp;Atemmuster</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Open practice model…</source>
        <translation>Übungsmodell ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Use &amp;built-in model</source>
        <translation>&amp;Eingebautes Modell verwenden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;New check-in</source>
        <translation>&amp;Neuer Check-in</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Reduce &amp;motion</source>
        <translation>&amp;Bewegung reduzieren</translation>
    </message>
    <message>
        <source>Show the breath pacer&apos;s phase and countdown without the growing and shrinking circle</source>
        <translation>Phase und Countdown des Atemtakts ohne den wachsenden und schrumpfenden Kreis zeigen</translation>
    </message>
    <message>
        <source>Breath &amp;patterns…</source>
        <translation>Atemmuster &amp;verwalten…</translation>
    </message>
    <message>
        <source>Create, edit and delete breath patterns of your own</source>
        <translation>Eigene Atemmuster anlegen, bearbeiten und löschen</translation>
    </message>
    <message>
        <source>Rate cues at the &amp;end</source>
        <translation>Impulse am &amp;Ende bewerten</translation>
    </message>
    <message>
        <source>Practise without looking: each cue leads straight on to the next, and how each felt is asked after the practice</source>
        <translation>Üben, ohne hinzusehen: Jeder Impuls führt direkt zum nächsten, und wie sich jeder anfühlte, wird nach der Übung gefragt</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Aus</translation>
    </message>
    <message>
        <source>Follow the pacer by sight; the practice waits while the window is hidden</source>
        <translation>Dem Atemtakt mit den Augen folgen; die Übung wartet, solange das Fenster verborgen ist</translation>
    </message>
    <message>
        <source>Breath &amp;tones</source>
        <translation>Atem&amp;töne</translation>
    </message>
    <message>
        <source>Hear each phase of the breath: a rising tone to inhale, a falling one to exhale, a tick to hold; the practice goes on with the window hidden</source>
        <translation>Jede Atemphase hören: ein steigender Ton zum Einatmen, ein fallender zum Ausatmen, ein Klick zum Halten; die Übung läuft bei verborgenem Fenster weiter</translation>
    </message>
    <message>
        <source>&amp;Voice and tones</source>
        <translation>&amp;Stimme und Töne</translation>
    </message>
    <message>
        <source>Hear each cue read aloud before its breaths, and the breath tones: practise with your eyes closed</source>
        <translation>Jeden Impuls vor seinen Atemzügen vorgelesen hören, dazu die Atemtöne: Üben Sie mit geschlossenen Augen</translation>
    </message>
    <message>
        <source>Sound &amp;settings…</source>
        <translation>Ton&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Volume, voice and pace of speech; play one breath to try them</source>
        <translation>Lautstärke, Stimme und Sprechtempo; einen Atemzug zum Ausprobieren abspielen</translation>
    </message>
    <message>
        <source>&amp;Fair test…</source>
        <translation>&amp;Fairer Vergleich…</translation>
    </message>
    <message>
        <source>Compare two practices, or a cue with leaving it out: Toward chooses at random at each check-in</source>
        <translation>Zwei Übungen vergleichen, oder einen Impuls und sein Weglassen: Toward wählt bei jedem Check-in zufällig</translation>
    </message>
    <message>
        <source>Remin&amp;ders…</source>
        <translation>E&amp;rinnerungen…</translation>
    </message>
    <message>
        <source>Check-in times, movement prompts, and starting in the tray at login</source>
        <translation>Check-in-Zeiten, Bewegungshinweise und Start in der Kontrollleiste bei der Anmeldung</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Übung</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Export report (&amp;PDF)…</source>
        <translation>Bericht exportieren (&amp;PDF)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;About Toward</source>
        <translation>&amp;Über Toward</translation>
    </message>
    <message>
        <source>&amp;How Toward works</source>
        <translation>&amp;So funktioniert Toward</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
</context>
<context>
    <name>ModelBrowser</name>
    <message>
        <source>&amp;Regions</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search cues</source>
        <translation>Impulse suchen</translation>
    </message>
    <message>
        <source>&amp;Need</source>
        <translation>Be&amp;darf</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Impulse</translation>
    </message>
    <message>
        <source>Cue details</source>
        <translation>Impulsdetails</translation>
    </message>
</context>
<context>
    <name>ModelInUse</name>
    <message>
        <source>The practice model %1 cannot be loaded; %2.</source>
        <translation>Das Übungsmodell %1 kann nicht geladen werden; %2.</translation>
    </message>
    <message>
        <source>The built-in practice model cannot be read.</source>
        <translation>Das eingebaute Übungsmodell kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ModelIssue</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
</context>
<context>
    <name>ModelProblemsDialog</name>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Probleme:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>ModelSummary</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>no curve</source>
        <translation>keine Kurve</translation>
    </message>
    <message>
        <source>, about %1–%2°</source>
        <translation>, etwa %1–%2°</translation>
    </message>
    <message numerus="yes">
        <source>%n cue(s)</source>
        <translation>
            <numerusform>%n Impuls</numerusform>
            <numerusform>%n Impulse</numerusform>
        </translation>
    </message>
    <message>
        <source> (version %1)</source>
        <translation> (Version %1)</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Bereiche:</translation>
    </message>
    <message>
        <source>Breath patterns:</source>
        <translation>Atemmuster:</translation>
    </message>
    <message>
        <source>%1 a breath, with holds</source>
        <translation>%1 pro Atemzug, mit Halten</translation>
    </message>
    <message>
        <source>%1 a breath</source>
        <translation>%1 pro Atemzug</translation>
    </message>
    <message>
        <source>Practices:</source>
        <translation>Übungen:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPageFlow</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
</context>
<context>
    <name>PracticeBuilder</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>on the mat</source>
        <translation>auf der Matte</translation>
    </message>
    <message>
        <source>at the desk</source>
        <translation>am Schreibtisch</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>im Stehen</translation>
    </message>
    <message>
        <source>lying down</source>
        <translation>im Liegen</translation>
    </message>
    <message>
        <source>while driving</source>
        <translation>beim Autofahren</translation>
    </message>
    <message>
        <source>while walking</source>
        <translation>beim Gehen</translation>
    </message>
    <message>
        <source>None of the chosen regions has a cue that can be done %1.</source>
        <translation>Keiner der gewählten Bereiche hat einen Impuls, der sich %1 ausführen lässt.</translation>
    </message>
</context>
<context>
    <name>PracticeModelLoader</name>
    <message>
        <source>expected , or } after a value in an object</source>
        <translation>nach einem Wert in einem Objekt wird , oder } erwartet</translation>
    </message>
    <message>
        <source>expected : after a key</source>
        <translation>nach einem Schlüssel wird : erwartet</translation>
    </message>
    <message>
        <source>expected , or ] after a value in an array</source>
        <translation>nach einem Wert in einem Array wird , oder ] erwartet</translation>
    </message>
    <message>
        <source>expected a comma between two values</source>
        <translation>zwischen zwei Werten wird ein Komma erwartet</translation>
    </message>
    <message>
        <source>not a valid JSON value</source>
        <translation>kein gültiger JSON-Wert</translation>
    </message>
    <message>
        <source>the file ends in the middle of a number</source>
        <translation>die Datei endet mitten in einer Zahl</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>keine gültige Zahl</translation>
    </message>
    <message>
        <source>a string has an invalid escape sequence</source>
        <translation>eine Zeichenkette hat eine ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>a string is not valid UTF-8 text</source>
        <translation>eine Zeichenkette ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>a string is not closed with &quot;</source>
        <translation>eine Zeichenkette ist nicht mit &quot; abgeschlossen</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ein Objekt erwartet</translation>
    </message>
    <message>
        <source>values are nested too deeply</source>
        <translation>Werte sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the document is too large</source>
        <translation>das Dokument ist zu groß</translation>
    </message>
    <message>
        <source>unexpected text after the end of the model</source>
        <translation>unerwarteter Text nach dem Ende des Modells</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>kein gültiges JSON</translation>
    </message>
    <message>
        <source>duplicate %1 id %2: already used at %3</source>
        <translation>doppelte ID %2 (%1): bereits verwendet bei %3</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>muss %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>made for a newer version of Toward (schema %1); this version reads schema %2</source>
        <translation>für eine neuere Version von Toward erstellt (Schema %1); diese Version liest Schema %2</translation>
    </message>
    <message>
        <source>repeats %1</source>
        <translation>wiederholt %1</translation>
    </message>
    <message>
        <source>must hold exactly two numbers [min, max], not %1</source>
        <translation>muss genau zwei Zahlen [min, max] enthalten, nicht %1</translation>
    </message>
    <message>
        <source>min (%1) must not be greater than max (%2)</source>
        <translation>min (%1) darf nicht größer als max (%2) sein</translation>
    </message>
    <message>
        <source>no away pattern of region %1 has the id %2</source>
        <translation>kein Weg-Muster des Bereichs %1 hat die ID %2</translation>
    </message>
    <message>
        <source>no breath pattern has the id %1</source>
        <translation>kein Atemmuster hat die ID %1</translation>
    </message>
    <message>
        <source>no cue has the id %1</source>
        <translation>kein Impuls hat die ID %1</translation>
    </message>
    <message>
        <source>away pattern</source>
        <translation>Weg-Muster</translation>
    </message>
    <message>
        <source>inner direction</source>
        <translation>innere Richtung</translation>
    </message>
    <message>
        <source>breath pattern</source>
        <translation>Atemmuster</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is %1 MiB; a practice model may be at most 2 MiB</source>
        <translation>die Datei hat %1 MiB; ein Übungsmodell darf höchstens 2 MiB haben</translation>
    </message>
    <message>
        <source>the model is larger than 2 MiB</source>
        <translation>das Modell ist größer als 2 MiB</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file must hold one JSON object { ... }, not %1</source>
        <translation>die Datei muss ein JSON-Objekt { ... } enthalten, nicht %1</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Exhale fully. Inhale deeply.</source>
        <translation>Vollständig ausatmen. Tief einatmen.</translation>
    </message>
    <message>
        <source>&amp;Practices</source>
        <translation>&amp;Übungen</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>&amp;Start this practice</source>
        <translation>Diese Übung &amp;starten</translation>
    </message>
    <message>
        <source>A check-in with this practice: pain before, the practice, pain after</source>
        <translation>Ein Check-in mit dieser Übung: Schmerz vorher, die Übung, Schmerz nachher</translation>
    </message>
    <message>
        <source>Practice steps</source>
        <translation>Übungsschritte</translation>
    </message>
</context>
<context>
    <name>PracticeWording</name>
    <message>
        <source>in %1</source>
        <translation>ein %1</translation>
    </message>
    <message>
        <source>hold %1</source>
        <translation>halten %1</translation>
    </message>
    <message>
        <source>out %1</source>
        <translation>aus %1</translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n Atemzug</numerusform>
            <numerusform>%n Atemzüge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QtStandardOptions</name>
    <message>
        <source>Qt&apos;s option %1 takes no value.</source>
        <translation>Die Qt-Option %1 nimmt keinen Wert an.</translation>
    </message>
    <message>
        <source>Qt reads %1 only with its value after a space: %1 %2</source>
        <translation>Qt liest %1 nur mit dem Wert nach einem Leerzeichen: %1 %2</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Fehlender Wert nach „%1“.</translation>
    </message>
</context>
<context>
    <name>RecordedTitles</name>
    <message>
        <source>Cannot read the journal: %1</source>
        <translation>Das Tagebuch kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Remind me to &amp;check in</source>
        <translation>An den &amp;Check-in erinnern</translation>
    </message>
    <message>
        <source>At &amp;these times:</source>
        <translation>Zu &amp;diesen Zeiten:</translation>
    </message>
    <message>
        <source>09:00, 18:00</source>
        <translation>09:00, 18:00</translation>
    </message>
    <message>
        <source>Prompt me to &amp;move</source>
        <translation>&amp;Bewegungshinweise geben</translation>
    </message>
    <message>
        <source>After this &amp;long at the computer:</source>
        <translation>Nach so &amp;langer Zeit am Computer:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A &amp;break of this long starts the count again:</source>
        <translation>Eine &amp;Pause von dieser Länge startet die Zählung neu:</translation>
    </message>
    <message>
        <source>At most this many &amp;reminders a day:</source>
        <translation>Höchstens so viele E&amp;rinnerungen am Tag:</translation>
    </message>
    <message>
        <source>&amp;Start Toward in the tray when I log in</source>
        <translation>Toward bei der Anmeldung in der Kontrollleiste &amp;starten</translation>
    </message>
</context>
<context>
    <name>ReportPdfCommand</name>
    <message>
        <source>%1 No report was written.</source>
        <translation>%1 Es wurde kein Bericht geschrieben.</translation>
    </message>
    <message>
        <source>the report takes its names from the built-in model</source>
        <translation>der Bericht erhält seine Namen aus dem eingebauten Modell</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a report of %n check-in(s) to %1.</source>
        <translation>
            <numerusform>Bericht über %n Check-in nach %1 geschrieben.</numerusform>
            <numerusform>Bericht über %n Check-ins nach %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SoundSettingsDialog</name>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>During a practice, hear</source>
        <translation>Während einer Übung hören</translation>
    </message>
    <message>
        <source>&amp;Nothing: follow the pacer by sight</source>
        <translation>&amp;Nichts: dem Atemtakt mit den Augen folgen</translation>
    </message>
    <message>
        <source>Breath &amp;tones: rising to inhale, falling to exhale, a tick to hold</source>
        <translation>Atem&amp;töne: steigend zum Einatmen, fallend zum Ausatmen, ein Klick zum Halten</translation>
    </message>
    <message>
        <source>&amp;Voice and tones: each cue is read aloud before its breaths</source>
        <translation>&amp;Stimme und Töne: Jeder Impuls wird vor seinen Atemzügen vorgelesen</translation>
    </message>
    <message>
        <source>Vo&amp;lume:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>V&amp;oice:</source>
        <translation>St&amp;imme:</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>&amp;Pace of speech:</source>
        <translation>S&amp;prechtempo:</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>Pace of speech</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <source>&amp;Say the breath&apos;s phases too: “in”, “hold”, “out”</source>
        <translation>&amp;Atemphasen auch ansagen: „ein“, „halten“, „aus“</translation>
    </message>
    <message>
        <source>Play one &amp;breath</source>
        <translation>Einen Atem&amp;zug abspielen</translation>
    </message>
    <message>
        <source>Hear one breath of your breath pattern as the practice will play it</source>
        <translation>Einen Atemzug Ihres Atemmusters so hören, wie die Übung ihn abspielt</translation>
    </message>
</context>
<context>
    <name>SoundWording</name>
    <message>
        <source>Exhale fully. Inhale deeply.</source>
        <translation>Vollständig ausatmen. Tief einatmen.</translation>
    </message>
    <message>
        <source>How did that feel: toward, neutral, or away?</source>
        <translation>Wie hat sich das angefühlt: hin, neutral oder weg?</translation>
    </message>
    <message>
        <source>Next cue.</source>
        <translation>Nächster Impuls.</translation>
    </message>
    <message>
        <source>That was the last cue. The practice is complete.</source>
        <translation>Das war der letzte Impuls. Die Übung ist abgeschlossen.</translation>
    </message>
    <message>
        <source>in</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>out</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>halten</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>The journal&apos;s connection is not SQLite&apos;s.</source>
        <translation>Die Verbindung des Tagebuchs ist keine SQLite-Verbindung.</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>Das Tagebuch ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>StorageProblem</name>
    <message>
        <source>The folder %1 is read-only.</source>
        <translation>Der Ordner %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full.</source>
        <translation>Der Datenträger mit %1 ist voll.</translation>
    </message>
</context>
<context>
    <name>TodayOverview</name>
    <message>
        <source>Cannot read the journal: %1</source>
        <translation>Das Tagebuch kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Start a &amp;check-in</source>
        <translation>&amp;Check-in starten</translation>
    </message>
    <message>
        <source>Where it hurts and how much, a few minutes of cues paced by the breath, and how it is after (Ctrl+N)</source>
        <translation>Wo es schmerzt und wie stark, ein paar Minuten Impulse im Atemtakt, und wie es danach ist (Strg+N)</translation>
    </message>
    <message>
        <source>A short practice for where you usually are at this time of day</source>
        <translation>Eine kurze Übung für den Ort, an dem Sie um diese Tageszeit meist sind</translation>
    </message>
</context>
<context>
    <name>TrendChartPainter</name>
    <message>
        <source>No check-ins in this range.</source>
        <translation>Keine Check-ins in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <source>Pain before, each day&apos;s average</source>
        <translation>Schmerz vorher, Mittel je Tag</translation>
    </message>
    <message>
        <source>Pain before, each week&apos;s average</source>
        <translation>Schmerz vorher, Mittel je Woche</translation>
    </message>
    <message>
        <source>Pain after, each day&apos;s average</source>
        <translation>Schmerz nachher, Mittel je Tag</translation>
    </message>
    <message>
        <source>Pain after, each week&apos;s average</source>
        <translation>Schmerz nachher, Mittel je Woche</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>With the cue</source>
        <translation>Mit dem Impuls</translation>
    </message>
    <message>
        <source>Without the cue</source>
        <translation>Ohne den Impuls</translation>
    </message>
    <message>
        <source>Toward</source>
        <translation>Hin</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Toward (better)</source>
        <translation>Hin (besser)</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Away (worse)</source>
        <translation>Weg (schlechter)</translation>
    </message>
    <message>
        <source>New numbness in the saddle area (between the legs)</source>
        <translation>Neue Taubheit im Reithosenbereich (zwischen den Beinen)</translation>
    </message>
    <message>
        <source>New bladder or bowel trouble</source>
        <translation>Neue Probleme mit Blase oder Darm</translation>
    </message>
    <message>
        <source>Weakness or numbness in the legs that is getting worse</source>
        <translation>Schwäche oder Taubheit in den Beinen, die zunimmt</translation>
    </message>
    <message>
        <source>Pain after a recent fall or accident</source>
        <translation>Schmerz nach einem kürzlichen Sturz oder Unfall</translation>
    </message>
    <message>
        <source>Fever with the back pain</source>
        <translation>Fieber mit den Rückenschmerzen</translation>
    </message>
    <message>
        <source>Weight loss you cannot explain</source>
        <translation>Gewichtsverlust, den Sie nicht erklären können</translation>
    </message>
    <message>
        <source>A history of cancer</source>
        <translation>Krebs in der Vorgeschichte</translation>
    </message>
    <message>
        <source>Constant pain at night that rest or position does not ease</source>
        <translation>Dauerschmerz in der Nacht, trotz Ruhe und Lagewechsel</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Spiel</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Halt</translation>
    </message>
    <message>
        <source>Mat</source>
        <translation>Matte</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Schreibtisch</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Stehen</translation>
    </message>
    <message>
        <source>Lying down</source>
        <translation>Liegen</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>Autofahren</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>Lordosis</source>
        <translation>Lordose</translation>
    </message>
    <message>
        <source>Kyphosis</source>
        <translation>Kyphose</translation>
    </message>
    <message>
        <source>With the inhale</source>
        <translation>Mit dem Einatmen</translation>
    </message>
    <message>
        <source>With the exhale</source>
        <translation>Mit dem Ausatmen</translation>
    </message>
    <message>
        <source>With any breath</source>
        <translation>Mit jedem Atemzug</translation>
    </message>
    <message>
        <source>Rescue</source>
        <translation>Erste Hilfe</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation>Wo und wann</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>See a clinician first</source>
        <translation>Erst ärztlich abklären</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <source>How it felt</source>
        <translation>Wie es sich anfühlte</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>From the model</source>
        <translation>Aus dem Modell</translation>
    </message>
    <message>
        <source>Built from my regions</source>
        <translation>Aus meinen Bereichen erstellt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>The pose matters less than the direction you move inside it. Let each part of your body move toward its natural curve, not away from it.</source>
        <translation>Die Haltung ist weniger wichtig als die Richtung, in die Sie sich in ihr bewegen. Lassen Sie jeden Teil Ihres Körpers sich hin zu seiner natürlichen Kurve bewegen, nicht weg davon.</translation>
    </message>
    <message>
        <source>Where something hurts or feels stuck, ask what it needs: strength or space, play or support.</source>
        <translation>Wo etwas schmerzt oder festsitzt, fragen Sie, was es braucht: Kraft oder Raum, Spiel oder Halt.</translation>
    </message>
    <message>
        <source>Let the breath pace each movement: exhale fully, inhale deeply.</source>
        <translation>Lassen Sie jede Bewegung dem Atem folgen: ganz ausatmen, tief einatmen.</translation>
    </message>
    <message>
        <source>Your journal stays on this computer. Over time it shows you what helps.</source>
        <translation>Ihr Tagebuch bleibt auf diesem Computer. Mit der Zeit zeigt es Ihnen, was hilft.</translation>
    </message>
    <message>
        <source>Nothing here is required. You can start with a short check-in, or look around first.</source>
        <translation>Nichts hier ist Pflicht. Sie können mit einem kurzen Check-in beginnen oder sich zuerst umsehen.</translation>
    </message>
</context>
<context>
    <name>WhatHelpsCommand</name>
    <message>
        <source>none in these check-ins</source>
        <translation>keine in diesen Check-ins</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <extracomment>The effect in points and its 90% range, as in &quot;-1.2 (-2.0 to -0.4)&quot;</extracomment>
        <translation>%1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>%1 is &quot;N uses&quot;, %2 is &quot;N days&quot;, as in &quot;5 uses on 3 days&quot;</extracomment>
        <translation>%1 über %2</translation>
    </message>
    <message numerus="yes">
        <source>%n use(s)</source>
        <translation>
            <numerusform>%n Nutzung</numerusform>
            <numerusform>%n Nutzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>always done with %1: their effects cannot be told apart</source>
        <translation>immer zusammen mit %1 ausgeführt: ihre Wirkungen lassen sich nicht trennen</translation>
    </message>
    <message numerus="yes">
        <source>What helps you, from %n check-in(s) (%1 with pain rated after).
Pain after, in points, against your usual check-in that started with the same pain;
negative is less pain; in brackets the range it is 90% likely to lie in.
An estimate from your own journal: not proof, and not medical advice.</source>
        <translation>
            <numerusform>Was Ihnen hilft, aus %n Check-in (davon %1 mit Schmerz nachher).
Schmerz nachher, in Punkten, verglichen mit Ihrem üblichen Check-in mit demselben Schmerz vorher;
negativ bedeutet weniger Schmerz; in Klammern der Bereich, in dem er mit 90 % Wahrscheinlichkeit liegt.
Eine Schätzung aus Ihrem eigenen Tagebuch: kein Beweis und kein medizinischer Rat.</numerusform>
            <numerusform>Was Ihnen hilft, aus %n Check-ins (davon %1 mit Schmerz nachher).
Schmerz nachher, in Punkten, verglichen mit Ihrem üblichen Check-in mit demselben Schmerz vorher;
negativ bedeutet weniger Schmerz; in Klammern der Bereich, in dem er mit 90 % Wahrscheinlichkeit liegt.
Eine Schätzung aus Ihrem eigenen Tagebuch: kein Beweis und kein medizinischer Rat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Impulse</translation>
    </message>
    <message>
        <source>titles come from the built-in model</source>
        <translation>Titel stammen aus dem eingebauten Modell</translation>
    </message>
</context>
<context>
    <name>WhatHelpsView</name>
    <message>
        <source>The same as a ta&amp;ble</source>
        <translation>Dasselbe als &amp;Tabelle</translation>
    </message>
    <message>
        <source>What helps, practices then cues</source>
        <translation>Was hilft, erst Übungen, dann Impulse</translation>
    </message>
</context>
<context>
    <name>WhatHelpsWording</name>
    <message>
        <source>Practices</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Impulse</translation>
    </message>
    <message>
        <source>← less pain</source>
        <translation>← weniger Schmerz</translation>
    </message>
    <message>
        <source>more pain →</source>
        <translation>mehr Schmerz →</translation>
    </message>
    <message>
        <source>your usual</source>
        <translation>Ihr Üblicher</translation>
    </message>
    <message>
        <source>None in these check-ins.</source>
        <translation>Keine in diesen Check-ins.</translation>
    </message>
    <message>
        <source>always with %1</source>
        <translation>immer mit %1</translation>
    </message>
    <message>
        <source>no estimate yet</source>
        <translation>noch keine Schätzung</translation>
    </message>
    <message>
        <source>%1 points (%2 to %3)</source>
        <translation>%1 Punkte (%2 bis %3)</translation>
    </message>
    <message>
        <source>no difference</source>
        <translation>kein Unterschied</translation>
    </message>
    <message>
        <source>%1 less</source>
        <translation>%1 weniger</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 mehr</translation>
    </message>
    <message>
        <source>%1 points of pain after, from %2 to %3, compared with your usual</source>
        <translation>%1 Punkte Schmerz nachher, von %2 bis %3, verglichen mit sonst</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>%1 is &quot;N uses&quot;, %2 is &quot;N days&quot;, as in &quot;5 uses on 3 days&quot;</extracomment>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <source>%1 (your overall %2)</source>
        <translation>%1 (insgesamt %2)</translation>
    </message>
    <message>
        <source>Always done together with %1: their effects cannot be told apart.</source>
        <translation>Immer zusammen mit %1 gemacht: Ihre Wirkungen lassen sich nicht trennen.</translation>
    </message>
    <message>
        <source>Not enough data yet to compare anything: a cue or practice needs pain rated after at least %1 check-ins over %2 days.</source>
        <translation>Noch zu wenig Daten für einen Vergleich: Ein Impuls oder eine Übung braucht bewerteten Schmerz nachher in mindestens %1 Check-ins an %2 Tagen.</translation>
    </message>
    <message>
        <source>Each cue and practice is compared with your usual: your check-ins that started with the same pain, in the same place and the same week. A minus means less pain after than usual. The dot is the estimate; the bar is the range it lies in with 90% certainty. These are estimates from your own journal, not proof and not medical advice.</source>
        <translation>Jeder Impuls und jede Übung wird mit Ihrem Üblichen verglichen: Ihren Check-ins, die mit demselben Schmerz begannen, am selben Ort und in derselben Woche. Ein Minus bedeutet weniger Schmerz nachher als sonst. Der Punkt ist die Schätzung; der Balken ist der Bereich, in dem sie mit 90 % Sicherheit liegt. Dies sind Schätzungen aus Ihrem eigenen Tagebuch, kein Beweis und kein medizinischer Rat.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln use(s)</source>
        <translation>
            <numerusform>%Ln Nutzung</numerusform>
            <numerusform>%Ln Nutzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %Ln check-in(s), %1 with pain rated after.</source>
        <translation>
            <numerusform>Aus %Ln Check-in, davon %1 mit Schmerz nachher.</numerusform>
            <numerusform>Aus %Ln Check-ins, davon %1 mit Schmerz nachher.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Toward</source>
        <translation>Toward</translation>
    </message>
    <message>
        <source>The built-in practice model cannot be read:
%1</source>
        <translation>Das eingebaute Übungsmodell kann nicht gelesen werden:
%1</translation>
    </message>
    <message>
        <source>A later launch of Toward will not find this one: %1</source>
        <translation>Ein späterer Start von Toward findet diese Instanz nicht: %1</translation>
    </message>
    <message>
        <source>Try &apos;toward --help&apos; for the options.</source>
        <translation>Mit „toward --help“ sehen Sie die Optionen.</translation>
    </message>
</context>
<context>
    <name>toward::AudioSinkToneOutput</name>
    <message>
        <source>No audio device: the pacer goes on without sound.</source>
        <translation>Kein Audiogerät: Der Atemtakt läuft ohne Ton weiter.</translation>
    </message>
    <message>
        <source>The audio device “%1” cannot play the tones: the pacer goes on without sound.</source>
        <translation>Das Audiogerät „%1“ kann die Töne nicht abspielen: Der Atemtakt läuft ohne Ton weiter.</translation>
    </message>
    <message>
        <source>The audio device could not be opened: the pacer goes on without sound.</source>
        <translation>Das Audiogerät konnte nicht geöffnet werden: Der Atemtakt läuft ohne Ton weiter.</translation>
    </message>
</context>
<context>
    <name>toward::AudioSinkVoiceOutput</name>
    <message>
        <source>No voice is available: no audio device. Tones only.</source>
        <translation>Keine Stimme verfügbar: kein Audiogerät. Nur Töne.</translation>
    </message>
    <message>
        <source>No voice is available: the audio device “%1” cannot play it. Tones only.</source>
        <translation>Keine Stimme verfügbar: Das Audiogerät „%1“ kann sie nicht abspielen. Nur Töne.</translation>
    </message>
    <message>
        <source>No voice is available: the audio device could not be opened. Tones only.</source>
        <translation>Keine Stimme verfügbar: Das Audiogerät konnte nicht geöffnet werden. Nur Töne.</translation>
    </message>
</context>
<context>
    <name>toward::AutostartEntry</name>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be removed: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>toward::BackupChooserDialog</name>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Tägliche Sicherung</translation>
    </message>
    <message>
        <source>Kept copy (never deleted)</source>
        <translation>Aufbewahrte Kopie (nie gelöscht)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln check-in(s)</source>
        <translation>
            <numerusform>%Ln Check-in</numerusform>
            <numerusform>%Ln Check-ins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toward::BreathPatternEditor</name>
    <message>
        <source>New breath pattern</source>
        <translation>Neues Atemmuster</translation>
    </message>
    <message>
        <source>Edit breath pattern</source>
        <translation>Atemmuster bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Breathe &amp;in:</source>
        <translation>&amp;Einatmen:</translation>
    </message>
    <message>
        <source>&amp;Hold after breathing in:</source>
        <translation>&amp;Halten nach dem Einatmen:</translation>
    </message>
    <message>
        <source>Breathe &amp;out:</source>
        <translation>&amp;Ausatmen:</translation>
    </message>
    <message>
        <source>Hold after breathing o&amp;ut:</source>
        <translation>Ha&amp;lten nach dem Ausatmen:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Hold after breathing in</source>
        <translation>Halten nach dem Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Hold after breathing out</source>
        <translation>Halten nach dem Ausatmen</translation>
    </message>
</context>
<context>
    <name>toward::BreathPatternsDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Breath patterns</source>
        <translation>Atemmuster</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Your own breath patterns, offered after the model&apos;s. They are kept in %1.</source>
        <translation>Ihre eigenen Atemmuster, angeboten nach denen des Modells. Sie werden in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete breath pattern</source>
        <translation>Atemmuster löschen</translation>
    </message>
    <message>
        <source>Delete “%1”? Check-ins made with it keep its name.</source>
        <translation>„%1“ löschen? Check-ins, die damit gemacht wurden, behalten seinen Namen.</translation>
    </message>
</context>
<context>
    <name>toward::BusIdleMonitor</name>
    <message>
        <source>Toward cannot tell when you are away from the computer here; movement prompts count time alone.</source>
        <translation>Toward kann hier nicht erkennen, wann Sie nicht am Computer sind; Bewegungshinweise zählen nur die Zeit.</translation>
    </message>
    <message>
        <source>looking for the desktop&apos;s idle time</source>
        <translation>Leerlaufzeit des Desktops wird ermittelt</translation>
    </message>
</context>
<context>
    <name>toward::CalculatedArea</name>
    <message>
        <source>Calculating…</source>
        <translation>Berechnung…</translation>
    </message>
</context>
<context>
    <name>toward::CheckInAdviceStep</name>
    <message>
        <source>You said:</source>
        <translation>Sie sagten:</translation>
    </message>
    <message>
        <source>This can be the sign of a problem that a doctor should check before you practise alignment on your own.</source>
        <translation>Das kann auf ein Problem hinweisen, das Sie ärztlich abklären lassen sollten, bevor Sie allein an Ihrer Ausrichtung üben.</translation>
    </message>
    <message>
        <source>These can be the signs of a problem that a doctor should check before you practise alignment on your own.</source>
        <translation>Diese Angaben können auf ein Problem hinweisen, das Sie ärztlich abklären lassen sollten, bevor Sie allein an Ihrer Ausrichtung üben.</translation>
    </message>
</context>
<context>
    <name>toward::CheckInAfterStep</name>
    <message>
        <source>You ended the practice early. Rating your pain now is optional.</source>
        <translation>Sie haben die Übung vorzeitig beendet. Ihren Schmerz jetzt zu bewerten ist freiwillig.</translation>
    </message>
    <message>
        <source>Well done: the practice is complete.</source>
        <translation>Gut gemacht: Die Übung ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Before the practice: %1.</source>
        <translation>Vor der Übung: %1.</translation>
    </message>
    <message>
        <source>Before %1, now %2:</source>
        <translation>Vorher %1, jetzt %2:</translation>
    </message>
    <message>
        <source>%1 no change.</source>
        <translation>%1 keine Änderung.</translation>
    </message>
    <message>
        <source>%1 %2 less.</source>
        <translation>%1 %2 weniger.</translation>
    </message>
    <message>
        <source>%1 %2 more.</source>
        <translation>%1 %2 mehr.</translation>
    </message>
    <message>
        <source>A change that matters (at least 2 points or 30%).</source>
        <translation>Eine spürbare Änderung (mindestens 2 Punkte oder 30 %).</translation>
    </message>
    <message>
        <source>A small change (under 2 points and 30%).</source>
        <translation>Eine kleine Änderung (unter 2 Punkten und 30 %).</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toward::CheckInDetailView</name>
    <message>
        <source>Choose a check-in to see everything it holds.</source>
        <translation>Wählen Sie einen Check-in, um alles zu sehen, was er enthält.</translation>
    </message>
    <message>
        <source>%1 (not rated after)</source>
        <translation>%1 (nachher nicht bewertet)</translation>
    </message>
    <message>
        <source>%1 (%2 %3, a change that matters)</source>
        <translation>%1 (%2 %3, eine spürbare Änderung)</translation>
    </message>
    <message>
        <source>%1 (%2, a small change)</source>
        <translation>%1 (%2, eine kleine Änderung)</translation>
    </message>
    <message>
        <source>not noted</source>
        <translation>nicht notiert</translation>
    </message>
    <message>
        <source>toward</source>
        <translation>hin</translation>
    </message>
    <message>
        <source>away</source>
        <translation>weg</translation>
    </message>
    <message>
        <source>⚠ Red flags noted</source>
        <translation>⚠ Warnzeichen notiert</translation>
    </message>
    <message>
        <source>These can be signs of something that needs care. Please see a clinician before you practise again.</source>
        <translation>Dies können Zeichen für etwas sein, das Behandlung braucht. Bitte lassen Sie sich ärztlich untersuchen, bevor Sie wieder üben.</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Bereiche:</translation>
    </message>
    <message>
        <source>none noted</source>
        <translation>keine notiert</translation>
    </message>
    <message>
        <source>Pain:</source>
        <translation>Schmerz:</translation>
    </message>
    <message>
        <source>Practice:</source>
        <translation>Übung:</translation>
    </message>
    <message>
        <source>Breath:</source>
        <translation>Atem:</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Vorher:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Nachher:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Cues and how they felt</source>
        <translation>Impulse und wie sie sich anfühlten</translation>
    </message>
</context>
<context>
    <name>toward::CheckInPage</name>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>The breath pattern “%1” is gone: the check-in goes on with “%2”.</source>
        <translation>Das Atemmuster „%1“ gibt es nicht mehr: Der Check-in geht mit „%2“ weiter.</translation>
    </message>
    <message>
        <source>E&amp;nd early</source>
        <translation>Vorzeitig &amp;beenden</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Go on</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Save answers</source>
        <translation>Antworten &amp;speichern</translation>
    </message>
    <message>
        <source>Be&amp;gin</source>
        <translation>Be&amp;ginnen</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Überspringen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Done: see it in the journal</source>
        <translation>&amp;Fertig: im Tagebuch ansehen</translation>
    </message>
    <message>
        <source>Saved in your journal</source>
        <translation>Im Tagebuch gespeichert</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Check-in · step %1 of 4: %2</source>
        <translation>Check-in · Schritt %1 von 4: %2</translation>
    </message>
    <message>
        <source>Your check-in could not be saved in the journal: %1 It stays here until it can be saved; you can also export it to a CSV file and import it later.</source>
        <translation>Ihr Check-in konnte nicht im Tagebuch gespeichert werden: %1 Er bleibt hier, bis er gespeichert werden kann; Sie können ihn auch als CSV-Datei exportieren und später importieren.</translation>
    </message>
    <message>
        <source>The saved check-in&apos;s draft could not be removed: %1</source>
        <translation>Der Entwurf des gespeicherten Check-ins konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>End the practice now?</source>
        <translation>Übung jetzt beenden?</translation>
    </message>
    <message>
        <source>You can still rate your pain and save the check-in.</source>
        <translation>Sie können Ihren Schmerz trotzdem bewerten und den Check-in speichern.</translation>
    </message>
    <message>
        <source>&amp;End the practice</source>
        <translation>Übung &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Keep practising</source>
        <translation>&amp;Weiter üben</translation>
    </message>
    <message>
        <source>Discard this check-in?</source>
        <translation>Diesen Check-in verwerfen?</translation>
    </message>
    <message>
        <source>Nothing of it will be saved in your journal.</source>
        <translation>Davon wird nichts in Ihrem Tagebuch gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>The discarded check-in&apos;s draft could not be removed: %1</source>
        <translation>Der Entwurf des verworfenen Check-ins konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Export this check-in to CSV</source>
        <translation>Diesen Check-in als CSV exportieren</translation>
    </message>
    <message>
        <source>toward-check-in-%1.csv</source>
        <translation>toward-check-in-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported the check-in to %1. Journal &gt; Import CSV adds it to the journal later.</source>
        <translation>Check-in nach %1 exportiert. Tagebuch &gt; CSV importieren fügt ihn später dem Tagebuch hinzu.</translation>
    </message>
    <message>
        <source>The check-in in progress could not be kept as a draft: %1</source>
        <translation>Der laufende Check-in konnte nicht als Entwurf behalten werden: %1</translation>
    </message>
    <message>
        <source>Pain %1.</source>
        <translation>Schmerz %1.</translation>
    </message>
    <message>
        <source>Your answers are saved. Please see a clinician before you practise.</source>
        <translation>Ihre Antworten sind gespeichert. Bitte sprechen Sie mit einer Ärztin oder einem Arzt, bevor Sie üben.</translation>
    </message>
    <message>
        <source>A change that matters.</source>
        <translation>Eine spürbare Änderung.</translation>
    </message>
    <message>
        <source>Cues: %1 toward, %2 neutral, %3 away.</source>
        <translation>Impulse: %1 hin, %2 neutral, %3 weg.</translation>
    </message>
    <message>
        <source>Ctrl+N starts the next check-in.</source>
        <translation>Strg+N startet den nächsten Check-in.</translation>
    </message>
    <message>
        <source>T</source>
        <comment>the key that rates a cue toward (better)</comment>
        <translation>H</translation>
    </message>
    <message>
        <source>N</source>
        <comment>the key that rates a cue neutral</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>A</source>
        <comment>the key that rates a cue away (worse)</comment>
        <translation>W</translation>
    </message>
</context>
<context>
    <name>toward::CheckInPracticeStep</name>
    <message>
        <source>Getting ready</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Exhale fully. Inhale deeply.</source>
        <translation>Vollständig ausatmen. Tief einatmen.</translation>
    </message>
    <message>
        <source>Settle where you are and let your breath slow down. Each cue is paced by your breath: follow the circle as it grows on the inhale and shrinks on the exhale.</source>
        <translation>Kommen Sie dort, wo Sie sind, zur Ruhe und lassen Sie Ihren Atem langsamer werden. Jeder Impuls folgt Ihrem Atem: Folgen Sie dem Kreis, der beim Einatmen wächst und beim Ausatmen kleiner wird.</translation>
    </message>
    <message>
        <source>Cue %1 of %2 · %3</source>
        <translation>Impuls %1 von %2 · %3</translation>
    </message>
    <message>
        <source>Need: %1 · Mode: %2 · %3</source>
        <translation>Bedarf: %1 · Art: %2 · %3</translation>
    </message>
    <message>
        <source>Enter: begin · Esc: end the practice</source>
        <translation>Enter: beginnen · Esc: Übung beenden</translation>
    </message>
    <message>
        <source>T: toward · N: neutral · A: away · ←: do the cue again · →: skip rating · Esc: end early</source>
        <translation>H: hin · N: neutral · W: weg · ←: Impuls wiederholen · →: ohne Bewertung weiter · Esc: vorzeitig beenden</translation>
    </message>
    <message>
        <source>Paused. Space: go on · ←: back · →: skip · Esc: end early</source>
        <translation>Pausiert. Leertaste: weiter · ←: zurück · →: überspringen · Esc: vorzeitig beenden</translation>
    </message>
    <message>
        <source>Listening… Space: pause · ←: back · →: skip · Esc: end early</source>
        <translation>Hört zu… Leertaste: Pause · ←: zurück · →: überspringen · Esc: vorzeitig beenden</translation>
    </message>
    <message>
        <source>Space: pause · ←: back · →: skip · Esc: end early</source>
        <translation>Leertaste: Pause · ←: zurück · →: überspringen · Esc: vorzeitig beenden</translation>
    </message>
</context>
<context>
    <name>toward::CheckInTableModel</name>
    <message>
        <source>Cannot be read</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>Pain was not rated after</source>
        <translation>Schmerz nachher nicht bewertet</translation>
    </message>
    <message>
        <source>%1: a change that matters</source>
        <translation>%1: eine spürbare Änderung</translation>
    </message>
    <message>
        <source>%1: a small change</source>
        <translation>%1: eine kleine Änderung</translation>
    </message>
    <message>
        <source>Pain after minus pain before: a minus means less pain. %1 marks a change that matters: at least 2 points, or 30% of the pain before.</source>
        <translation>Schmerz nachher minus Schmerz vorher: Ein Minus bedeutet weniger Schmerz. %1 markiert eine spürbare Änderung: mindestens 2 Punkte oder 30 % des Schmerzes vorher.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>toward::CheckInWhereStep</name>
    <message>
        <source>Choose where it hurts and where you are to see the practices that fit.</source>
        <translation>Wählen Sie, wo es wehtut und wo Sie sind, um die passenden Übungen zu sehen.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Build one from my regions (about %1)</source>
        <translation>Eine aus meinen Bereichen zusammenstellen (etwa %1)</translation>
    </message>
    <message>
        <source>%1: %2, %3 in all, paced by %4.</source>
        <translation>%1: %2, insgesamt %3, im Takt von %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n cue(s)</source>
        <translation>
            <numerusform>%n Impuls</numerusform>
            <numerusform>%n Impulse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toward::ColorSchemeMenu</name>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>toward::CsvImportProblemsDialog</name>
    <message>
        <source>Nothing was imported: fix the file, then import it again.</source>
        <translation>Nichts wurde importiert: Korrigieren Sie die Datei und importieren Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Die Datei</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported because of the %n problem(s) below.</source>
        <translation>
            <numerusform>%1 kann nicht importiert werden: %n Problem, siehe unten.</numerusform>
            <numerusform>%1 kann nicht importiert werden: %n Probleme, siehe unten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toward::CueFeelingsEditor</name>
    <message>
        <source>%1. %2 · %3</source>
        <translation>%1. %2 · %3</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>away (worse)</source>
        <translation>weg (schlechter)</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>toward (better)</source>
        <translation>hin (besser)</translation>
    </message>
    <message>
        <source>How “%1” felt</source>
        <translation>Gefühl bei „%1“</translation>
    </message>
</context>
<context>
    <name>toward::CueTableModel</name>
    <message>
        <source>Cue</source>
        <translation>Impuls</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Breaths</source>
        <translation>Atemzüge</translation>
    </message>
</context>
<context>
    <name>toward::DBusNotifier</name>
    <message>
        <source>Toward cannot reach this desktop&apos;s message bus (D-Bus), so it cannot show reminders outside its window: %1</source>
        <translation>Toward erreicht den Nachrichtenbus dieses Desktops (D-Bus) nicht und kann deshalb keine Erinnerungen außerhalb seines Fensters zeigen: %1</translation>
    </message>
    <message>
        <source>No notification service is running on this desktop, so Toward cannot show reminders outside its window.</source>
        <translation>Auf diesem Desktop läuft kein Benachrichtigungsdienst, deshalb kann Toward keine Erinnerungen außerhalb seines Fensters zeigen.</translation>
    </message>
    <message>
        <source>The desktop did not show the reminder: %1</source>
        <translation>Der Desktop hat die Erinnerung nicht angezeigt: %1</translation>
    </message>
    <message>
        <source>The desktop&apos;s notification service restarted and the reminder it showed is gone.</source>
        <translation>Der Benachrichtigungsdienst des Desktops wurde neu gestartet, die angezeigte Erinnerung ist verschwunden.</translation>
    </message>
    <message>
        <source>The desktop&apos;s notification service stopped and the reminder it showed is gone.</source>
        <translation>Der Benachrichtigungsdienst des Desktops wurde beendet, die angezeigte Erinnerung ist verschwunden.</translation>
    </message>
</context>
<context>
    <name>toward::DesktopActivityLoader</name>
    <message>
        <source>Toward cannot tell when you are away from the computer: %1. Movement prompts count time alone.</source>
        <translation>Toward kann nicht erkennen, wann Sie nicht am Computer sind: %1. Bewegungshinweise zählen nur die Zeit.</translation>
    </message>
</context>
<context>
    <name>toward::FairTestDialog</name>
    <message>
        <source>Fair test</source>
        <translation>Fairer Vergleich</translation>
    </message>
    <message>
        <source>The journal is not open, so no fair test can be read or started.</source>
        <translation>Das Tagebuch ist nicht geöffnet, daher kann kein fairer Vergleich gelesen oder gestartet werden.</translation>
    </message>
    <message>
        <source>The fair test cannot be read from your journal: %1</source>
        <translation>Der faire Vergleich kann nicht aus Ihrem Tagebuch gelesen werden: %1</translation>
    </message>
    <message>
        <source>The fair test&apos;s check-ins cannot be read from your journal: %1</source>
        <translation>Die Check-ins des fairen Vergleichs können nicht aus Ihrem Tagebuch gelesen werden: %1</translation>
    </message>
    <message>
        <source>Stop “%1” now?</source>
        <translation>„%1“ jetzt beenden?</translation>
    </message>
    <message>
        <source>The result is then shown from the check-ins so far; fewer check-ins make a less certain answer.</source>
        <translation>Das Ergebnis wird dann aus den bisherigen Check-ins gezeigt; weniger Check-ins ergeben eine unsicherere Antwort.</translation>
    </message>
    <message>
        <source>&amp;Stop the test</source>
        <translation>Vergleich &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Keep it running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>The fair test could not be stopped: %1</source>
        <translation>Der faire Vergleich konnte nicht beendet werden: %1</translation>
    </message>
</context>
<context>
    <name>toward::FairTestProgressView</name>
    <message>
        <source>S&amp;top early…</source>
        <translation>Vorzeitig &amp;beenden…</translation>
    </message>
    <message>
        <source>Start &amp;another…</source>
        <translation>&amp;Neuen starten…</translation>
    </message>
    <message>
        <source>The result is shown when the test ends. Stopping early shows it from the check-ins so far.</source>
        <translation>Das Ergebnis wird gezeigt, wenn der Vergleich endet. Bei vorzeitigem Beenden wird es aus den bisherigen Check-ins gezeigt.</translation>
    </message>
</context>
<context>
    <name>toward::FairTestSetupForm</name>
    <message>
        <source>Two &amp;practices</source>
        <translation>&amp;Zwei Übungen</translation>
    </message>
    <message>
        <source>A &amp;cue, against leaving it out</source>
        <translation>Ein Impuls, gegen sein &amp;Weglassen</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>&amp;Start the fair test</source>
        <translation>Fairen Vergleich &amp;starten</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Vergleichen:</translation>
    </message>
    <message>
        <source>&amp;First practice:</source>
        <translation>&amp;Erste Übung:</translation>
    </message>
    <message>
        <source>S&amp;econd practice:</source>
        <translation>Zweite Ü&amp;bung:</translation>
    </message>
    <message>
        <source>C&amp;ue:</source>
        <translation>&amp;Impuls:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>toward::JournalActions</name>
    <message>
        <source>Your journal</source>
        <translation>Ihr Tagebuch</translation>
    </message>
    <message>
        <source>some cannot be read</source>
        <translation>einige sind nicht lesbar</translation>
    </message>
    <message>
        <source>Export all check-ins to CSV (%1)</source>
        <translation>Alle Check-ins als CSV exportieren (%1)</translation>
    </message>
    <message>
        <source>Export the check-ins that match the filters to CSV (%1)</source>
        <translation>Die Check-ins, die den Filtern entsprechen, als CSV exportieren (%1)</translation>
    </message>
    <message>
        <source>toward-journal-%1.csv</source>
        <translation>toward-journal-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Exporting check-ins to %1…</source>
        <translation>Check-ins werden nach %1 exportiert…</translation>
    </message>
    <message>
        <source>The check-ins could not be exported to %1: %2</source>
        <translation>Die Check-ins konnten nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
    <message>
        <source>%1 could not be read from the damaged journal and are not in the file.</source>
        <translation>%1 konnten nicht aus dem beschädigten Tagebuch gelesen werden und fehlen in der Datei.</translation>
    </message>
    <message>
        <source>At least %1 could not be read from the damaged journal and are not in the file.</source>
        <translation>Mindestens %1 konnten nicht aus dem beschädigten Tagebuch gelesen werden und fehlen in der Datei.</translation>
    </message>
    <message>
        <source>Import check-ins from CSV</source>
        <translation>Check-ins aus CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>Importing check-ins from %1…</source>
        <translation>Check-ins werden aus %1 importiert…</translation>
    </message>
    <message>
        <source>Imported %1; %2</source>
        <translation>%1 importiert; %2</translation>
    </message>
    <message>
        <source>Export a report on all check-ins (PDF)</source>
        <translation>Bericht über alle Check-ins exportieren (PDF)</translation>
    </message>
    <message>
        <source>Export a report on the check-ins that match the filters (PDF)</source>
        <translation>Bericht über die Check-ins exportieren, die den Filtern entsprechen (PDF)</translation>
    </message>
    <message>
        <source>toward-report-%1.pdf</source>
        <translation>toward-report-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Writing a report to %1…</source>
        <translation>Bericht wird nach %1 geschrieben…</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote a report on %1 to %2</source>
        <translation>Bericht über %1 nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Backing up your journal…</source>
        <translation>Ihr Tagebuch wird gesichert…</translation>
    </message>
    <message>
        <source>The journal could not be backed up: %1</source>
        <translation>Das Tagebuch konnte nicht gesichert werden: %1</translation>
    </message>
    <message>
        <source>Journal backed up to %1</source>
        <translation>Tagebuch nach %1 gesichert</translation>
    </message>
    <message>
        <source>Daily backup failed</source>
        <translation>Tägliche Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Toward found damage in your journal: %1.</source>
        <translation>Toward hat Schäden in Ihrem Tagebuch gefunden: %1.</translation>
    </message>
    <message>
        <source>The full report is in %1.</source>
        <translation>Der vollständige Bericht liegt in %1.</translation>
    </message>
    <message>
        <source>The journal is damaged.</source>
        <translation>Das Tagebuch ist beschädigt.</translation>
    </message>
    <message>
        <source>So that nothing more is written into it, the journal is now open read-only: you can still read and export what it holds. To go on journaling, restore a backup with Journal &gt; Restore from backup…</source>
        <translation>Damit nichts mehr hineingeschrieben wird, ist das Tagebuch jetzt schreibgeschützt geöffnet: Sie können seinen Inhalt weiterhin lesen und exportieren. Um das Tagebuch weiterzuführen, stellen Sie mit Tagebuch &gt; Aus Sicherung wiederherstellen… eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Journal damaged: open read-only</source>
        <translation>Tagebuch beschädigt: schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>Journal damaged</source>
        <translation>Tagebuch beschädigt</translation>
    </message>
    <message>
        <source>Your journal is damaged</source>
        <translation>Ihr Tagebuch ist beschädigt</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There are no backups yet. Toward makes one each day it is used; Journal &gt; Back up now makes one at once.</source>
        <translation>Es gibt noch keine Sicherungen. Toward erstellt an jedem Tag, an dem es benutzt wird, eine; Tagebuch &gt; Jetzt sichern erstellt sofort eine.</translation>
    </message>
    <message>
        <source>Replace your journal with the backup made %1?</source>
        <translation>Ihr Tagebuch durch die Sicherung vom %1 ersetzen?</translation>
    </message>
    <message>
        <source>Your journal as it is now is kept in the backups folder first. Check-ins made since the backup will not be shown.</source>
        <translation>Ihr Tagebuch in seinem jetzigen Zustand wird zuerst im Sicherungsordner aufbewahrt. Check-ins seit der Sicherung werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Checking the backup and keeping a copy of your journal…</source>
        <translation>Die Sicherung wird geprüft und eine Kopie Ihres Tagebuchs aufbewahrt…</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1

Your journal was not replaced.</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: %1

Ihr Tagebuch wurde nicht ersetzt.</translation>
    </message>
    <message>
        <source>%1

Toward will close now. Your files are in %2.</source>
        <translation>%1

Toward wird jetzt geschlossen. Ihre Dateien liegen in %2.</translation>
    </message>
    <message>
        <source>Your journal was restored from the backup.</source>
        <translation>Ihr Tagebuch wurde aus der Sicherung wiederhergestellt.</translation>
    </message>
    <message>
        <source>The journal it replaced is kept as %1.</source>
        <translation>Das ersetzte Tagebuch ist als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Journal open read-only: nothing can be changed</source>
        <translation>Tagebuch schreibgeschützt geöffnet: Nichts kann geändert werden</translation>
    </message>
    <message numerus="yes">
        <source>%n was already in the journal.</source>
        <translation>
            <numerusform>%n war bereits im Tagebuch.</numerusform>
            <numerusform>%n waren bereits im Tagebuch.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toward::JournalFilterBar</name>
    <message>
        <source>All time</source>
        <translation>Gesamte Zeit</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle Bereiche</translation>
    </message>
</context>
<context>
    <name>toward::JournalPage</name>
    <message>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Check-in löschen</translation>
    </message>
    <message>
        <source>A minus means less pain. %1 marks a change that matters: at least 2 points, or 30% of the pain before.</source>
        <translation>Ein Minus bedeutet weniger Schmerz. %1 markiert eine spürbare Änderung: mindestens 2 Punkte oder 30 % des Schmerzes vorher.</translation>
    </message>
    <message>
        <source>The journal is open read-only.</source>
        <translation>Das Tagebuch ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>The journal could not take it.</source>
        <translation>Das Tagebuch konnte es nicht aufnehmen.</translation>
    </message>
    <message>
        <source>Your journal is empty.

After a practice, check in with how your pain was before and after. Your check-ins will show up here, with a chart of your pain over time and the cues and practices that help you most.

Check-ins exported from Toward before can be brought back with Journal &gt; Import CSV…</source>
        <translation>Ihr Tagebuch ist leer.

Halten Sie nach einer Übung in einem Check-in fest, wie Ihr Schmerz vorher und nachher war. Ihre Check-ins erscheinen dann hier, mit einem Diagramm Ihres Schmerzes im Verlauf und den Impulsen und Übungen, die Ihnen am meisten helfen.

Check-ins, die Sie früher aus Toward exportiert haben, holen Sie mit Tagebuch &gt; CSV importieren… zurück.</translation>
    </message>
    <message>
        <source>The check-in shown could not be read again: %1</source>
        <translation>Der angezeigte Check-in konnte nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>The check-in is saved; the filters hide it.</source>
        <translation>Der Check-in ist gespeichert; die Filter blenden ihn aus.</translation>
    </message>
    <message>
        <source>This check-in cannot be read: %1</source>
        <translation>Dieser Check-in ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Notiz gespeichert.</translation>
    </message>
    <message>
        <source>The check-in could not be deleted: %1</source>
        <translation>Der Check-in konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Check-in deleted. Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation>Check-in gelöscht. Bearbeiten &gt; Rückgängig (Strg+Z) holt ihn zurück.</translation>
    </message>
    <message>
        <source>The journal could not be changed: %1</source>
        <translation>Das Tagebuch konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Your note is still in the editor.</source>
        <translation>Ihre Notiz steht noch im Editor.</translation>
    </message>
    <message>
        <source>Finding the check-ins that match…</source>
        <translation>Passende Check-ins werden gesucht…</translation>
    </message>
    <message>
        <source>Some check-ins cannot be read: %1</source>
        <translation>Einige Check-ins sind nicht lesbar: %1</translation>
    </message>
    <message>
        <source>%1, newest first</source>
        <translation>%1, neueste zuerst</translation>
    </message>
    <message>
        <source>%1 match the filters (of %2), newest first</source>
        <translation>%1 passend zu den Filtern (von %2), neueste zuerst</translation>
    </message>
    <message>
        <source>%1 match the filters, newest first</source>
        <translation>%1 passend zu den Filtern, neueste zuerst</translation>
    </message>
    <message>
        <source>Your journal cannot be read: %1

Journal &gt; Export CSV… still saves every check-in that can be read, and Journal &gt; Restore from backup… puts a healthy copy in its place.</source>
        <translation>Ihr Tagebuch ist nicht lesbar: %1

Tagebuch &gt; CSV exportieren… speichert weiterhin jeden lesbaren Check-in, und Tagebuch &gt; Aus Sicherung wiederherstellen… setzt eine intakte Kopie an seine Stelle.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
</context>
<context>
    <name>toward::JournalProblemDialog</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>toward::JournalTrendChart</name>
    <message>
        <source>Pain over time</source>
        <translation>Schmerz im Verlauf</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <source>No check-ins match the filters.</source>
        <translation>Keine Check-ins entsprechen den Filtern.</translation>
    </message>
    <message>
        <source>Pain before, each day</source>
        <translation>Schmerz vorher, täglich</translation>
    </message>
    <message>
        <source>Pain before, average of each %1 days</source>
        <translation>Schmerz vorher, Mittel je %1 Tage</translation>
    </message>
    <message>
        <source>Pain after, each day</source>
        <translation>Schmerz nachher, täglich</translation>
    </message>
    <message>
        <source>Pain after, average of each %1 days</source>
        <translation>Schmerz nachher, Mittel je %1 Tage</translation>
    </message>
    <message>
        <source>Weekly average before</source>
        <translation>Wochenmittel vorher</translation>
    </message>
    <message>
        <source>Average before, each %1 weeks</source>
        <translation>Mittel vorher, je %1 Wochen</translation>
    </message>
    <message>
        <source>Weekly average after</source>
        <translation>Wochenmittel nachher</translation>
    </message>
    <message>
        <source>Average after, each %1 weeks</source>
        <translation>Mittel nachher, je %1 Wochen</translation>
    </message>
</context>
<context>
    <name>toward::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemsprache verwenden</translation>
    </message>
    <message>
        <source>Takes effect when Toward starts again</source>
        <translation>Wirkt beim nächsten Start von Toward</translation>
    </message>
</context>
<context>
    <name>toward::LeaningsEditor</name>
    <message>
        <source>not sure</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>Leaning from %1 to %2</source>
        <translation>Tendenz von %1 zu %2</translation>
    </message>
</context>
<context>
    <name>toward::LogindIdleMonitor</name>
    <message>
        <source>the session&apos;s idle hint (after the desktop&apos;s own idle delay)</source>
        <translation>der Leerlaufhinweis der Sitzung (nach der eigenen Leerlaufverzögerung des Desktops)</translation>
    </message>
</context>
<context>
    <name>toward::MainWindow</name>
    <message>
        <source>Start a practice</source>
        <translation>Übung starten</translation>
    </message>
    <message>
        <source>The practice “%1” cannot be started.</source>
        <translation>Die Übung „%1“ kann nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The practice “%1” was not started: the check-in you started earlier goes on.</source>
        <translation>Die Übung „%1“ wurde nicht gestartet: Der zuvor begonnene Check-in läuft weiter.</translation>
    </message>
    <message>
        <source>The check-in left unfinished last time cannot be read: %1</source>
        <translation>Der beim letzten Mal nicht beendete Check-in ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Unfinished check-in</source>
        <translation>Unfertiger Check-in</translation>
    </message>
    <message>
        <source>Go on with the check-in you started on %1 at %2?</source>
        <translation>Den Check-in fortsetzen, den Sie am %1 um %2 begonnen haben?</translation>
    </message>
    <message>
        <source>It was left at the “%1” step.</source>
        <translation>Er wurde beim Schritt „%1“ verlassen.</translation>
    </message>
    <message>
        <source>&amp;Go on</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Close keeps it, so that it can go on with the model it was started with.</source>
        <translation>Schließen behält ihn, damit er mit dem Modell weitergehen kann, mit dem er begonnen wurde.</translation>
    </message>
    <message>
        <source>Breath patterns</source>
        <translation>Atemmuster</translation>
    </message>
    <message>
        <source>

Repair or remove the file, then start Toward again to edit them.</source>
        <translation>

Reparieren oder entfernen Sie die Datei und starten Sie Toward dann neu, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>“%1” is gone, so your breath pattern is the model&apos;s: “%2”.</source>
        <translation>„%1“ gibt es nicht mehr, daher gilt das Atemmuster des Modells: „%2“.</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>Not offered, as the model has a breath pattern with the same id: %1.</source>
        <translation>Nicht angeboten, da das Modell ein Atemmuster mit derselben ID hat: %1.</translation>
    </message>
    <message>
        <source>Unsaved note</source>
        <translation>Ungespeicherte Notiz</translation>
    </message>
    <message>
        <source>The note you are editing could not be saved: %1

Close anyway and lose it?</source>
        <translation>Die Notiz, die Sie bearbeiten, konnte nicht gespeichert werden: %1

Trotzdem schließen und sie verlieren?</translation>
    </message>
    <message>
        <source>The check-in in progress cannot be kept for next time: %1

Close anyway and lose it?</source>
        <translation>Der laufende Check-in kann nicht für das nächste Mal behalten werden: %1

Trotzdem schließen und ihn verlieren?</translation>
    </message>
    <message>
        <source>Start at login could not be changed: %1</source>
        <translation>Start bei der Anmeldung konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Open practice model</source>
        <translation>Übungsmodell öffnen</translation>
    </message>
    <message>
        <source>Practice models (*.json)</source>
        <translation>Übungsmodelle (*.json)</translation>
    </message>
    <message>
        <source>Toward %1</source>
        <translation>Toward %1</translation>
    </message>
    <message>
        <source>An alignment-practice coach. The pose matters less than the direction: with each movement and each breath, move toward your spine&apos;s natural curves.</source>
        <translation>Ein Coach für Ausrichtungsübungen. Die Haltung zählt weniger als die Richtung: Gehen Sie mit jeder Bewegung und jedem Atemzug hin zu den natürlichen Kurven Ihrer Wirbelsäule.</translation>
    </message>
    <message>
        <source>About Toward</source>
        <translation>Über Toward</translation>
    </message>
    <message>
        <source>Model: %1 (built-in)</source>
        <translation>Modell: %1 (eingebaut)</translation>
    </message>
    <message>
        <source>Model: %1 — %2</source>
        <translation>Modell: %1 — %2</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Toward — journal open read-only</source>
        <translation>Toward — Tagebuch schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>Toward</source>
        <translation>Toward</translation>
    </message>
</context>
<context>
    <name>toward::ModelBrowser</name>
    <message>
        <source>curves inward, toward the front of the body</source>
        <translation>krümmt sich nach innen, zur Vorderseite des Körpers</translation>
    </message>
    <message>
        <source>curves outward, toward the back</source>
        <translation>krümmt sich nach außen, zum Rücken hin</translation>
    </message>
    <message>
        <source>about %1°</source>
        <translation>etwa %1°</translation>
    </message>
    <message>
        <source>about %1–%2°</source>
        <translation>etwa %1–%2°</translation>
    </message>
    <message>
        <source>Not part of the spine&apos;s curves.</source>
        <translation>Gehört nicht zu den Kurven der Wirbelsäule.</translation>
    </message>
    <message>
        <source>Moving away from it</source>
        <translation>Bewegung weg davon</translation>
    </message>
    <message>
        <source>Often from:</source>
        <translation>Oft durch:</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <source>From head to tail. Choose a region to see its natural shape and the ways it is pulled away from it.</source>
        <translation>Vom Kopf bis zum Steißbein. Wählen Sie einen Bereich, um seine natürliche Form zu sehen und wie er davon weggezogen wird.</translation>
    </message>
    <message>
        <source>not part of the spine&apos;s curves</source>
        <translation>gehört nicht zu den Kurven der Wirbelsäule</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source>Need:</source>
        <translation>Bedarf:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Breaths:</source>
        <translation>Atemzüge:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Works against:</source>
        <translation>Wirkt gegen:</translation>
    </message>
    <message>
        <source>Any need</source>
        <translation>Jeder Bedarf</translation>
    </message>
    <message>
        <source>Any mode</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Choose a cue to see how to do it.</source>
        <translation>Wählen Sie einen Impuls, um zu sehen, wie er geht.</translation>
    </message>
    <message>
        <source>%1 of %2 cues</source>
        <translation>%1 von %2 Impulsen</translation>
    </message>
    <message numerus="yes">
        <source>%n cue(s)</source>
        <translation>
            <numerusform>%n Impuls</numerusform>
            <numerusform>%n Impulse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toward::ModelProblemsDialog</name>
    <message>
        <source>Toward could not open the practice model %1. The model you were using stays in use.</source>
        <translation>Toward konnte das Übungsmodell %1 nicht öffnen. Das bisher verwendete Modell bleibt in Gebrauch.</translation>
    </message>
    <message>
        <source>Toward could not open the practice model %1, so it is using the built-in model.</source>
        <translation>Toward konnte das Übungsmodell %1 nicht öffnen und verwendet daher das eingebaute Modell.</translation>
    </message>
    <message>
        <source>The practice model %1 is in use. Toward ignored the parts it does not know.</source>
        <translation>Das Übungsmodell %1 ist in Gebrauch. Toward hat die Teile übergangen, die es nicht kennt.</translation>
    </message>
    <message>
        <source>Practice model warnings</source>
        <translation>Warnungen zum Übungsmodell</translation>
    </message>
    <message>
        <source>Practice model problems</source>
        <translation>Probleme mit dem Übungsmodell</translation>
    </message>
</context>
<context>
    <name>toward::MutterIdleMonitor</name>
    <message>
        <source>GNOME idle time</source>
        <translation>GNOME-Leerlaufzeit</translation>
    </message>
</context>
<context>
    <name>toward::NotifierLoader</name>
    <message>
        <source>Desktop notifications are not installed: %1. Toward cannot show reminders outside its window.</source>
        <translation>Desktop-Benachrichtigungen sind nicht installiert: %1. Toward kann keine Erinnerungen außerhalb seines Fensters zeigen.</translation>
    </message>
</context>
<context>
    <name>toward::PacerWidget</name>
    <message>
        <source>Inhale</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Exhale</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Breath %1</source>
        <translation>Atemzug %1</translation>
    </message>
    <message>
        <source>Breath %1 of %2</source>
        <translation>Atemzug %1 von %2</translation>
    </message>
    <message>
        <source>%1, breath %2</source>
        <translation>%1, Atemzug %2</translation>
    </message>
</context>
<context>
    <name>toward::PainDaysChart</name>
    <message>
        <source>Pain, the last days</source>
        <translation>Schmerz, die letzten Tage</translation>
    </message>
    <message>
        <source>%1: %2 before, %3 after</source>
        <translation>%1: %2 vorher, %3 nachher</translation>
    </message>
    <message>
        <source>%1: %2 before</source>
        <translation>%1: %2 vorher</translation>
    </message>
    <message>
        <source>No check-ins in these days.</source>
        <translation>Keine Check-ins an diesen Tagen.</translation>
    </message>
</context>
<context>
    <name>toward::PainScaleInput</name>
    <message>
        <source>Pain from 0 to 10</source>
        <translation>Schmerz von 0 bis 10</translation>
    </message>
    <message>
        <source>0 No pain</source>
        <translation>0 Kein Schmerz</translation>
    </message>
    <message>
        <source>5 Moderate</source>
        <translation>5 Mäßig</translation>
    </message>
    <message>
        <source>10 Worst imaginable</source>
        <translation>10 Schlimmstmöglich</translation>
    </message>
    <message>
        <source>No pain</source>
        <translation>Kein Schmerz</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Worst imaginable</source>
        <translation>Schlimmstmöglich</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not rated yet: type 0 to 9 (1 then 0 for 10) or use the slider</source>
        <translation>Noch nicht bewertet: 0 bis 9 tippen (1, dann 0 für 10) oder den Schieberegler nutzen</translation>
    </message>
</context>
<context>
    <name>toward::PluginLoader</name>
    <message>
        <source>%1 is not Toward&apos;s plugin</source>
        <translation>%1 ist nicht das Plugin von Toward</translation>
    </message>
    <message>
        <source>its plugin was not found</source>
        <translation>das zugehörige Plugin wurde nicht gefunden</translation>
    </message>
</context>
<context>
    <name>toward::PracticePage</name>
    <message>
        <source>Breath:</source>
        <translation>Atem:</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>This practice model has no practices. Its cues are on the Model page.</source>
        <translation>Dieses Übungsmodell hat keine Übungen. Seine Impulse stehen auf der Seite Modell.</translation>
    </message>
    <message>
        <source>Choose a practice to see its steps.</source>
        <translation>Wählen Sie eine Übung, um ihre Schritte zu sehen.</translation>
    </message>
</context>
<context>
    <name>toward::ReminderCoach</name>
    <message>
        <source>Reminders are paused until tomorrow.</source>
        <translation>Erinnerungen sind bis morgen pausiert.</translation>
    </message>
    <message>
        <source>No more reminders today.</source>
        <translation>Heute keine Erinnerungen mehr.</translation>
    </message>
    <message>
        <source>Next reminder: a check-in at %1.</source>
        <translation>Nächste Erinnerung: ein Check-in um %1.</translation>
    </message>
    <message>
        <source>Next reminder: a check-in tomorrow at %1.</source>
        <translation>Nächste Erinnerung: ein Check-in morgen um %1.</translation>
    </message>
    <message>
        <source>Next reminder: a movement prompt at about %1, if you stay at the computer.</source>
        <translation>Nächste Erinnerung: ein Bewegungshinweis gegen %1, wenn Sie am Computer bleiben.</translation>
    </message>
    <message>
        <source>No reminders: Check-in ▸ Reminders… sets them.</source>
        <translation>Keine Erinnerungen: Check-in ▸ Erinnerungen… stellt sie ein.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Time for a check-in</source>
        <translation>Zeit für einen Check-in</translation>
    </message>
    <message>
        <source>A check-in time passed while you were away. How is your back now?</source>
        <translation>Eine Check-in-Zeit ist vergangen, während Sie nicht da waren. Wie geht es Ihrem Rücken jetzt?</translation>
    </message>
    <message>
        <source>How is your back? A check-in takes a few minutes.</source>
        <translation>Wie geht es Ihrem Rücken? Ein Check-in dauert wenige Minuten.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>Zeit für Bewegung</translation>
    </message>
    <message>
        <source>You have been at the computer for %1 minutes.</source>
        <translation>Sie sind seit %1 Minuten am Computer.</translation>
    </message>
    <message>
        <source>“%1” brings your back toward its curves, right at the desk.</source>
        <translation>„%1“ bringt Ihren Rücken hin zu seinen Kurven, direkt am Schreibtisch.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
</context>
<context>
    <name>toward::ReminderHost</name>
    <message>
        <source>Toward is still here</source>
        <translation>Toward läuft noch</translation>
    </message>
    <message>
        <source>It keeps running in the tray to remind you. To quit, choose Quit Toward in the tray&apos;s menu.</source>
        <translation>Es läuft in der Kontrollleiste weiter, um Sie zu erinnern. Zum Beenden wählen Sie „Toward beenden“ im Menü der Kontrollleiste.</translation>
    </message>
    <message>
        <source>Breaks are noticed through %1.</source>
        <translation>Pausen werden über %1 erkannt.</translation>
    </message>
    <message>
        <source>Reminders appear as the desktop&apos;s notifications.</source>
        <translation>Erinnerungen erscheinen als Benachrichtigungen des Desktops.</translation>
    </message>
    <message>
        <source>%1 Reminders appear by Toward&apos;s icon in the tray.</source>
        <translation>%1 Erinnerungen erscheinen am Symbol von Toward in der Kontrollleiste.</translation>
    </message>
    <message>
        <source>%1 There is no tray either: reminders appear in a small window of Toward&apos;s, and Toward quits when its window is closed.</source>
        <translation>%1 Es gibt auch keine Kontrollleiste: Erinnerungen erscheinen in einem kleinen Fenster von Toward, und Toward wird beendet, wenn sein Fenster geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>toward::ReminderSettingsDialog</name>
    <message>
        <source>“%1” is not a time of day: write times like 9:00 or 18:30, with commas between them.</source>
        <translation>„%1“ ist keine Uhrzeit: Schreiben Sie Zeiten wie 9:00 oder 18:30, mit Kommas dazwischen.</translation>
    </message>
    <message>
        <source>Write at least one time, like 9:00.</source>
        <translation>Schreiben Sie mindestens eine Zeit, etwa 9:00.</translation>
    </message>
</context>
<context>
    <name>toward::SoundOutputLoader</name>
    <message>
        <source>Sound is not installed: %1. The pacer goes on without sound.</source>
        <translation>Ton ist nicht installiert: %1. Der Atemtakt läuft ohne Ton weiter.</translation>
    </message>
</context>
<context>
    <name>toward::SoundSettingsDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The system&apos;s default voice</source>
        <translation>Standardstimme des Systems</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (nicht verfügbar)</translation>
    </message>
</context>
<context>
    <name>toward::SpineWidget</name>
    <message>
        <source>toward: curve to the front</source>
        <translation>hin: Kurve nach vorn</translation>
    </message>
    <message>
        <source>toward: curve to the back</source>
        <translation>hin: Kurve nach hinten</translation>
    </message>
    <message>
        <source>Spine</source>
        <translation>Wirbelsäule</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorn</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Hinten</translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation>%1, ausgewählt</translation>
    </message>
    <message>
        <source>%1, not selected</source>
        <translation>%1, nicht ausgewählt</translation>
    </message>
    <message>
        <source>No region selected</source>
        <translation>Kein Bereich ausgewählt</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message>
        <source>Cue: %1, %2</source>
        <translation>Impuls: %1, %2</translation>
    </message>
    <message>
        <source>Cue: %1</source>
        <translation>Impuls: %1</translation>
    </message>
</context>
<context>
    <name>toward::TodayPage</name>
    <message>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <source>The journal cannot be read: %1</source>
        <translation>Das Tagebuch ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>No check-in yet today.</source>
        <translation>Heute noch kein Check-in.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Today: %1. Pain %2.</source>
        <translation>Heute: %1. Schmerz %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>gestern um %1</translation>
    </message>
    <message>
        <source>Your last check-in: %1, pain %2.</source>
        <translation>Ihr letzter Check-in: %1, Schmerz %2.</translation>
    </message>
    <message>
        <source>One check-in a day starts a run of days.</source>
        <translation>Ein Check-in am Tag beginnt eine Serie von Tagen.</translation>
    </message>
    <message>
        <source>No check-ins in the last %1 days.</source>
        <translation>Keine Check-ins in den letzten %1 Tagen.</translation>
    </message>
    <message>
        <source>Pain, the last %1 days: before (hollow) and after (filled) each day&apos;s check-ins, 0 at the bottom, 10 at the top</source>
        <translation>Schmerz, die letzten %1 Tage: vorher (hohl) und nachher (gefüllt) bei den Check-ins jedes Tages, 0 unten, 10 oben</translation>
    </message>
    <message>
        <source>&amp;Quick reset: %1 (%2)</source>
        <translation>&amp;Kurz ausrichten: %1 (%2)</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <extracomment>Today&apos;s date without the year, as a QDate format: dddd the weekday, d the day, MMMM the month</extracomment>
        <translation>dddd, d. MMMM</translation>
    </message>
</context>
<context>
    <name>toward::TrayIcon</name>
    <message>
        <source>Toward</source>
        <translation>Toward</translation>
    </message>
    <message>
        <source>Hide Toward</source>
        <translation>Toward ausblenden</translation>
    </message>
    <message>
        <source>Start a check-in</source>
        <translation>Check-in starten</translation>
    </message>
    <message>
        <source>Quick reset</source>
        <translation>Kurz ausrichten</translation>
    </message>
    <message>
        <source>Postpone reminders</source>
        <translation>Erinnerungen aufschieben</translation>
    </message>
    <message>
        <source>For 5 minutes</source>
        <translation>Für 5 Minuten</translation>
    </message>
    <message>
        <source>For 15 minutes</source>
        <translation>Für 15 Minuten</translation>
    </message>
    <message>
        <source>For an hour</source>
        <translation>Für eine Stunde</translation>
    </message>
    <message>
        <source>Pause until tomorrow</source>
        <translation>Bis morgen pausieren</translation>
    </message>
    <message>
        <source>Quit Toward</source>
        <translation>Toward beenden</translation>
    </message>
    <message>
        <source>Show Toward</source>
        <translation>Toward anzeigen</translation>
    </message>
</context>
<context>
    <name>toward::TrayNotifier</name>
    <message>
        <source>There is no system tray to show reminders in.</source>
        <translation>Es gibt keine Kontrollleiste, in der Erinnerungen erscheinen könnten.</translation>
    </message>
</context>
<context>
    <name>toward::VoiceOutputLoader</name>
    <message>
        <source>The voice is not installed: %1. Tones only.</source>
        <translation>Die Stimme ist nicht installiert: %1. Nur Töne.</translation>
    </message>
</context>
<context>
    <name>toward::WelcomeDialog</name>
    <message>
        <source>Welcome to Toward</source>
        <translation>Willkommen bei Toward</translation>
    </message>
    <message>
        <source>How Toward works</source>
        <translation>So funktioniert Toward</translation>
    </message>
    <message>
        <source>&amp;Start a first check-in</source>
        <translation>Ersten Check-in &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Look around first</source>
        <translation>Zuerst &amp;umsehen</translation>
    </message>
</context>
<context>
    <name>toward::WelcomePicture</name>
    <message>
        <source>A spine seen from the side</source>
        <translation>Eine Wirbelsäule von der Seite gesehen</translation>
    </message>
    <message>
        <source>The spine&apos;s four natural curves: the neck and the low back curve to the front, the upper back and the pelvis to the back. A faded straight line is the flattened spine, away from the curves; arrows go from it toward each curve.</source>
        <translation>Die vier natürlichen Kurven der Wirbelsäule: Nacken und unterer Rücken krümmen sich nach vorn, oberer Rücken und Becken nach hinten. Eine blasse gerade Linie ist die abgeflachte Wirbelsäule, weg von den Kurven; Pfeile führen von ihr hin zu jeder Kurve.</translation>
    </message>
</context>
<context>
    <name>toward::WhatHelpsForestPlot</name>
    <message>
        <source>What helps, as a chart</source>
        <translation>Was hilft, als Diagramm</translation>
    </message>
    <message>
        <source>The same estimates are in the table below.</source>
        <translation>Dieselben Schätzungen stehen in der Tabelle unten.</translation>
    </message>
</context>
<context>
    <name>toward::WhatHelpsTableModel</name>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Impuls</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Compared with your usual</source>
        <translation>Im Vergleich zu sonst</translation>
    </message>
    <message>
        <source>Pain after, in points (90% range)</source>
        <translation>Schmerz nachher, in Punkten (90-%-Bereich)</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Einsätze</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Changes that matter</source>
        <translation>Spürbare Änderungen</translation>
    </message>
    <message>
        <source>Why not enough data</source>
        <translation>Warum zu wenig Daten</translation>
    </message>
</context>
<context>
    <name>toward::XSyncIdleMonitor</name>
    <message>
        <source>the X server does not tell how long it has been idle</source>
        <translation>der X-Server meldet nicht, wie lange er im Leerlauf ist</translation>
    </message>
    <message>
        <source>X11 idle time</source>
        <translation>X11-Leerlaufzeit</translation>
    </message>
</context>
<context>
    <name>toward::XcbConnection</name>
    <message>
        <source>this is not an X11 session</source>
        <translation>dies ist keine X11-Sitzung</translation>
    </message>
    <message>
        <source>the X server %1 does not answer</source>
        <translation>der X-Server %1 antwortet nicht</translation>
    </message>
</context>
</TS>
