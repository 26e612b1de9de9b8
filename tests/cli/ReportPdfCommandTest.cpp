#include "cli/ReportPdfCommand.h"

#include "ReportTestJournal.h"
#include "cli/CommandLine.h"
#include "journal/JournalTestData.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace toward;
using Action = CommandLineRequest::Action;

using toward::test::CommandOutput;

namespace {

CommandOutput run(const QString &dataDir, const QString &file, QDate from = {}, QDate to = {})
{
    CommandOutput output;
    QTextStream out(&output.out);
    QTextStream err(&output.err);
    output.exitCode = ReportPdfCommand::run(dataDir, file, from, to, out, err);
    return output;
}

void addThreeDays(const test::TemporaryDataDir &dataDir)
{
    const auto journal = test::openJournal(dataDir);
    REQUIRE(journal
                ->addMissing({test::simpleCheckIn(test::novemberDay(2), 6, 3),
                    test::simpleCheckIn(test::novemberDay(3), 5, 4),
                    test::simpleCheckIn(test::novemberDay(4), 4, 2)})
                .ok());
}

} // namespace

TEST_CASE(
    "The command line asks for a PDF report, with or without a range of days", "[cli][report]")
{
    const auto everything = CommandLine::parse(
        {u"toward"_s, u"--data-dir"_s, u"/tmp/d"_s, u"--report-pdf"_s, u"r.pdf"_s});
    CHECK(everything.action == Action::ReportPdf);
    CHECK(everything.reportPdfPath == u"r.pdf"_s);
    CHECK(everything.dataDir == u"/tmp/d"_s);
    CHECK_FALSE(everything.reportFrom.isValid());
    CHECK_FALSE(everything.reportTo.isValid());

    const auto range = CommandLine::parse({u"toward"_s, u"--report-pdf"_s, u"r.pdf"_s, u"--from"_s,
        u"2026-11-01"_s, u"--to=2026-11-30"_s});
    CHECK(range.action == Action::ReportPdf);
    CHECK(range.reportFrom == QDate(2026, 11, 1));
    CHECK(range.reportTo == QDate(2026, 11, 30));

    const auto notADate = CommandLine::parse(
        {u"toward"_s, u"--report-pdf"_s, u"r.pdf"_s, u"--to"_s, u"30/11/2026"_s});
    CHECK(notADate.action == Action::Fail);
    CHECK(notADate.error == u"Not a date: 30/11/2026 (write it as YYYY-MM-DD)."_s);

    const auto backwards = CommandLine::parse({u"toward"_s, u"--report-pdf"_s, u"r.pdf"_s,
        u"--from"_s, u"2026-12-01"_s, u"--to"_s, u"2026-11-01"_s});
    CHECK(backwards.action == Action::Fail);
    CHECK(backwards.error == u"--from 2026-12-01 is after --to 2026-11-01."_s);

    const auto rangeAlone = CommandLine::parse({u"toward"_s, u"--from"_s, u"2026-11-01"_s});
    CHECK(rangeAlone.action == Action::Fail);
    CHECK(rangeAlone.error == u"--from and --to go with --report-pdf or --what-helps."_s);

    const QString help = CommandLine::helpText();
    CHECK(help.contains(u"--report-pdf <FILE>"_s));
    CHECK(help.contains(u"--from <DATE>"_s));
    CHECK(help.contains(u"--to <DATE>"_s));
}

TEST_CASE("The range of days takes each check-in on the day of its own clock", "[cli][report]")
{
    test::TemporaryDataDir dataDir;
    // 4 November 07:30 UTC, late on 3 November where it was done.
    const QDateTime lateOnThe3rd(QDate(2026, 11, 3), QTime(23, 30), Qt::OffsetFromUTC, -8 * 3600);
    REQUIRE(test::openJournal(dataDir)->add(test::simpleCheckIn(lateOnThe3rd, 6, 3)).ok());
    const QString file = dataDir.filePath(u"report.pdf"_s);
    CHECK(run(dataDir.path(), file, QDate(2026, 11, 3), QDate(2026, 11, 3)).out
        == u"Wrote a report of 1 check-in to %1.\n"_s.arg(file));
    CHECK(run(dataDir.path(), file, QDate(2026, 11, 4), {}).out
        == u"Wrote a report of 0 check-ins to %1.\n"_s.arg(file));
}

TEST_CASE(
    "The report command writes the PDF and says how many check-ins it covers", "[cli][report]")
{
    test::TemporaryDataDir dataDir;
    addThreeDays(dataDir);
    const QString file = dataDir.filePath(u"report.pdf"_s);

    const CommandOutput output = run(dataDir.path(), file);
    CHECK(output.exitCode == 0);
    CHECK(output.out == u"Wrote a report of 3 check-ins to %1.\n"_s.arg(file));
    CHECK(output.err.isEmpty());
    CHECK(test::readFile(file).startsWith("%PDF-"));

    const CommandOutput oneDay = run(dataDir.path(), file, QDate(2026, 11, 3), QDate(2026, 11, 3));
    CHECK(oneDay.exitCode == 0);
    CHECK(oneDay.out == u"Wrote a report of 1 check-in to %1.\n"_s.arg(file));
}

TEST_CASE("The report command fails without a journal and writes nothing", "[cli][report]")
{
    test::TemporaryDataDir dataDir;
    const QString file = dataDir.filePath(u"report.pdf"_s);

    const CommandOutput output = run(dataDir.path(), file);
    CHECK(output.exitCode == 1);
    CHECK(output.out.isEmpty());
    CHECK(output.err
        == u"There is no journal at %1. No report was written.\n"_s.arg(
            dataDir.filePath(u"journal.sqlite"_s)));
    CHECK_FALSE(QFileInfo::exists(file));
    CHECK_FALSE(QFileInfo::exists(dataDir.filePath(u"journal.sqlite"_s)));
}

TEST_CASE("The report command fails on a path it cannot write, leaving no file", "[cli][report]")
{
    test::TemporaryDataDir dataDir;
    addThreeDays(dataDir);
    const QString file = dataDir.filePath(u"missing-folder/report.pdf"_s);

    const CommandOutput output = run(dataDir.path(), file);
    CHECK(output.exitCode == 1);
    CHECK(output.out.isEmpty());
    CHECK(output.err.startsWith(u"Cannot write the report to %1: "_s.arg(file)));
    CHECK_FALSE(QFileInfo::exists(file));
}
