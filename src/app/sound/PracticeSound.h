#pragma once

#include "practice/MonotonicClock.h"
#include "practice/PracticeStopwatch.h"
#include "sound/SoundSchedule.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace toward {

class SoundOutput;

// Plays one part of a practice (a SoundSchedule) through a SoundOutput, in practice time on its
// own stopwatch: a pause silences it and resuming goes on where it stopped. It wakes only for the
// next event, with one precise single-shot timer, never a frame timer, so it can run with the
// window hidden. Skip and back start a new schedule.
class PracticeSound final : public QObject {
    Q_OBJECT

public:
    // A tone this late is dropped after a stall, unless it is the latest one due: a burst of old
    // tones would only confuse the breath.
    static constexpr milliseconds LateToneLimit {250};

    // Neither `clock` nor `output` is owned; both must outlive this object.
    PracticeSound(const MonotonicClock &clock, SoundOutput &output, QObject *parent = nullptr);

    // Plays `schedule` from the practice time `from` on, as the stopwatch starts now: the events
    // at `from` and after are heard, none before. From the start by default. `paused`: wait for
    // resume().
    void play(
        const SoundSchedule &schedule, milliseconds from = milliseconds(0), bool paused = false);
    void pause();
    void resume();
    // Silent until the next play().
    void stop();

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

private:
    void armTimer();

    const MonotonicClock &m_clock;
    SoundOutput &m_output;
    std::optional<SoundSchedule> m_schedule;
    std::optional<PracticeStopwatch> m_stopwatch;
    milliseconds m_from {0};
    milliseconds m_heardUntil {SoundSchedule::BeforeStart}; // every event up to it was handled
    std::optional<milliseconds> m_wakeAt;
    QTimer m_timer;
};

} // namespace toward
