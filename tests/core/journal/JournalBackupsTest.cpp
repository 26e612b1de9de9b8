#include "journal/JournalBackups.h"

#include "TestSupport.h"
#include "journal/JournalStore.h"
#include "journal/JournalTestData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace toward;
using test::openJournal;

namespace {

constexpr auto PrivateFile =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;

// Local time, as the app passes it, at noon so that no daylight saving change interferes.
QDateTime localDay(int day, const QTime &time = QTime(12, 0))
{
    return QDateTime(QDate(2026, 11, 1).addDays(day - 1), time);
}

// Result<T>::error() may only be asked of a failure.
template<typename T>
QString errorOf(const Result<T> &result)
{
    return result.ok() ? QString() : result.error();
}

QList<CheckIn> everyCheckIn(const JournalStore &store)
{
    QList<CheckIn> all;
    REQUIRE(store.forEach({}, [&all](const CheckIn &checkIn) { all.append(checkIn); }).ok());
    return all;
}

QStringList fileNames(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

std::optional<QString> backUpIfDue(
    const JournalBackups &backups, JournalStore &store, const QDateTime &now)
{
    const Result<std::optional<QString>> made = backups.backUpIfDue(store.filePath(), now);
    INFO(errorOf(made));
    REQUIRE(made.ok());
    return made.value();
}

// Makes the file fail the full integrity check but pass the quick check that opening runs: the
// index by start time now claims to hold end times.
void damageAnIndex(const QString &path)
{
    const QString name = u"vandal"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(u"PRAGMA writable_schema = ON"_s));
        REQUIRE(query.exec(u"UPDATE sqlite_schema"
                           " SET sql = 'CREATE INDEX checkin_by_start ON checkin (ended_at_ms)'"
                           " WHERE name = 'checkin_by_start'"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("A backup is made at most once a local day, privately", "[backup]")
{
    test::TemporaryDataDir dir;
    auto store = openJournal(dir.filePath(u"journal.sqlite"_s));
    REQUIRE(store->add(test::fullCheckIn(localDay(1, QTime(7, 0)))).ok());
    const JournalBackups backups(dir.path());

    const std::optional<QString> first =
        backUpIfDue(backups, *store, localDay(1, QTime(8, 15, 30)));
    REQUIRE(first);
    CHECK(*first == dir.filePath(u"backups/journal-2026-11-01-081530.sqlite"_s));
    CHECK(QFile::permissions(*first) == PrivateFile);
    CHECK(QFile::permissions(backups.folderPath())
        == (PrivateFile | QFile::ExeOwner | QFile::ExeUser));

    CHECK_FALSE(backUpIfDue(backups, *store, localDay(1, QTime(23, 59, 59))));
    const std::optional<QString> nextDay =
        backUpIfDue(backups, *store, localDay(2, QTime(0, 0, 1)));
    REQUIRE(nextDay);
    CHECK(*nextDay == dir.filePath(u"backups/journal-2026-11-02-000001.sqlite"_s));
    CHECK(fileNames(backups.folderPath()).size() == 2);
}

TEST_CASE(
    "Only the newest 14 daily backups are kept, and nothing of anyone else is deleted", "[backup]")
{
    test::TemporaryDataDir dir;
    auto store = openJournal(dir.filePath(u"journal.sqlite"_s));
    const JournalBackups backups(dir.path());
    REQUIRE(backups.backUpNow(store->filePath(), localDay(1, QTime(6, 0))).ok());
    const QStringList strangers {u"notes.txt"_s, u"journal-old.sqlite"_s,
        u"journal-2026-11-01.sqlite"_s, u"journal-2026-11-01-120000.sqlite.bak"_s,
        u"journal-2026-13-40-120000.sqlite"_s};
    for (const QString &name : strangers)
        dir.writeFile(u"backups/"_s + name, "someone else's\n");
    dir.writeFile(u"backups/journal-2026-10-31-120000.sqlite.partial"_s, "cut short by a crash");

    for (int day = 1; day <= 20; ++day) {
        REQUIRE(store->add(test::simpleCheckIn(localDay(day), day % 11, 2)).ok());
        REQUIRE(backUpIfDue(backups, *store, localDay(day)));
    }

    QStringList expected = strangers;
    expected.append(u"journal-kept-2026-11-01-060000.sqlite"_s);
    for (int day = 7; day <= 20; ++day)
        expected.append(u"journal-2026-11-%1-120000.sqlite"_s.arg(day, 2, 10, QChar(u'0')));
    expected.sort();
    CHECK(fileNames(backups.folderPath()) == expected);
    for (const QString &name : strangers)
        CHECK(test::readFile(dir.filePath(u"backups/"_s + name)) == "someone else's\n");
}

TEST_CASE("A backup is a consistent copy of the open journal", "[backup]")
{
    test::TemporaryDataDir dir;
    auto store = openJournal(dir.filePath(u"journal.sqlite"_s));
    for (int i = 0; i < 40; ++i) {
        REQUIRE(store->add(test::fullCheckIn(localDay(1).addSecs(i * 600))).ok());
        REQUIRE(store->add(test::simpleCheckIn(localDay(2).addSecs(i * 600), i % 11, std::nullopt))
                    .ok());
    }
    // Committed check-ins still in the WAL belong in the copy too.
    REQUIRE(QFileInfo(dir.filePath(u"journal.sqlite-wal"_s)).size() > 0);

    const JournalBackups backups(dir.path());
    const std::optional<QString> made = backUpIfDue(backups, *store, localDay(3));
    REQUIRE(made);
    CHECK(store->add(test::fullCheckIn(localDay(3))).ok()); // the journal stays usable

    {
        auto copy = openJournal(*made, JournalStore::Access::ReadOnly);
        CHECK(copy->count().value() == 80);
        QList<CheckIn> expected = everyCheckIn(*store);
        expected.removeLast();
        CHECK(everyCheckIn(*copy) == expected);
    }
    CHECK(fileNames(backups.folderPath()) == QStringList {u"journal-2026-11-03-120000.sqlite"_s});

    const QList<JournalBackup> listed = backups.list();
    REQUIRE(listed.size() == 1);
    CHECK(listed.constFirst().filePath == *made);
    CHECK(listed.constFirst().kind == JournalBackup::Kind::Daily);
    CHECK(listed.constFirst().madeAt == localDay(3));
    CHECK(listed.constFirst().checkInCount == 80);
}

TEST_CASE("The backups are listed newest first with their check-in counts", "[backup]")
{
    test::TemporaryDataDir dir;
    auto store = openJournal(dir.filePath(u"journal.sqlite"_s));
    const JournalBackups backups(dir.path());
    CHECK(backups.list().isEmpty());
    REQUIRE(backUpIfDue(backups, *store, localDay(1)));
    REQUIRE(store->add(test::fullCheckIn(localDay(1))).ok());
    REQUIRE(backups.backUpNow(store->filePath(), localDay(1, QTime(13, 0))).ok());
    REQUIRE(store->add(test::fullCheckIn(localDay(2))).ok());
    REQUIRE(backUpIfDue(backups, *store, localDay(2)));
    dir.writeFile(u"backups/journal-2026-11-03-120000.sqlite"_s, "truncated");

    const QList<JournalBackup> listed = backups.list();
    REQUIRE(listed.size() == 4);
    CHECK(listed.at(0).madeAt == localDay(3));
    CHECK_FALSE(listed.at(0).checkInCount);
    CHECK(listed.at(1).checkInCount == 2);
    CHECK(listed.at(2).kind == JournalBackup::Kind::Kept);
    CHECK(listed.at(2).checkInCount == 1);
    CHECK(listed.at(3).checkInCount == 0);
}

TEST_CASE("A damaged journal is not backed up and the good backups stay", "[backup]")
{
    test::TemporaryDataDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    const JournalBackups backups(dir.path());
    {
        auto store = openJournal(path);
        for (int day = 1; day <= JournalBackups::DailyBackupsKept; ++day) {
            REQUIRE(store->add(test::fullCheckIn(localDay(day))).ok());
            REQUIRE(backUpIfDue(backups, *store, localDay(day)));
        }
    }
    const QStringList before = fileNames(backups.folderPath());
    damageAnIndex(path);

    auto store = openJournal(path); // the quick check at opening does not look inside indexes
    const Result<std::optional<QString>> refused =
        backups.backUpIfDue(store->filePath(), localDay(20));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().startsWith(u"The journal is damaged (the integrity check found "_s));
    CHECK(refused.error().contains(u"row "_s));
    CHECK(refused.error().endsWith(
        u"No backup was made, so the earlier backups stay as they are."_s));
    CHECK_FALSE(backups.backUpNow(store->filePath(), localDay(20)).ok());
    CHECK(fileNames(backups.folderPath()) == before);
}

TEST_CASE("Restoring brings a backup back and keeps the journal it replaces", "[backup]")
{
    test::TemporaryDataDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    const JournalBackups backups(dir.path());
    const CheckIn kept = test::fullCheckIn(localDay(1));
    const CheckIn later = test::simpleCheckIn(localDay(2), 7, 5);
    QString backup;
    {
        auto store = openJournal(path);
        REQUIRE(store->add(kept).ok());
        backup = backUpIfDue(backups, *store, localDay(1)).value();
        REQUIRE(store->add(later).ok());
    }

    const Result<QString> restored = JournalBackups::restore(backup, path, localDay(3));
    INFO(errorOf(restored));
    REQUIRE(restored.ok());
    CHECK(restored.value() == dir.filePath(u"backups/journal-kept-2026-11-03-120000.sqlite"_s));
    CHECK(QFile::permissions(path) == PrivateFile);
    CHECK_FALSE(QFileInfo::exists(path + u"-wal"_s));
    CHECK_FALSE(QFileInfo::exists(path + u".restoring"_s));
    CHECK(fileNames(dir.path()) == QStringList {u"journal.sqlite"_s});
    {
        auto store = openJournal(path);
        CHECK(everyCheckIn(*store) == QList<CheckIn> {kept});
        CHECK(store->add(test::fullCheckIn(localDay(3))).ok()); // writable as usual
    }
    {
        auto replaced = openJournal(restored.value(), JournalStore::Access::ReadOnly);
        CHECK(everyCheckIn(*replaced) == (QList<CheckIn> {kept, later}));
    }
    CHECK(QFileInfo::exists(backup)); // the chosen backup stays

    // The kept copy is restorable in turn.
    REQUIRE(JournalBackups::restore(restored.value(), path, localDay(4)).ok());
    CHECK(openJournal(path)->count().value() == 2);
}

TEST_CASE("A restore that cannot be done changes nothing", "[backup]")
{
    test::TemporaryDataDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    const JournalBackups backups(dir.path());
    auto store = openJournal(path);
    REQUIRE(store->add(test::fullCheckIn(localDay(1))).ok());
    const QString backup = backUpIfDue(backups, *store, localDay(1)).value();

    SECTION("the backup is not a journal")
    {
        store.reset();
        const QByteArray journalBytes = test::readFile(path);
        const QString notAJournal =
            dir.writeFile(u"backups/journal-2026-11-02-120000.sqlite"_s, "my diary\n");
        const Result<QString> refused = JournalBackups::restore(notAJournal, path, localDay(3));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().startsWith(u"This backup cannot be restored: "_s));
        CHECK(test::readFile(path) == journalBytes);
        CHECK(fileNames(dir.path()) == QStringList {u"journal.sqlite"_s});
        CHECK(fileNames(backups.folderPath()).size() == 2);
    }
    SECTION("the backup is damaged")
    {
        store.reset();
        damageAnIndex(backup);
        const Result<QString> refused = JournalBackups::restore(backup, path, localDay(3));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().startsWith(
            u"This backup cannot be restored: it is damaged (the integrity check found "_s));
    }
    SECTION("the journal is still open")
    {
        REQUIRE(store->add(test::fullCheckIn(localDay(2))).ok());
        const Result<QString> refused = JournalBackups::restore(backup, path, localDay(3));
        REQUIRE_FALSE(refused.ok());
        CHECK(
            refused.error() == u"The journal is still open. Close it before restoring a backup."_s);
        CHECK(store->count().value() == 2);
        CHECK(store->add(test::fullCheckIn(localDay(3))).ok());
        CHECK_FALSE(QFileInfo::exists(path + u".restoring"_s));
    }
    SECTION("the backup is the journal itself")
    {
        store.reset();
        CHECK(JournalBackups::restore(path, path, localDay(3)).error()
            == u"That file is the journal itself."_s);
    }
}

TEST_CASE("Restoring over an unreadable journal moves it aside whole", "[backup]")
{
    test::TemporaryDataDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    const JournalBackups backups(dir.path());
    QString backup;
    {
        auto store = openJournal(path);
        REQUIRE(store->add(test::fullCheckIn(localDay(1))).ok());
        backup = backUpIfDue(backups, *store, localDay(1)).value();
    }
    dir.writeFile(u"journal.sqlite"_s, "overwritten by mistake\n");
    dir.writeFile(u"journal.sqlite-wal"_s, "stale log\n");

    const Result<QString> restored = JournalBackups::restore(backup, path, localDay(2));
    INFO(errorOf(restored));
    REQUIRE(restored.ok());
    CHECK(restored.value() == dir.filePath(u"journal-unreadable-2026-11-02-120000.sqlite"_s));
    CHECK(test::readFile(restored.value()) == "overwritten by mistake\n");
    CHECK(test::readFile(restored.value() + u"-wal"_s) == "stale log\n");
    CHECK_FALSE(QFileInfo::exists(path + u"-wal"_s));
    CHECK(openJournal(path)->count().value() == 1);
}

TEST_CASE("An unreadable journal is moved aside with its side files, bytes unchanged", "[backup]")
{
    test::TemporaryDataDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    QByteArray bytes;
    for (int i = 0; i < 5000; ++i)
        bytes.append(char(i * 7919 % 256));
    dir.writeFile(u"journal.sqlite"_s, bytes);
    dir.writeFile(u"journal.sqlite-wal"_s, "log");
    dir.writeFile(u"journal.sqlite-shm"_s, "index");
    dir.writeFile(u"journal-unreadable-2026-11-01-120000.sqlite"_s, "an earlier one");

    SECTION("to a name of its own")
    {
        const Result<QString> moved = JournalBackups::moveAside(path, localDay(2, QTime(9, 30, 5)));
        INFO(errorOf(moved));
        REQUIRE(moved.ok());
        CHECK(moved.value() == dir.filePath(u"journal-unreadable-2026-11-02-093005.sqlite"_s));
        CHECK(test::readFile(moved.value()) == bytes);
        CHECK(test::readFile(moved.value() + u"-wal"_s) == "log");
        CHECK(test::readFile(moved.value() + u"-shm"_s) == "index");
        CHECK_FALSE(QFileInfo::exists(path));
        CHECK_FALSE(QFileInfo::exists(path + u"-wal"_s));
        CHECK_FALSE(QFileInfo::exists(path + u"-shm"_s));
        CHECK(test::readFile(dir.filePath(u"journal-unreadable-2026-11-01-120000.sqlite"_s))
            == "an earlier one");
    }
    SECTION("never over another file")
    {
        const Result<QString> refused = JournalBackups::moveAside(path, localDay(1));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().endsWith(
            u"journal-unreadable-2026-11-01-120000.sqlite already exists."_s));
        CHECK(test::readFile(path) == bytes);
        CHECK(test::readFile(path + u"-wal"_s) == "log");
        CHECK(test::readFile(dir.filePath(u"journal-unreadable-2026-11-01-120000.sqlite"_s))
            == "an earlier one");
    }
}
