#pragma once

#include "Result.h"
#include "journal/JournalFilter.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What the review page says about the journal. Everything is added up by SQLite (aggregates over
// the journal's indexes), never by loading check-ins, so it stays fast for years of check-ins.
//
// Days: a check-in belongs to the calendar day on the clock where it was done (LocalDay), as in the
// filters and the report. "Today" is the date of `now` as given (callers pass the local time).
// Weeks are ISO weeks, Monday to Sunday.

namespace toward {

class JournalStore;

// Relief (pain before minus pain after) added up over the times something was done.
struct ReliefTally {
    // Fewer rated uses than this say too little to rank: they go to "not enough data yet".
    static constexpr int MinRatedUses = 3;

    int uses = 0;
    int rated = 0; // uses with pain rated after: the ones the average is taken over
    qint64 total = 0; // relief summed over the rated uses

    std::optional<double> average() const;
    bool isEnoughData() const { return rated >= MinRatedUses; }
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

struct CueHelp {
    QString id;
    QString title; // as recorded by the check-in added last
    ReliefTally relief;
    int felt = 0; // uses where the person said how the cue felt
    int feltToward = 0;

    std::optional<double> towardShare() const; // of `felt`
};

struct PracticeHelp {
    QString id;
    QString title; // as recorded by the check-in added last
    ReliefTally relief;
    int meaningfulRelief =
        0; // rated uses whose relief is a change that matters (isMeaningfulChange)

    std::optional<double> meaningfulShare() const; // of the rated uses
};

template<typename Help>
struct HelpRanking {
    // Best average relief first; ties go to the one with more rated uses, then to the smaller id.
    QList<Help> ranked;
    // Fewer than ReliefTally::MinRatedUses rated uses; not ranked: most rated uses first, then id.
    QList<Help> notEnoughData;
};

// Check-ins without a practice (a single cue, say) count for their cues but for no practice.
// Named apart from whathelps/WhatHelps.h's until this ranking is deleted (on merging the forest
// branch into main).
struct LegacyWhatHelps {
    HelpRanking<CueHelp> cues;
    HelpRanking<PracticeHelp> practices;
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
Result<LegacyWhatHelps> whatHelps(const JournalStore &store);
Result<TrendSeries> trend(const JournalStore &store, const JournalFilter &filter);
// Tallies of days or weeks, oldest first, added up in spans of `daysPerSpan` days counted from the
// first one's start, for a chart with more of them than room: one tally for each span with
// check-ins, which starts on the span's first day. Every check-in counts, in its span.
QList<PainTally> inSpans(const QList<PainTally> &days, int daysPerSpan);

// The aggregate statements whatHelps runs (it then looks up one title per cue and practice), so a
// benchmark can time the same SQL in another SQLite client.
QStringList whatHelpsAggregateSql();

} // namespace toward
