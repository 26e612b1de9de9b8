#include "journal/TodayOverview.h"

#include "TestSupport.h"
#include "journal/JournalTestData.h"

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

QDateTime at(const QString &isoWithOffset)
{
    return QDateTime::fromString(isoWithOffset, Qt::ISODate);
}

CheckIn checkInAt(const QString &isoWithOffset, Context context = Context::Desk, int before = 6,
    std::optional<int> after = 3)
{
    return test::simpleCheckIn(at(isoWithOffset), before, after, u"low-back"_s, context);
}

TodayOverview overviewAt(const QList<CheckIn> &checkIns, const QString &now)
{
    test::TemporaryDataDir dir;
    const std::unique_ptr<JournalStore> store =
        test::openJournal(dir.filePath(u"journal.sqlite"_s));
    REQUIRE(store->addMissing(checkIns).ok());
    const Result<TodayOverview> overview = todayOverview(*store, at(now));
    INFO(overview.error());
    REQUIRE(overview.ok());
    return overview.value();
}

} // namespace

TEST_CASE("Today lists today's check-ins, the last one, the days in a row and two weeks of pain",
    "[journal][today]")
{
    const QList<CheckIn> checkIns {
        checkInAt(u"2026-05-01T08:00:00+02:00"_s, Context::Mat, 7, 4),
        checkInAt(u"2026-05-20T08:00:00+02:00"_s, Context::Mat, 5, 4), // 13 days before
        checkInAt(u"2026-06-01T12:00:00+02:00"_s),
        checkInAt(u"2026-06-02T09:00:00+02:00"_s, Context::Desk, 6, 2),
        checkInAt(u"2026-06-02T17:30:00+02:00"_s, Context::Mat, 4, std::nullopt),
    };
    const TodayOverview overview = overviewAt(checkIns, u"2026-06-02T18:00:00+02:00"_s);
    CHECK(overview.today == QDate(2026, 6, 2));
    REQUIRE(overview.checkInsToday.size() == 2);
    CHECK(overview.checkInsToday.at(0).id == checkIns.at(4).id); // newest first
    CHECK(overview.checkInsToday.at(1).painAfter == 2);
    REQUIRE(overview.lastCheckIn);
    CHECK(overview.lastCheckIn->id == checkIns.at(4).id);
    CHECK(overview.daysInARow == 2);
    QList<QDate> chartDays;
    for (const PainTally &day : overview.chartDays)
        chartDays.append(day.start);
    CHECK(chartDays == QList<QDate> {QDate(2026, 5, 20), QDate(2026, 6, 1), QDate(2026, 6, 2)});
}

TEST_CASE("Before today's first check-in, the last one is yesterday's and the run goes on",
    "[journal][today]")
{
    const TodayOverview overview =
        overviewAt({checkInAt(u"2026-06-01T21:00:00+02:00"_s)}, u"2026-06-02T07:00:00+02:00"_s);
    CHECK(overview.checkInsToday.isEmpty());
    REQUIRE(overview.lastCheckIn);
    CHECK(overview.lastCheckIn->startedAt == at(u"2026-06-01T21:00:00+02:00"_s));
    CHECK(overview.daysInARow == 1);
}

TEST_CASE("The usual place is where most recent check-ins at about this hour were made",
    "[journal][today]")
{
    const QList<CheckIn> checkIns {
        checkInAt(u"2026-06-01T10:30:00+02:00"_s, Context::Desk),
        checkInAt(u"2026-05-29T09:40:00+02:00"_s, Context::Desk),
        checkInAt(u"2026-05-28T11:05:00+02:00"_s, Context::Standing),
        checkInAt(u"2026-05-30T07:00:00+02:00"_s, Context::Mat), // too early in the day
        checkInAt(u"2026-05-31T21:00:00+02:00"_s, Context::Mat), // too late
        checkInAt(u"2026-04-01T10:00:00+02:00"_s, Context::Mat), // too long ago
        checkInAt(u"2026-04-02T10:00:00+02:00"_s, Context::Mat),
        checkInAt(u"2026-04-03T10:00:00+02:00"_s, Context::Mat),
    };
    CHECK(overviewAt(checkIns, u"2026-06-02T10:15:00+02:00"_s).usualContext == Context::Desk);
    CHECK(overviewAt(checkIns, u"2026-06-02T20:30:00+02:00"_s).usualContext == Context::Mat);
    CHECK_FALSE(overviewAt(checkIns, u"2026-06-02T15:00:00+02:00"_s).usualContext);
    // Around midnight the hour wraps: 23:40 is near 00:20.
    CHECK(overviewAt({checkInAt(u"2026-06-01T00:20:00+02:00"_s, Context::Lying)},
              u"2026-06-01T23:40:00+02:00"_s)
              .usualContext
        == Context::Lying);
}

TEST_CASE("An empty journal has an empty today", "[journal][today]")
{
    const TodayOverview overview = overviewAt({}, u"2026-06-02T10:00:00+02:00"_s);
    CHECK(overview.checkInsToday.isEmpty());
    CHECK_FALSE(overview.lastCheckIn);
    CHECK(overview.daysInARow == 0);
    CHECK(overview.chartDays.isEmpty());
    CHECK_FALSE(overview.usualContext);
}
