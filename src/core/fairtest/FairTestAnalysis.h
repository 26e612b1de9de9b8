#pragma once

#include "fairtest/FairTestStore.h"
#include "whathelps/HelpVerdict.h"

#include <QList>

#include <array>
#include <optional>

namespace toward {

struct FairTestArm {
    int checkIns = 0; // counted in the test
    int rated = 0; // of those, with pain rated after: the ones the difference uses
    int days = 0; // distinct days among the rated ones
};

// Option A compared with option B: pain after, adjusted for pain before, with A minus B's
// difference as the effect (negative: less pain with A). Uses and days are the smaller arm's, so
// the verdict's rules ask enough of both.
struct FairTestResult {
    std::array<FairTestArm, 2> arms;
    HelpEvidence evidence;
    HelpVerdict verdict = HelpVerdict::NotEnoughData;
};

// Ordinary least squares over the rated check-ins (ANCOVA):
//     after = α + β(before − mean before) + δ·[option A] + ε
// δ̂ ± t·se(δ̂), t the 95% quantile of Student's t with n − 3 degrees of freedom (n − 2 when
// every pain before was the same and β is dropped): a 90% interval that stays honest at the small
// n of a fair test. No effect when it cannot be estimated (an arm without ratings, no spread
// left, too few check-ins).
FairTestResult analyseFairTest(const QList<FairTestCheckIn> &checkIns);

// The 95% quantile of Student's t with `degreesOfFreedom` (at least 1).
double studentT95(int degreesOfFreedom);

} // namespace toward
