#include "journal/LocalDay.h"

using namespace Qt::StringLiterals;

namespace toward {

namespace {

constexpr qint64 MsPerDay = 24 * 3600 * 1000;
constexpr qint64 MaxOffsetMs = LocalDay::MaxOffsetSeconds * 1000;
constexpr qint64 UnixEpochJulianDay = 2440588;
// Day numbers are counted from 0001-01-01 while dividing, so that integer division rounds down for
// starts before 1970 too (imported or synthetic journals), then shifted back to count from 1970.
constexpr qint64 DaysFromYear1To1970 = 719162;

// The start on its own clock, in milliseconds since 1970-01-01 00:00 on that clock.
const QString WallClockMsSql = u"(started_at_ms + started_offset_s * 1000)"_s;

// WallClockMsSql at the start of `day`.
qint64 wallClockMs(QDate day)
{
    return LocalDay::number(day) * MsPerDay;
}

} // namespace

QDate LocalDay::of(const QDateTime &moment)
{
    return moment.date();
}

qint64 LocalDay::number(QDate date)
{
    return date.toJulianDay() - UnixEpochJulianDay;
}

QDate LocalDay::date(qint64 number)
{
    return QDate::fromJulianDay(number + UnixEpochJulianDay);
}

qint64 LocalDay::earliestUtcMs(QDate day)
{
    return wallClockMs(day) - MaxOffsetMs;
}

qint64 LocalDay::afterLatestUtcMs(QDate day)
{
    return wallClockMs(day.addDays(1)) + MaxOffsetMs;
}

// Both conditions search a range of the index on started_at_ms. Only within 14 hours of the
// boundary can the offset tip a check-in to the other side, so only there is the offset read:
// elsewhere the index answers alone, which keeps a count over years of check-ins fast.
LocalDay::SqlCondition LocalDay::onOrAfterSql(QDate day)
{
    const qint64 start = wallClockMs(day);
    return {u"started_at_ms >= ? AND (started_at_ms >= ? OR %1 >= ?)"_s.arg(WallClockMsSql),
        {start - MaxOffsetMs, start + MaxOffsetMs, start}};
}

LocalDay::SqlCondition LocalDay::onOrBeforeSql(QDate day)
{
    const qint64 end = wallClockMs(day.addDays(1));
    return {u"started_at_ms < ? AND (started_at_ms < ? OR %1 < ?)"_s.arg(WallClockMsSql),
        {end + MaxOffsetMs, end - MaxOffsetMs, end}};
}

const QString &LocalDay::numberSql()
{
    static const QString sql = u"((%1 + %2) / %3 - %4)"_s.arg(WallClockMsSql)
                                   .arg(DaysFromYear1To1970 * MsPerDay)
                                   .arg(MsPerDay)
                                   .arg(DaysFromYear1To1970);
    return sql;
}

const QString &LocalDay::minuteOfDaySql()
{
    // Shifted by whole days first: SQLite's % keeps the sign of a start before 1970.
    static const QString sql = u"((%1 + %2) % %3 / 60000)"_s.arg(WallClockMsSql)
                                   .arg(DaysFromYear1To1970 * MsPerDay)
                                   .arg(MsPerDay);
    return sql;
}

} // namespace toward
