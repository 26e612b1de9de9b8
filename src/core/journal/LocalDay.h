#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariantList>

namespace toward {

// The one definition of the day a check-in belongs to, for the filters, the statistics, the trend
// and the report alike: the calendar day on the clock where it was done, that is its start at its
// own recorded UTC offset. Travelling or a change to summer time never moves a check-in to another
// day, and the time zone of the machine reading the journal plays no part.
//
// The journal keeps a start as UTC milliseconds (`started_at_ms`) and the offset in seconds
// (`started_offset_s`); the SQL below reads those columns of the `checkin` table.
class LocalDay {
public:
    // UTC offsets in use range from -12 to +14 hours, and an imported one may be up to 14 hours
    // either way, so a local day starts at most this long before or after the UTC day of the same
    // date.
    static constexpr qint64 MaxOffsetSeconds = 14 * 3600;

    // A condition with the values it binds, in order.
    struct SqlCondition {
        QString sql;
        QVariantList values;
    };

    static QDate of(const QDateTime &moment);
    // Days since 1970-01-01, and back.
    static qint64 number(QDate date);
    static QDate date(qint64 number);

    // Every start on `day`, at any offset, is at or after the first of these UTC times and before
    // the second.
    static qint64 earliestUtcMs(QDate day);
    static qint64 afterLatestUtcMs(QDate day);

    // The check-in's day is `day` or later; `day` or earlier.
    static SqlCondition onOrAfterSql(QDate day);
    static SqlCondition onOrBeforeSql(QDate day);
    // The number of the check-in's day.
    static const QString &numberSql();
    // The minute of that day at which the check-in started, 0 to 1439.
    static const QString &minuteOfDaySql();
};

} // namespace toward
