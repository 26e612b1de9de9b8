#include "TestSupport.h"
#include "journal/JournalSchema.h"
#include "journal/JournalTestData.h"
#include "journal/RecordedTitles.h"
#include "model/PracticeModel.h"
#include "whathelps/HelpObservationsReader.h"
#include "whathelps/WhatHelps.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

// A journal in a temporary folder holding `count` check-ins, one a day from 1 November 2026, with
// the cues and practice `make` gives each.
class TestJournal {
public:
    template<typename Make>
    TestJournal(int count, Make make)
        : m_path(m_dir.filePath(u"journal.sqlite"_s))
        , m_store(test::openJournal(m_path))
    {
        QList<CheckIn> checkIns;
        for (int i = 0; i < count; ++i) {
            const QDateTime at(QDate(2026, 11, 1).addDays(i), QTime(8, 0), Qt::OffsetFromUTC, 3600);
            CheckIn checkIn = test::simpleCheckIn(
                at, 4 + i % 4, 2 + i % 3, u"low-back"_s, i % 3 ? Context::Desk : Context::Mat);
            make(i, checkIn);
            checkIns.append(checkIn);
        }
        const Result<int> added = m_store->addMissing(checkIns);
        REQUIRE(added.ok());
    }

    const JournalStore &store() const { return *m_store; }
    const QString &path() const { return m_path; }

private:
    test::TemporaryDataDir m_dir;
    QString m_path;
    std::unique_ptr<JournalStore> m_store;
};

CueRecord cue(const QString &id, const QString &title)
{
    return {id, title, u"low-back"_s, CueFeeling::Toward};
}

WhatHelps required(const Result<WhatHelps> &result)
{
    if (!result.ok())
        FAIL(result.error().toStdString());
    return result.value();
}

QString titleOf(const QList<HelpEstimate> &estimates, const QString &id)
{
    for (const HelpEstimate &estimate : estimates) {
        if (estimate.id == id)
            return estimate.title;
    }
    FAIL("no estimate for " << id.toStdString());
    return {};
}

} // namespace

TEST_CASE("Titles come from the current model, else the journal, else the id", "[whathelps]")
{
    const TestJournal journal(30, [](int i, CheckIn &checkIn) {
        checkIn.cues = {cue(u"in-model"_s, u"Recorded title"_s),
            cue(u"recorded-only"_s, i < 20 ? u"Old title"_s : u"Newest title"_s),
            cue(u"imported"_s, QString())};
        checkIn.practiceId = u"daily"_s;
        checkIn.practiceTitle = u"Daily as recorded"_s;
    });
    PracticeModel model;
    Cue inModel;
    inModel.id = u"in-model"_s;
    inModel.title = u"Title in the model"_s;
    Practice daily;
    daily.id = u"daily"_s;
    daily.title = u"Daily practice"_s;
    model.regions.append(Region {});
    model.regions[0].cues.append(inModel);
    model.practices.append(daily);

    const WhatHelps withModel = required(whatHelps(journal.store(), {}, &model));
    CHECK(titleOf(withModel.cues, u"in-model"_s) == u"Title in the model"_s);
    CHECK(titleOf(withModel.cues, u"recorded-only"_s) == u"Newest title"_s);
    CHECK(titleOf(withModel.cues, u"imported"_s) == u"imported"_s);
    CHECK(titleOf(withModel.practices, u"daily"_s) == u"Daily practice"_s);
    // Cues done together name each other by title.
    for (const HelpEstimate &estimate : withModel.cues)
        CHECK(estimate.alwaysWith.size() == 2);

    const WhatHelps withoutModel = required(whatHelps(journal.store(), {}, nullptr));
    CHECK(titleOf(withoutModel.cues, u"in-model"_s) == u"Recorded title"_s);
    CHECK(titleOf(withoutModel.practices, u"daily"_s) == u"Daily as recorded"_s);
}

TEST_CASE("What helps counts only the check-ins the filters keep", "[whathelps]")
{
    const TestJournal journal(60, [](int i, CheckIn &checkIn) {
        checkIn.cues = {cue(i % 2 ? u"odd"_s : u"even"_s, {})};
        if (i % 5 == 0)
            checkIn.painAfter.reset();
    });
    const WhatHelps all = required(whatHelps(journal.store(), {}, nullptr));
    CHECK(all.checkIns == 60);
    CHECK(all.rated == 48);

    const WhatHelps november = required(whatHelps(
        journal.store(), JournalFilter::days(QDate(2026, 11, 1), QDate(2026, 11, 30)), nullptr));
    CHECK(november.checkIns == 30);
    CHECK(november.rated == 24);

    JournalFilter onTheMat;
    onTheMat.context = Context::Mat;
    const WhatHelps mat = required(whatHelps(journal.store(), onTheMat, nullptr));
    CHECK(mat.checkIns == 20);
    for (const HelpEstimate &estimate : mat.cues)
        CHECK(estimate.evidence.uses <= 10);

    JournalFilter elsewhere;
    elsewhere.regionId = u"neck"_s;
    const WhatHelps none = required(whatHelps(journal.store(), elsewhere, nullptr));
    CHECK(none.checkIns == 0);
    CHECK(none.cues.isEmpty());
}

TEST_CASE("A journal that cannot be read says so instead of showing nothing", "[whathelps]")
{
    const TestJournal journal(10, [](int, CheckIn &checkIn) { checkIn.cues = {cue(u"a"_s, {})}; });
    test::runSql(journal.path(), {u"DROP TABLE checkin_cue"_s});
    const Result<WhatHelps> helps = whatHelps(journal.store(), {}, nullptr);
    REQUIRE_FALSE(helps.ok());
    CHECK(helps.error().contains(u"Cannot read the journal"_s));
}

TEST_CASE("A cue last used long ago still has its latest recorded title", "[whathelps]")
{
    // Many more recent uses of other cues than the recent uses searched for titles.
    const TestJournal journal(1500, [](int i, CheckIn &checkIn) {
        if (i < 2)
            checkIn.cues = {cue(u"old"_s, i == 0 ? u"Old name"_s : u"Renamed"_s)};
        else
            checkIn.cues = {cue(u"a"_s, u"A"_s), cue(u"b"_s, u"B"_s)};
    });
    const Result<QHash<QString, QString>> titles =
        recordedCueTitles(journal.store(), {u"old"_s, u"a"_s, u"never"_s});
    REQUIRE(titles.ok());
    CHECK(titles.value().value(u"old"_s) == u"Renamed"_s);
    CHECK(titles.value().value(u"a"_s) == u"A"_s);
    CHECK_FALSE(titles.value().contains(u"never"_s));
}

TEST_CASE("What helps reads the check-ins in time order without sorting them", "[whathelps]")
{
    const TestJournal journal(3, [](int, CheckIn &checkIn) { checkIn.cues = {cue(u"a"_s, {})}; });
    QSqlQuery query(journal.store().database());
    REQUIRE(query.exec(u"EXPLAIN QUERY PLAN "_s + helpObservationsSql()));
    QStringList plan;
    while (query.next())
        plan.append(query.value(3).toString());
    INFO(plan.join(u"; "_s).toStdString());
    CHECK(plan.join(u' ').contains(u"USING INDEX checkin_by_start"_s));
    CHECK_FALSE(plan.join(u' ').contains(u"TEMP B-TREE"_s));
}

TEST_CASE("Each check-in's row carries its cue ids, as its cue rows list them", "[whathelps]")
{
    const TestJournal journal(40, [](int i, CheckIn &checkIn) {
        checkIn.cues = {cue(u"a"_s, {}), cue(i % 2 ? u"b"_s : u"c"_s, {})};
        if (i % 5 == 0)
            checkIn.cues.clear();
    });
    QSqlQuery query(journal.store().database());
    REQUIRE(query.exec(u"SELECT count(*) FROM checkin WHERE cue_ids <> coalesce((SELECT"
                       " group_concat(cue_id, char(31)) FROM (SELECT cue_id FROM checkin_cue"
                       " WHERE checkin_cue.checkin = checkin.seq ORDER BY position)), '')"_s));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0);
}

TEST_CASE(
    "A journal from before cue ids, open read-only, is read from its cue rows alike", "[whathelps]")
{
    const TestJournal journal(60, [](int i, CheckIn &checkIn) {
        checkIn.cues = {cue(u"a"_s, {})};
        if (i % 2)
            checkIn.cues.append(cue(u"b"_s, {}));
        if (i % 3 == 0)
            checkIn.cues.append(cue(u"c"_s, {}));
        checkIn.practiceId = i % 4 ? u"p"_s : u"q"_s;
    });
    const WhatHelps current = required(whatHelps(journal.store(), {}, nullptr));

    test::runSql(journal.path(),
        {u"ALTER TABLE checkin DROP COLUMN cue_ids"_s,
            u"PRAGMA user_version = %1"_s.arg(JournalSchema::CueIdsVersion - 1)});
    const auto older = test::openJournal(journal.path(), JournalStore::Access::ReadOnly);
    const WhatHelps fromCueRows = required(whatHelps(*older, {}, nullptr));

    CHECK(fromCueRows.checkIns == current.checkIns);
    CHECK(fromCueRows.rated == current.rated);
    REQUIRE(fromCueRows.cues.size() == current.cues.size());
    for (qsizetype i = 0; i < current.cues.size(); ++i) {
        CHECK(fromCueRows.cues[i].id == current.cues[i].id);
        CHECK(fromCueRows.cues[i].evidence.uses == current.cues[i].evidence.uses);
        CHECK(fromCueRows.cues[i].verdict == current.cues[i].verdict);
        REQUIRE(fromCueRows.cues[i].evidence.effect.has_value()
            == current.cues[i].evidence.effect.has_value());
        if (current.cues[i].evidence.effect)
            CHECK(fromCueRows.cues[i].evidence.effect->estimate
                == Approx(current.cues[i].evidence.effect->estimate));
    }
}
