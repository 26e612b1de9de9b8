#include "practice/BreathEasing.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace toward {

namespace {

double easeInOutSine(double progress)
{
    return (1 - std::cos(std::numbers::pi * std::clamp(progress, 0.0, 1.0))) / 2;
}

} // namespace

double breathOpenness(BreathPhase phase, double progress)
{
    switch (phase) {
    case BreathPhase::Inhale:
        return easeInOutSine(progress);
    case BreathPhase::HoldIn:
        return 1;
    case BreathPhase::Exhale:
        return 1 - easeInOutSine(progress);
    case BreathPhase::HoldOut:
        return 0;
    }
    return 0;
}

} // namespace toward
