#pragma once

#include "model/PracticeModel.h"
#include "practice/BreathSchedule.h"

#include <QList>
#include <QString>

#include <optional>

namespace toward {

struct CurrentCue;

enum class SoundEventKind {
    Opening, // at the start: the cue's title and instruction, or the intro
    Tone, // a phase of the breath begins
    Prompt, // the cue's breaths are done: rate it, or go on to the next cue
    PracticeEnd, // the last cue's breaths are done
};

struct SoundEvent {
    milliseconds at {0}; // practice time since the schedule's start
    SoundEventKind kind = SoundEventKind::Opening;
    BreathPhase phase = BreathPhase::Inhale; // tones only
    int breath = 0; // tones only, 1-based
    QString words; // what to say; every kind but Tone is spoken

    friend bool operator==(const SoundEvent &, const SoundEvent &) = default;
};

// Whether the schedule says words or plays tones alone.
enum class Speech { Off, On };

// What the person does when a cue's breaths are done.
enum class AfterCue { Rate, MoveOn };

// What to play in one part of a practice (the intro, or one cue) and when, in practice time from
// the part's start: the spoken opening at zero, then a tone at each phase change of the cue's
// breaths, then, when they are done, a spoken prompt and after the last cue the practice's end.
// A pure value: the player reads practice time from a PracticeStopwatch, so a pause silences the
// schedule and resuming goes on where it stopped; skip and back start a new schedule for the new
// cue.
//
// With speech the breaths begin when the opening has been spoken; its length is known only once
// the voice has said it, so until setOpeningLength() the schedule lists nothing after the opening.
// Without speech they begin after a fixed lead-in.
class SoundSchedule {
public:
    static constexpr milliseconds LeadIn {2000};
    // Asking for the events after this finds the one at zero too.
    static constexpr milliseconds BeforeStart {-1};

    static SoundSchedule forIntro(Speech speech);
    static SoundSchedule forCue(
        const CurrentCue &current, const BreathPattern &pattern, AfterCue after, Speech speech);
    // One breath of `pattern` after the intro's words, to try the sound settings with.
    static SoundSchedule forSample(const BreathPattern &pattern, Speech speech);

    // The practice time at which the voice finished the opening. Only the first call counts: the
    // breaths cannot move once they may have begun.
    void setOpeningLength(milliseconds length);
    // When the breaths begin; none while the opening is still being spoken.
    std::optional<milliseconds> breathsStart() const { return m_breathsStart; }

    // Every event in (from, to], in order, so none is lost when the player was late.
    QList<SoundEvent> eventsBetween(milliseconds from, milliseconds to) const;
    // When the first event after `time` falls; none when nothing more is known to come.
    std::optional<milliseconds> nextEventAfter(milliseconds time) const;

private:
    SoundSchedule(QString openingWords, std::optional<BreathSchedule> breaths,
        QList<SoundEvent> closing, Speech speech);

    milliseconds lastEventAt() const;

    QString m_openingWords; // empty: nothing said
    std::optional<BreathSchedule> m_breaths;
    QList<SoundEvent> m_closing; // said when the breaths are done
    std::optional<milliseconds> m_breathsStart;
};

} // namespace toward
