#pragma once

#include "Result.h"
#include "fairtest/FairTest.h"

#include <QDateTime>

#include <optional>

namespace toward {

struct CheckIn;
class FairTestStore;

// What a running fair test asks of the check-in begun now: the option Toward chose for it.
struct FairTestAssignment {
    FairTest test;
    int option = 0; // 0: option A, 1: option B

    const FairTestOption &chosen() const { return test.options[option]; }
    // The check-in did what was chosen: the practice itself; the cue done and rated; or the cue
    // left out or skipped. A check-in that stopped at a red flag practised nothing.
    bool isFollowedBy(const CheckIn &checkIn) const;
};

// The assignment of a check-in begun at `now`; none when no fair test is running then.
Result<std::optional<FairTestAssignment>> assignmentAt(
    const FairTestStore &tests, const QDateTime &now);

// Counts a saved check-in in its test when it followed the assignment and was begun while the
// test ran; a check-in that did something else is left out (the person may always decline).
// Returns whether it was counted.
Result<bool> countIfFollowed(
    FairTestStore &tests, const FairTestAssignment &assignment, const CheckIn &checkIn);

} // namespace toward
