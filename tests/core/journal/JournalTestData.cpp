#include "journal/JournalTestData.h"

#include "TestSupport.h"

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
