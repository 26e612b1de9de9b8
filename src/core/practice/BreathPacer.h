#pragma once

#include "model/PracticeModel.h"
#include "practice/BreathSchedule.h"
#include "practice/MonotonicClock.h"
#include "practice/PracticeStopwatch.h"

#include <QList>

#include <chrono>
#include <optional>

namespace toward {

// Paces breathing through a pattern: its schedule read at the practice time on a stopwatch, never
// by counting ticks.
class BreathPacer {
public:
    // `breaths`: how many breaths the practice lasts; none: endless.
    BreathPacer(
        const BreathPattern &pattern, const MonotonicClock &clock, std::optional<int> breaths = {});

    void start() { m_stopwatch.start(); }
    void pause() { m_stopwatch.pause(); }
    void resume() { m_stopwatch.resume(); }
    bool isRunning() const { return m_stopwatch.isRunning(); }
    bool isPaused() const { return m_stopwatch.isPaused(); }

    // Practice time so far: zero before start, frozen while paused.
    milliseconds elapsed() const { return m_stopwatch.elapsed(); }
    PacerState state() const { return stateAt(elapsed()); }
    PacerState stateAt(milliseconds practiceTime) const { return m_schedule.stateAt(practiceTime); }
    // Time until the next phase change (or the end); none when finished or when not running.
    std::optional<milliseconds> untilNextChange() const;
    // Every phase change in (from, to], in order, so none is lost when the caller was late.
    QList<PhaseChange> changesBetween(milliseconds from, milliseconds to) const
    {
        return m_schedule.changesBetween(from, to);
    }

    milliseconds totalLength() const { return m_schedule.totalLength(); } // zero when endless
    const BreathPattern &pattern() const { return m_schedule.pattern(); }

private:
    BreathSchedule m_schedule;
    PracticeStopwatch m_stopwatch;
};

} // namespace toward
