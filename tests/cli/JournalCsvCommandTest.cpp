#include "cli/JournalCsvCommand.h"

#include "TestSupport.h"
#include "cli/CommandLine.h"
#include "journal/JournalStore.h"
#include "journal/JournalTestData.h"
#include "settings/InstanceLock.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace toward;
using Action = CommandLineRequest::Action;

using toward::test::CommandOutput;

namespace {

using Command = int (*)(const QString &, const QString &, QTextStream &, QTextStream &);

CommandOutput run(Command command, const QString &dataDir, const QString &file)
{
    CommandOutput output;
    QTextStream out(&output.out);
    QTextStream err(&output.err);
    output.exitCode = command(dataDir, file, out, err);
    return output;
}

std::unique_ptr<JournalStore> openJournal(const test::TemporaryDataDir &dir)
{
    JournalStore::OpenResult opened = JournalStore::open(dir.filePath(u"journal.sqlite"_s));
    INFO(opened.problem.message);
    REQUIRE(opened.store);
    return std::move(opened.store);
}

QDateTime day(int number)
{
    return QDateTime(QDate(2026, 11, number), QTime(8, 0), Qt::OffsetFromUTC, 3600);
}

} // namespace

TEST_CASE("The command line asks for a CSV export or import", "[cli][csv]")
{
    const auto exportRequest = CommandLine::parse(
        {u"toward"_s, u"--data-dir"_s, u"/tmp/d"_s, u"--export-csv"_s, u"out.csv"_s});
    CHECK(exportRequest.action == Action::ExportCsv);
    CHECK(exportRequest.csvPath == u"out.csv"_s);
    CHECK(exportRequest.dataDir == u"/tmp/d"_s);

    const auto importRequest = CommandLine::parse({u"toward"_s, u"--import-csv=in.csv"_s});
    CHECK(importRequest.action == Action::ImportCsv);
    CHECK(importRequest.csvPath == u"in.csv"_s);
    CHECK(importRequest.dataDir.isEmpty());

    const auto both = CommandLine::parse(
        {u"toward"_s, u"--export-csv"_s, u"a.csv"_s, u"--import-csv"_s, u"b.csv"_s});
    CHECK(both.action == Action::Fail);
    CHECK(both.error == u"Choose either --export-csv or --import-csv, not both."_s);

    CHECK(CommandLine::parse({u"toward"_s, u"--export-csv"_s}).action == Action::Fail);
    const QString help = CommandLine::helpText();
    CHECK(help.contains(u"--export-csv"_s));
    CHECK(help.contains(u"--import-csv"_s));
}

TEST_CASE(
    "Exporting the journal writes the file and says how many check-ins it holds", "[cli][csv]")
{
    test::TemporaryDataDir dataDir;
    {
        auto journal = openJournal(dataDir);
        REQUIRE(journal->add(test::fullCheckIn(day(1))).ok());
        REQUIRE(journal->add(test::simpleCheckIn(day(2), 5, 3)).ok());
    }
    test::TemporaryDataDir elsewhere;
    const QString file = elsewhere.filePath(u"journal.csv"_s);

    const CommandOutput output = run(&JournalCsvCommand::exportCsv, dataDir.path(), file);
    CHECK(output.err.isEmpty());
    CHECK(output.exitCode == 0);
    CHECK(output.out == u"Exported 2 check-ins to "_s + file + u".\n"_s);
    CHECK(test::readFile(file).count("\r\n") == 3); // the header and two rows
}

TEST_CASE("Exporting without a journal fails and writes nothing", "[cli][csv]")
{
    test::TemporaryDataDir dataDir;
    const QString file = dataDir.filePath(u"journal.csv"_s);
    const CommandOutput output = run(&JournalCsvCommand::exportCsv, dataDir.path(), file);
    CHECK(output.exitCode == 1);
    CHECK(output.out.isEmpty());
    CHECK(output.err
        == u"There is no journal at "_s + dataDir.filePath(u"journal.sqlite"_s)
            + u". Nothing was exported.\n"_s);
    CHECK_FALSE(QFileInfo::exists(file));
    CHECK_FALSE(QFileInfo::exists(dataDir.filePath(u"journal.sqlite"_s)));
}

TEST_CASE("Importing adds new check-ins and says how many were there already", "[cli][csv]")
{
    test::TemporaryDataDir source;
    {
        auto journal = openJournal(source);
        for (int number = 1; number <= 3; ++number)
            REQUIRE(journal->add(test::simpleCheckIn(day(number), 5, 3)).ok());
    }
    const QString file = source.filePath(u"journal.csv"_s);
    REQUIRE(run(&JournalCsvCommand::exportCsv, source.path(), file).exitCode == 0);

    test::TemporaryDataDir target;
    const CommandOutput first = run(&JournalCsvCommand::importCsv, target.path(), file);
    CHECK(first.err.isEmpty());
    CHECK(first.exitCode == 0);
    CHECK(first.out == u"Imported 3 check-ins from "_s + file + u".\n"_s);

    const CommandOutput again = run(&JournalCsvCommand::importCsv, target.path(), file);
    CHECK(again.exitCode == 0);
    CHECK(again.out
        == u"Imported 0 check-ins from "_s + file + u"; 3 were already in the journal.\n"_s);
    CHECK(openJournal(target)->count().value() == 3);
}

TEST_CASE("Importing a bad file prints every problem and imports nothing", "[cli][csv]")
{
    test::TemporaryDataDir dataDir;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString file = dataDir.writeFile(u"bad.csv"_s,
        "id,started_at,ended_at,context,regions,pain_before,pain_after,practice,breath_pattern,"
        "feelings_before,"
        "feelings_after,cues,red_flags,note\r\n"
            + id.toUtf8() + ",2026-11-20T08:00:00+01:00,,car,low-back,5,11,,,,,,,\r\n" + id.toUtf8()
            + ",2026-11-21T08:00:00+01:00,,desk,low-back,5,3,,,,,,,\r\n");

    const CommandOutput output = run(&JournalCsvCommand::importCsv, dataDir.path(), file);
    CHECK(output.exitCode == 1);
    CHECK(output.out.isEmpty());
    CHECK(output.err.split(u'\n', Qt::SkipEmptyParts)
        == QStringList {
            u"row 2, context: must be one of mat, desk, standing, lying, driving, walking, not \"car\""_s,
            u"row 2, pain_after: must be a whole number from 0 to 10, not \"11\""_s,
            u"row 3, id: "_s + id + u" appears twice in the file (also row 2)"_s,
            file + u": nothing was imported (3 problems)."_s,
        });
    CHECK(openJournal(dataDir)->count().value() == 0);
}

TEST_CASE("Importing fails while another Toward holds the data directory", "[cli][csv]")
{
    test::TemporaryDataDir dataDir;
    const QString file = dataDir.writeFile(u"empty.csv"_s, {});
    const auto lock = InstanceLock::acquire(dataDir.path());
    REQUIRE(lock.ok());

    const CommandOutput output = run(&JournalCsvCommand::importCsv, dataDir.path(), file);
    CHECK(output.exitCode == 1);
    CHECK(output.err.startsWith(u"Toward is already running with this data folder"_s));
    CHECK_FALSE(QFileInfo::exists(dataDir.filePath(u"journal.sqlite"_s)));
}

TEST_CASE("Importing a file that does not exist fails with the reason", "[cli][csv]")
{
    test::TemporaryDataDir dataDir;
    const QString file = dataDir.filePath(u"absent.csv"_s);
    const CommandOutput output = run(&JournalCsvCommand::importCsv, dataDir.path(), file);
    CHECK(output.exitCode == 1);
    const QStringList lines = output.err.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).startsWith(u"Cannot read "_s + file + u": "_s));
    CHECK(lines.at(1) == file + u": nothing was imported (1 problem)."_s);
}

TEST_CASE("--export-csv rescues what a damaged journal still holds and says what it left out",
    "[cli][csv][damage]")
{
    test::TemporaryDataDir dataDir;
    const QString journalPath = dataDir.filePath(u"journal.sqlite"_s);
    const QList<CheckIn> saved = test::writeJournalWithDamagedPages(journalPath);
    const QByteArray before = test::readFile(journalPath);
    test::TemporaryDataDir elsewhere;
    const QString csv = elsewhere.filePath(u"rescue.csv"_s);

    const CommandOutput output = run(&JournalCsvCommand::exportCsv, dataDir.path(), csv);
    CHECK(output.exitCode == JournalCsvCommand::PartialExport);
    const qint64 rows = test::readFile(csv).count("\r\n") - 1;
    CHECK(rows > 0);
    CHECK(rows < saved.size());
    CHECK(output.out == u"Exported %1 check-ins to %2.\n"_s.arg(rows).arg(csv));
    // Two plain lines at most; SQLite's report goes to the log in the data folder.
    const QString log = dataDir.filePath(u"journal-problems.log"_s);
    CHECK(output.err
        == u"%1 check-ins could not be read from the damaged journal and are not in the file. "
           "Details: %2\n"_s.arg(saved.size() - rows)
               .arg(log));
    const QByteArray logged = test::readFile(log);
    CHECK(logged.contains("left out"));
    CHECK(logged.toLower().contains("page")); // the integrity check's own words

    CHECK(test::readFile(journalPath) == before);
}
