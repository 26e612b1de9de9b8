#pragma once

#include "Result.h"
#include "journal/JournalFilter.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// What the review page says about the journal, but for what helps (whathelps/WhatHelps.h).
// Everything is added up by SQLite (aggregates over the journal's indexes), never by loading
// check-ins, so it stays fast for years of check-ins.
//
// Days: a check-in belongs to the calendar day on the clock where it was done (LocalDay), as in the
// filters and the report. "Today" is the date of `now` as given (callers pass the local time).
// Weeks are ISO weeks, Monday to Sunday.

namespace toward {

class JournalStore;

// Relief (pain before minus pain after) added up over check-ins.
struct ReliefTally {
    int uses = 0; // check-ins
    int rated = 0; // of those, with pain rated after: the ones the average is taken over
    qint64 total = 0; // relief summed over the rated ones

    std::optional<double> average() const;
};

// The average relief over a span of days, both ends included.
struct ReliefPeriod {
    QDate first;
    QDate last;
    ReliefTally relief; // uses: the check-ins in the span
};

struct JournalSummary {
    QDate today;
    int checkInsThisWeek = 0;
    // Consecutive days with at least one check-in, ending today, or ending yesterday while there is
    // none yet today (a streak does not drop to 0 in the morning before the day's practice).
    int daysInARow = 0;
    ReliefPeriod last30Days; // today and the 29 days before
    ReliefPeriod previous30Days; // the 30 days before those
};

// The pain ratings of one day or one week of check-ins.
struct PainTally {
    QDate start; // the day, or the Monday of the week
    int checkIns = 0;
    qint64 beforeTotal = 0;
    int rated = 0; // check-ins with pain rated after
    qint64 afterTotal = 0;

    double averageBefore() const; // over every check-in
    std::optional<double> averageAfter() const; // over the rated ones
};

// The chart of pain over time: one point per day, not per check-in, so years of check-ins stay a
// few thousand points; and the weekly averages drawn over them. Days and weeks without check-ins
// are left out. Oldest first.
struct TrendSeries {
    QList<PainTally> days;
    QList<PainTally> weeks;
};

Result<JournalSummary> summary(const JournalStore &store, const QDateTime &now);
Result<TrendSeries> trend(const JournalStore &store, const JournalFilter &filter);
// Tallies of days or weeks, oldest first, added up in spans of `daysPerSpan` days counted from the
// first one's start, for a chart with more of them than room: one tally for each span with
// check-ins, which starts on the span's first day. Every check-in counts, in its span.
QList<PainTally> inSpans(const QList<PainTally> &days, int daysPerSpan);

} // namespace toward
