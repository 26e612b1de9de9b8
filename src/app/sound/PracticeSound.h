#pragma once

#include "practice/MonotonicClock.h"
#include "practice/PracticeStopwatch.h"
#include "sound/SoundSchedule.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace toward {

class SoundOutput;
class VoiceOutput;

// Plays one part of a practice (a SoundSchedule): its tones through a SoundOutput and its words
// through a VoiceOutput, in practice time on its own stopwatch: a pause silences it and resuming
// goes on where it stopped. It wakes only for the next event, with one precise single-shot timer,
// never a frame timer, so it can run with the window hidden. Skip and back start a new schedule.
//
// With speech the breaths begin once the voice has said the opening, whenever that is: the
// schedule learns the opening's length then, and breathsBegin() tells the visual pacer to start.
class PracticeSound final : public QObject {
    Q_OBJECT

public:
    // A tone this late is dropped after a stall, unless it is the latest one due: a burst of old
    // tones would only confuse the breath.
    static constexpr milliseconds LateToneLimit {250};

    // None of `clock`, `tones` and `voice` is owned; all must outlive this object. Without a
    // voice only the tones are heard, and an opening to be spoken counts as said at once.
    PracticeSound(const MonotonicClock &clock, SoundOutput &tones, VoiceOutput *voice = nullptr,
        QObject *parent = nullptr);
    ~PracticeSound() override;

    // Says "in", "hold", "out" with each tone, through the voice.
    void setSpeaksPhases(bool speaks) { m_speaksPhases = speaks; }

    // Plays `schedule` from the practice time `from` on, as the stopwatch starts now: the events
    // at `from` and after are heard, none before. From the start by default. `paused`: wait for
    // resume().
    void play(
        const SoundSchedule &schedule, milliseconds from = milliseconds(0), bool paused = false);
    // Stops the voice too. Resumed during the opening, the opening is said again from its start.
    void pause();
    void resume();
    // Silent until the next play().
    void stop();

    bool hasVoice() const { return m_voice != nullptr; }
    bool isPlaying() const { return m_stopwatch.has_value(); }
    bool isPaused() const { return m_stopwatch && m_stopwatch->isPaused(); }
    // Practice time in the schedule: `from` at the start, frozen while paused.
    milliseconds elapsed() const;

    bool isTimerActive() const { return m_timer.isActive(); }
    // When the timer will wake, in the schedule's practice time; none while it sleeps.
    std::optional<milliseconds> wakeAt() const;

    // Plays every event due since the last look, then sleeps until the next. The timer calls it;
    // tests on a manual clock call it themselves.
    void catchUp();

signals:
    // The opening has been said and the breaths begin now, in the stopwatch's time: for the visual
    // pacer to start at the same moment. Not emitted when the schedule has no spoken opening.
    void breathsBegin();

private:
    void sayOpening(const QString &words);
    void openingSpoken();
    void armTimer();

    const MonotonicClock &m_clock;
    SoundOutput &m_tones;
    VoiceOutput *m_voice;
    bool m_speaksPhases = false;
    std::optional<SoundSchedule> m_schedule;
    std::optional<PracticeStopwatch> m_stopwatch;
    milliseconds m_from {0};
    milliseconds m_heardUntil {SoundSchedule::BeforeStart}; // every event up to it was handled
    std::optional<milliseconds> m_wakeAt;
    enum class Opening { NotSaid, Saying, Spoken };
    Opening m_opening = Opening::NotSaid;
    QTimer m_timer;
};

} // namespace toward
