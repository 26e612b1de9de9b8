#pragma once

#include "whathelps/HelpObservations.h"
#include "whathelps/WhatHelps.h"

namespace toward {

// The estimates and verdicts for every cue and practice in `observations`, titled by their ids
// and sorted by id; whatHelps() titles and sorts them for reading.
WhatHelps estimateWhatHelps(const HelpObservations &observations);

// Verdict, then estimate (most relief first), then title: the order the person reads them in.
void sortForReading(QList<HelpEstimate> &estimates);

} // namespace toward
