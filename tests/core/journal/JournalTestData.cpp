#include "journal/JournalTestData.h"

#include "TestSupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace toward::test {

CheckIn fullCheckIn(const QDateTime &startedAt)
{
    CheckIn checkIn;
    checkIn.id = QUuid::createUuid();
    checkIn.startedAt = startedAt;
    checkIn.endedAt = startedAt.addSecs(330);
    checkIn.context = Context::Driving;
    checkIn.regions = {{u"low-back"_s, u"Low back"_s}, {u"neck"_s, u"Neck"_s}};
    checkIn.painBefore = 6;
    checkIn.painAfter = 3;
    checkIn.practiceId = u"driving-reset"_s;
    checkIn.practiceTitle = u"Driving reset"_s;
    checkIn.breathPatternId = u"resonance"_s;
    checkIn.breathPatternName = u"Resonance breathing"_s;
    checkIn.leaningsBefore = {{u"possibility-fear"_s, u"possibility"_s, u"fear"_s, Leaning::Away}};
    checkIn.leaningsAfter = {{u"possibility-fear"_s, u"possibility"_s, u"fear"_s, Leaning::Toward},
        {u"groundedness-stress"_s, u"groundedness"_s, u"stress"_s, Leaning::Toward}};
    checkIn.cues = {
        {u"low-back-sit-bones-back"_s, u"Sitting bones back"_s, u"low-back"_s, CueFeeling::Toward},
        {u"neck-head-back-lift"_s, u"Back of the head lifts"_s, u"neck"_s, CueFeeling::Neutral},
        {u"neck-soft-jaw"_s, u"Soft jaw"_s, u"neck"_s, std::nullopt}};
    checkIn.redFlags = {RedFlag::FallOrAccident};
    checkIn.note =
        u"Long drive, \"stiff\" after;\nbetter with the towel roll. Ünïcödé ✓ 100% _done_"_s;
    return checkIn;
}

CheckIn simpleCheckIn(const QDateTime &startedAt, int painBefore, std::optional<int> painAfter,
    const QString &regionId, Context context)
{
    CheckIn checkIn;
    checkIn.id = QUuid::createUuid();
    checkIn.startedAt = startedAt;
    checkIn.endedAt = startedAt.addSecs(300);
    checkIn.context = context;
    checkIn.regions = {{regionId, regionId}};
    checkIn.painBefore = painBefore;
    checkIn.painAfter = painAfter;
    return checkIn;
}

std::unique_ptr<JournalStore> openJournal(const QString &path, JournalStore::Access access)
{
    JournalStore::OpenResult opened = JournalStore::open(path, access);
    INFO(opened.problem.message);
    REQUIRE(opened.store);
    return std::move(opened.store);
}

std::unique_ptr<Journal> openJournalIn(const QString &dataDirectory, JournalStore::Access access)
{
    auto journal = std::make_unique<Journal>(dataDirectory);
    if (access == JournalStore::Access::ReadOnly) {
        const Result<void> opened = journal->openReadOnly(u"opened read-only by the test"_s);
        INFO(opened.error());
        REQUIRE(opened.ok());
    } else {
        const JournalOpening opening = journal->open();
        INFO(opening.reason + opening.problem.message);
        REQUIRE(opening.outcome == JournalOpening::Outcome::ReadWrite);
    }
    return journal;
}

namespace {

// The numbers of the pages that hold `table`'s rows (its b-tree's leaves), from SQLite's dbstat.
QList<int> leafPages(const QString &path, const QString &table)
{
    QList<int> pages;
    const QString name = u"dbstat-reader"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(
            u"SELECT pageno FROM dbstat WHERE name = '%1' AND pagetype = 'leaf' ORDER BY pageno"_s
                .arg(table)));
        while (query.next())
            pages.append(query.value(0).toInt());
    }
    QSqlDatabase::removeDatabase(name);
    return pages;
}

// Overwrites one page of the file, as a failing disk might.
void overwritePage(const QString &path, int page)
{
    constexpr qint64 PageSize = 4096;
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek((page - 1) * PageSize));
    REQUIRE(file.write(QByteArray(PageSize, char(0xA5))) == PageSize);
}

} // namespace

QList<CheckIn> writeLargeJournal(const QString &path)
{
    QList<CheckIn> checkIns;
    const QDateTime first(QDate(2026, 1, 5), QTime(8, 0), Qt::OffsetFromUTC, 3600);
    for (int i = 0; i < DamagedJournalCheckIns; ++i) {
        CheckIn checkIn = fullCheckIn(first.addSecs(i * 3600));
        checkIn.note = u"Check-in %1: "_s.arg(i) + QString(200, u'x'); // fills more pages
        checkIns.append(checkIn);
    }
    auto store = openJournal(path);
    REQUIRE(store->addMissing(checkIns).ok());
    QSqlQuery(u"PRAGMA wal_checkpoint(TRUNCATE)"_s, store->database());
    return checkIns;
}

QList<CheckIn> writeJournalWithDamagedPages(const QString &path)
{
    const QList<CheckIn> saved = writeLargeJournal(path);
    const QList<int> checkInPages = leafPages(path, u"checkin"_s);
    const QList<int> cuePages = leafPages(path, u"checkin_cue"_s);
    REQUIRE(checkInPages.size() > 4);
    REQUIRE(cuePages.size() > 4);
    overwritePage(path, checkInPages.at(checkInPages.size() / 2));
    overwritePage(path, cuePages.at(1));
    return saved;
}

void runSql(const QString &path, const QStringList &statements)
{
    const QString name = u"test-fixture"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            INFO(statement);
            REQUIRE(query.exec(statement));
        }
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace toward::test
