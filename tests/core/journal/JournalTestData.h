#pragma once

#include "journal/CheckIn.h"

namespace toward::test {

// A check-in with every field set, at `startedAt` (given with its UTC offset).
CheckIn fullCheckIn(const QDateTime &startedAt);
// A simple check-in: one region, a context and pain before and after.
CheckIn simpleCheckIn(const QDateTime &startedAt, int painBefore, std::optional<int> painAfter,
    const QString &regionId = QStringLiteral("low-back"), Context context = Context::Desk);

} // namespace toward::test
