#include "journal/JournalStatistics.h"

#include "TestSupport.h"
#include "journal/JournalStore.h"
#include "journal/JournalTestData.h"

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

QDateTime at(const QString &isoWithOffset)
{
    return QDateTime::fromString(isoWithOffset, Qt::ISODate);
}

// A journal in a fresh temporary folder holding `checkIns`, added in order.
class TestJournal {
public:
    explicit TestJournal(const QList<CheckIn> &checkIns = {})
    {
        JournalStore::OpenResult opened = JournalStore::open(m_dir.filePath(u"journal.sqlite"_s));
        INFO(opened.problem.message);
        REQUIRE(opened.store);
        m_store = std::move(opened.store);
        const Result<int> added = m_store->addMissing(checkIns);
        REQUIRE(added.ok());
        REQUIRE(added.value() == checkIns.size());
    }
    const JournalStore &store() const { return *m_store; }

private:
    test::TemporaryDataDir m_dir;
    std::unique_ptr<JournalStore> m_store;
};

CheckIn painAt(const QString &isoWithOffset, int before = 5, std::optional<int> after = 3)
{
    return test::simpleCheckIn(at(isoWithOffset), before, after);
}

template<typename T>
T required(const Result<T> &result)
{
    if (!result.ok())
        FAIL(result.error());
    return result.value();
}

JournalSummary summaryAt(const TestJournal &journal, const QString &now)
{
    return required(summary(journal.store(), at(now)));
}

TrendSeries trendOf(const TestJournal &journal, const JournalFilter &filter = {})
{
    return required(trend(journal.store(), filter));
}

// Wednesday; its week starts on Monday 2026-11-16.
const QString Wednesday = u"2026-11-18T10:00:00+01:00"_s;

} // namespace

TEST_CASE("An empty journal has nothing to say yet", "[stats]")
{
    const TestJournal journal;
    const JournalSummary result = summaryAt(journal, Wednesday);
    CHECK(result.today == QDate(2026, 11, 18));
    CHECK(result.checkInsThisWeek == 0);
    CHECK(result.daysInARow == 0);
    CHECK(result.last30Days.relief.uses == 0);
    CHECK_FALSE(result.last30Days.relief.average().has_value());
    CHECK_FALSE(result.previous30Days.relief.average().has_value());

    const TrendSeries series = trendOf(journal);
    CHECK(series.days.isEmpty());
    CHECK(series.weeks.isEmpty());
}

TEST_CASE("The week counts check-ins from Monday, each on its own clock", "[stats]")
{
    const TestJournal journal({
        painAt(u"2026-11-15T23:59:00+01:00"_s), // Sunday before
        painAt(u"2026-11-16T00:00:00+01:00"_s), // Monday, first minute
        painAt(u"2026-11-18T09:00:00+01:00"_s),
        painAt(u"2026-11-18T09:30:00+01:00"_s),
        // Monday in Tokyo, although it was still Sunday at home.
        painAt(u"2026-11-16T00:30:00+09:00"_s),
        // Sunday evening in New York, although it was already Monday at home.
        painAt(u"2026-11-15T20:00:00-05:00"_s),
    });
    CHECK(summaryAt(journal, Wednesday).checkInsThisWeek == 4);
    // The next Monday starts a new week.
    CHECK(summaryAt(journal, u"2026-11-23T08:00:00+01:00"_s).checkInsThisWeek == 0);
}

TEST_CASE("Days in a row end today, or yesterday while there is no check-in yet today", "[stats]")
{
    SECTION("ending today, several check-ins on one day counting once")
    {
        const TestJournal journal({
            painAt(u"2026-11-14T08:00:00+01:00"_s), // before the gap on the 15th
            painAt(u"2026-11-16T08:00:00+01:00"_s),
            painAt(u"2026-11-17T08:00:00+01:00"_s),
            painAt(u"2026-11-18T07:00:00+01:00"_s),
            painAt(u"2026-11-18T08:00:00+01:00"_s),
        });
        CHECK(summaryAt(journal, Wednesday).daysInARow == 3);
    }
    SECTION("ending yesterday in the morning before practice")
    {
        const TestJournal journal({
            painAt(u"2026-11-13T08:00:00+01:00"_s),
            painAt(u"2026-11-15T21:00:00+01:00"_s),
            painAt(u"2026-11-16T21:00:00+01:00"_s),
            painAt(u"2026-11-17T21:00:00+01:00"_s),
        });
        CHECK(summaryAt(journal, Wednesday).daysInARow == 3);
    }
    SECTION("broken when neither today nor yesterday has a check-in")
    {
        const TestJournal journal({
            painAt(u"2026-11-15T21:00:00+01:00"_s),
            painAt(u"2026-11-16T21:00:00+01:00"_s),
        });
        CHECK(summaryAt(journal, Wednesday).daysInARow == 0);
    }
    SECTION("across a month of days and a change of summer time")
    {
        QList<CheckIn> checkIns;
        for (QDate day(2026, 10, 10); day <= QDate(2026, 11, 18); day = day.addDays(1)) {
            const int offset = day < QDate(2026, 10, 25) ? 7200 : 3600;
            checkIns.append(test::simpleCheckIn(
                QDateTime(day, QTime(23, 30), Qt::OffsetFromUTC, offset), 5, 3));
        }
        const TestJournal journal(checkIns);
        CHECK(summaryAt(journal, Wednesday).daysInARow == 40);
    }
    SECTION("with days on other clocks")
    {
        const TestJournal journal({
            // The 16th in Tokyo: the 15th in UTC.
            painAt(u"2026-11-16T00:30:00+09:00"_s),
            // The 17th in New York: the 18th in UTC.
            painAt(u"2026-11-17T23:30:00-05:00"_s),
            painAt(u"2026-11-18T09:00:00+01:00"_s),
        });
        CHECK(summaryAt(journal, Wednesday).daysInARow == 3);
    }
}

TEST_CASE("Average relief over the last 30 days and the 30 before", "[stats]")
{
    const TestJournal journal({
        painAt(u"2026-11-18T09:00:00+01:00"_s, 7, 3), // today: relief 4
        painAt(u"2026-11-01T10:00:00+01:00"_s, 3, 5), // worse: relief -2
        painAt(u"2026-10-25T12:00:00+01:00"_s, 6, std::nullopt), // stopped early: not averaged
        painAt(u"2026-10-20T08:00:00+02:00"_s, 5, 4), // first day of the last 30: relief 1
        painAt(u"2026-10-19T23:30:00+02:00"_s, 8, 2), // last day of the previous 30: relief 6
        painAt(u"2026-09-20T07:00:00+02:00"_s, 4, 4), // first day of the previous 30: relief 0
        painAt(u"2026-09-19T22:00:00+02:00"_s, 9, 0), // older: left out
    });
    const JournalSummary result = summaryAt(journal, Wednesday);

    CHECK(result.last30Days.first == QDate(2026, 10, 20));
    CHECK(result.last30Days.last == QDate(2026, 11, 18));
    CHECK(result.last30Days.relief.uses == 4);
    CHECK(result.last30Days.relief.rated == 3);
    CHECK(result.last30Days.relief.total == 3);
    CHECK(result.last30Days.relief.average() == Approx(1.0));

    CHECK(result.previous30Days.first == QDate(2026, 9, 20));
    CHECK(result.previous30Days.last == QDate(2026, 10, 19));
    CHECK(result.previous30Days.relief.uses == 2);
    CHECK(result.previous30Days.relief.rated == 2);
    CHECK(result.previous30Days.relief.total == 6);
    CHECK(result.previous30Days.relief.average() == Approx(3.0));
}

TEST_CASE("The trend averages pain per day and per week", "[stats]")
{
    CheckIn inTheNeck = painAt(u"2026-11-23T09:00:00+01:00"_s, 3, 2);
    inTheNeck.regions = {{u"neck"_s, u"Neck"_s}};
    const TestJournal journal({
        painAt(u"2026-11-16T08:00:00+01:00"_s, 6, 3),
        painAt(u"2026-11-16T20:00:00+01:00"_s, 4, std::nullopt),
        painAt(u"2026-11-17T23:30:00-05:00"_s, 5, 1), // the 17th on its own clock
        painAt(u"2026-11-18T07:00:00+01:00"_s, 7, 5),
        inTheNeck,
    });

    const TrendSeries series = trendOf(journal);
    REQUIRE(series.days.size() == 4);
    const PainTally &monday = series.days.at(0);
    CHECK(monday.start == QDate(2026, 11, 16));
    CHECK(monday.checkIns == 2);
    CHECK(monday.averageBefore() == Approx(5.0));
    CHECK(monday.rated == 1);
    CHECK(monday.averageAfter() == Approx(3.0));
    CHECK(series.days.at(1).start == QDate(2026, 11, 17));
    CHECK(series.days.at(1).averageAfter() == Approx(1.0));
    CHECK(series.days.at(2).start == QDate(2026, 11, 18));
    CHECK(series.days.at(3).start == QDate(2026, 11, 23));

    REQUIRE(series.weeks.size() == 2);
    CHECK(series.weeks.at(0).start == QDate(2026, 11, 16));
    CHECK(series.weeks.at(0).checkIns == 4);
    CHECK(series.weeks.at(0).averageBefore() == Approx(5.5));
    CHECK(series.weeks.at(0).rated == 3);
    CHECK(series.weeks.at(0).averageAfter() == Approx(3.0));
    CHECK(series.weeks.at(1).start == QDate(2026, 11, 23));
    CHECK(series.weeks.at(1).averageBefore() == Approx(3.0));
    CHECK(series.weeks.at(1).averageAfter() == Approx(2.0));

    JournalFilter neck;
    neck.regionId = u"neck"_s;
    const TrendSeries neckSeries = trendOf(journal, neck);
    REQUIRE(neckSeries.days.size() == 1);
    CHECK(neckSeries.days.at(0).start == QDate(2026, 11, 23));
}

TEST_CASE("Days added up in spans keep every check-in", "[stats]")
{
    const auto day = [](int dayOfMonth, int checkIns, int beforeTotal, int rated, int afterTotal) {
        return PainTally {QDate(2026, 11, dayOfMonth), checkIns, beforeTotal, rated, afterTotal};
    };
    const QList<PainTally> days {
        day(2, 2, 10, 2, 6), day(4, 1, 3, 1, 1), day(5, 1, 7, 0, 0), day(9, 3, 12, 1, 2)};

    const QList<PainTally> spans = inSpans(days, 3);
    REQUIRE(spans.size() == 3);
    CHECK(spans.at(0).start == QDate(2026, 11, 2)); // the 2nd to the 4th
    CHECK(spans.at(0).checkIns == 3);
    CHECK(spans.at(0).averageBefore() == Approx(13.0 / 3));
    CHECK(spans.at(0).averageAfter() == Approx(7.0 / 3));
    CHECK(spans.at(1).start == QDate(2026, 11, 5)); // the 5th to the 7th
    CHECK(spans.at(1).checkIns == 1);
    CHECK_FALSE(spans.at(1).averageAfter());
    CHECK(spans.at(2).start == QDate(2026, 11, 8)); // the 8th to the 10th
    CHECK(spans.at(2).checkIns == 3);

    CHECK(inSpans(days, 1).size() == days.size());
    CHECK(inSpans({}, 3).isEmpty());
}

TEST_CASE("The trend counts what the table counts", "[stats]")
{
    CheckIn atTheDesk = painAt(u"2026-11-12T08:00:00+01:00"_s, 6, 4);
    atTheDesk.note = u"Tight after a long meeting"_s;
    const TestJournal journal({
        test::fullCheckIn(at(u"2026-11-10T08:15:00+01:00"_s)),
        test::fullCheckIn(at(u"2026-11-11T23:15:00-05:00"_s)),
        atTheDesk,
        painAt(u"2026-11-14T08:00:00+01:00"_s),
    });

    QList<JournalFilter> filters(8);
    filters[1] = JournalFilter::days(QDate(2026, 11, 11), QDate(2026, 11, 13));
    filters[2].regionId = u"neck"_s;
    filters[3].context = Context::Desk;
    filters[4].text = u"100%"_s; // in the note, with a LIKE wildcard
    filters[5].text = u"soft JAW"_s; // a cue
    filters[6].text = u"driving"_s; // the practice
    filters[7].text = u"meeting"_s;
    for (const JournalFilter &filter : filters) {
        qint64 counted = 0;
        for (const PainTally &day : trendOf(journal, filter).days)
            counted += day.checkIns;
        INFO("region " << filter.regionId << ", text " << filter.text);
        CHECK(counted == journal.store().count(filter).value());
    }
}

TEST_CASE("Days before 1970 are counted like any other", "[stats]")
{
    const TestJournal journal({painAt(u"1969-12-31T20:00:00+01:00"_s),
        painAt(u"1969-12-31T23:59:59.500-00:30"_s), painAt(u"1970-01-01T00:00:00+00:00"_s)});
    const TrendSeries series = trendOf(journal);
    REQUIRE(series.days.size() == 2);
    CHECK(series.days.at(0).start == QDate(1969, 12, 31));
    CHECK(series.days.at(0).checkIns == 2);
    CHECK(series.days.at(1).start == QDate(1970, 1, 1));
}
