#include "TestSupport.h"
#include "breath/BreathPatternsInUse.h"
#include "breath/CustomBreathPatternStore.h"
#include "breath/CustomPatternId.h"
#include "journal/CheckInNamer.h"
#include "model/BreathPatternJson.h"
#include "practice/CheckInFixture.h"

#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace toward;
using std::chrono::milliseconds;

namespace {

BreathPattern pattern(
    const QString &id, const QString &name, int inhaleMs, int holdInMs, int exhaleMs, int holdOutMs)
{
    BreathPattern pattern;
    pattern.id = id;
    pattern.name = name;
    pattern.inhale = milliseconds(inhaleMs);
    pattern.holdIn = milliseconds(holdInMs);
    pattern.exhale = milliseconds(exhaleMs);
    pattern.holdOut = milliseconds(holdOutMs);
    return pattern;
}

QString loadError(const test::TemporaryDataDir &dir, const QByteArray &contents)
{
    dir.writeFile(CustomBreathPatternStore::FileName, contents);
    const Result<QList<BreathPattern>> loaded = CustomBreathPatternStore(dir.path()).load();
    REQUIRE_FALSE(loaded.ok());
    return loaded.error();
}

} // namespace

TEST_CASE("A person's breath patterns are kept in the data folder and read back as they were")
{
    const test::TemporaryDataDir dir;
    const CustomBreathPatternStore store(dir.path());
    REQUIRE(store.load().ok());
    CHECK(store.load().value().isEmpty());

    BreathPattern slow = pattern(u"custom-slow"_s, u"Slow évening"_s, 6500, 0, 7500, 500);
    slow.note = u"Before sleep."_s;
    const QList<BreathPattern> patterns {
        slow, pattern(u"custom-box"_s, u"Box"_s, 4000, 4000, 4000, 4000)};
    REQUIRE(store.save(patterns).ok());

    const Result<QList<BreathPattern>> loaded = store.load();
    INFO(loaded.error());
    REQUIRE(loaded.ok());
    REQUIRE(loaded.value().size() == 2);
    const BreathPattern &first = loaded.value().at(0);
    CHECK(first.id == u"custom-slow"_s);
    CHECK(first.name == u"Slow évening"_s);
    CHECK(first.inhale == milliseconds(6500));
    CHECK(first.holdIn == milliseconds(0));
    CHECK(first.exhale == milliseconds(7500));
    CHECK(first.holdOut == milliseconds(500));
    CHECK(first.note == u"Before sleep."_s);
    CHECK(loaded.value().at(1).id == u"custom-box"_s);
    CHECK(loaded.value().at(1).holdOut == milliseconds(4000));

    const QFileInfo file(store.filePath());
    CHECK(file.fileName() == u"breath-patterns.json"_s);
    CHECK(file.permissions().testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(file.permissions().testFlag(QFileDevice::ReadGroup));
    CHECK_FALSE(file.permissions().testFlag(QFileDevice::ReadOther));
}

TEST_CASE("A pattern of one's own is held to the model format's rules, each problem with its place")
{
    CHECK(
        BreathPatternJson::issues(pattern(u"custom-ok"_s, u"Fine"_s, 1000, 0, 20000, 0)).isEmpty());

    const ModelIssues issues =
        BreathPatternJson::issues(pattern(u"custom-bad"_s, u"  "_s, 500, 20500, 4250, 0));
    QStringList found;
    for (const ModelIssue &issue : issues)
        found.append(issue.path + u": "_s + issue.message);
    INFO(found.join(u'\n'));
    REQUIRE(issues.size() == 4);
    CHECK(issues.at(0).path == u"name"_s);
    CHECK(issues.at(1).path == u"inhale"_s);
    CHECK(issues.at(2).path == u"holdIn"_s);
    CHECK(issues.at(3).path == u"exhale"_s);
    CHECK(issues.at(3).message == u"must be a multiple of 0.5 seconds, not 4.25"_s);
}

TEST_CASE("A damaged breath patterns file is reported, naming the file and the place, not emptied")
{
    const test::TemporaryDataDir dir;
    const QByteArray bad = R"({"format": "toward-breath-patterns", "version": 1, "patterns": [
        {"id": "custom-a", "name": "A", "inhale": 4, "exhale": 4},
        {"id": "custom-a", "name": "B", "inhale": 4.2, "exhale": 4}]})";
    const QString error = loadError(dir, bad);
    CHECK(error.contains(dir.filePath(CustomBreathPatternStore::FileName)));
    CHECK(error.contains(u"patterns[1].id: another pattern already has the id \"custom-a\""_s));
    CHECK(error.contains(u"patterns[1].inhale: must be a multiple of 0.5 seconds, not 4.2"_s));
    CHECK(test::readFile(dir.filePath(CustomBreathPatternStore::FileName)) == bad);

    CHECK(
        loadError(dir, "{\"format\": \"toward-breath-patterns\", ").contains(u"not valid JSON"_s));
    CHECK(loadError(dir, "[]").contains(u"an array, not a JSON object"_s));
    CHECK(loadError(dir, R"({"format": "toward-practice-model", "version": 1, "patterns": []})")
              .contains(u"format: must be \"toward-breath-patterns\""_s));
    CHECK(loadError(dir, R"({"format": "toward-breath-patterns", "version": 2, "patterns": []})")
              .contains(u"version: made for a newer version of Toward"_s));
    CHECK(loadError(dir, R"({"format": "toward-breath-patterns", "version": 1})")
              .contains(u"patterns: required but missing"_s));
}

TEST_CASE("A new pattern's id is made from its name, unique, and in the model format's id letters")
{
    CHECK(newCustomPatternId(u"Box 4 s"_s, {}) == u"custom-box-4-s"_s);
    CHECK(newCustomPatternId(u"  Ruhe, ä-Atmung! "_s, {}) == u"custom-ruhe-a-atmung"_s);
    CHECK(newCustomPatternId(u"呼吸"_s, {}) == u"custom-pattern"_s);
    CHECK(newCustomPatternId(u"Box"_s, {u"custom-box"_s, u"custom-box-2"_s}) == u"custom-box-3"_s);
    const QString longId = newCustomPatternId(QString(200, u'x'), {});
    CHECK(longId.size() <= 60);
    CHECK(QRegularExpression(u"^[a-z0-9][a-z0-9-]{0,63}$"_s).match(longId).hasMatch());
}

TEST_CASE(
    "The patterns in use are the model's, then the person's; on a clash of ids the model's win")
{
    const PracticeModel &model = test::defaultModel();
    const QString modelId = model.defaultBreathPattern().id;
    const BreathPattern own = pattern(u"custom-mine"_s, u"Mine"_s, 3000, 0, 5000, 0);
    const BreathPattern clashing = pattern(modelId, u"Impostor"_s, 3000, 0, 3000, 0);

    const BreathPatternsInUse inUse = BreathPatternsInUse::join(model, {own, clashing});
    REQUIRE(inUse.model.breathPatterns.size() == model.breathPatterns.size() + 1);
    CHECK(inUse.model.breathPatterns.constLast().id == u"custom-mine"_s);
    CHECK(inUse.model.defaultBreathPattern().id == modelId);
    CHECK(inUse.model.findBreathPattern(modelId)->name == model.defaultBreathPattern().name);
    REQUIRE(inUse.clashing.size() == 1);
    CHECK(inUse.clashing.at(0).name == u"Impostor"_s);
}

TEST_CASE("A check-in with a pattern of one's own records its id and name")
{
    const BreathPattern own = pattern(u"custom-mine"_s, u"Mine"_s, 3000, 0, 5000, 0);
    const PracticeModel model = BreathPatternsInUse::join(test::defaultModel(), {own}).model;
    const test::ManualWallClock clock(test::morning());
    CheckInFlow flow(model, clock.provider(), own.id);
    REQUIRE(flow.setRegions({u"neck"_s}).error() == test::Accepted);
    REQUIRE(flow.setContext(Context::Desk).error() == test::Accepted);
    REQUIRE(flow.choosePractice(u"desk-reset"_s).error() == test::Accepted);
    REQUIRE(flow.setBreathPattern(own.id).error() == test::Accepted);
    CHECK(flow.practiceLength() == own.cycle() * flow.practice()->totalBreaths());

    const CheckIn checkIn = flow.toCheckIn();
    CHECK(checkIn.breathPatternId == u"custom-mine"_s);
    CHECK(checkIn.breathPatternName == u"Mine"_s);
}

TEST_CASE("An imported check-in is named from the patterns in use; an unknown pattern id is kept")
{
    const BreathPattern own = pattern(u"custom-mine"_s, u"Mine"_s, 3000, 0, 5000, 0);
    const PracticeModel model = BreathPatternsInUse::join(test::defaultModel(), {own}).model;
    const CheckInNamer namer(model);

    CheckIn mine;
    mine.breathPatternId = mine.breathPatternName = u"custom-mine"_s;
    namer.nameParts(mine);
    CHECK(mine.breathPatternName == u"Mine"_s);

    CheckIn unknown;
    unknown.breathPatternId = unknown.breathPatternName = u"custom-from-elsewhere"_s;
    namer.nameParts(unknown);
    CHECK(unknown.breathPatternId == u"custom-from-elsewhere"_s);
    CHECK(unknown.breathPatternName == u"custom-from-elsewhere"_s);
}

TEST_CASE(
    "A check-in still choosing where takes up changed patterns; a practising one keeps its own")
{
    const BreathPattern own = pattern(u"custom-mine"_s, u"Mine"_s, 3000, 0, 5000, 0);
    const PracticeModel &model = test::defaultModel();
    const QList<BreathPattern> withOwn =
        BreathPatternsInUse::join(model, {own}).model.breathPatterns;
    const test::ManualWallClock clock(test::morning());
    CheckInFlow flow(model, clock.provider(), own.id);
    REQUIRE(flow.setRegions({u"neck"_s}).error() == test::Accepted);
    REQUIRE(flow.setContext(Context::Desk).error() == test::Accepted);
    REQUIRE(flow.choosePractice(u"desk-reset"_s).error() == test::Accepted);
    CHECK(flow.setBreathPattern(own.id).ok() == false);

    REQUIRE(flow.useBreathPatterns(withOwn).error() == test::Accepted);
    REQUIRE(flow.setBreathPattern(own.id).error() == test::Accepted);
    BreathPattern slower = own;
    slower.inhale = milliseconds(4000);
    QList<BreathPattern> changed = model.breathPatterns;
    changed.append(slower);
    REQUIRE(flow.useBreathPatterns(changed).error() == test::Accepted);
    CHECK(flow.breathPattern()->inhale == milliseconds(4000));

    // Deleted: the practice's own pattern again.
    REQUIRE(flow.useBreathPatterns(model.breathPatterns).error() == test::Accepted);
    CHECK(flow.breathPattern()->id == u"resonance"_s);

    // A built practice falls back to the default, and is rebuilt at its pace.
    REQUIRE(flow.useBreathPatterns(withOwn).error() == test::Accepted);
    REQUIRE(flow.chooseBuiltPractice().error() == test::Accepted);
    CHECK(flow.breathPattern()->id == own.id); // the person's default
    REQUIRE(flow.useBreathPatterns(model.breathPatterns).error() == test::Accepted);
    CHECK(flow.breathPattern()->id == model.defaultBreathPattern().id);
    CHECK(flow.practice()->breathPatternId == model.defaultBreathPattern().id);

    REQUIRE(flow.next().error() == test::Accepted);
    CHECK_FALSE(flow.useBreathPatterns(withOwn).ok());
    CHECK(flow.model().breathPatterns.size() == model.breathPatterns.size());
}
