#include "TestSupport.h"
#include "journal/JournalCsvExporter.h"
#include "journal/JournalStatistics.h"
#include "journal/JournalStore.h"
#include "journal/JournalTestData.h"

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

constexpr int CheckInCount = test::DamagedJournalCheckIns;

// A journal with one page of check-ins and one page of their cues overwritten, opened as the app
// opens it (the full check comes later).
struct DamagedJournal {
    DamagedJournal()
    {
        saved = test::writeJournalWithDamagedPages(path);
        JournalStore::OpenResult opened = JournalStore::open(
            path, JournalStore::Access::ReadOnly, JournalStore::Verification::Deferred);
        INFO(opened.problem.message);
        REQUIRE(opened.store);
        store = std::move(opened.store);
    }

    test::TemporaryDataDir dir;
    QString path = dir.filePath(u"journal.sqlite"_s);
    QList<CheckIn> saved;
    std::unique_ptr<JournalStore> store;
};

const QString DamageWords = u"The journal file is damaged."_s;

} // namespace

TEST_CASE("Every read of a damaged journal reports the damage instead of passing for less",
    "[journal][damage]")
{
    DamagedJournal journal;
    const JournalStore &store = *journal.store;

    // A filter on the notes makes the count read every row.
    JournalFilter byNote;
    byNote.text = u"Check-in"_s;
    const Result<qint64> counted = store.count(byNote);
    REQUIRE_FALSE(counted.ok());
    CHECK(counted.error() == DamageWords);

    const Result<QList<CheckInSummary>> rows = store.summaries({}, 0, CheckInCount);
    REQUIRE_FALSE(rows.ok());
    CHECK(rows.error() == DamageWords);

    QList<CheckIn> visited;
    const Result<void> all =
        store.forEach({}, [&](const CheckIn &checkIn) { visited.append(checkIn); });
    REQUIRE_FALSE(all.ok());
    CHECK(all.error() == DamageWords);
    CHECK(visited.size() < CheckInCount);

    // Looking up one check-in: either it reads whole, or the lookup fails. Never "not there".
    int failedLookups = 0;
    for (const CheckIn &checkIn : std::as_const(journal.saved)) {
        const Result<std::optional<CheckIn>> found = store.find(checkIn.id);
        if (!found.ok()) {
            CHECK(found.error() == DamageWords);
            ++failedLookups;
            continue;
        }
        REQUIRE(found.value().has_value());
        CHECK(*found.value() == checkIn);
    }
    CHECK(failedLookups > 0);

    CHECK_FALSE(summary(store, journal.saved.constLast().startedAt).ok());
    CHECK_FALSE(trend(store, {}).ok());
}

TEST_CASE("A damaged journal still gives up every check-in that can be read, exactly as stored",
    "[journal][damage]")
{
    DamagedJournal journal;
    QList<CheckIn> read;
    const JournalReadReport report =
        journal.store->forEachReadable({}, [&](const CheckIn &checkIn) { read.append(checkIn); });

    CHECK(report.read == read.size());
    CHECK(report.unreadable > 0);
    // The indexes still list every check-in, so the count of those lost is exact.
    CHECK(report.unreadableIsExact);
    CHECK(report.read + report.unreadable == CheckInCount);
    CHECK(report.firstError == DamageWords);
    CHECK_FALSE(report.isComplete());
    // Most pages are whole: far more is read than lost.
    CHECK(report.read > 5 * report.unreadable);
    for (const CheckIn &checkIn : std::as_const(read))
        CHECK(journal.saved.contains(checkIn));
    // Oldest first, as forEach reads them.
    CHECK(std::is_sorted(read.begin(), read.end(),
        [](const CheckIn &a, const CheckIn &b) { return a.startedAt < b.startedAt; }));

    SECTION("an export writes those and says how many it left out")
    {
        const QString csv = journal.dir.filePath(u"rescue.csv"_s);
        const Result<JournalCsvExport> exported =
            JournalCsvExporter::writeFile(*journal.store, {}, csv);
        REQUIRE(exported.ok());
        CHECK(exported.value().written == report.read);
        CHECK(exported.value().unreadable == report.unreadable);
        CHECK_FALSE(exported.value().isComplete());
        CHECK(test::readFile(csv).count("\r\n") == report.read + 1);
    }
    SECTION("filters still apply")
    {
        JournalFilter driving;
        driving.context = Context::Driving;
        qint64 matching = 0;
        const JournalReadReport filtered =
            journal.store->forEachReadable(driving, [&](const CheckIn &) { ++matching; });
        CHECK(filtered.read == matching);
        CHECK(matching == report.read); // fullCheckIn is a drive
    }
}

TEST_CASE("A healthy journal is read whole by the rescue read too", "[journal][damage]")
{
    test::TemporaryDataDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    const QList<CheckIn> saved = test::writeLargeJournal(path);
    auto store = test::openJournal(path, JournalStore::Access::ReadOnly);
    QList<CheckIn> read;
    const JournalReadReport report =
        store->forEachReadable({}, [&](const CheckIn &checkIn) { read.append(checkIn); });
    CHECK(report.isComplete());
    CHECK(report.firstError.isEmpty());
    CHECK(read == saved);
}
