#pragma once

#include "practice/BreathSchedule.h"

namespace toward {

// How full the breath is, from 0 (out) to 1 (in), at `progress` (0 to 1) through a phase. Inhale
// and exhale follow a sine ease in and out, so each starts and settles slowly, as a breath does;
// the holds stand still.
double breathOpenness(BreathPhase phase, double progress);

} // namespace toward
