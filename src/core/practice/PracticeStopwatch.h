#pragma once

#include "practice/MonotonicClock.h"

#include <chrono>
#include <optional>

namespace toward {

using std::chrono::milliseconds;

// Practice time: the time a clock has moved since start, less pauses. Whatever is timed by the
// same stopwatch (breaths, sounds) stops and goes on together.
class PracticeStopwatch {
public:
    explicit PracticeStopwatch(const MonotonicClock &clock);

    void start();
    void pause();
    void resume();
    bool isRunning() const { return m_startedAt.has_value() && !m_pausedAt.has_value(); }
    bool isPaused() const { return m_pausedAt.has_value(); }

    // Zero before start, frozen while paused.
    milliseconds elapsed() const;

private:
    const MonotonicClock &m_clock;
    std::optional<std::chrono::nanoseconds> m_startedAt;
    std::optional<std::chrono::nanoseconds> m_pausedAt;
    std::chrono::nanoseconds m_pausedTotal {0};
};

} // namespace toward
