#include "TestSupport.h"
#include "journal/JournalStore.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <chrono>
#include <iostream>

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

// Enough for every test run; a soak (./toward.sh soak) asks for more with TOWARD_SAFETY_KILLS.
constexpr int DefaultKills = 50;
constexpr int ProgressEvery = 100;

// A fresh seed each run unless TOWARD_SAFETY_SEED repeats an earlier one.
quint32 seedForThisRun()
{
    bool given = false;
    const quint32 seed = qEnvironmentVariable("TOWARD_SAFETY_SEED").toUInt(&given);
    return given ? seed : QRandomGenerator::global()->generate();
}

int killsForThisRun()
{
    const QString given = qEnvironmentVariable("TOWARD_SAFETY_KILLS");
    if (given.isEmpty())
        return DefaultKills;
    bool valid = false;
    const int kills = given.toInt(&valid);
    INFO("TOWARD_SAFETY_KILLS=" << given.toStdString() << " is not a positive whole number");
    REQUIRE((valid && kills > 0));
    return kills;
}

// Runs the writer for `runFor`, kills it (SIGKILL) and returns the ids it reported committed.
QList<QUuid> runAndKill(
    const QString &dataDirectory, quint32 writerSeed, std::chrono::milliseconds runFor)
{
    QProcess writer;
    writer.start(
        QStringLiteral(TOWARD_JOURNAL_WRITER), {dataDirectory, QString::number(writerSeed)});
    REQUIRE(writer.waitForStarted());
    // Reading as it goes keeps the pipe from filling up and stalling the writer.
    const QDeadlineTimer deadline(runFor);
    while (!deadline.hasExpired() && writer.state() == QProcess::Running)
        writer.waitForReadyRead(int(deadline.remainingTime()));
    INFO(QString::fromLocal8Bit(writer.readAllStandardError()));
    REQUIRE(writer.state() == QProcess::Running); // it must die by our hand, not of an error
    writer.kill();
    REQUIRE(writer.waitForFinished());

    // A line cut short by the kill cannot be read as an id, so it is left out.
    QList<QUuid> ids;
    const QByteArray output = writer.readAllStandardOutput();
    for (const QByteArray &line : output.left(output.lastIndexOf('\n') + 1).split('\n')) {
        if (line.isEmpty())
            continue;
        const QUuid id = QUuid::fromString(QString::fromLatin1(line));
        REQUIRE_FALSE(id.isNull());
        ids.append(id);
    }
    return ids;
}

QString integrityCheck(const JournalStore &store)
{
    QSqlQuery query(u"PRAGMA integrity_check"_s, store.database());
    return query.next() ? query.value(0).toString() : u"integrity_check failed to run"_s;
}

qsizetype missingIds(const JournalStore &store, const QList<QUuid> &ids)
{
    return std::count_if(
        ids.begin(), ids.end(), [&store](const QUuid &id) { return !store.contains(id).value(); });
}

} // namespace

TEST_CASE("A writer killed at any moment loses no committed check-in and never damages the journal",
    "[safety]")
{
    const quint32 seed = seedForThisRun();
    const int kills = killsForThisRun();
    std::cout << "Crash test seed " << seed << ", " << kills
              << " kills (repeat with TOWARD_SAFETY_SEED=" << seed << ")" << std::endl;
    INFO("seed " << seed);
    QElapsedTimer elapsed;
    elapsed.start();
    QRandomGenerator random(seed);
    test::TemporaryDataDir dir;
    const QString journalPath = dir.filePath(u"journal.sqlite"_s);
    QList<QUuid> committed;
    qint64 previousCount = 0;

    for (int round = 1; round <= kills; ++round) {
        INFO("round " << round);
        const std::chrono::milliseconds runFor(random.bounded(20, 251));
        const QList<QUuid> ids = runAndKill(dir.path(), random.generate(), runFor);
        committed.append(ids);
        if (!QFileInfo::exists(journalPath)) { // killed before it created the journal
            REQUIRE(committed.isEmpty());
            continue;
        }

        // Read-only, the killed writer's WAL is left for the next writer to recover; read-write,
        // this reader recovers it, as the app does after a crash.
        const auto access =
            round % 2 ? JournalStore::Access::ReadOnly : JournalStore::Access::ReadWrite;
        const JournalStore::OpenResult opened = JournalStore::open(journalPath, access);
        INFO(opened.problem.message);
        if (opened.problem.kind == JournalOpenProblem::Kind::Unfinished) {
            REQUIRE(committed.isEmpty()); // killed while it made the journal
            continue;
        }
        REQUIRE(opened.store);
        REQUIRE(integrityCheck(*opened.store) == u"ok"_s);
        const Result<qint64> counted = opened.store->count();
        INFO((counted.ok() ? QString() : counted.error()));
        REQUIRE(counted.ok());
        REQUIRE(missingIds(*opened.store, ids) == 0);
        const qint64 count = counted.value();
        REQUIRE(count >= previousCount);
        REQUIRE(count >= committed.size());
        previousCount = count;
        if (round % ProgressEvery == 0 && round < kills)
            std::cout << "Crash test: " << round << " of " << kills << " kills" << std::endl;
    }

    const JournalStore::OpenResult opened = JournalStore::open(journalPath);
    INFO(opened.problem.message);
    REQUIRE(opened.store);
    CHECK(missingIds(*opened.store, committed) == 0);
    // With fewer commits than kills, the kills would have tested little.
    CHECK(committed.size() >= kills);
    std::cout << "Crash test: " << committed.size() << " committed check-ins over " << kills
              << " kills, " << opened.store->count().value() << " in the journal, in "
              << elapsed.elapsed() / 1000.0 << " s" << std::endl;
}
