#include "practice/QuickReset.h"

#include "practice/PracticeBuilder.h"

namespace toward {

namespace {

Context likelyContext(const QDateTime &now)
{
    const bool workingDay = now.date().dayOfWeek() <= 5;
    const int hour = now.time().hour();
    const bool workingHours = hour >= QuickReset::WorkStartHour && hour < QuickReset::WorkEndHour;
    return workingDay && workingHours ? Context::Desk : Context::Mat;
}

const Practice *shortestFitting(
    const PracticeModel &model, Context context, std::optional<PracticeKind> kind)
{
    const Practice *shortest = nullptr;
    for (const Practice &practice : model.practices) {
        if (!PracticeBuilder::fits(model, practice, context) || (kind && practice.kind != *kind))
            continue;
        if (!shortest || model.practiceLength(practice) < model.practiceLength(*shortest))
            shortest = &practice;
    }
    return shortest;
}

} // namespace

std::optional<QuickReset> QuickReset::choose(
    const PracticeModel &model, std::optional<Context> usualContext, const QDateTime &now)
{
    const Context context = usualContext.value_or(likelyContext(now));
    // A rescue is for a flare-up: offered only when nothing else fits.
    const Practice *practice = shortestFitting(model, context, PracticeKind::Anywhere);
    if (!practice)
        practice = shortestFitting(model, context, PracticeKind::Daily);
    if (!practice)
        practice = shortestFitting(model, context, std::nullopt);
    if (!practice)
        return std::nullopt;
    return QuickReset {practice, context};
}

} // namespace toward
