#pragma once

#include "Clock.h"
#include "Result.h"
#include "journal/CheckIn.h"
#include "model/PracticeModel.h"
#include "practice/CheckInDraft.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <initializer_list>
#include <optional>

namespace toward {

class JournalStore;

// The cue on screen while practising, with what the page shows about it.
struct CurrentCue {
    Cue cue;
    QString regionId;
    QString regionName;
    int breaths = 0; // the step's own count, for the pacer
    int index = 0; // 0-based
    int count = 0; // steps in the practice
    std::optional<CueFeeling> feeling; // as rated so far, when the person came back to it
};

// One check-in from choosing where to practise to the saved journal entry, as a state machine
// that the check-in pages only display and feed. Every input says whether it was accepted and,
// if not, why; a refused input changes nothing. The breath pacer belongs to the page: the flow
// only knows which cue is current.
//
// A value type (copyable, no signals): the page that owns it refreshes after each accepted input.
class CheckInFlow {
public:
    // Starts a check-in now: its id and start time are fixed here. `defaultBreathPatternId` is the
    // person's chosen default; empty, or not in the model: the model's default.
    CheckInFlow(PracticeModel model, Clock now, QString defaultBreathPatternId = {});
    // Continues a check-in from its draft. Fails, in words, when the model no longer has what the
    // draft refers to or the draft does not describe a check-in that can go on.
    static Result<CheckInFlow> resume(CheckInDraft draft, PracticeModel model, Clock now);

    // Where and when (ChoosingWhere). Changing regions or context keeps the chosen practice only
    // while it still fits (a built one is rebuilt); a different practice starts from its first cue.
    Result<void> setRegions(const QStringList &regionIds);
    Result<void> setContext(Context context);
    // Also selects the practice's own breath pattern (the person's default if it names none).
    Result<void> choosePractice(const QString &practiceId);
    // Where and what from a practice alone, as a launcher asks for it: the regions of its cues,
    // the first place it can be done (in the vocabulary's order) and the practice itself.
    Result<void> setUpPractice(const QString &practiceId);
    // Builds about five minutes from the chosen regions' cues, with the person's default pattern.
    Result<void> chooseBuiltPractice();
    // Once regions and context are known and no practice is chosen: the first of the model's
    // practices that fits, or else one built from the regions. Changes nothing otherwise, or
    // when nothing fits at all; next() then says why.
    void suggestPractice();
    Result<void> setBreathPattern(const QString &patternId);
    // The person made, changed or deleted patterns of their own: `patterns` (never empty, the
    // default first) are on offer from now on. A chosen pattern that is gone gives way to the
    // practice's own or the default. Only while choosing: a practice is paced by what it began
    // with.
    Result<void> useBreathPatterns(QList<BreathPattern> patterns);

    // Before (RatingBefore).
    Result<void> setPainBefore(int pain);
    // No leaning: the person did not say.
    Result<void> setLeaningBefore(const QString &directionId, std::optional<Leaning> leaning);
    Result<void> setRedFlag(RedFlag flag, bool ticked);

    // Practice. startPractice() is refused while any red flag is ticked.
    Result<void> startPractice(); // BreathIntro -> first cue
    // How each cue felt is asked after its breaths (RatingCue), or, for practising with eyes
    // closed, only at the end: a cue's breaths then lead straight on to the next cue, and the
    // feelings are given with setCueFeeling at "after". Can be changed until the practice ends.
    Result<void> setRateCuesAtEnd(bool atEnd);
    bool ratesCuesAtEnd() const { return m_draft.rateCuesAtEnd; }
    // Nothing was practised yet, or the practice goes on (no red flag stopped it).
    bool isBeforePracticeEnd() const;
    Result<void> rateCue(CueFeeling feeling); // RatingCue -> next cue, or "after" after the last
    // Right: on to the next cue (after the last: the practice is complete); a cue left before it
    // was rated keeps no feeling, or the one it was given earlier.
    Result<void> skipCue();
    Result<void> previousCue(); // Left: back to the cue before; refused at the first
    Result<void> endEarly(); // from the intro or any cue; pain after becomes optional

    // After (RatingAfter; the note also with the red-flag advice). No pain: not rated.
    Result<void> setPainAfter(std::optional<int> pain);
    Result<void> setLeaningAfter(const QString &directionId, std::optional<Leaning> leaning);
    Result<void> setNote(const QString &note);
    // How a cue that was reached felt, given (or changed, or taken back) at "after".
    Result<void> setCueFeeling(int step, std::optional<CueFeeling> feeling);
    // The practice's steps that were reached, in order, with their feelings so far: what
    // setCueFeeling can rate.
    QList<CurrentCue> reachedCues() const;
    // Adds the check-in to the journal. When that fails, nothing is lost: the flow stays where it
    // was with saveError() set, and save() can be tried again.
    Result<void> save(JournalStore &journal);

    // The page after this one: ChoosingWhere -> RatingBefore -> RedFlagAdvice or BreathIntro ->
    // (startPractice) -> PracticingCue -> RatingCue (the cue's breaths are done; when cues are
    // rated at the end, the next cue or "after" instead).
    Result<void> next();
    // The page before, keeping every answer: from a cue, the cue before (the intro from the
    // first); from rating a cue, the cue again; from "after", back where the practice ended, which
    // undoes the ending.
    Result<void> back();

    const PracticeModel &model() const { return m_model; }
    CheckInStage stage() const { return m_draft.stage; }
    // The whole state, for saving as a draft.
    const CheckInDraft &draft() const { return m_draft; }
    // Valid while the flow lives.
    QList<const Practice *> fittingPractices() const;
    const std::optional<Practice> &practice() const { return m_draft.practice; }
    std::optional<BreathPattern> breathPattern() const;
    milliseconds practiceLength() const; // the chosen practice at the chosen pattern
    std::optional<CurrentCue> currentCue() const; // while practising or rating a cue
    bool hasRedFlags() const { return !m_draft.redFlags.isEmpty(); }
    bool stoppedEarly() const { return m_draft.ending == PracticeEnding::Early; }
    // Pain after minus pain before (negative: less pain); none until both are rated.
    std::optional<int> painChange() const;
    bool isMeaningfulChange() const;
    bool canSave() const;
    // Why the last save failed; empty when it did not.
    const QString &saveError() const { return m_saveError; }
    // The journal record as it stands. Names are copied from the model. A check-in with red flags
    // records no practice, cues or pain after: nothing was practised.
    CheckIn toCheckIn() const;

private:
    CheckInFlow(PracticeModel model, Clock now, CheckInDraft draft);

    Result<void> requireStage(
        std::initializer_list<CheckInStage> stages, const QString &action) const;
    QDateTime currentTime() const;
    const BreathPattern &defaultBreathPattern() const;
    void keepPracticeFitting();
    void setPractice(std::optional<Practice> practice);
    Result<void> setLeaning(
        QMap<QString, Leaning> &leanings, const QString &directionId, std::optional<Leaning>);
    QList<LeaningRecord> leaningRecords(const QMap<QString, Leaning> &leanings) const;
    void moveToNextCue();
    CurrentCue cueAt(int step) const;
    void finishPractice(PracticeEnding ending);

    PracticeModel m_model;
    Clock m_now;
    CheckInDraft m_draft;
    QString m_saveError;
};

} // namespace toward
