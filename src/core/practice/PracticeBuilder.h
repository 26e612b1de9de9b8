#pragma once

#include "Result.h"
#include "model/PracticeModel.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>

namespace toward {

// Finds the model's practices that suit where a person is and what hurts, or puts one together
// from the cues of the regions they chose.
class PracticeBuilder {
public:
    static inline const QString BuiltPracticeId = QStringLiteral("built-from-regions");
    static constexpr milliseconds DefaultTarget = std::chrono::minutes(5);

    // The practices, in model order, with at least one step in a chosen region that can be done
    // in `context`. A practice's own contexts are trusted: its author chose them knowing the
    // steps, and a rescue may move from lying to standing on purpose. A practice that names no
    // contexts says nothing, so it fits only where every one of its steps' cues can be done.
    static QList<const Practice *> fittingPractices(
        const PracticeModel &model, const QStringList &regionIds, Context context);
    // Whether the practice can be done in `context`, by the same rule.
    static bool fits(const PracticeModel &model, const Practice &practice, Context context);

    // The chosen regions' cues that can be done in `context`, taken in turn from each region (in
    // the order given, each region's cues in model order), each for its own breaths, until the
    // next cue would pass `target` by more than half of its own length; always at least one cue.
    // Fails when no cue of those regions fits the context.
    static Result<Practice> buildFromRegions(const PracticeModel &model,
        const QStringList &regionIds, Context context, const BreathPattern &pattern,
        milliseconds target = DefaultTarget);
};

} // namespace toward
