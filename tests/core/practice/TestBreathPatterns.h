#pragma once

#include "model/PracticeModel.h"
#include "practice/BreathSchedule.h"

#include <array>
#include <chrono>
#include <utility>

namespace toward::test {

inline BreathPattern breathPattern(
    milliseconds inhale, milliseconds holdIn, milliseconds exhale, milliseconds holdOut)
{
    BreathPattern pattern;
    pattern.id = QStringLiteral("test");
    pattern.inhale = inhale;
    pattern.holdIn = holdIn;
    pattern.exhale = exhale;
    pattern.holdOut = holdOut;
    return pattern;
}

// Three shapes the pacing must handle: no holds, every hold, and one long hold.
inline const BreathPattern Resonance = breathPattern(std::chrono::milliseconds(5500),
    std::chrono::milliseconds(0), std::chrono::milliseconds(5500), std::chrono::milliseconds(0));
inline const BreathPattern Box = breathPattern(std::chrono::seconds(4), std::chrono::seconds(4),
    std::chrono::seconds(4), std::chrono::seconds(4));
inline const BreathPattern FourSevenEight = breathPattern(std::chrono::seconds(4),
    std::chrono::seconds(7), std::chrono::seconds(8), std::chrono::milliseconds(0));

// The pattern's phases in order with their lengths, zero-length ones included.
inline std::array<std::pair<BreathPhase, milliseconds>, 4> phasesOf(const BreathPattern &pattern)
{
    return {{{BreathPhase::Inhale, pattern.inhale}, {BreathPhase::HoldIn, pattern.holdIn},
        {BreathPhase::Exhale, pattern.exhale}, {BreathPhase::HoldOut, pattern.holdOut}}};
}

} // namespace toward::test
