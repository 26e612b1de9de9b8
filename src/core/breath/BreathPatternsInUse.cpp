#include "breath/BreathPatternsInUse.h"

namespace toward {

BreathPatternsInUse BreathPatternsInUse::join(PracticeModel model, const QList<BreathPattern> &own)
{
    BreathPatternsInUse inUse {std::move(model), {}};
    for (const BreathPattern &pattern : own) {
        if (inUse.model.findBreathPattern(pattern.id))
            inUse.clashing.append(pattern);
        else
            inUse.model.breathPatterns.append(pattern);
    }
    return inUse;
}

} // namespace toward
