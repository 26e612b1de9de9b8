#include "TestSupport.h"
#include "cli/JournalCsvCommand.h"
#include "journal/JournalTestData.h"
#include "settings/AppSettings.h"

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

const QUuid KnownId = QUuid::fromString(u"3f2504e0-4f89-11d3-9a0c-0305e82c3301"_s);

// Ids that tests/data/minimal-model.json and the built-in model name differently, or that only one
// of them knows: the region knees, the breath pattern box and the cue neck-long.
const QByteArray Csv =
    "id,started_at,ended_at,context,regions,pain_before,pain_after,practice,breath_pattern,"
    "feelings_before,feelings_after,cues,red_flags,note\r\n"
    "3f2504e0-4f89-11d3-9a0c-0305e82c3301,2026-11-20T08:15:30+01:00,,desk,neck;knees,5,3,"
    "neck-rescue,box,,,neck-long=toward,,\r\n";

struct ImportedNames {
    QString regions;
    QString practice;
    QString breathPattern;
    QString cue;
    QString err;
};

// Imports Csv with `customModelPath` kept in the settings (empty: none) and reads back the names.
ImportedNames importWithSettings(const QString &customModelPath)
{
    test::TemporaryDataDir dataDir;
    if (!customModelPath.isEmpty()) {
        AppSettings settings(dataDir.filePath(u"settings.ini"_s));
        settings.setValue(Setting::CustomModelPath, customModelPath);
        REQUIRE(settings.sync());
    }
    const QString file = dataDir.writeFile(u"journal.csv"_s, Csv);
    ImportedNames names;
    QString out;
    QTextStream outStream(&out);
    QTextStream errStream(&names.err);
    REQUIRE(JournalCsvCommand::importCsv(dataDir.path(), file, outStream, errStream) == 0);

    const std::optional<CheckIn> checkIn =
        test::openJournal(dataDir.filePath(u"journal.sqlite"_s))->find(KnownId).value();
    REQUIRE(checkIn);
    REQUIRE(checkIn->cues.size() == 1);
    names.regions = checkIn->regionNames();
    names.practice = checkIn->practiceTitle;
    names.breathPattern = checkIn->breathPatternName;
    names.cue = checkIn->cues.first().title;
    return names;
}

} // namespace

TEST_CASE("Imported check-ins take their names from the model the app would start with",
    "[cli][csv][names]")
{
    SECTION("the built-in model, when the settings keep no other")
    {
        const ImportedNames names = importWithSettings({});
        CHECK(names.err.isEmpty());
        CHECK(names.regions == u"Neck, knees"_s);
        CHECK(names.practice == u"Neck rescue"_s);
        CHECK(names.breathPattern == u"Box breathing"_s);
        CHECK(names.cue == u"neck-long"_s);
    }
    SECTION("the custom model kept in the settings")
    {
        const ImportedNames names =
            importWithSettings(QStringLiteral(TOWARD_TEST_DATA_DIR "/minimal-model.json"));
        CHECK(names.err.isEmpty());
        CHECK(names.regions == u"Neck, Knees"_s);
        CHECK(names.practice == u"Neck rescue"_s);
        CHECK(names.breathPattern == u"Box"_s);
        CHECK(names.cue == u"Long neck"_s);
    }
    SECTION("the built-in model, when the custom one does not load, with a word about it")
    {
        const QString missing = QStringLiteral(TOWARD_TEST_DATA_DIR "/no-such-model.json");
        const ImportedNames names = importWithSettings(missing);
        CHECK(names.err
            == u"The practice model "_s + missing
                + u" cannot be loaded; the check-ins take their names from the built-in model.\n"_s);
        CHECK(names.regions == u"Neck, knees"_s);
        CHECK(names.breathPattern == u"Box breathing"_s);
    }
}
