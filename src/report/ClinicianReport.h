#pragma once

#include "Result.h"
#include "journal/CheckIn.h"
#include "journal/JournalFilter.h"
#include "journal/JournalStatistics.h"
#include "whathelps/WhatHelps.h"

#include <QDate>
#include <QDateTime>
#include <QList>

namespace toward {

class JournalStore;
struct PracticeModel;

// The days on which a red flag was reported, oldest first, each day once.
struct ReportedRedFlag {
    RedFlag flag = RedFlag::SaddleNumbness;
    QList<QDate> days;
};

// What a report for a clinician says about the check-ins that match a filter. Gathering reads
// the check-ins one at a time and keeps only the newest ones for the table, so years of check-ins
// fit in bounded memory.
struct ClinicianReport {
    static constexpr int MaxTableRows = 1000;

    JournalFilter filter;
    QDateTime madeAt;
    // The days the report covers: the filter's bounds, or the first and last check-in's day where
    // it has none; an open end with no check-in takes the other end's day. Both invalid when the
    // filter has no bounds and no check-in matches.
    QDate firstDay;
    QDate lastDay;

    PainTally pain; // over every check-in in the range; `start` is unused
    ReliefTally relief;
    int meaningfulImprovements = 0; // rated check-ins whose relief is a change that matters
    QList<ReportedRedFlag> redFlags; // in the order of the red-flag vocabulary
    TrendSeries trend;
    // Over every check-in from firstDay to lastDay, whatever else the filter asks: the estimates
    // compare with the person's usual, which needs all their check-ins of the time.
    WhatHelps whatHelps;
    QList<CheckIn> newestCheckIns; // oldest first; at most MaxTableRows

    // `current`: the practice model in use, for the titles of cues and practices (may be null).
    static Result<ClinicianReport> gather(const JournalStore &journal, const JournalFilter &filter,
        const QDateTime &madeAt, const PracticeModel *current = nullptr);

    int checkInCount() const { return pain.checkIns; }
    qint64 checkInsLeftOutOfTable() const { return pain.checkIns - newestCheckIns.size(); }
};

} // namespace toward
