#pragma once

#include "model/PracticeModel.h"
#include "practice/MonotonicClock.h"

#include <QList>

#include <chrono>
#include <optional>

namespace toward {

enum class BreathPhase { Inhale, HoldIn, Exhale, HoldOut };

// Where a breath pattern stands at a moment of practice.
struct PacerState {
    BreathPhase phase = BreathPhase::Inhale;
    double progress = 0; // through the phase, 0 to 1
    int breath = 1; // 1-based
    milliseconds phaseLeft {0};
    bool finished = false; // all breaths done; the other fields describe the very end

    friend bool operator==(const PacerState &, const PacerState &) = default;
};

struct PhaseChange {
    milliseconds at {0}; // practice time (pauses excluded)
    BreathPhase phase = BreathPhase::Inhale; // the phase that begins
    int breath = 1;

    friend bool operator==(const PhaseChange &, const PhaseChange &) = default;
};

// Paces breathing through a pattern. Its state is always computed from the practice time that has
// passed on the clock (less pauses), never by counting ticks, so late or missed ticks cannot make
// it drift. Phases of zero length (a pattern without holds) are skipped.
class BreathPacer {
public:
    // `breaths`: how many breaths the practice lasts; none: endless.
    BreathPacer(
        const BreathPattern &pattern, const MonotonicClock &clock, std::optional<int> breaths = {});

    void start();
    void pause();
    void resume();
    bool isRunning() const { return m_startedAt.has_value() && !m_pausedAt.has_value(); }
    bool isPaused() const { return m_pausedAt.has_value(); }

    // Practice time so far: zero before start, frozen while paused.
    milliseconds elapsed() const;
    PacerState state() const { return stateAt(elapsed()); }
    PacerState stateAt(milliseconds practiceTime) const;
    // Time until the next phase change (or the end); none when finished or when not running.
    std::optional<milliseconds> untilNextChange() const;
    // Every phase change in (from, to], in order, so none is lost when the caller was late.
    QList<PhaseChange> changesBetween(milliseconds from, milliseconds to) const;

    milliseconds totalLength() const; // zero when endless
    const BreathPattern &pattern() const { return m_pattern; }

private:
    struct Segment {
        BreathPhase phase;
        milliseconds start; // within the breath
        milliseconds length;
    };

    std::chrono::nanoseconds activeTime() const;

    BreathPattern m_pattern;
    const MonotonicClock &m_clock;
    std::optional<int> m_breaths;
    QList<Segment> m_segments; // the pattern's non-empty phases, in order
    std::optional<std::chrono::nanoseconds> m_startedAt;
    std::optional<std::chrono::nanoseconds> m_pausedAt;
    std::chrono::nanoseconds m_pausedTotal {0};
};

} // namespace toward
