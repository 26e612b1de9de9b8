#pragma once

#include "model/PracticeModel.h"

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

// Where the phases of a breath pattern fall in practice time, breath after breath: a pure function
// of the time, which is what keeps late or missed ticks from making anything drift. Phases of zero
// length (a pattern without holds) are skipped.
class BreathSchedule {
public:
    // `breaths`: how many breaths the practice lasts; none: endless.
    explicit BreathSchedule(const BreathPattern &pattern, std::optional<int> breaths = {});

    PacerState stateAt(milliseconds practiceTime) const;
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

    BreathPattern m_pattern;
    std::optional<int> m_breaths;
    QList<Segment> m_segments; // the pattern's non-empty phases, in order
};

} // namespace toward
