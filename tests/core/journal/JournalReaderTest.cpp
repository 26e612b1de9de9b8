#include "journal/JournalReader.h"

#include "TestSupport.h"
#include "journal/JournalTestData.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <latch>

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

enum Topic { Count, Other };

// A journal of three check-ins in a fresh temporary folder, and a reader.
struct ReaderOnJournal {
    ReaderOnJournal()
    {
        JournalStore::OpenResult opened = JournalStore::open(path);
        REQUIRE(opened.store);
        const QDateTime first(QDate(2026, 3, 16), QTime(8, 0));
        for (int day = 0; day < 3; ++day)
            REQUIRE(opened.store->add(test::simpleCheckIn(first.addDays(day), 5, 3)).ok());
    }

    void readCount(
        int topic, std::function<void(const Result<qint64> &)> done,
        std::function<void()> before = [] {})
    {
        reader.read<qint64>(
            topic, path,
            [before = std::move(before)](const JournalStore &store) {
                before();
                return store.count();
            },
            std::move(done));
    }

    void waitUntilIdle() const
    {
        QElapsedTimer clock;
        clock.start();
        while (reader.isBusy() && clock.elapsed() < 10'000) {
            QCoreApplication::processEvents();
            QThread::msleep(1);
        }
        REQUIRE_FALSE(reader.isBusy());
    }

    test::TemporaryDataDir dataDir;
    QString path = dataDir.filePath(u"journal.sqlite"_s);
    JournalReader reader;
};

} // namespace

TEST_CASE("The reader reads on a thread of its own and hands the result back", "[reader]")
{
    ReaderOnJournal fixture;
    QThread *readOn = nullptr;
    QThread *doneOn = nullptr;
    std::optional<Result<qint64>> counted;
    fixture.readCount(
        Count,
        [&](const Result<qint64> &result) {
            doneOn = QThread::currentThread();
            counted = result;
        },
        [&] { readOn = QThread::currentThread(); });
    CHECK(fixture.reader.isBusy());
    fixture.waitUntilIdle();

    REQUIRE(counted);
    REQUIRE(counted->ok());
    CHECK(counted->value() == 3);
    CHECK(doneOn == QThread::currentThread());
    CHECK(readOn != nullptr);
    CHECK(readOn != QThread::currentThread());
}

TEST_CASE(
    "A result that comes back after a newer read on its topic was asked for is dropped", "[reader]")
{
    ReaderOnJournal fixture;
    std::latch firstStarted(1);
    std::latch firstMayFinish(1);
    QStringList done;
    fixture.readCount(
        Count, [&](const Result<qint64> &) { done.append(u"first"_s); },
        [&] {
            firstStarted.count_down();
            firstMayFinish.wait();
        });
    firstStarted.wait();
    // The filter changed while the first read was under way.
    fixture.readCount(Count, [&](const Result<qint64> &) { done.append(u"second"_s); });
    fixture.readCount(Other, [&](const Result<qint64> &) { done.append(u"other topic"_s); });
    firstMayFinish.count_down();
    fixture.waitUntilIdle();
    CHECK(done == QStringList {u"second"_s, u"other topic"_s});

    SECTION("and dropping a topic drops its read under way")
    {
        fixture.readCount(Count, [&](const Result<qint64> &) { done.append(u"dropped"_s); });
        fixture.reader.drop(Count);
        fixture.waitUntilIdle();
        CHECK(done == QStringList {u"second"_s, u"other topic"_s});
    }
}

TEST_CASE("A read that cannot open the journal fails with the reason", "[reader]")
{
    ReaderOnJournal fixture;
    REQUIRE(QFile::remove(fixture.path));
    std::optional<Result<qint64>> counted;
    fixture.readCount(Count, [&](const Result<qint64> &result) { counted = result; });
    fixture.waitUntilIdle();
    REQUIRE(counted);
    CHECK_FALSE(counted->ok());
    CHECK(counted->error().startsWith(u"There is no journal at"_s));
}
