#include "fairtest/FairTestAssignment.h"

#include "fairtest/FairTestStore.h"
#include "journal/CheckIn.h"

#include <algorithm>

namespace toward {

bool FairTestAssignment::isFollowedBy(const CheckIn &checkIn) const
{
    if (!checkIn.redFlags.isEmpty() || checkIn.practiceId.isEmpty())
        return false;
    const FairTestOption &option = chosen();
    const bool cueDone = std::any_of(checkIn.cues.begin(), checkIn.cues.end(),
        [&](const CueRecord &cue) { return cue.cueId == option.id && cue.feeling.has_value(); });
    switch (option.kind) {
    case FairTestOptionKind::Practice:
        return checkIn.practiceId == option.id;
    case FairTestOptionKind::WithCue:
        return cueDone;
    case FairTestOptionKind::WithoutCue:
        return !cueDone;
    }
    return false;
}

Result<std::optional<FairTestAssignment>> assignmentAt(
    const FairTestStore &tests, const QDateTime &now)
{
    using Found = std::optional<FairTestAssignment>;
    const Result<std::optional<FairTest>> latest = tests.latest();
    if (!latest.ok())
        return Result<Found>::failure(latest.error());
    if (!latest.value() || now < latest.value()->startedAt || !latest.value()->isRunning(now))
        return Found();
    const Result<int> option = tests.nextOption(*latest.value());
    if (!option.ok())
        return Result<Found>::failure(option.error());
    return Found(FairTestAssignment {*latest.value(), option.value()});
}

Result<bool> countIfFollowed(
    FairTestStore &tests, const FairTestAssignment &assignment, const CheckIn &checkIn)
{
    const FairTest &test = assignment.test;
    const bool begunInTest =
        test.startedAt <= checkIn.startedAt && test.isRunning(checkIn.startedAt);
    if (!assignment.isFollowedBy(checkIn) || !begunInTest)
        return false;
    if (const Result<void> counted = tests.count(test, checkIn.id, assignment.option);
        !counted.ok())
        return Result<bool>::failure(counted.error());
    return true;
}

} // namespace toward
