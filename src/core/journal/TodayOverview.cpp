#include "journal/TodayOverview.h"

#include "journal/JournalError.h"
#include "journal/LocalDay.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

constexpr int MinutesPerDay = 24 * 60;

Result<std::optional<Context>> usualContextAt(const JournalStore &store, const QDateTime &now)
{
    const int minute = now.time().hour() * 60 + now.time().minute();
    const LocalDay::SqlCondition recent =
        LocalDay::onOrAfterSql(now.date().addDays(1 - TodayOverview::UsualContextDays));
    // The distance in minutes around the clock, so 23:30 is near 00:10.
    const QString distance =
        u"min(abs(%1 - ?), %2 - abs(%1 - ?))"_s.arg(LocalDay::minuteOfDaySql()).arg(MinutesPerDay);
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT context, count(*) AS uses FROM checkin WHERE "_s + recent.sql
        + u" AND "_s + distance
        + u" <= ? GROUP BY context ORDER BY uses DESC, max(started_at_ms) DESC LIMIT 1"_s);
    for (const QVariant &value : recent.values)
        query.addBindValue(value);
    query.addBindValue(minute);
    query.addBindValue(minute);
    query.addBindValue(TodayOverview::UsualContextMinutes);
    if (!execute(query) || (!query.next() && query.lastError().isValid())) {
        return Result<std::optional<Context>>::failure(
            QCoreApplication::translate("TodayOverview", "Cannot read the journal: %1")
                .arg(describeWriteError(
                    query.lastError().nativeErrorCode(), query.lastError().text())));
    }
    if (!query.isValid())
        return std::optional<Context>();
    return enumFromWord<Context>(query.value(0).toString());
}

} // namespace

Result<TodayOverview> todayOverview(const JournalStore &store, const QDateTime &now)
{
    TodayOverview overview;
    overview.today = now.date();
    const auto failed = [](const QString &error) { return Result<TodayOverview>::failure(error); };

    Result<QList<CheckInSummary>> today =
        store.summaries(JournalFilter::days(overview.today, overview.today), 0, 1000);
    if (!today.ok())
        return failed(today.error());
    overview.checkInsToday = std::move(today).value();

    const Result<QList<CheckInSummary>> last = store.summaries({}, 0, 1);
    if (!last.ok())
        return failed(last.error());
    if (!last.value().isEmpty())
        overview.lastCheckIn = last.value().constFirst();

    const Result<JournalSummary> summarised = summary(store, now);
    if (!summarised.ok())
        return failed(summarised.error());
    overview.daysInARow = summarised.value().daysInARow;

    const Result<TrendSeries> chart = trend(store,
        JournalFilter::days(overview.today.addDays(1 - TodayOverview::ChartDays), overview.today));
    if (!chart.ok())
        return failed(chart.error());
    overview.chartDays = chart.value().days;

    const Result<std::optional<Context>> usual = usualContextAt(store, now);
    if (!usual.ok())
        return failed(usual.error());
    overview.usualContext = usual.value();
    return overview;
}

} // namespace toward
