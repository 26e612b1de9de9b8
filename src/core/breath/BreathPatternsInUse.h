#pragma once

#include "model/PracticeModel.h"

#include <QList>

namespace toward {

// The breath patterns a person can choose from: the model's, then their own. Joined into the model
// itself, so everything that lists or finds a pattern sees both.
struct BreathPatternsInUse {
    PracticeModel model;
    // The person's patterns left out because a model pattern has the same id; the model's wins,
    // since its practices name its own patterns.
    QList<BreathPattern> clashing;

    static BreathPatternsInUse join(PracticeModel model, const QList<BreathPattern> &own);
};

} // namespace toward
