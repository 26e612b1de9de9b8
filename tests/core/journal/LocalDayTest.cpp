#include "journal/LocalDay.h"

#include "TestSupport.h"
#include "journal/JournalStatistics.h"
#include "journal/JournalStore.h"
#include "journal/JournalTestData.h"

#include <QMap>

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

// A check-in's start, with the day it belongs to on its own clock.
struct Placed {
    QString startedAt;
    QDate day;
};

const QDate Nov20(2026, 11, 20);
const QDate Nov21(2026, 11, 21);
const QDate Nov22(2026, 11, 22);

// Around midnight at offsets far apart; in UTC the days mix.
const QList<Placed> AroundMidnight {
    {u"2026-11-21T00:00:00+14:00"_s, Nov21}, // 20 Nov 10:00 UTC: the first moment of 21 November
    {u"2026-11-20T23:30:00+14:00"_s, Nov20}, // 20 Nov 09:30 UTC
    {u"2026-11-20T23:50:00+05:30"_s, Nov20}, // 20 Nov 18:20 UTC
    {u"2026-11-21T00:15:00+05:30"_s, Nov21}, // 20 Nov 18:45 UTC
    {u"2026-11-20T23:45:00-08:00"_s, Nov20}, // 21 Nov 07:45 UTC
    {u"2026-11-21T00:10:00-08:00"_s, Nov21}, // 21 Nov 08:10 UTC
    {u"2026-11-20T23:59:59.999-12:00"_s, Nov20}, // 21 Nov 11:59:59.999 UTC
    {u"2026-11-22T00:30:00+14:00"_s, Nov22}, // 21 Nov 10:30 UTC
    {u"2026-11-21T23:59:59.999-14:00"_s, Nov21}, // 22 Nov 13:59:59.999 UTC: its last moment
    {u"2026-11-22T00:00:00-14:00"_s, Nov22}, // 22 Nov 14:00 UTC
    // 14 hours into the UTC day: from here on no offset can put a check-in on the day before.
    {u"2026-11-20T23:59:59.999-14:00"_s, Nov20}, // 21 Nov 13:59:59.999 UTC
    {u"2026-11-21T00:00:00-14:00"_s, Nov21}, // 21 Nov 14:00 UTC
    // 10 hours into the UTC day: from here on some offset can put a check-in on the day after.
    {u"2026-11-21T23:59:59.999+14:00"_s, Nov21}, // 21 Nov 09:59:59.999 UTC
    {u"2026-11-22T00:00:00+14:00"_s, Nov22}, // 21 Nov 10:00 UTC
};

// Europe/Berlin changes to summer time on 29 March 2026 and back on 25 October 2026: the same
// 23:30 is 22:30 UTC in winter and 21:30 UTC in summer.
const QList<Placed> AroundSummerTime {
    {u"2026-03-28T23:30:00+01:00"_s, QDate(2026, 3, 28)},
    {u"2026-03-29T00:30:00+01:00"_s, QDate(2026, 3, 29)}, // 28 Mar 23:30 UTC
    {u"2026-03-29T23:30:00+02:00"_s, QDate(2026, 3, 29)},
    {u"2026-03-30T00:30:00+02:00"_s, QDate(2026, 3, 30)}, // 29 Mar 22:30 UTC
    {u"2026-10-24T23:30:00+02:00"_s, QDate(2026, 10, 24)},
    {u"2026-10-25T00:30:00+02:00"_s, QDate(2026, 10, 25)}, // 24 Oct 22:30 UTC
    {u"2026-10-25T23:30:00+01:00"_s, QDate(2026, 10, 25)},
    {u"2026-10-26T00:30:00+01:00"_s, QDate(2026, 10, 26)}, // 25 Oct 23:30 UTC
};

QDateTime at(const QString &isoWithOffset)
{
    const QDateTime moment = QDateTime::fromString(isoWithOffset, Qt::ISODateWithMs);
    REQUIRE(moment.isValid());
    return moment;
}

struct PlacedJournal {
    explicit PlacedJournal(const QList<Placed> &placed)
    {
        for (const Placed &one : placed) {
            const CheckIn checkIn = test::simpleCheckIn(at(one.startedAt), 5, 3);
            REQUIRE(store->add(checkIn).ok());
            dayOf.insert(checkIn.id, one.day);
        }
    }

    // The check-ins that belong to a day from `first` to `last`.
    QList<QUuid> expected(QDate first, QDate last) const
    {
        QList<QUuid> ids;
        for (auto it = dayOf.cbegin(); it != dayOf.cend(); ++it) {
            if ((!first.isValid() || it.value() >= first)
                && (!last.isValid() || it.value() <= last))
                ids.append(it.key());
        }
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    QList<QUuid> matching(const JournalFilter &filter) const
    {
        QList<QUuid> ids;
        for (const CheckInSummary &row : store->summaries(filter, 0, 1000).value())
            ids.append(row.id);
        std::sort(ids.begin(), ids.end());
        CHECK(store->count(filter).value() == ids.size());
        return ids;
    }

    // How many check-ins the trend puts on each day.
    QMap<QDate, int> trendDays(const JournalFilter &filter) const
    {
        const Result<TrendSeries> series = trend(*store, filter);
        REQUIRE(series.ok());
        QMap<QDate, int> counts;
        for (const PainTally &day : series.value().days)
            counts.insert(day.start, day.checkIns);
        return counts;
    }

    QMap<QDate, int> expectedDays(QDate first, QDate last) const
    {
        QMap<QDate, int> counts;
        for (const QUuid &id : expected(first, last))
            ++counts[dayOf.value(id)];
        return counts;
    }

    test::TemporaryDataDir dir;
    std::unique_ptr<JournalStore> store = test::openJournal(dir.filePath(u"journal.sqlite"_s));
    QMap<QUuid, QDate> dayOf;
};

JournalFilter days(QDate first, QDate last)
{
    JournalFilter filter;
    filter.firstDay = first;
    filter.lastDay = last;
    return filter;
}

// Every single day, and spans open at either end, over the days of `placed` and one either side.
void checkFilterAndTrendAgree(const QList<Placed> &placed)
{
    const PlacedJournal journal(placed);
    QList<QDate> dates;
    for (const Placed &one : placed) {
        for (const QDate date : {one.day.addDays(-1), one.day, one.day.addDays(1)}) {
            if (!dates.contains(date))
                dates.append(date);
        }
    }
    for (const QDate day : dates) {
        for (const JournalFilter &filter : {days(day, day), days(day, {}), days({}, day)}) {
            INFO("from " << filter.firstDay.toString(Qt::ISODate) << " to "
                         << filter.lastDay.toString(Qt::ISODate));
            CHECK(journal.matching(filter) == journal.expected(filter.firstDay, filter.lastDay));
            CHECK(
                journal.trendDays(filter) == journal.expectedDays(filter.firstDay, filter.lastDay));
        }
    }
    for (const Placed &one : placed) {
        INFO(one.startedAt);
        CHECK(LocalDay::of(at(one.startedAt)) == one.day);
    }
}

} // namespace

TEST_CASE("A check-in belongs to the day on its own clock, at any offset", "[days]")
{
    checkFilterAndTrendAgree(AroundMidnight);
}

TEST_CASE("A change to or from summer time moves no check-in to another day", "[days]")
{
    checkFilterAndTrendAgree(AroundSummerTime);
}

TEST_CASE("The summary counts the days of its periods on each check-in's own clock", "[days]")
{
    const PlacedJournal journal(AroundMidnight);
    // Saturday 21 November: the week from Monday 16 November, the 30 days up to 21 November.
    const Result<JournalSummary> summary =
        toward::summary(*journal.store, QDateTime(Nov21, QTime(12, 0)));
    REQUIRE(summary.ok());
    const qsizetype upToToday = journal.expected({}, Nov21).size();
    CHECK(summary.value().last30Days.relief.uses == upToToday);
    CHECK(summary.value().checkInsThisWeek == journal.dayOf.size());
    CHECK(summary.value().daysInARow == 2);
}

TEST_CASE("Local days are numbered from 1970 and searched for within 14 hours of UTC", "[days]")
{
    CHECK(LocalDay::number(QDate(1970, 1, 1)) == 0);
    CHECK(LocalDay::number(QDate(1969, 12, 31)) == -1);
    CHECK(LocalDay::date(LocalDay::number(Nov21)) == Nov21);
    CHECK(LocalDay::earliestUtcMs(Nov21) == at(u"2026-11-21T00:00:00+14:00"_s).toMSecsSinceEpoch());
    CHECK(LocalDay::afterLatestUtcMs(Nov21)
        == at(u"2026-11-22T00:00:00-14:00"_s).toMSecsSinceEpoch());
}
