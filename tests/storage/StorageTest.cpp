#include "TestSupport.h"
#include "journal/Journal.h"
#include "journal/JournalCsvExporter.h"
#include "journal/JournalTestData.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <sys/mount.h>

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

// A tmpfs of `kib` KiB mounted on a fresh temporary folder, unmounted when the test ends.
class SmallDisk {
public:
    explicit SmallDisk(int kib)
    {
        const QByteArray where = QFile::encodeName(m_mountPoint.path());
        const QByteArray options = "size=" + QByteArray::number(kib) + "k,mode=0700";
        const int mounted = ::mount("tmpfs", where.constData(), "tmpfs", 0, options.constData());
        INFO("mount: " << std::strerror(errno));
        REQUIRE(mounted == 0);
    }
    ~SmallDisk() { ::umount2(QFile::encodeName(m_mountPoint.path()).constData(), MNT_DETACH); }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    QString path() const { return m_mountPoint.path(); }

    // Writes a file until the disk takes no more.
    void fill() const
    {
        QFile filler(QDir(path()).filePath(u"filler"_s));
        REQUIRE(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size() && filler.flush()) { }
        filler.close();
    }
    void makeReadOnly() const
    {
        const int remounted = ::mount(nullptr, QFile::encodeName(path()).constData(), nullptr,
            MS_REMOUNT | MS_RDONLY, nullptr);
        INFO("remount: " << std::strerror(errno));
        REQUIRE(remounted == 0);
    }

private:
    test::TemporaryDataDir m_mountPoint;
};

QList<CheckIn> someCheckIns()
{
    QList<CheckIn> checkIns;
    const QDateTime first(QDate(2026, 11, 1), QTime(8, 0), Qt::OffsetFromUTC, 3600);
    for (int day = 0; day < 20; ++day)
        checkIns.append(test::fullCheckIn(first.addDays(day)));
    return checkIns;
}

// A journal with `checkIns` in the data folder `folder`, closed as the app closes it.
void writeJournal(const QString &folder, const QList<CheckIn> &checkIns)
{
    const std::unique_ptr<Journal> journal = test::openJournalIn(folder);
    REQUIRE(journal->store().addMissing(checkIns).ok());
}

} // namespace

TEST_CASE("A full disk is named at start, and the journal opens read-only to review and export",
    "[storage]")
{
    SmallDisk disk(1024);
    const QList<CheckIn> saved = someCheckIns();
    writeJournal(disk.path(), saved);
    const QByteArray before = test::readFile(QDir(disk.path()).filePath(u"journal.sqlite"_s));
    disk.fill();

    Journal journal(disk.path());
    const JournalOpening opening = journal.open();
    CHECK(opening.outcome == JournalOpening::Outcome::ReadOnly);
    CHECK(opening.reason == u"The disk that holds %1 is full."_s.arg(disk.path()));
    REQUIRE(journal.isOpen());
    CHECK(journal.isReadOnly());
    CHECK(journal.readOnlyReason() == opening.reason);
    CHECK(journal.store().count().value() == saved.size());

    test::TemporaryDataDir elsewhere;
    const QString csv = elsewhere.filePath(u"journal.csv"_s);
    const Result<JournalCsvExport> exported =
        JournalCsvExporter::writeFile(journal.store(), {}, csv);
    REQUIRE(exported.ok());
    CHECK(exported.value().written == saved.size());
    CHECK(exported.value().isComplete());

    // A check-in cannot be saved, and says why; the journal is as it was.
    const Result<void> added = journal.store().add(test::fullCheckIn(QDateTime::currentDateTime()));
    CHECK_FALSE(added.ok());
    CHECK(test::readFile(journal.filePath()) == before);
}

TEST_CASE("A read-only data folder is named at start, and the journal opens read-only", "[storage]")
{
    SmallDisk disk(1024);
    const QList<CheckIn> saved = someCheckIns();
    writeJournal(disk.path(), saved);
    disk.makeReadOnly();

    Journal journal(disk.path());
    const JournalOpening opening = journal.open();
    CHECK(opening.outcome == JournalOpening::Outcome::ReadOnly);
    CHECK(opening.reason == u"The folder %1 is read-only."_s.arg(disk.path()));
    REQUIRE(journal.isOpen());
    CHECK(journal.store().count().value() == saved.size());
    QList<CheckIn> read;
    REQUIRE(
        journal.store().forEach({}, [&](const CheckIn &checkIn) { read.append(checkIn); }).ok());
    CHECK(read == saved);
}

TEST_CASE("A full disk with no journal yet refuses the start and says why", "[storage]")
{
    SmallDisk disk(256);
    disk.fill();
    Journal journal(disk.path());
    const JournalOpening opening = journal.open();
    CHECK(opening.outcome == JournalOpening::Outcome::Refused);
    CHECK(opening.reason.startsWith(u"The disk that holds %1 is full."_s.arg(disk.path())));
    CHECK_FALSE(journal.isOpen());
}

TEST_CASE("An import on a full disk is refused whole and leaves the journal as it was", "[storage]")
{
    SmallDisk disk(1024);
    writeJournal(disk.path(), someCheckIns());
    const std::unique_ptr<Journal> journal = test::openJournalIn(disk.path());
    disk.fill();
    const QByteArray before = test::readFile(journal->filePath());

    QList<CheckIn> many;
    const QDateTime first(QDate(2020, 1, 1), QTime(8, 0), Qt::OffsetFromUTC, 0);
    for (int i = 0; i < 2000; ++i)
        many.append(test::fullCheckIn(first.addSecs(i * 3600)));
    const Result<int> added = journal->store().addMissing(many);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error() == u"The disk is full."_s);
    CHECK(journal->store().count().value() == 20);
    CHECK(test::readFile(journal->filePath()) == before);
}
