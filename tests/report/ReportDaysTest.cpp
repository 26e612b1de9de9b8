#include "ClinicianReport.h"
#include "ReportTestJournal.h"
#include "cli/ReportPdfCommand.h"
#include "journal/JournalTestData.h"
#include "journal/LocalDay.h"

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

QDateTime at(const QString &isoWithOffset)
{
    const QDateTime moment = QDateTime::fromString(isoWithOffset, Qt::ISODateWithMs);
    REQUIRE(moment.isValid());
    return moment;
}

ClinicianReport gathered(const JournalStore &journal, QDate first, QDate last)
{
    Result<ClinicianReport> report = ClinicianReport::gather(
        journal, JournalFilter::days(first, last), QDateTime(QDate(2026, 12, 1), {}));
    INFO(report.error());
    REQUIRE(report.ok());
    return std::move(report).value();
}

} // namespace

TEST_CASE("The report's range, its days, its trend and the filter agree on each check-in's day",
    "[report][days]")
{
    // Around midnight at offsets far apart, and around the change back from summer time in
    // Europe/Berlin (25 October 2026), each with a red flag so that the report lists its day.
    const QList<std::pair<QString, QDate>> placed {
        {u"2026-11-21T00:15:00+05:30"_s, QDate(2026, 11, 21)}, // 20 Nov 18:45 UTC
        {u"2026-11-20T23:45:00-08:00"_s, QDate(2026, 11, 20)}, // 21 Nov 07:45 UTC
        {u"2026-11-21T00:30:00+14:00"_s, QDate(2026, 11, 21)}, // 20 Nov 10:30 UTC
        {u"2026-11-21T23:30:00-12:00"_s, QDate(2026, 11, 21)}, // 22 Nov 11:30 UTC
        {u"2026-10-24T23:30:00+02:00"_s, QDate(2026, 10, 24)},
        {u"2026-10-25T23:30:00+01:00"_s, QDate(2026, 10, 25)},
        {u"2026-10-26T00:30:00+01:00"_s, QDate(2026, 10, 26)}, // 25 Oct 23:30 UTC
    };
    test::TemporaryDataDir dataDir;
    const auto journal = test::openJournal(dataDir);
    for (const auto &[startedAt, day] : placed) {
        CheckIn checkIn = test::simpleCheckIn(at(startedAt), 5, 3);
        checkIn.redFlags = {RedFlag::NightPain};
        REQUIRE(journal->add(checkIn).ok());
    }

    const ClinicianReport whole = gathered(*journal, {}, {});
    CHECK(whole.firstDay == QDate(2026, 10, 24));
    CHECK(whole.lastDay == QDate(2026, 11, 21));
    REQUIRE(whole.redFlags.size() == 1);
    const QList<QDate> reportedDays = whole.redFlags.first().days;
    QList<QDate> trendDays;
    for (const PainTally &day : whole.trend.days)
        trendDays.append(day.start);
    CHECK(trendDays == reportedDays);
    CHECK(reportedDays
        == QList<QDate> {QDate(2026, 10, 24), QDate(2026, 10, 25), QDate(2026, 10, 26),
            QDate(2026, 11, 20), QDate(2026, 11, 21)});

    for (const QDate day : reportedDays) {
        INFO(day.toString(Qt::ISODate).toStdString());
        const ClinicianReport oneDay = gathered(*journal, day, day);
        const qsizetype onThatDay = std::count_if(placed.cbegin(), placed.cend(),
            [day](const auto &startAndDay) { return startAndDay.second == day; });
        CHECK(oneDay.checkInCount() == onThatDay);
        CHECK(journal->count(JournalFilter::days(day, day)).value() == onThatDay);
        CHECK(oneDay.firstDay == day);
        CHECK(oneDay.lastDay == day);
        REQUIRE(oneDay.trend.days.size() == 1);
        CHECK(oneDay.trend.days.first().start == day);
        CHECK(oneDay.trend.days.first().checkIns == onThatDay);
        REQUIRE(oneDay.redFlags.size() == 1);
        CHECK(oneDay.redFlags.first().days == QList<QDate> {day});
        for (const CheckIn &checkIn : oneDay.newestCheckIns)
            CHECK(LocalDay::of(checkIn.startedAt) == day);
    }
}
