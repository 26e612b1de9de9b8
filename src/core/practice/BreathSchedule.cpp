#include "practice/BreathSchedule.h"

#include <algorithm>

namespace toward {

BreathSchedule::BreathSchedule(const BreathPattern &pattern, std::optional<int> breaths)
    : m_pattern(pattern)
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

milliseconds BreathSchedule::totalLength() const
{
    return m_breaths ? m_pattern.cycle() * *m_breaths : milliseconds(0);
}

PacerState BreathSchedule::stateAt(milliseconds practiceTime) const
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

QList<PhaseChange> BreathSchedule::changesBetween(milliseconds from, milliseconds to) const
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
