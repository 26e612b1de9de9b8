#include "journal/JournalStatistics.h"

#include "journal/JournalError.h"
#include "journal/JournalFilterSql.h"
#include "journal/JournalStore.h"
#include "journal/LocalDay.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

constexpr int PeriodDays = 30;

QDate mondayOf(QDate date)
{
    return date.addDays(1 - date.dayOfWeek());
}

template<typename T>
Result<T> readFailure(const QSqlQuery &query)
{
    return Result<T>::failure(
        QCoreApplication::translate("JournalStatistics", "Cannot read the journal: %1")
            .arg(
                describeWriteError(query.lastError().nativeErrorCode(), query.lastError().text())));
}

struct DayTally {
    PainTally pain;
    ReliefTally relief;
};

// One row per local day with check-ins, oldest first.
Result<QList<DayTally>> dayTallies(const JournalStore &store, const JournalFilter &filter)
{
    const JournalFilterSql clause(filter);
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + LocalDay::numberSql()
        + u" AS day, count(*), sum(pain_before), count(pain_after), sum(pain_after), sum(relief)"
          " FROM checkin"_s
        + clause.where + u" GROUP BY day ORDER BY day"_s);
    clause.bindTo(query);
    if (!execute(query))
        return readFailure<QList<DayTally>>(query);
    QList<DayTally> days;
    while (query.next()) {
        const int checkIns = query.value(1).toInt();
        const int rated = query.value(3).toInt();
        days.append({{LocalDay::date(query.value(0).toLongLong()), checkIns,
                         query.value(2).toLongLong(), rated, query.value(4).toLongLong()},
            {checkIns, rated, query.value(5).toLongLong()}});
    }
    if (query.lastError().isValid())
        return readFailure<QList<DayTally>>(query);
    return days;
}

void addTo(ReliefTally &sum, const ReliefTally &more)
{
    sum.uses += more.uses;
    sum.rated += more.rated;
    sum.total += more.total;
}

void addTo(PainTally &sum, const PainTally &more)
{
    sum.checkIns += more.checkIns;
    sum.beforeTotal += more.beforeTotal;
    sum.rated += more.rated;
    sum.afterTotal += more.afterTotal;
}

// The days added up into the periods that `startOf` says they fall in; the days are oldest first.
template<typename StartOf>
QList<PainTally> grouped(const QList<PainTally> &days, StartOf startOf)
{
    QList<PainTally> periods;
    for (const PainTally &day : days) {
        const QDate start = startOf(day.start);
        if (periods.isEmpty() || periods.last().start != start)
            periods.append({start, 0, 0, 0, 0});
        addTo(periods.last(), day);
    }
    return periods;
}

// Walks back from the newest check-in and stops as soon as no earlier one can fall on the first
// day missing from the streak, so it reads about as many check-ins as the streak holds.
Result<int> daysInARow(const JournalStore &store, QDate lastDay)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT started_at_ms, "_s + LocalDay::numberSql()
        + u" FROM checkin WHERE started_at_ms < ? ORDER BY started_at_ms DESC"_s);
    query.addBindValue(LocalDay::afterLatestUtcMs(lastDay));
    if (!execute(query))
        return readFailure<int>(query);
    QSet<QDate> days;
    QDate firstMissing = lastDay;
    while (query.next()) {
        if (query.value(0).toLongLong() < LocalDay::earliestUtcMs(firstMissing))
            break;
        days.insert(LocalDay::date(query.value(1).toLongLong()));
        while (days.contains(firstMissing))
            firstMissing = firstMissing.addDays(-1);
    }
    if (query.lastError().isValid())
        return readFailure<int>(query);
    return static_cast<int>(firstMissing.daysTo(lastDay));
}

} // namespace

std::optional<double> ReliefTally::average() const
{
    if (rated == 0)
        return std::nullopt;
    return static_cast<double>(total) / rated;
}

double PainTally::averageBefore() const
{
    return checkIns == 0 ? 0.0 : static_cast<double>(beforeTotal) / checkIns;
}

std::optional<double> PainTally::averageAfter() const
{
    if (rated == 0)
        return std::nullopt;
    return static_cast<double>(afterTotal) / rated;
}

Result<JournalSummary> summary(const JournalStore &store, const QDateTime &now)
{
    JournalSummary result;
    result.today = now.date();
    const QDate monday = mondayOf(result.today);
    const QDate sunday = monday.addDays(6);
    result.last30Days = {result.today.addDays(1 - PeriodDays), result.today, {}};
    result.previous30Days = {
        result.today.addDays(1 - 2 * PeriodDays), result.today.addDays(-PeriodDays), {}};

    const Result<QList<DayTally>> days =
        dayTallies(store, JournalFilter::days(result.previous30Days.first, sunday));
    if (!days.ok())
        return Result<JournalSummary>::failure(days.error());
    bool practisedToday = false;
    for (const DayTally &day : days.value()) {
        const QDate date = day.pain.start;
        if (date >= monday && date <= sunday)
            result.checkInsThisWeek += day.pain.checkIns;
        practisedToday = practisedToday || date == result.today;
        for (ReliefPeriod *period : {&result.last30Days, &result.previous30Days}) {
            if (date >= period->first && date <= period->last)
                addTo(period->relief, day.relief);
        }
    }

    const Result<int> streak = daysInARow(store, result.today.addDays(practisedToday ? 0 : -1));
    if (!streak.ok())
        return Result<JournalSummary>::failure(streak.error());
    result.daysInARow = streak.value();
    return result;
}

Result<TrendSeries> trend(const JournalStore &store, const JournalFilter &filter)
{
    const Result<QList<DayTally>> days = dayTallies(store, filter);
    if (!days.ok())
        return Result<TrendSeries>::failure(days.error());
    TrendSeries series;
    for (const DayTally &day : days.value())
        series.days.append(day.pain);
    series.weeks = grouped(series.days, mondayOf);
    return series;
}

QList<PainTally> inSpans(const QList<PainTally> &days, int daysPerSpan)
{
    if (days.isEmpty())
        return {};
    const QDate first = days.constFirst().start;
    return grouped(days,
        [&](QDate day) { return first.addDays(first.daysTo(day) / daysPerSpan * daysPerSpan); });
}

} // namespace toward
