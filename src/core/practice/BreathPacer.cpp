#include "practice/BreathPacer.h"

#include <algorithm>

namespace toward {

using std::chrono::duration_cast;
using std::chrono::nanoseconds;

BreathPacer::BreathPacer(
    const BreathPattern &pattern, const MonotonicClock &clock, std::optional<int> breaths)
    : m_pattern(pattern)
    , m_clock(clock)
    , m_breaths(breaths)
{
    milliseconds start {0};
    for (const auto &[phase, length] : {std::pair {BreathPhase::Inhale, pattern.inhale},
             std::pair {BreathPhase::HoldIn, pattern.holdIn},
             std::pair {BreathPhase::Exhale, pattern.exhale},
             std::pair {BreathPhase::HoldOut, pattern.holdOut}}) {
        if (length.count() > 0) {
            m_segments.append({phase, start, length});
            start += length;
        }
    }
    Q_ASSERT(!m_segments.isEmpty());
}

void BreathPacer::start()
{
    m_startedAt = m_clock.now();
    m_pausedAt.reset();
    m_pausedTotal = nanoseconds(0);
}

void BreathPacer::pause()
{
    if (isRunning())
        m_pausedAt = m_clock.now();
}

void BreathPacer::resume()
{
    if (!m_pausedAt)
        return;
    m_pausedTotal += m_clock.now() - *m_pausedAt;
    m_pausedAt.reset();
}

nanoseconds BreathPacer::activeTime() const
{
    if (!m_startedAt)
        return nanoseconds(0);
    const nanoseconds until = m_pausedAt.value_or(m_clock.now());
    return until - *m_startedAt - m_pausedTotal;
}

milliseconds BreathPacer::elapsed() const
{
    return duration_cast<milliseconds>(activeTime());
}

milliseconds BreathPacer::totalLength() const
{
    return m_breaths ? m_pattern.cycle() * *m_breaths : milliseconds(0);
}

PacerState BreathPacer::stateAt(milliseconds practiceTime) const
{
    const milliseconds cycle = m_pattern.cycle();
    practiceTime = std::max(practiceTime, milliseconds(0));
    if (m_breaths && practiceTime >= totalLength()) {
        const Segment &last = m_segments.constLast();
        return {last.phase, 1.0, *m_breaths, milliseconds(0), true};
    }
    const int breath = int(practiceTime / cycle) + 1;
    const milliseconds within = practiceTime % cycle;
    const auto segment = std::find_if(m_segments.cbegin(), m_segments.cend(),
        [within](const Segment &s) { return within < s.start + s.length; });
    const milliseconds intoPhase = within - segment->start;
    return {segment->phase, double(intoPhase.count()) / double(segment->length.count()), breath,
        segment->length - intoPhase, false};
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

QList<PhaseChange> BreathPacer::changesBetween(milliseconds from, milliseconds to) const
{
    QList<PhaseChange> changes;
    const milliseconds cycle = m_pattern.cycle();
    const milliseconds end = m_breaths ? std::min(to, totalLength() - milliseconds(1)) : to;
    for (milliseconds breathStart = std::max(from, milliseconds(0)) / cycle * cycle;
         breathStart <= end; breathStart += cycle) {
        for (const Segment &segment : m_segments) {
            const milliseconds at = breathStart + segment.start;
            if (at > from && at <= end)
                changes.append({at, segment.phase, int(breathStart / cycle) + 1});
        }
    }
    return changes;
}

} // namespace toward
