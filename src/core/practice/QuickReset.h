#pragma once

#include "model/PracticeModel.h"

#include <QDateTime>

#include <optional>

namespace toward {

// The practice the Today page offers as "Quick reset": the shortest one for anywhere that fits
// where the person usually is at this hour, or, without such a habit yet, at the desk on a
// working day's working hours and on the mat otherwise. Failing a practice for anywhere there,
// the shortest daily one, and failing that the shortest rescue.
struct QuickReset {
    static constexpr int WorkStartHour = 9;
    static constexpr int WorkEndHour = 18;

    const Practice *practice = nullptr; // in the model it was chosen from
    Context context = Context::Desk;

    // None when no practice of the model fits the place.
    static std::optional<QuickReset> choose(
        const PracticeModel &model, std::optional<Context> usualContext, const QDateTime &now);
};

} // namespace toward
