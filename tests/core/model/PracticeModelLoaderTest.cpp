#include "model/PracticeModelLoader.h"

#include "TestSupport.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using toward::ModelIssue;
using toward::PracticeModelLoader;

namespace {

const QString MinimalModelPath = QStringLiteral(TOWARD_TEST_DATA_DIR "/minimal-model.json");

ModelIssue onlyError(const toward::ModelLoadResult &result)
{
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.issues.size() == 1);
    return result.issues.constFirst();
}

} // namespace

TEST_CASE("A valid file loads into a model with every value read", "[model][loader]")
{
    const auto result = PracticeModelLoader::loadFile(MinimalModelPath);
    REQUIRE(result.ok());
    const toward::PracticeModel &model = *result.model;

    CHECK(model.id == u"test-model"_s);
    CHECK(model.name == u"Test model"_s);
    REQUIRE(model.regions.size() == 2);
    const toward::Region &neck = model.regions.at(0);
    CHECK(neck.span == u"C1–C7"_s);
    REQUIRE(neck.curve.has_value());
    CHECK(neck.curve->kind == toward::CurveKind::Lordosis);
    REQUIRE(neck.curve->typicalDegrees.has_value());
    CHECK(neck.curve->typicalDegrees->min == 20);
    CHECK(neck.curve->typicalDegrees->max == 40);
    CHECK(neck.away.at(0).causes == QStringList {u"screens"_s});

    const toward::Cue &longNeck = neck.cues.at(0);
    CHECK(longNeck.need == toward::Need::Space);
    CHECK(longNeck.mode == toward::Mode::Support);
    CHECK(longNeck.contexts == (toward::Context::Desk | toward::Context::Driving));
    CHECK(longNeck.breaths == 3);
    CHECK(longNeck.breath == toward::CueBreath::Any);
    CHECK(longNeck.counters == QStringList {u"head-forward"_s});
    CHECK(neck.cues.at(1).breath == toward::CueBreath::Exhale);

    CHECK_FALSE(model.regions.at(1).curve.has_value());
    CHECK(model.regionOfCue(u"knees-soft") == &model.regions.at(1));
    CHECK(model.findCue(u"neck-nod")->title == u"Small nod"_s);
    CHECK(model.findCue(u"nothing") == nullptr);
}

TEST_CASE("Breath patterns and practice lengths are derived, not stored", "[model][loader]")
{
    const auto result = PracticeModelLoader::loadFile(MinimalModelPath);
    REQUIRE(result.ok());
    const toward::PracticeModel &model = *result.model;

    const toward::BreathPattern &resonance = model.defaultBreathPattern();
    CHECK(resonance.cycle() == std::chrono::milliseconds(11000));
    CHECK_FALSE(resonance.hasHolds());
    CHECK(model.findBreathPattern(u"box")->hasHolds());

    const toward::Practice &rescue = model.practices.at(0);
    // The first step takes the cue's default of 3 breaths; the second overrides the cue's 5.
    CHECK(rescue.steps.at(0).breaths == 3);
    CHECK(rescue.steps.at(1).breaths == 2);
    CHECK(model.practiceLength(rescue) == std::chrono::milliseconds(5 * 16000));

    toward::Practice withoutPattern = rescue;
    withoutPattern.breathPatternId.clear();
    CHECK(model.practiceLength(withoutPattern) == std::chrono::milliseconds(5 * 11000));
}

TEST_CASE("A JSON syntax error reports its line and column", "[model][loader]")
{
    SECTION("missing comma")
    {
        const ModelIssue issue =
            onlyError(PracticeModelLoader::parse("{\n  \"format\": \"x\"\n  \"schema\": 1\n}"));
        CHECK(issue.line == 3);
        CHECK(issue.column == 4);
        CHECK(issue.message == u"expected , or } after a value in an object"_s);
        CHECK(issue.toString()
            == u"error: line 3, column 4: expected , or } after a value in an object"_s);
    }
    SECTION("columns count characters, not bytes")
    {
        const ModelIssue wide =
            onlyError(PracticeModelLoader::parse("{\"name\": \"Nacken – Hals\" x}"));
        const ModelIssue narrow =
            onlyError(PracticeModelLoader::parse("{\"name\": \"Nacken - Hals\" x}"));
        CHECK(wide.line == 1);
        CHECK(wide.column == narrow.column);
    }
    SECTION("unterminated object at the end of the file")
    {
        const ModelIssue issue =
            onlyError(PracticeModelLoader::parse("{\n\"format\": \"toward-practice-model\",\n"));
        CHECK(issue.line >= 2);
        CHECK_FALSE(issue.message.isEmpty());
    }
    SECTION("trailing text")
    {
        const ModelIssue issue = onlyError(PracticeModelLoader::parse("{}\n}"));
        CHECK(issue.message == u"unexpected text after the end of the model"_s);
        CHECK(issue.line == 2);
    }
}

TEST_CASE("Files that cannot be a model are refused before validation", "[model][loader]")
{
    toward::test::TemporaryDataDir dir;

    CHECK(onlyError(PracticeModelLoader::parse("")).message == u"the file is empty"_s);
    CHECK(onlyError(PracticeModelLoader::parse("  \n")).message == u"the file is empty"_s);
    CHECK(onlyError(PracticeModelLoader::parse("[1, 2]")).message
        == u"the file must hold one JSON object { ... }, not an array"_s);
    CHECK(onlyError(PracticeModelLoader::parse("{\"name\": \"\xff\xfe\"}")).message
        == u"a string is not valid UTF-8 text"_s);

    const ModelIssue missing =
        onlyError(PracticeModelLoader::loadFile(dir.filePath(u"absent.json"_s)));
    CHECK(missing.message.startsWith(u"cannot read the file: "_s));

    const QString huge =
        dir.writeFile(u"huge.json"_s, QByteArray(PracticeModelLoader::MaxFileBytes + 1, ' '));
    CHECK(onlyError(PracticeModelLoader::loadFile(huge)).message
        == u"the file is 2.0 MiB; a practice model may be at most 2 MiB"_s);
}

TEST_CASE("A byte order mark before the JSON is accepted", "[model][loader]")
{
    const QByteArray bytes = "\xEF\xBB\xBF" + toward::test::readFile(MinimalModelPath);
    CHECK(PracticeModelLoader::parse(bytes).ok());
}

TEST_CASE("No input crashes, hangs or throws: every broken copy gives a model or an error",
    "[model][loader]")
{
    const QByteArray original = toward::test::readFile(MinimalModelPath);
    const auto check = [](const QByteArray &bytes) {
        toward::ModelLoadResult result;
        REQUIRE_NOTHROW(result = PracticeModelLoader::parse(bytes));
        CHECK((result.ok() || !result.errors().isEmpty()));
    };

    for (qsizetype length = 0; length < original.size(); length += 7)
        check(original.left(length));

    QRandomGenerator random(20261124);
    for (int i = 0; i < 400; ++i) {
        QByteArray mutated = original;
        for (int flips = random.bounded(1, 6); flips > 0; --flips)
            mutated[random.bounded(int(mutated.size()))] = char(random.bounded(256));
        check(mutated);
    }

    check(QByteArray(5000, '[') + QByteArray(5000, ']'));
    check(QByteArray("{\"regions\": ") + QByteArray(3000, '{'));
}
