#include "JsonPatch.h"
#include "TestSupport.h"
#include "model/PracticeModelLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using toward::ModelIssue;
using toward::PracticeModelLoader;

namespace {

QJsonValue minimalModel()
{
    const QByteArray bytes =
        toward::test::readFile(QStringLiteral(TOWARD_TEST_DATA_DIR "/minimal-model.json"));
    return QJsonDocument::fromJson(bytes).object();
}

const QJsonValue Removed(QJsonValue::Undefined);

struct MalformedCase {
    const char *patchPath;
    QJsonValue patchValue;
    const char *expectedPath;
    const char *expectedMessage;
};

QJsonArray stepsOf(int count)
{
    QJsonArray steps;
    for (int i = 0; i < count; ++i)
        steps.append(QJsonObject {{u"cue"_s, u"neck-long"_s}});
    return steps;
}

} // namespace

TEST_CASE("The minimal test model is valid", "[model][loader]")
{
    const auto result = PracticeModelLoader::parse(toward::test::toJsonBytes(minimalModel()));
    INFO((result.issues.isEmpty() ? QString() : result.issues.first().toString()));
    REQUIRE(result.ok());
    REQUIRE(result.issues.isEmpty());
}

TEST_CASE("Valid JSON that is not an object is refused as such, with no line and column",
    "[model][loader]")
{
    const auto [json, kind] = GENERATE(table<const char *, const char *>({
        {"null", "null"},
        {"\"text\"", "a string"},
        {"12", "a number"},
        {" -1.5e3\n", "a number"},
        {"[]", "an array"},
        {"[{\"format\": \"toward-practice-model\"}]", "an array"},
        {"true", "true or false"},
        {"false", "true or false"},
    }));
    INFO(json);
    const auto result = PracticeModelLoader::parse(json);
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.issues.size() == 1);
    const ModelIssue &issue = result.issues.first();
    CHECK(issue.toString()
        == u"error: the file must hold one JSON object { ... }, not "_s + QLatin1StringView(kind));
    CHECK(issue.line == 0);
    CHECK(issue.column == 0);
}

TEST_CASE("Broken JSON is still a syntax error with its place", "[model][loader]")
{
    const char *json = GENERATE("nul", "12 13", "\"text", "1, 2", "[1] [2]", "{} 12");
    INFO(json);
    const auto result = PracticeModelLoader::parse(json);
    REQUIRE(result.issues.size() == 1);
    CHECK(result.issues.first().line == 1);
    CHECK(result.issues.first().column > 0);
}

TEST_CASE("Each malformed model is rejected with the exact place and problem", "[model][loader]")
{
    const MalformedCase malformed = GENERATE(values<MalformedCase>({
        {"format", Removed, "format", "required but missing"},
        {"format", u"toward-model"_s, "format",
            "must be \"toward-practice-model\", not \"toward-model\""},
        {"schema", 2, "schema",
            "made for a newer version of Toward (schema 2); this version reads schema 1"},
        {"schema", 0, "schema", "must be 1, not 0"},
        {"schema", u"1"_s, "schema", "must be a whole number, not a string"},
        {"id", u"Test Model"_s, "id",
            "\"Test Model\" is not a valid id: use 1 to 64 lowercase letters, digits and hyphens, "
            "starting with a letter or digit"},
        {"id", u"-model"_s, "id",
            "\"-model\" is not a valid id: use 1 to 64 lowercase letters, digits and hyphens, "
            "starting with a letter or digit"},
        {"name", u"   "_s, "name", "must not be empty"},
        {"name", QString(81, u'x'), "name", "must be at most 80 characters, not 81"},
        {"description", QString(2001, u'd'), "description",
            "must be at most 2000 characters, not 2001"},
        {"regions", QJsonArray(), "regions", "must have at least 1 entry, but it is empty"},
        {"regions", Removed, "regions", "required but missing"},
        {"regions[0]", u"neck"_s, "regions[0]", "must be an object, not a string"},
        {"regions[0].name", QJsonValue(QJsonValue::Null), "regions[0].name",
            "must be a string, not null"},
        {"regions[0].curve", u"lordosis"_s, "regions[0].curve", "must be an object, not a string"},
        {"regions[0].curve.kind", u"inward"_s, "regions[0].curve.kind",
            "must be \"lordosis\" or \"kyphosis\", not \"inward\""},
        {"regions[0].curve.typicalDegrees", QJsonArray {40, 20}, "regions[0].curve.typicalDegrees",
            "min (40) must not be greater than max (20)"},
        {"regions[0].curve.typicalDegrees", QJsonArray {20, 95},
            "regions[0].curve.typicalDegrees[1]", "must be from 0 to 90, not 95"},
        {"regions[0].curve.typicalDegrees", QJsonArray {20}, "regions[0].curve.typicalDegrees",
            "must hold exactly two numbers [min, max], not 1"},
        {"regions[0].away[0].title", Removed, "regions[0].away[0].title", "required but missing"},
        {"regions[0].away[0].causes", QJsonArray {u"screens"_s, u" "_s},
            "regions[0].away[0].causes[1]", "must not be empty"},
        {"regions[0].cues", QJsonArray(), "regions[0].cues",
            "must have at least 1 entry, but it is empty"},
        {"regions[0].cues[0].title", true, "regions[0].cues[0].title",
            "must be a string, not true or false"},
        {"regions[0].cues[0].text", u"  \n "_s, "regions[0].cues[0].text", "must not be empty"},
        {"regions[0].cues[0].need", u"power"_s, "regions[0].cues[0].need",
            "must be \"strength\" or \"space\", not \"power\""},
        {"regions[0].cues[0].mode", Removed, "regions[0].cues[0].mode", "required but missing"},
        {"regions[0].cues[0].contexts", QJsonArray(), "regions[0].cues[0].contexts",
            "must have at least 1 entry, but it is empty"},
        {"regions[0].cues[0].contexts", QJsonArray {u"desk"_s, u"beach"_s},
            "regions[0].cues[0].contexts[1]",
            "must be one of \"mat\", \"desk\", \"standing\", \"lying\", \"driving\" or "
            "\"walking\", not \"beach\""},
        {"regions[0].cues[0].contexts", QJsonArray {u"desk"_s, u"desk"_s},
            "regions[0].cues[0].contexts[1]", "repeats \"desk\""},
        {"regions[0].cues[0].contexts", u"desk"_s, "regions[0].cues[0].contexts",
            "must be an array, not a string"},
        {"regions[0].cues[0].breaths", 3.5, "regions[0].cues[0].breaths",
            "must be a whole number, not 3.5"},
        {"regions[0].cues[0].breaths", 31, "regions[0].cues[0].breaths",
            "must be from 1 to 30, not 31"},
        {"regions[0].cues[0].breath", u"hold"_s, "regions[0].cues[0].breath",
            "must be one of \"inhale\", \"exhale\" or \"any\", not \"hold\""},
        {"regions[0].cues[0].counters", QJsonArray {u"slump"_s}, "regions[0].cues[0].counters[0]",
            "no away pattern of region \"neck\" has the id \"slump\""},
        {"regions[1].cues[0].id", u"neck-long"_s, "regions[1].cues[0].id",
            "duplicate cue id \"neck-long\": already used at regions[0].cues[0].id"},
        {"regions[1].id", u"neck"_s, "regions[1].id",
            "duplicate region id \"neck\": already used at regions[0].id"},
        {"innerDirections[0].toward", 123, "innerDirections[0].toward",
            "must be a string, not a number"},
        {"breathPatterns", QJsonArray(), "breathPatterns",
            "must have at least 1 entry, but it is empty"},
        {"breathPatterns[0].inhale", 4.2, "breathPatterns[0].inhale",
            "must be a multiple of 0.5 seconds, not 4.2"},
        {"breathPatterns[0].inhale", 0.5, "breathPatterns[0].inhale",
            "must be from 1 to 20, not 0.5"},
        {"breathPatterns[0].exhale", Removed, "breathPatterns[0].exhale", "required but missing"},
        {"breathPatterns[1].holdIn", 21, "breathPatterns[1].holdIn",
            "must be from 0 to 20, not 21"},
        {"breathPatterns[1].id", u"resonance"_s, "breathPatterns[1].id",
            "duplicate breath pattern id \"resonance\": already used at breathPatterns[0].id"},
        {"practices[0].kind", u"weekly"_s, "practices[0].kind",
            "must be one of \"rescue\", \"daily\" or \"anywhere\", not \"weekly\""},
        {"practices[0].breathPattern", u"slow"_s, "practices[0].breathPattern",
            "no breath pattern has the id \"slow\""},
        {"practices[0].steps[0].cue", u"missing-cue"_s, "practices[0].steps[0].cue",
            "no cue has the id \"missing-cue\""},
        {"practices[0].steps", QJsonArray(), "practices[0].steps",
            "must have at least 1 entry, but it is empty"},
        {"practices[0].steps", stepsOf(61), "practices[0].steps",
            "must have at most 60 entries, not 61"},
        {"practices[0].steps[1].breaths", 0, "practices[0].steps[1].breaths",
            "must be from 1 to 30, not 0"},
        {"practices[0].contexts", QJsonArray {u"car"_s}, "practices[0].contexts[0]",
            "must be one of \"mat\", \"desk\", \"standing\", \"lying\", \"driving\" or "
            "\"walking\", not \"car\""},
    }));

    const QJsonValue document = toward::test::patchJson(
        minimalModel(), QString::fromUtf8(malformed.patchPath), malformed.patchValue);
    const auto result = PracticeModelLoader::parse(toward::test::toJsonBytes(document));

    INFO("patched " << malformed.patchPath);
    CHECK_FALSE(result.ok());
    // Some breaks have consequences further on (a removed cue leaves a dangling reference);
    // the break itself is always reported first.
    REQUIRE_FALSE(result.errors().isEmpty());
    const ModelIssue error = result.errors().constFirst();
    CHECK(error.path == QString::fromUtf8(malformed.expectedPath));
    CHECK(error.message == QString::fromUtf8(malformed.expectedMessage));
}

TEST_CASE("Every error in a file is reported, not just the first", "[model][loader]")
{
    QJsonValue document = minimalModel();
    document = toward::test::patchJson(document, u"name"_s, u""_s);
    document = toward::test::patchJson(document, u"regions[0].cues[1].need"_s, u"power"_s);
    document = toward::test::patchJson(document, u"practices[0].steps[0].cue"_s, u"nope"_s);
    const auto result = PracticeModelLoader::parse(toward::test::toJsonBytes(document));

    REQUIRE_FALSE(result.ok());
    QStringList paths;
    for (const ModelIssue &issue : result.errors())
        paths.append(issue.path);
    CHECK(paths
        == QStringList {u"name"_s, u"regions[0].cues[1].need"_s, u"practices[0].steps[0].cue"_s});
}

TEST_CASE("Ids must be unique within their kind, but kinds may share an id", "[model][loader]")
{
    QJsonValue document =
        toward::test::patchJson(minimalModel(), u"regions[1].id"_s, u"neck-long"_s);
    document = toward::test::patchJson(document, u"practices[0].id"_s, u"neck"_s);
    const auto result = PracticeModelLoader::parse(toward::test::toJsonBytes(document));
    CHECK(result.ok());

    const QJsonValue duplicateAway = toward::test::patchJson(minimalModel(), u"regions[1].away"_s,
        QJsonArray {QJsonObject {{u"id"_s, u"head-forward"_s}, {u"title"_s, u"Locked"_s},
            {u"text"_s, u"Knees lock."_s}}});
    const auto duplicate = PracticeModelLoader::parse(toward::test::toJsonBytes(duplicateAway));
    REQUIRE(duplicate.errors().size() == 1);
    CHECK(duplicate.errors().constFirst().message
        == u"duplicate away pattern id \"head-forward\": already used at regions[0].away[0].id"_s);
}

TEST_CASE("Unknown keys are warnings and the model still loads", "[model][loader]")
{
    QJsonValue document = toward::test::patchJson(minimalModel(), u"colour"_s, u"blue"_s);
    document = toward::test::patchJson(document, u"regions[0].cues[0].emoji"_s, u":)"_s);
    const auto result = PracticeModelLoader::parse(toward::test::toJsonBytes(document));

    REQUIRE(result.ok());
    REQUIRE(result.warnings().size() == 2);
    CHECK(result.warnings().at(0).toString()
        == u"warning: regions[0].cues[0].emoji: unknown key, ignored"_s);
    CHECK(result.warnings().at(1).toString() == u"warning: colour: unknown key, ignored"_s);
}

TEST_CASE("Whole numbers written with a decimal point are accepted", "[model][loader]")
{
    QJsonValue document =
        toward::test::patchJson(minimalModel(), u"regions[0].cues[0].breaths"_s, 4.0);
    document = toward::test::patchJson(document, u"schema"_s, 1.0);
    const auto result = PracticeModelLoader::parse(toward::test::toJsonBytes(document));
    REQUIRE(result.ok());
    CHECK(result.model->regions.at(0).cues.at(0).breaths == 4);
}

TEST_CASE("Optional parts may be left out", "[model][loader]")
{
    QJsonValue document = toward::test::patchJson(minimalModel(), u"practices"_s, Removed);
    document = toward::test::patchJson(document, u"innerDirections"_s, Removed);
    document = toward::test::patchJson(document, u"regions[0].curve"_s, Removed);
    document = toward::test::patchJson(document, u"regions[0].away"_s, Removed);
    document = toward::test::patchJson(document, u"regions[0].cues[0].counters"_s, Removed);
    const auto result = PracticeModelLoader::parse(toward::test::toJsonBytes(document));
    REQUIRE(result.ok());
    CHECK(result.model->practices.isEmpty());
    CHECK_FALSE(result.model->regions.at(0).curve.has_value());
}
