#include "journal/CheckInNamer.h"

#include "TestSupport.h"
#include "journal/JournalCsvImporter.h"
#include "journal/JournalTestData.h"
#include "model/PracticeModelLoader.h"

#include <QBuffer>

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

const QByteArray Header =
    "id,started_at,ended_at,context,regions,pain_before,pain_after,practice,breath_pattern,"
    "feelings_before,feelings_after,cues,red_flags,note\r\n";
const QUuid KnownId = QUuid::fromString(u"3f2504e0-4f89-11d3-9a0c-0305e82c3301"_s);

PracticeModel builtInModel()
{
    const ModelLoadResult loaded = PracticeModelLoader::loadDefault();
    REQUIRE(loaded.ok());
    return *loaded.model;
}

// Imports one CSV row (after the header) into a new journal and reads its check-in back.
CheckIn importedRow(const QByteArray &row, const PracticeModel &model)
{
    test::TemporaryDataDir dir;
    auto journal = test::openJournal(dir.filePath(u"journal.sqlite"_s));
    QByteArray csv = Header + row + "\r\n";
    QBuffer buffer(&csv);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    const JournalCsvImport imported = JournalCsvImporter::importFrom(*journal, buffer, model);
    REQUIRE(imported.ok());
    REQUIRE(imported.added == 1);
    const std::optional<CheckIn> checkIn = journal->find(KnownId).value();
    REQUIRE(checkIn);
    return *checkIn;
}

} // namespace

TEST_CASE("An imported check-in takes every name from the practice model, as the app records "
          "them",
    "[csv][names]")
{
    const CheckIn checkIn = importedRow(
        "3f2504e0-4f89-11d3-9a0c-0305e82c3301,2026-11-20T08:15:30+05:30,2026-11-20T08:21:00+05:30,"
        "desk,low-back;upper-back,6,3,desk-reset,resonance,possibility-fear=away,"
        "possibility-fear=toward;groundedness-stress=toward,"
        "upper-back-blades-settle=toward;low-back-sit-bones-back=,,",
        builtInModel());

    CHECK(checkIn.regions
        == QList<RegionRecord> {
            {u"low-back"_s, u"Low back"_s}, {u"upper-back"_s, u"Upper back"_s}});
    CHECK(checkIn.practiceTitle == u"Desk reset"_s);
    CHECK(checkIn.breathPatternName == u"Resonance breathing"_s);
    CHECK(checkIn.leaningsBefore
        == QList<LeaningRecord> {
            {u"possibility-fear"_s, u"possibility"_s, u"fear"_s, Leaning::Away}});
    CHECK(checkIn.leaningsAfter
        == QList<LeaningRecord> {
            {u"possibility-fear"_s, u"possibility"_s, u"fear"_s, Leaning::Toward},
            {u"groundedness-stress"_s, u"groundedness"_s, u"stress"_s, Leaning::Toward}});
    CHECK(checkIn.cues
        == QList<CueRecord> {{u"upper-back-blades-settle"_s, u"Shoulder blades settle"_s,
                                 u"upper-back"_s, CueFeeling::Toward},
            {u"low-back-sit-bones-back"_s, u"Sitting bones slightly back"_s, u"low-back"_s,
                std::nullopt}});
}

TEST_CASE("Ids the practice model does not know keep the id as their name", "[csv][names]")
{
    const CheckIn checkIn = importedRow(
        "3f2504e0-4f89-11d3-9a0c-0305e82c3301,2026-11-20T08:15:30+01:00,,mat,low-back;hips,5,4,"
        "built-from-regions,long-exhale,calm-worry=away;possibility-fear=away,,"
        "hips-soften=neutral;low-back-hip-hinge=toward,,",
        builtInModel());

    CHECK(checkIn.regions
        == QList<RegionRecord> {{u"low-back"_s, u"Low back"_s}, {u"hips"_s, u"hips"_s}});
    CHECK(checkIn.practiceTitle == u"built-from-regions"_s);
    CHECK(checkIn.breathPatternName == u"long-exhale"_s);
    CHECK(checkIn.leaningsBefore
        == QList<LeaningRecord> {{u"calm-worry"_s, u"calm-worry"_s, u"calm-worry"_s, Leaning::Away},
            {u"possibility-fear"_s, u"possibility"_s, u"fear"_s, Leaning::Away}});
    CHECK(checkIn.cues
        == QList<CueRecord> {{u"hips-soften"_s, u"hips-soften"_s, u""_s, CueFeeling::Neutral},
            {u"low-back-hip-hinge"_s, u"Fold at the hip creases"_s, u"low-back"_s,
                CueFeeling::Toward}});
}

TEST_CASE("A check-in's names can come from any model, a custom one too", "[csv][names]")
{
    PracticeModel custom = builtInModel();
    custom.regions.first().name = u"Cervical spine"_s;
    CheckIn checkIn;
    checkIn.regions = {{u"neck"_s, u"neck"_s}};
    CheckInNamer(custom).nameParts(checkIn);
    CHECK(checkIn.regions.first().name == u"Cervical spine"_s);

    CheckInNamer(PracticeModel {}).nameParts(checkIn);
    CHECK(checkIn.regions.first().name == u"Cervical spine"_s);
}
