#include "journal/Journal.h"

#include "TestSupport.h"
#include "journal/JournalBackups.h"
#include "journal/JournalTestData.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

const QDateTime Now(QDate(2026, 11, 20), QTime(9, 30), Qt::OffsetFromUTC, 3600);

// Counts a journal's signals, as a view listening to it would.
struct Listener {
    explicit Listener(const Journal &journal)
    {
        QObject::connect(&journal, &Journal::reset, &journal, [this] { ++resets; });
        QObject::connect(&journal, &Journal::accessChanged, &journal,
            [this](bool readOnly) { accessChanges.append(readOnly); });
    }
    int resets = 0;
    QList<bool> accessChanges;
};

} // namespace

TEST_CASE("The journal opens read-write, creating the file, and holds the data folder", "[journal]")
{
    test::TemporaryDataDir dir;
    Journal journal(dir.path(), [] { return Now; });
    CHECK_FALSE(journal.isOpen());
    const JournalOpening opening = journal.open();
    CHECK(opening.outcome == JournalOpening::Outcome::ReadWrite);
    REQUIRE(journal.isOpen());
    CHECK_FALSE(journal.isReadOnly());
    CHECK(journal.filePath() == dir.filePath(u"journal.sqlite"_s));
    CHECK(QFile::exists(journal.filePath()));

    Journal second(dir.path());
    const JournalOpening refused = second.open();
    CHECK(refused.outcome == JournalOpening::Outcome::Refused);
    CHECK(refused.reason.startsWith(u"Toward is already running with this data folder"_s));
    CHECK_FALSE(second.isOpen());
}

TEST_CASE("Switching to read-only keeps the same journal object and tells its views", "[journal]")
{
    test::TemporaryDataDir dir;
    const std::unique_ptr<Journal> journal = test::openJournalIn(dir.path());
    REQUIRE(journal->store().add(test::fullCheckIn(Now)).ok());
    Listener listener(*journal);

    REQUIRE(journal->switchToReadOnly(u"The journal is damaged."_s).ok());
    CHECK(journal->isReadOnly());
    CHECK(journal->readOnlyReason() == u"The journal is damaged."_s);
    CHECK(listener.resets == 1);
    CHECK(listener.accessChanges == QList<bool> {true});
    CHECK(journal->store().count().value() == 1);
    CHECK(journal->store().add(test::fullCheckIn(Now.addDays(1))).error()
        == u"The journal is open read-only."_s);
}

TEST_CASE("Restoring a backup through the journal resets what it holds", "[journal]")
{
    test::TemporaryDataDir dir;
    const std::unique_ptr<Journal> journal = test::openJournalIn(dir.path());
    REQUIRE(journal->store().add(test::fullCheckIn(Now)).ok());
    const Result<QString> backup = JournalBackups(dir.path()).backUpNow(journal->filePath(), Now);
    REQUIRE(backup.ok());
    REQUIRE(journal->store().add(test::fullCheckIn(Now.addDays(1))).ok());
    Listener listener(*journal);

    const Result<QString> kept = journal->restore(backup.value());
    INFO(kept.error());
    REQUIRE(kept.ok());
    CHECK(listener.resets == 1);
    CHECK(listener.accessChanges == QList<bool> {false});
    CHECK(journal->store().count().value() == 1);
    // The journal it replaced is kept as a backup of its own, both check-ins in it.
    const JournalStore::OpenResult replaced =
        JournalStore::open(kept.value(), JournalStore::Access::ReadOnly);
    REQUIRE(replaced.store);
    CHECK(replaced.store->count().value() == 2);

    SECTION("a backup that cannot be restored leaves the journal open as it was")
    {
        const QString notAJournal = dir.writeFile(u"notes.sqlite"_s, "not a database");
        const Result<QString> refused = journal->restore(notAJournal);
        CHECK_FALSE(refused.ok());
        REQUIRE(journal->isOpen());
        CHECK(journal->store().count().value() == 1);
    }
}

TEST_CASE(
    "A journal locked by another program is named at start, never passed off as empty", "[journal]")
{
    test::TemporaryDataDir dir;
    {
        const std::unique_ptr<Journal> journal = test::openJournalIn(dir.path());
        REQUIRE(journal->store().add(test::fullCheckIn(Now)).ok());
    }
    // Another program takes the file for itself (the opening waits two seconds for it, twice).
    const QString other = u"another-program"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, other);
        db.setDatabaseName(dir.filePath(u"journal.sqlite"_s));
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
        REQUIRE(query.exec(u"BEGIN EXCLUSIVE"_s));
        REQUIRE(query.exec(u"UPDATE checkin SET note = 'theirs'"_s));
    }

    Journal journal(dir.path());
    const JournalOpening opening = journal.open();
    CHECK(opening.outcome == JournalOpening::Outcome::Refused);
    CHECK(opening.reason.contains(u"The journal is locked by another program."_s));
    CHECK_FALSE(journal.isOpen());

    QSqlDatabase::database(other).rollback();
    QSqlDatabase::database(other).close();
    QSqlDatabase::removeDatabase(other);
}
