#pragma once

#include "Result.h"
#include "journal/JournalStatistics.h"
#include "journal/JournalStore.h"
#include "model/PracticeVocabulary.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace toward {

// What the Today page shows of the journal.
struct TodayOverview {
    static constexpr int ChartDays = 14;
    static constexpr int UsualContextDays = 30;
    static constexpr int UsualContextMinutes = 60; // either side of now

    QDate today;
    QList<CheckInSummary> checkInsToday; // newest first
    std::optional<CheckInSummary> lastCheckIn; // today's or before
    int daysInARow = 0; // as JournalSummary counts them
    QList<PainTally> chartDays; // the last ChartDays days that have check-ins, oldest first
    // Where most check-ins of the last UsualContextDays days made at about this time of day were
    // made; none without any.
    std::optional<Context> usualContext;
};

// Each check-in's day and time of day are those of its own clock (LocalDay).
Result<TodayOverview> todayOverview(const JournalStore &store, const QDateTime &now);

} // namespace toward
