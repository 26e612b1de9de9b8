#include "fairtest/FairTestStore.h"

#include "TestSupport.h"
#include "fairtest/BlockAllocation.h"
#include "journal/JournalBackups.h"
#include "journal/JournalSchema.h"
#include "journal/JournalTestData.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

QDateTime at(const QString &isoWithOffset)
{
    return QDateTime::fromString(isoWithOffset, Qt::ISODate);
}

FairTest twoPractices(const QDateTime &startedAt)
{
    FairTest test =
        FairTest::ofPractices({FairTestOptionKind::Practice, u"desk-reset"_s, u"Desk reset"_s},
            {FairTestOptionKind::Practice, u"daily-five"_s, u"Daily five minutes"_s});
    test.startedAt = startedAt;
    test.seed = 7;
    return test;
}

// Saves a check-in made with the option the test gives it, and counts it.
int countNext(FairTestStore &tests, JournalStore &journal, const FairTest &test,
    const QDateTime &startedAt, int before, std::optional<int> after)
{
    const int option = tests.nextOption(test).value();
    const CheckIn checkIn = test::simpleCheckIn(startedAt, before, after);
    REQUIRE(journal.add(checkIn).ok());
    REQUIRE(tests.count(test, checkIn.id, option).ok());
    return option;
}

QStringList tableNames(JournalStore &store)
{
    QSqlQuery query(
        u"SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"_s, store.database());
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

} // namespace

TEST_CASE("A fair test is stored whole and read back after the journal is reopened", "[trial]")
{
    test::TemporaryDataDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    FairTest started;
    {
        auto store = test::openJournal(path);
        FairTestStore tests(*store);
        CHECK_FALSE(tests.latest().value().has_value());
        const Result<FairTest> result =
            tests.start(twoPractices(at(u"2026-11-20T08:00:00+01:00"_s)));
        REQUIRE(result.ok());
        started = result.value();
        CHECK(started.id > 0);
    }
    auto store = test::openJournal(path);
    const std::optional<FairTest> read = FairTestStore(*store).latest().value();
    REQUIRE(read.has_value());
    CHECK(*read == started);
    CHECK(read->startedAt.offsetFromUtc() == 3600);
    CHECK(read->options[1].label() == u"Daily five minutes"_s);
}

TEST_CASE("A cue against leaving it out is stored as two sides of the same cue", "[trial]")
{
    test::TemporaryDataDir dir;
    auto store = test::openJournal(dir.filePath(u"journal.sqlite"_s));
    FairTest test = FairTest::ofCue(u"sit-bones-back"_s, u"Sitting bones back"_s);
    test.startedAt = at(u"2026-11-20T08:00:00Z"_s);
    test.days = 21;
    REQUIRE(FairTestStore(*store).start(test).ok());
    const FairTest read = *FairTestStore(*store).latest().value();
    CHECK(read.options[0].kind == FairTestOptionKind::WithCue);
    CHECK(read.options[1].kind == FairTestOptionKind::WithoutCue);
    CHECK(read.options[0].label() == u"with “Sitting bones back”"_s);
    CHECK(read.options[1].label() == u"without “Sitting bones back”"_s);
    CHECK(read.endsAt() == at(u"2026-12-11T08:00:00Z"_s));
}

TEST_CASE("A fair test runs to its end, or stops early, and only one runs at a time", "[trial]")
{
    test::TemporaryDataDir dir;
    auto store = test::openJournal(dir.filePath(u"journal.sqlite"_s));
    FairTestStore tests(*store);
    const QDateTime start = at(u"2026-11-20T08:00:00Z"_s);
    const FairTest test = tests.start(twoPractices(start)).value();
    CHECK(test.state(start.addDays(13)) == FairTestState::Running);
    CHECK(test.daysLeft(start.addDays(13)) == 1);
    CHECK(test.daysLeft(start.addSecs(60)) == 14);
    CHECK(test.state(start.addDays(14)) == FairTestState::Finished);

    const Result<FairTest> second = tests.start(twoPractices(start.addDays(3)));
    CHECK(second.error() == u"A fair test is already running: stop it before starting another."_s);

    REQUIRE(tests.stop(test.id, start.addDays(4)).ok());
    const FairTest stopped = *tests.latest().value();
    CHECK(stopped.state(start.addDays(5)) == FairTestState::StoppedEarly);
    CHECK(stopped.stoppedAt == start.addDays(4));
    CHECK(
        tests.stop(test.id, start.addDays(5)).error() == u"That fair test is no longer running."_s);
    CHECK(tests.start(twoPractices(start.addDays(5))).ok());
}

TEST_CASE("A test that makes no sense is refused", "[trial]")
{
    test::TemporaryDataDir dir;
    auto store = test::openJournal(dir.filePath(u"journal.sqlite"_s));
    FairTest same = twoPractices(at(u"2026-11-20T08:00:00Z"_s));
    same.options[1] = same.options[0];
    CHECK_FALSE(FairTestStore(*store).start(same).ok());
    FairTest tooLong = twoPractices(at(u"2026-11-20T08:00:00Z"_s));
    tooLong.days = 9 * 7;
    CHECK(
        FairTestStore(*store).start(tooLong).error() == u"A fair test lasts from 1 to 8 weeks."_s);
    CHECK_FALSE(FairTestStore(*store).latest().value().has_value());
}

TEST_CASE("Counted check-ins follow the allocation and survive a restart", "[trial]")
{
    test::TemporaryDataDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    const QDateTime start = at(u"2026-11-20T08:00:00Z"_s);
    QList<int> given;
    {
        auto store = test::openJournal(path);
        FairTestStore tests(*store);
        const FairTest test = tests.start(twoPractices(start)).value();
        for (int i = 0; i < 3; ++i)
            given.append(countNext(tests, *store, test, start.addSecs(3600 * (i + 1)), 6, 4));
        // A check-in made with the other option is not counted, and changes nothing.
        const CheckIn declined = test::simpleCheckIn(start.addSecs(3600 * 5), 6, 5);
        REQUIRE(store->add(declined).ok());
        const int next = tests.nextOption(test).value();
        CHECK_FALSE(tests.count(test, declined.id, 1 - next).ok());
        CHECK(tests.nextOption(test).value() == next);
    }
    auto store = test::openJournal(path);
    FairTestStore tests(*store);
    const FairTest test = *tests.latest().value();
    for (int i = 3; i < 8; ++i)
        given.append(
            countNext(tests, *store, test, start.addSecs(3600 * (i + 3)), 5, std::nullopt));
    const BlockAllocation allocation(test.seed, test.blockSize);
    for (int slot = 0; slot < given.size(); ++slot)
        CHECK(given[slot] == allocation.optionAt(slot));

    const QList<FairTestCheckIn> counted = tests.checkIns(test.id).value();
    REQUIRE(counted.size() == 8);
    CHECK(counted[0].painBefore == 6);
    CHECK(counted[0].painAfter == 4);
    CHECK_FALSE(counted[7].painAfter.has_value());
    CHECK(counted[2].startedAt == start.addSecs(3 * 3600));

    // A check-in deleted from the journal drops out of the test.
    REQUIRE(store->remove(counted[1].checkInId).ok());
    CHECK(tests.checkIns(test.id).value().size() == 7);
}

TEST_CASE("A version-1 journal with check-ins gains fair tests and keeps its check-ins",
    "[trial][migration]")
{
    test::TemporaryDataDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    const CheckIn kept = test::fullCheckIn(at(u"2026-11-20T08:15:30.250+05:30"_s));
    {
        auto store = test::openJournal(path);
        REQUIRE(store->add(kept).ok());
    }
    // As version 1 made it: its tables alone, and its version.
    test::runSql(path,
        {u"DROP TABLE fair_test_checkin"_s, u"DROP TABLE fair_test"_s,
            u"ALTER TABLE checkin DROP COLUMN cue_ids"_s, u"PRAGMA user_version = 1"_s});
    {
        const JournalStore::OpenResult readOnly =
            JournalStore::open(path, JournalStore::Access::ReadOnly);
        REQUIRE(readOnly.store);
        CHECK_FALSE(tableNames(*readOnly.store).contains(u"fair_test"_s));
        // Read-only, nothing is migrated: a journal from before fair tests has none.
        const Result<std::optional<FairTest>> none = FairTestStore(*readOnly.store).latest();
        REQUIRE(none.ok());
        CHECK_FALSE(none.value().has_value());
    }

    auto store = test::openJournal(path);
    CHECK(JournalSchema::versionOf(*std::make_unique<QSqlDatabase>(store->database())).value()
        == JournalSchema::CurrentVersion);
    CHECK(tableNames(*store).contains(u"fair_test"_s));
    CHECK(tableNames(*store).contains(u"fair_test_checkin"_s));
    CHECK(store->find(kept.id).value() == kept);
    CHECK(store->count().value() == 1);
    // Its cue ids are on its row too, for "what helps".
    QSqlQuery cueIds(store->database());
    REQUIRE(cueIds.exec(u"SELECT cue_ids FROM checkin"_s));
    REQUIRE(cueIds.next());
    QStringList keptCueIds;
    for (const CueRecord &cue : kept.cues)
        keptCueIds.append(cue.cueId);
    CHECK(cueIds.value(0).toString() == keptCueIds.join(JournalSchema::CueIdSeparator));
    FairTestStore tests(*store);
    CHECK_FALSE(tests.latest().value().has_value());
    CHECK(tests.start(twoPractices(at(u"2026-11-21T08:00:00Z"_s))).ok());
    CHECK(JournalStore::checkIntegrity(path) == std::nullopt);
}

TEST_CASE("A journal newer than fair tests is refused untouched", "[trial][migration]")
{
    test::TemporaryDataDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    {
        auto store = test::openJournal(path);
        REQUIRE(FairTestStore(*store).start(twoPractices(at(u"2026-11-21T08:00:00Z"_s))).ok());
    }
    test::runSql(path, {u"PRAGMA user_version = %1"_s.arg(JournalSchema::CurrentVersion + 1)});
    const QByteArray before = test::readFile(path);
    const JournalStore::OpenResult opened = JournalStore::open(path);
    CHECK_FALSE(opened.store);
    CHECK(opened.problem.kind == JournalOpenProblem::Kind::NewerSchema);
    CHECK(opened.problem.message.contains(
        u"this version reads up to %1"_s.arg(JournalSchema::CurrentVersion)));
    CHECK(test::readFile(path) == before);
}

TEST_CASE("A read-only journal refuses to start a fair test, with the reason", "[trial]")
{
    test::TemporaryDataDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    test::openJournal(path);
    auto store = test::openJournal(path, JournalStore::Access::ReadOnly);
    CHECK(FairTestStore(*store).start(twoPractices(at(u"2026-11-21T08:00:00Z"_s))).error()
        == u"The journal is open read-only."_s);
    CHECK_FALSE(FairTestStore(*store).latest().value().has_value());
}

TEST_CASE("A backup keeps the fair test and its counted check-ins", "[trial][backup]")
{
    test::TemporaryDataDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    auto store = test::openJournal(path);
    FairTestStore tests(*store);
    const QDateTime start = at(u"2026-11-20T08:00:00Z"_s);
    const FairTest test = tests.start(twoPractices(start)).value();
    countNext(tests, *store, test, start.addSecs(3600), 6, 4);
    countNext(tests, *store, test, start.addSecs(7200), 5, 5);

    const Result<QString> made = JournalBackups(dir.path()).backUpNow(path, start.addDays(1));
    REQUIRE(made.ok());
    auto copy = test::openJournal(made.value(), JournalStore::Access::ReadOnly);
    FairTestStore copied(*copy);
    CHECK(copied.latest().value() == test);
    CHECK(copied.checkIns(test.id).value().size() == 2);
}
