#include "journal/JournalStore.h"

#include "TestSupport.h"
#include "journal/JournalSchema.h"
#include "journal/JournalTestData.h"
#include "settings/InstanceLock.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace toward;
using test::openJournal;
using test::runSql;

namespace {

QDateTime at(const QString &isoWithOffset)
{
    return QDateTime::fromString(isoWithOffset, Qt::ISODate);
}

QString pragma(JournalStore &store, const QString &name)
{
    QSqlQuery query(u"PRAGMA "_s + name, store.database());
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace

TEST_CASE("A check-in is saved and read back field by field", "[journal]")
{
    test::TemporaryDataDir dir;
    auto store = openJournal(dir.filePath(u"journal.sqlite"_s));
    const CheckIn saved = test::fullCheckIn(at(u"2026-11-20T08:15:30.250+05:30"_s));
    REQUIRE(store->add(saved).ok());

    const std::optional<CheckIn> loaded = store->find(saved.id).value();
    REQUIRE(loaded.has_value());
    CHECK(loaded->startedAt.toMSecsSinceEpoch() == saved.startedAt.toMSecsSinceEpoch());
    CHECK(loaded->startedAt.offsetFromUtc() == 5 * 3600 + 1800);
    CHECK(loaded->endedAt == saved.endedAt);
    CHECK(loaded->regions == saved.regions);
    CHECK(loaded->cues == saved.cues);
    CHECK(loaded->leaningsBefore == saved.leaningsBefore);
    CHECK(loaded->leaningsAfter == saved.leaningsAfter);
    CHECK(loaded->redFlags == saved.redFlags);
    CHECK(loaded->note == saved.note);
    CHECK(*loaded == saved);
    CHECK(loaded->relief() == 3);
}

TEST_CASE("A check-in the person stopped early has no pain after", "[journal]")
{
    test::TemporaryDataDir dir;
    auto store = openJournal(dir.filePath(u"journal.sqlite"_s));
    CheckIn early = test::simpleCheckIn(at(u"2026-11-20T08:00:00Z"_s), 7, std::nullopt);
    early.endedAt = QDateTime();
    const Result<void> added = store->add(early);
    INFO(added.error());
    REQUIRE(added.ok());
    const auto loaded = store->find(early.id).value();
    REQUIRE(loaded);
    CHECK_FALSE(loaded->painAfter.has_value());
    CHECK_FALSE(loaded->endedAt.isValid());
    CHECK_FALSE(loaded->relief().has_value());
}

TEST_CASE("Invalid check-ins are refused and nothing is written", "[journal]")
{
    test::TemporaryDataDir dir;
    auto store = openJournal(dir.filePath(u"journal.sqlite"_s));
    CheckIn checkIn = test::simpleCheckIn(at(u"2026-11-20T08:00:00Z"_s), 11, 3);
    CHECK(store->add(checkIn).error() == u"Pain must be rated from 0 to 10."_s);
    checkIn.painBefore = 5;
    REQUIRE(store->add(checkIn).ok());
    const Result<void> again = store->add(checkIn);
    CHECK_FALSE(again.ok());
    CHECK(store->count().value() == 1);
}

TEST_CASE("addMissing merges by id in one transaction", "[journal]")
{
    test::TemporaryDataDir dir;
    auto store = openJournal(dir.filePath(u"journal.sqlite"_s));
    const CheckIn first = test::simpleCheckIn(at(u"2026-11-01T08:00:00Z"_s), 5, 3);
    const CheckIn second = test::simpleCheckIn(at(u"2026-11-02T08:00:00Z"_s), 6, 2);
    REQUIRE(store->add(first).ok());

    const Result<int> added = store->addMissing({first, second});
    REQUIRE(added.ok());
    CHECK(added.value() == 1);
    CHECK(store->count().value() == 2);

    CheckIn bad = test::simpleCheckIn(at(u"2026-11-03T08:00:00Z"_s), 4, 12);
    const CheckIn third = test::simpleCheckIn(at(u"2026-11-04T08:00:00Z"_s), 4, 1);
    CHECK_FALSE(store->addMissing({third, bad}).ok());
    CHECK(store->count().value() == 2); // the whole batch was rolled back
    CHECK_FALSE(store->contains(third.id).value());
}

TEST_CASE("Notes can be edited and check-ins deleted", "[journal]")
{
    test::TemporaryDataDir dir;
    auto store = openJournal(dir.filePath(u"journal.sqlite"_s));
    const CheckIn checkIn = test::fullCheckIn(at(u"2026-11-20T08:00:00+01:00"_s));
    REQUIRE(store->add(checkIn).ok());

    REQUIRE(store->updateNote(checkIn.id, u"Edited ✎"_s).ok());
    CHECK(store->find(checkIn.id).value()->note == u"Edited ✎"_s);

    REQUIRE(store->remove(checkIn.id).ok());
    CHECK_FALSE(store->contains(checkIn.id).value());
    CHECK(store->remove(checkIn.id).error() == u"That check-in is no longer in the journal."_s);
    CHECK_FALSE(store->updateNote(checkIn.id, u"x"_s).ok());
    QSqlQuery orphans(
        u"SELECT (SELECT count(*) FROM checkin_cue) + (SELECT count(*) FROM checkin_region)"
        " + (SELECT count(*) FROM checkin_leaning)"_s,
        store->database());
    REQUIRE(orphans.next());
    CHECK(orphans.value(0).toInt() == 0);

    // Undoing a delete puts the same check-in back.
    REQUIRE(store->add(checkIn).ok());
    CHECK(*store->find(checkIn.id).value() == checkIn);
}

TEST_CASE("The review lists check-ins newest first, filtered and paged", "[journal]")
{
    test::TemporaryDataDir dir;
    auto store = openJournal(dir.filePath(u"journal.sqlite"_s));
    CheckIn desk =
        test::simpleCheckIn(at(u"2026-11-01T09:00:00Z"_s), 6, 4, u"low-back"_s, Context::Desk);
    desk.note = u"Standing desk helped, 50% sure"_s;
    CheckIn car =
        test::simpleCheckIn(at(u"2026-11-02T18:00:00Z"_s), 5, 5, u"neck"_s, Context::Driving);
    car.practiceTitle = u"Driving reset"_s;
    CheckIn mat = test::fullCheckIn(at(u"2026-11-03T07:00:00Z"_s));
    mat.context = Context::Mat;
    mat.practiceTitle = u"Morning mat"_s;
    for (const CheckIn &checkIn : {desk, car, mat})
        REQUIRE(store->add(checkIn).ok());

    const auto ids = [&store](const JournalFilter &filter) {
        QList<QUuid> found;
        for (const CheckInSummary &row : store->summaries(filter, 0, 100).value())
            found.append(row.id);
        return found;
    };

    CHECK(ids({}) == QList<QUuid> {mat.id, car.id, desk.id});
    CHECK(store->summaries({}, 1, 1).value().constFirst().id == car.id);

    JournalFilter filter;
    filter.regionId = u"neck"_s;
    CHECK(ids(filter) == QList<QUuid> {mat.id, car.id});
    CHECK(store->count(filter).value() == 2);
    filter.context = Context::Driving;
    CHECK(ids(filter) == QList<QUuid> {car.id});

    CHECK(
        ids(JournalFilter::days(QDate(2026, 11, 2), QDate(2026, 11, 2))) == QList<QUuid> {car.id});

    JournalFilter text;
    text.text = u"50%"_s;
    CHECK(ids(text) == QList<QUuid> {desk.id});
    text.text = u"driving"_s; // practice title, case-insensitive
    CHECK(ids(text) == QList<QUuid> {car.id});
    text.text = u"soft jaw"_s; // a cue's title
    CHECK(ids(text) == QList<QUuid> {mat.id});
    text.text = u"_"_s; // wildcards are literal
    CHECK(ids(text) == QList<QUuid> {mat.id});

    const CheckInSummary row = store->summaries({}, 2, 1).value().constFirst();
    CHECK(row.regionNames == u"low-back"_s);
    CHECK(row.painBefore == 6);
    CHECK(row.painAfter == 4);
    CHECK(row.noteStart == desk.note);
}

TEST_CASE("forEach reads every check-in whole, in one pass", "[journal]")
{
    test::TemporaryDataDir dir;
    auto store = openJournal(dir.filePath(u"journal.sqlite"_s));
    QList<CheckIn> saved;
    for (int day = 1; day <= 5; ++day) {
        saved.append(test::fullCheckIn(at(u"2026-11-0%1T08:00:00+02:00"_s.arg(day))));
        saved.append(
            test::simpleCheckIn(at(u"2026-11-0%1T20:00:00+02:00"_s.arg(day)), day, 0, u"neck"_s));
    }
    for (const CheckIn &checkIn : saved)
        REQUIRE(store->add(checkIn).ok());

    QList<CheckIn> read;
    REQUIRE(store->forEach({}, [&read](const CheckIn &checkIn) { read.append(checkIn); }).ok());
    CHECK(read == saved);

    JournalFilter onlyFull;
    onlyFull.context = Context::Driving;
    read.clear();
    REQUIRE(
        store->forEach(onlyFull, [&read](const CheckIn &checkIn) { read.append(checkIn); }).ok());
    REQUIRE(read.size() == 5);
    CHECK(read.at(2) == saved.at(4));
}

TEST_CASE("A new journal is private, durable and current", "[journal]")
{
    test::TemporaryDataDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    auto store = openJournal(path);
    CHECK(QFile::permissions(path)
        == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK(pragma(*store, u"journal_mode"_s) == u"wal"_s);
    CHECK(pragma(*store, u"synchronous"_s) == u"2"_s); // FULL
    CHECK(pragma(*store, u"foreign_keys"_s) == u"1"_s);
    CHECK(pragma(*store, u"user_version"_s).toInt() == JournalSchema::CurrentVersion);
    CHECK(pragma(*store, u"application_id"_s).toInt() == JournalSchema::ApplicationId);
}

TEST_CASE("An empty version-0 database is migrated forward", "[journal][migration]")
{
    test::TemporaryDataDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    runSql(path, {u"PRAGMA user_version = 0"_s, u"VACUUM"_s});
    REQUIRE(QFile(path).size() > 0);
    auto store = openJournal(path);
    CHECK(JournalSchema::versionOf(*std::make_unique<QSqlDatabase>(store->database())).value()
        == JournalSchema::CurrentVersion);
    CHECK(store->add(test::fullCheckIn(at(u"2026-11-20T08:00:00Z"_s))).ok());
}

TEST_CASE("A journal whose making was cut short is named so read-only, and finished by a writer",
    "[journal][safety]")
{
    test::TemporaryDataDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    // As a writer killed between making the file and committing its tables leaves it.
    SECTION("an empty file")
    {
        dir.writeFile(u"journal.sqlite"_s, {});
    }
    SECTION("a database with no tables")
    {
        runSql(path, {u"PRAGMA user_version = 0"_s, u"VACUUM"_s});
    }

    const QByteArray before = test::readFile(path);
    const JournalStore::OpenResult readOnly =
        JournalStore::open(path, JournalStore::Access::ReadOnly);
    CHECK_FALSE(readOnly.store);
    CHECK(readOnly.problem.kind == JournalOpenProblem::Kind::Unfinished);
    CHECK(readOnly.problem.message
        == path
            + u" holds no journal yet: Toward stopped while making it. Opening it for writing "
              "finishes it."_s);
    CHECK(test::readFile(path) == before);

    const JournalStore::OpenResult writable =
        JournalStore::open(path, JournalStore::Access::ReadWrite);
    REQUIRE(writable.store);
    CHECK(writable.store->count().value() == 0);
}

TEST_CASE("A file that is not a journal is refused and left untouched", "[journal][safety]")
{
    test::TemporaryDataDir dir;
    using Kind = JournalOpenProblem::Kind;

    SECTION("plain text")
    {
        const QString path = dir.writeFile(u"journal.sqlite"_s, "my diary, not a database\n");
        const auto opened = JournalStore::open(path);
        CHECK_FALSE(opened.store);
        CHECK(opened.problem.kind == Kind::NotAJournal);
        CHECK(opened.problem.message
            == path + u" is not a Toward journal: it is not a database file."_s);
        CHECK(test::readFile(path) == "my diary, not a database\n");
    }
    SECTION("another program's database")
    {
        const QString path = dir.filePath(u"journal.sqlite"_s);
        runSql(path,
            {u"CREATE TABLE contacts (name TEXT)"_s, u"INSERT INTO contacts VALUES ('Ada')"_s});
        const QByteArray before = test::readFile(path);
        const auto opened = JournalStore::open(path);
        CHECK(opened.problem.kind == Kind::NotAJournal);
        CHECK(test::readFile(path) == before);
    }
    SECTION("another program's database with changes still in its write-ahead log")
    {
        // Copy the files while the other program has them open, so the log is not yet merged.
        test::TemporaryDataDir other;
        const QString livePath = other.filePath(u"other.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            db.setDatabaseName(livePath);
            REQUIRE(db.open());
            QSqlQuery query(db);
            REQUIRE(query.exec(u"PRAGMA journal_mode = WAL"_s));
            REQUIRE(query.exec(u"CREATE TABLE contacts (name TEXT)"_s));
            REQUIRE(query.exec(u"INSERT INTO contacts VALUES ('Ada')"_s));
            dir.writeFile(u"journal.sqlite"_s, test::readFile(livePath));
            dir.writeFile(u"journal.sqlite-wal"_s, test::readFile(livePath + u"-wal"_s));
            query = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        const QString path = dir.filePath(u"journal.sqlite"_s);
        const QByteArray file = test::readFile(path);
        const QByteArray log = test::readFile(path + u"-wal"_s);
        REQUIRE(log.size() > 0);

        CHECK(JournalStore::open(path).problem.kind == Kind::NotAJournal);
        CHECK(test::readFile(path) == file);
        CHECK(test::readFile(path + u"-wal"_s) == log);
    }
    SECTION("a journal from a newer Toward")
    {
        const QString path = dir.filePath(u"journal.sqlite"_s);
        openJournal(path).reset();
        runSql(path, {u"PRAGMA user_version = 99"_s});
        const QByteArray before = test::readFile(path);
        const auto opened = JournalStore::open(path);
        CHECK(opened.problem.kind == Kind::NewerSchema);
        CHECK(opened.problem.message.contains(u"newer version of Toward (journal version 99"_s));
        CHECK(test::readFile(path) == before);
    }
}

TEST_CASE("A damaged journal is refused and left untouched", "[journal][safety]")
{
    test::TemporaryDataDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    {
        auto store = openJournal(path);
        for (int i = 0; i < 300; ++i)
            REQUIRE(store->add(test::fullCheckIn(at(u"2026-11-20T08:00:00Z"_s).addSecs(i * 3600)))
                        .ok());
        QSqlQuery(u"PRAGMA wal_checkpoint(TRUNCATE)"_s, store->database());
    }
    QByteArray bytes = test::readFile(path);
    REQUIRE(bytes.size() > 8 * 4096);
    for (qsizetype i = 3 * 4096; i < 5 * 4096; ++i)
        bytes[i] = char(0xA5);
    dir.writeFile(u"journal.sqlite"_s, bytes);

    const auto opened = JournalStore::open(path);
    CHECK_FALSE(opened.store);
    CHECK(opened.problem.kind == JournalOpenProblem::Kind::Damaged);
    // One sentence for the person; every line of SQLite's report in the details, for the log.
    CHECK(opened.problem.message.startsWith(path + u" is damaged: the integrity check found "_s));
    CHECK_FALSE(opened.problem.message.contains(u'\n'));
    CHECK_FALSE(opened.problem.details.isEmpty());
    CHECK(test::readFile(path) == bytes);

    // A start-up that defers the check finds the damage when it runs it.
    const std::optional<JournalOpenProblem> integrity = JournalStore::checkIntegrity(path);
    REQUIRE(integrity);
    CHECK(integrity->kind == JournalOpenProblem::Kind::Damaged);
    CHECK(integrity->message.startsWith(path + u" is damaged: "_s));
    CHECK(integrity->details.count(u'\n') >= opened.problem.details.count(u'\n'));
    CHECK(test::readFile(path) == bytes);
}

TEST_CASE("The integrity check can be deferred past opening", "[journal]")
{
    test::TemporaryDataDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    const auto opened = JournalStore::open(
        path, JournalStore::Access::ReadWrite, JournalStore::Verification::Deferred);
    REQUIRE(opened.store);
    REQUIRE(opened.store->add(test::fullCheckIn(at(u"2026-11-20T08:00:00Z"_s))).ok());
    // Runs beside the open store, on a connection of its own.
    CHECK_FALSE(JournalStore::checkIntegrity(path));
    const std::optional<JournalOpenProblem> absent =
        JournalStore::checkIntegrity(dir.filePath(u"absent.sqlite"_s));
    REQUIRE(absent);
    CHECK(absent->kind == JournalOpenProblem::Kind::CannotOpen);
    CHECK(absent->message.startsWith(u"Cannot open "_s));
}

TEST_CASE("A journal opened read-only can be read but not written", "[journal][safety]")
{
    test::TemporaryDataDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    const CheckIn checkIn = test::fullCheckIn(at(u"2026-11-20T08:00:00Z"_s));
    const Result<void> added = openJournal(path)->add(checkIn);
    INFO(added.error());
    REQUIRE(added.ok());

    auto readOnly = openJournal(path, JournalStore::Access::ReadOnly);
    CHECK(readOnly->isReadOnly());
    CHECK(readOnly->find(checkIn.id).value().has_value());
    CHECK(readOnly->add(test::fullCheckIn(at(u"2026-11-21T08:00:00Z"_s))).error()
        == u"The journal is open read-only."_s);
    CHECK(readOnly->count().value() == 1);

    CHECK(JournalStore::open(dir.filePath(u"absent.sqlite"_s), JournalStore::Access::ReadOnly)
              .problem.kind
        == JournalOpenProblem::Kind::CannotOpen);
}

TEST_CASE("Only one Toward at a time holds a data directory", "[journal][safety]")
{
    test::TemporaryDataDir dir;
    auto first = InstanceLock::acquire(dir.path());
    REQUIRE(first.ok());
    const auto second = InstanceLock::acquire(dir.path());
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().startsWith(u"Toward is already running with this data folder"_s));
    first = Result<std::shared_ptr<InstanceLock>>::failure(u"released"_s);
    CHECK(InstanceLock::acquire(dir.path()).ok());
}

TEST_CASE("A change of 2 points or 30% of the starting pain is meaningful", "[journal]")
{
    CHECK(isMeaningfulChange(6, 4));
    CHECK(isMeaningfulChange(4, 6));
    CHECK_FALSE(isMeaningfulChange(6, 5));
    CHECK(isMeaningfulChange(3, 2)); // 33%
    CHECK_FALSE(isMeaningfulChange(4, 3)); // 25%
    CHECK_FALSE(isMeaningfulChange(0, 1));
    CHECK_FALSE(isMeaningfulChange(5, 5));
}

TEST_CASE("A read that cannot even be prepared says why, not \"Parameter count mismatch\"",
    "[journal][safety]")
{
    test::TemporaryDataDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    const std::unique_ptr<JournalStore> store = test::openJournal(path);
    REQUIRE(store->add(test::fullCheckIn(QDateTime::currentDateTime())).ok());
    runSql(path,
        {u"DROP TABLE checkin_leaning"_s, u"DROP TABLE checkin_cue"_s,
            u"DROP TABLE checkin_region"_s, u"DROP TABLE checkin"_s});
    const Result<QList<CheckInSummary>> rows = store->summaries({}, 0, 10);
    REQUIRE_FALSE(rows.ok());
    CHECK(rows.error().contains(u"no such table: checkin"_s));
    const Result<qint64> count =
        store->count(JournalFilter::days(QDate(2026, 1, 1), QDate(2026, 2, 1)));
    REQUIRE_FALSE(count.ok());
    CHECK(count.error().contains(u"no such table: checkin"_s));
}
