#include "practice/BreathPacer.h"

namespace toward {

BreathPacer::BreathPacer(
    const BreathPattern &pattern, const MonotonicClock &clock, std::optional<int> breaths)
    : m_schedule(pattern, breaths)
    , m_stopwatch(clock)
{
}

std::optional<milliseconds> BreathPacer::untilNextChange() const
{
    if (!isRunning())
        return std::nullopt;
    const PacerState now = state();
    if (now.finished)
        return std::nullopt;
    return now.phaseLeft;
}

} // namespace toward
