#include "ClinicianReport.h"

#include "ReportTestJournal.h"
#include "journal/JournalTestData.h"

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

CheckIn flagged(CheckIn checkIn, QList<RedFlag> flags)
{
    checkIn.redFlags = std::move(flags);
    return checkIn;
}

// Five check-ins from 2 to 5 November 2026: two with a meaningful improvement, one not rated
// after, one that got worse; red flags on the 3rd and the 5th.
QList<CheckIn> fiveCheckIns()
{
    using test::novemberDay;
    using test::simpleCheckIn;
    return {simpleCheckIn(novemberDay(2), 6, 3),
        flagged(simpleCheckIn(novemberDay(3), 4, 3), {RedFlag::FallOrAccident}),
        flagged(
            simpleCheckIn(novemberDay(3, 18), 3, 1), {RedFlag::FallOrAccident, RedFlag::NightPain}),
        simpleCheckIn(novemberDay(4), 5, std::nullopt),
        flagged(simpleCheckIn(novemberDay(5), 2, 3), {RedFlag::NightPain})};
}

ClinicianReport gathered(const JournalStore &journal, const JournalFilter &filter = {})
{
    Result<ClinicianReport> report =
        ClinicianReport::gather(journal, filter, test::novemberDay(20, 12));
    INFO(report.error());
    REQUIRE(report.ok());
    return std::move(report).value();
}

} // namespace

TEST_CASE("The report sums up every check-in when no range is given", "[report]")
{
    test::TemporaryDataDir dataDir;
    const auto journal = test::openJournal(dataDir);
    const QList<CheckIn> checkIns = fiveCheckIns();
    REQUIRE(journal->addMissing(checkIns).ok());

    const ClinicianReport report = gathered(*journal);
    CHECK(report.madeAt == test::novemberDay(20, 12));
    CHECK(report.firstDay == QDate(2026, 11, 2));
    CHECK(report.lastDay == QDate(2026, 11, 5));
    CHECK(report.checkInCount() == 5);
    CHECK(report.pain.averageBefore() == Approx(4.0));
    CHECK(report.pain.averageAfter().value_or(-1) == Approx(2.5));
    CHECK(report.relief.rated == 4);
    CHECK(report.relief.average().value_or(-1) == Approx(1.25));
    CHECK(report.meaningfulImprovements == 2);

    REQUIRE(report.redFlags.size() == 2);
    CHECK(report.redFlags[0].flag == RedFlag::FallOrAccident);
    CHECK(report.redFlags[0].days == QList<QDate> {QDate(2026, 11, 3)});
    CHECK(report.redFlags[1].flag == RedFlag::NightPain);
    CHECK(report.redFlags[1].days == QList<QDate> {QDate(2026, 11, 3), QDate(2026, 11, 5)});

    CHECK(report.trend.days.size() == 4);
    REQUIRE(report.newestCheckIns.size() == 5);
    CHECK(report.newestCheckIns.first() == checkIns.first());
    CHECK(report.checkInsLeftOutOfTable() == 0);
}

TEST_CASE("The report covers only the days of its range", "[report]")
{
    test::TemporaryDataDir dataDir;
    const auto journal = test::openJournal(dataDir);
    REQUIRE(journal->addMissing(fiveCheckIns()).ok());

    JournalFilter filter = JournalFilter::days(QDate(2026, 11, 3), QDate(2026, 11, 4));
    const ClinicianReport report = gathered(*journal, filter);
    CHECK(report.firstDay == QDate(2026, 11, 3));
    CHECK(report.lastDay == QDate(2026, 11, 4));
    CHECK(report.checkInCount() == 3);
    CHECK(report.relief.rated == 2);
    CHECK(report.meaningfulImprovements == 1);
    REQUIRE(report.redFlags.size() == 2);
    CHECK(report.redFlags[1].days == QList<QDate> {QDate(2026, 11, 3)});
    CHECK(report.trend.days.size() == 2);
    CHECK(report.newestCheckIns.size() == 3);
    // What helps is estimated over the days of the range.
    CHECK(report.whatHelps.checkIns == 3);
    CHECK(report.whatHelps.rated == 2);

    SECTION("An open end of the range ends at the check-ins")
    {
        filter.lastDay = {};
        const ClinicianReport openEnded = gathered(*journal, filter);
        CHECK(openEnded.firstDay == QDate(2026, 11, 3));
        CHECK(openEnded.lastDay == QDate(2026, 11, 5));
    }
}

TEST_CASE("The report's table keeps the newest check-ins of a big journal", "[report]")
{
    test::TemporaryDataDir dataDir;
    const auto journal = test::openJournal(dataDir);
    const int count = ClinicianReport::MaxTableRows + 5;
    const QList<CheckIn> checkIns = test::manyCheckIns(count, test::novemberDay(1));
    REQUIRE(journal->addMissing(checkIns).ok());

    const ClinicianReport report = gathered(*journal);
    CHECK(report.checkInCount() == count);
    REQUIRE(report.newestCheckIns.size() == ClinicianReport::MaxTableRows);
    CHECK(report.checkInsLeftOutOfTable() == 5);
    CHECK(report.newestCheckIns.first().id == checkIns[5].id);
    CHECK(report.newestCheckIns.last().id == checkIns.last().id);
    CHECK(report.whatHelps.checkIns == count);
    CHECK(report.whatHelps.cues.size() == 5);
}

TEST_CASE("A report on an empty journal has no range and no check-ins", "[report]")
{
    test::TemporaryDataDir dataDir;
    const auto journal = test::openJournal(dataDir);
    const ClinicianReport report = gathered(*journal);
    CHECK(report.checkInCount() == 0);
    CHECK_FALSE(report.firstDay.isValid());
    CHECK_FALSE(report.lastDay.isValid());
    CHECK(report.redFlags.isEmpty());
    CHECK(report.newestCheckIns.isEmpty());
}
