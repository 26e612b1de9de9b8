#pragma once

#include "model/PracticeModel.h"

#include <QString>

namespace toward {

// "4 min 30 s", "45 s", "12 min"
QString formatDuration(milliseconds duration);
// A breath phase's length as it is, never rounded: "5.5 s", "4 s", "0.25 s".
QString formatPhaseLength(milliseconds length);

// A plain-text overview of a model for people: name, regions with curve and cue count,
// practices with their derived length.
QString modelSummary(const PracticeModel &model);

} // namespace toward
