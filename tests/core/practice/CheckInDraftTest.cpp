#include "practice/CheckInDraft.h"

#include "JsonPatch.h"
#include "TestSupport.h"
#include "practice/CheckInDraftStore.h"
#include "practice/CheckInFixture.h"
#include "practice/CheckInFlow.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace toward;
using test::Accepted;
using test::deskResetAt;
using Stage = CheckInStage;

namespace {

QByteArray bytesOf(const CheckInDraft &draft)
{
    return QJsonDocument(draft.toJson()).toJson();
}

CheckInDraft parsed(const QByteArray &bytes)
{
    Result<CheckInDraft> draft = CheckInDraft::fromJson(QJsonDocument::fromJson(bytes).object());
    INFO(draft.error());
    REQUIRE(draft.ok());
    return std::move(draft).value();
}

CheckInFlow resumed(const CheckInDraft &draft, const test::ManualWallClock &clock,
    const PracticeModel &model = test::defaultModel())
{
    Result<CheckInFlow> flow = CheckInFlow::resume(draft, model, clock.provider());
    INFO(flow.error());
    REQUIRE(flow.ok());
    return std::move(flow).value();
}

QString resumeError(const CheckInDraft &draft, const PracticeModel &model)
{
    const Result<CheckInFlow> flow =
        CheckInFlow::resume(draft, model, test::ManualWallClock(test::morning()).provider());
    REQUIRE_FALSE(flow.ok());
    return flow.error();
}

QString readError(const QJsonValue &json)
{
    const Result<CheckInDraft> draft = CheckInDraft::fromJson(json.toObject());
    REQUIRE_FALSE(draft.ok());
    return draft.error();
}

// A check-in with a practice built from its regions, the person's default pattern, leanings and
// ratings so far, on its fourth cue.
CheckInFlow builtOnFourthCue(const test::ManualWallClock &clock)
{
    CheckInFlow flow(test::defaultModel(), clock.provider(), u"calming"_s);
    REQUIRE(flow.setRegions({u"upper-back"_s, u"pelvis"_s}).error() == Accepted);
    REQUIRE(flow.setContext(Context::Driving).error() == Accepted);
    REQUIRE(flow.chooseBuiltPractice().error() == Accepted);
    REQUIRE(flow.next().error() == Accepted);
    REQUIRE(flow.setPainBefore(4).error() == Accepted);
    REQUIRE(flow.setLeaningBefore(u"groundedness-stress"_s, Leaning::Away).error() == Accepted);
    REQUIRE(flow.next().error() == Accepted);
    REQUIRE(flow.startPractice().error() == Accepted);
    REQUIRE(flow.next().error() == Accepted);
    REQUIRE(flow.rateCue(CueFeeling::Toward).error() == Accepted);
    REQUIRE(flow.skipCue().error() == Accepted);
    REQUIRE(flow.next().error() == Accepted);
    REQUIRE(flow.rateCue(CueFeeling::Away).error() == Accepted);
    REQUIRE(flow.currentCue()->index == 3);
    return flow;
}

} // namespace

TEST_CASE("A draft brings back the check-in at each stage, and it goes on the same way",
    "[checkin][draft]")
{
    test::TemporaryDataDir dir;
    auto journal = test::openJournal(dir.filePath(u"journal.sqlite"_s));
    const test::ManualWallClock clock(test::morning());

    QList<CheckInFlow> flows;
    flows.append(CheckInFlow(test::defaultModel(), clock.provider()));
    for (Stage stage : {Stage::RatingBefore, Stage::BreathIntro, Stage::PracticingCue,
             Stage::RatingCue, Stage::RatingAfter})
        flows.append(deskResetAt(stage, clock));
    CheckInFlow choosing = deskResetAt(Stage::RatingBefore, clock);
    REQUIRE(choosing.back().error() == Accepted);
    flows.append(choosing);
    CheckInFlow advice = deskResetAt(Stage::RatingBefore, clock);
    REQUIRE(advice.setRedFlag(RedFlag::FallOrAccident, true).error() == Accepted);
    REQUIRE(advice.next().error() == Accepted);
    REQUIRE(advice.setNote(u"Fell on the stairs."_s).error() == Accepted);
    flows.append(advice);
    CheckInFlow endedEarly = deskResetAt(Stage::PracticingCue, clock);
    REQUIRE(endedEarly.endEarly().error() == Accepted);
    flows.append(endedEarly);
    CheckInFlow saved = deskResetAt(Stage::RatingAfter, clock);
    REQUIRE(saved.setPainAfter(1).error() == Accepted);
    REQUIRE(saved.save(*journal).error() == Accepted);
    flows.append(saved);
    flows.append(builtOnFourthCue(clock));

    for (const CheckInFlow &original : flows) {
        INFO("at " << wordOf(original.stage()));
        const CheckInFlow copy = resumed(parsed(bytesOf(original.draft())), clock);
        CHECK(copy.stage() == original.stage());
        CHECK(copy.draft().toJson() == original.draft().toJson());
        CHECK(copy.toCheckIn() == original.toCheckIn());
        CHECK(copy.canSave() == original.canSave());
        CHECK(copy.practiceLength() == original.practiceLength());
        CHECK(copy.currentCue().has_value() == original.currentCue().has_value());
        if (original.currentCue()) {
            CHECK(copy.currentCue()->cue.id == original.currentCue()->cue.id);
            CHECK(copy.currentCue()->index == original.currentCue()->index);
            CHECK(copy.currentCue()->feeling == original.currentCue()->feeling);
        }
        for (const test::Input &input : test::everyInput()) {
            INFO(input.name);
            CheckInFlow expected = original;
            CheckInFlow actual = copy;
            CHECK(input.apply(actual).error() == input.apply(expected).error());
            CHECK(actual.draft().toJson() == expected.draft().toJson());
        }
    }
}

TEST_CASE("A draft keeps the current cue and the ratings so far", "[checkin][draft]")
{
    const test::ManualWallClock clock(test::morning());
    const CheckInFlow original = builtOnFourthCue(clock);
    const CheckInFlow copy = resumed(parsed(bytesOf(original.draft())), clock);

    REQUIRE(copy.practice());
    CHECK(copy.practice()->id == u"built-from-regions"_s);
    CHECK(copy.practice()->title == original.practice()->title);
    CHECK(copy.practice()->steps.size() == original.practice()->steps.size());
    CHECK(copy.breathPattern()->id == u"calming"_s);
    CHECK(copy.currentCue()->index == 3);
    CHECK(copy.draft().reachedSteps == 4);
    const QList<std::optional<CueFeeling>> soFar {
        CueFeeling::Toward, std::nullopt, CueFeeling::Away, std::nullopt};
    CHECK(copy.draft().feelings.mid(0, 4) == soFar);
    CHECK(copy.toCheckIn().cues.size() == 4);
    CHECK(copy.toCheckIn().id == original.toCheckIn().id);
    CHECK(copy.toCheckIn().startedAt == test::morning());
    CHECK(copy.toCheckIn().startedAt.offsetFromUtc() == 2 * 3600);
}

TEST_CASE(
    "A draft for a model that has changed is refused with what is missing", "[checkin][draft]")
{
    const test::ManualWallClock clock(test::morning());
    CheckInFlow flow = deskResetAt(Stage::PracticingCue, clock);
    REQUIRE(flow.next().error() == Accepted);
    REQUIRE(flow.rateCue(CueFeeling::Toward).error() == Accepted);
    const CheckInDraft draft = flow.draft();
    PracticeModel changed = test::defaultModel();
    const QString prefix = u"The check-in in progress cannot be resumed: the practice model has "
                           "changed since it was started"_s;

    SECTION("a cue of the practice is gone")
    {
        QList<Cue> &neckCues = changed.regions[0].cues;
        neckCues.removeIf([](const Cue &cue) { return cue.id == u"neck-soft-jaw"_s; });
        CHECK(resumeError(draft, changed)
            == prefix + u" (it has no cue “neck-soft-jaw” any more)."_s);
    }
    SECTION("a chosen region is gone")
    {
        changed.regions.removeIf([](const Region &region) { return region.id == u"neck"_s; });
        CHECK(resumeError(draft, changed) == prefix + u" (it has no region “neck” any more)."_s);
    }
    SECTION("the breath pattern is gone: it goes on with the model's first")
    {
        changed.breathPatterns.removeIf(
            [](const BreathPattern &pattern) { return pattern.id == u"resonance"_s; });
        const Result<CheckInFlow> resumed = CheckInFlow::resume(draft, changed, clock.provider());
        REQUIRE(resumed.ok());
        CHECK(resumed.value().draft().breathPatternId == changed.defaultBreathPattern().id);
        CHECK(resumed.value().draft().feelings == draft.feelings);
    }
    SECTION("a breath pattern of one's own was deleted: it goes on with the practice's own")
    {
        CheckInDraft ownPaced = draft;
        ownPaced.breathPatternId = u"own-slow"_s;
        const Result<CheckInFlow> resumed =
            CheckInFlow::resume(ownPaced, changed, clock.provider());
        REQUIRE(resumed.ok());
        CHECK(resumed.value().draft().breathPatternId == u"resonance"_s);
    }
    SECTION("an inner direction with a leaning is gone")
    {
        CheckInFlow leaning = deskResetAt(Stage::RatingBefore, clock);
        REQUIRE(leaning.setLeaningBefore(u"possibility-fear"_s, Leaning::Away).error() == Accepted);
        changed.innerDirections.removeIf(
            [](const InnerDirection &direction) { return direction.id == u"possibility-fear"_s; });
        CHECK(resumeError(leaning.draft(), changed)
            == prefix + u" (it has no inner direction “possibility-fear” any more)."_s);
    }
    SECTION("a model that only renamed a cue still resumes, with the new name on the record")
    {
        changed.regions[3].cues[0].title = u"Sitting bones"_s; // pelvis-find-sit-bones
        const CheckInFlow copy = resumed(draft, clock, changed);
        CHECK(copy.toCheckIn().cues.first().title == u"Sitting bones"_s);
    }
}

TEST_CASE("A draft that does not describe a check-in that can go on is refused", "[checkin][draft]")
{
    const test::ManualWallClock clock(test::morning());
    const PracticeModel &model = test::defaultModel();
    const QString prefix = u"The check-in in progress cannot be resumed: "_s;

    CheckInDraft draft = deskResetAt(Stage::PracticingCue, clock).draft();
    SECTION("a current cue that was never reached")
    {
        draft.reachedSteps = 0;
        CHECK(resumeError(draft, model) == prefix + u"its current cue was never reached."_s);
    }
    SECTION("an ending that would go back to a cue that was never reached")
    {
        draft.stage = Stage::RatingAfter;
        draft.ending = PracticeEnding::Early;
        draft.resumeStage = Stage::RatingCue;
        draft.currentStep = 3;
        CHECK(resumeError(draft, model) == prefix + u"its current cue was never reached."_s);
    }
    SECTION("progress beyond the practice")
    {
        draft.currentStep = 6;
        CHECK(resumeError(draft, model) == prefix + u"its progress does not match its practice."_s);
    }
    SECTION("practising with a red flag")
    {
        draft.redFlags = {RedFlag::Fever};
        CHECK(resumeError(draft, model) == prefix + u"it practises with a red flag ticked."_s);
    }
    SECTION("red-flag advice without a red flag")
    {
        draft.stage = Stage::RedFlagAdvice;
        CHECK(resumeError(draft, model)
            == prefix + u"it gives red-flag advice without a red flag."_s);
    }
    SECTION("after the practice without an ending")
    {
        draft.stage = Stage::RatingAfter;
        CHECK(
            resumeError(draft, model) == prefix + u"it is past the practice without an ending."_s);
    }
    SECTION("past choosing without a practice")
    {
        draft.practice.reset();
        draft.feelings.clear();
        CHECK(resumeError(draft, model)
            == prefix
                + u"it is past “where and when” without regions, a context and a practice."_s);
    }
    SECTION("a practice without a breath pattern, even before it is under way")
    {
        draft.stage = Stage::ChoosingWhere;
        draft.breathPatternId.clear();
        CHECK(
            resumeError(draft, model) == prefix + u"it has a practice without a breath pattern."_s);
    }
    SECTION("past rating without a pain rating")
    {
        draft.painBefore.reset();
        CHECK(
            resumeError(draft, model) == prefix + u"it is past “before” without a pain rating."_s);
    }
}

TEST_CASE("A draft's JSON is checked field by field", "[checkin][draft]")
{
    const test::ManualWallClock clock(test::morning());
    const QJsonValue valid = deskResetAt(Stage::RatingCue, clock).draft().toJson();
    REQUIRE(CheckInDraft::fromJson(valid.toObject()).ok());

    CHECK(readError(QJsonObject {}) == u"format: required but missing"_s);
    CHECK(readError(test::patchJson(valid, u"format"_s, u"toward-practice-model"_s))
        == u"format: must be \"toward-checkin-draft\""_s);
    CHECK(readError(test::patchJson(valid, u"version"_s, 2))
        == u"version: was written by a newer version of Toward (draft version 2; this version "
           "reads up to 1)"_s);
    CHECK(readError(test::patchJson(valid, u"id"_s, u"not-a-uuid"_s))
        == u"id: must be a UUID, not \"not-a-uuid\""_s);
    CHECK(readError(test::patchJson(valid, u"startedAt"_s, u"yesterday"_s))
              .startsWith(u"startedAt: must be a date and time"_s));
    CHECK(readError(test::patchJson(valid, u"stage"_s, u"dancing"_s))
              .startsWith(u"stage: must be one of"_s));
    CHECK(readError(test::patchJson(valid, u"painBefore"_s, 11))
        == u"painBefore: must be from 0 to 10, not 11"_s);
    CHECK(readError(test::patchJson(valid, u"practice.steps"_s, QJsonArray {}))
        == u"practice.steps: must have at least 1 entry, but it is empty"_s);
    CHECK(readError(test::patchJson(valid, u"ratings"_s,
              QJsonArray {QJsonObject {{u"step"_s, 6}, {u"feeling"_s, u"toward"_s}}}))
        == u"ratings[0].step: must be from 0 to 5, not 6"_s);
    // Every problem at once.
    QJsonValue twoProblems = test::patchJson(valid, u"regions"_s, u"neck"_s);
    twoProblems = test::patchJson(twoProblems, u"currentStep"_s, -1);
    CHECK(readError(twoProblems)
        == u"regions: must be an array, not a string; currentStep: must be from 0 to 2147483647, "
           "not -1"_s);
}

TEST_CASE(
    "The draft store keeps one draft, privately, and reports a corrupt one", "[checkin][draft]")
{
    test::TemporaryDataDir dir;
    const test::ManualWallClock clock(test::morning());
    const CheckInDraftStore store(dir.path());
    CHECK(store.filePath() == dir.filePath(u"checkin-draft.json"_s));

    const Result<std::optional<CheckInDraft>> none = store.load();
    REQUIRE(none.ok());
    CHECK_FALSE(none.value());
    CHECK(store.clear().error() == Accepted);

    const CheckInFlow first = deskResetAt(Stage::RatingBefore, clock);
    const CheckInFlow second = builtOnFourthCue(clock);
    REQUIRE(store.save(first.draft()).error() == Accepted);
    REQUIRE(store.save(second.draft()).error() == Accepted);
    const QFileDevice::Permissions permissions = QFileInfo(store.filePath()).permissions();
    CHECK(permissions.testFlag(QFileDevice::ReadOwner));
    CHECK(permissions.testFlag(QFileDevice::WriteOwner));
    CHECK((permissions
              & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                  | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther))
              .toInt()
        == 0);

    const Result<std::optional<CheckInDraft>> loaded = store.load();
    REQUIRE(loaded.ok());
    REQUIRE(loaded.value());
    CHECK(loaded.value()->toJson() == second.draft().toJson());
    CHECK(CheckInDraftStore::parse(bytesOf(second.draft())).value().toJson()
        == second.draft().toJson());
    CHECK(resumed(*loaded.value(), clock).toCheckIn() == second.toCheckIn());

    REQUIRE(store.clear().error() == Accepted);
    CHECK_FALSE(QFile::exists(store.filePath()));
    CHECK_FALSE(store.load().value());

    SECTION("a corrupt draft is reported, left as it is, and can be discarded")
    {
        const QString prefix =
            u"The check-in in progress in %1 cannot be read: "_s.arg(store.filePath());
        const auto loadError = [&](const QByteArray &contents) {
            dir.writeFile(u"checkin-draft.json"_s, contents);
            const Result<std::optional<CheckInDraft>> result = store.load();
            REQUIRE_FALSE(result.ok());
            REQUIRE(result.error().startsWith(prefix));
            return result.error().mid(prefix.size());
        };
        CHECK(loadError(QByteArray("\x00\xff garbage", 11)).startsWith(u"it is not valid JSON"_s));
        CHECK(loadError("[1, 2]") == u"it is an array, not a JSON object"_s);
        CHECK(loadError("null") == u"it is null, not a JSON object"_s);
        CHECK(loadError("\"draft\"") == u"it is a string, not a JSON object"_s);
        CHECK(loadError("{\"format\": \"toward-checkin-draft\", \"version\": 1}")
                  .startsWith(u"id: required but missing; startedAt: required but missing"_s));
        CHECK(test::readFile(store.filePath())
            == "{\"format\": \"toward-checkin-draft\", \"version\": 1}");

        // Cut off anywhere, a draft never loads as something else and never crashes.
        const QByteArray whole = bytesOf(second.draft()).trimmed();
        for (qsizetype length = 0; length < whole.size(); length += 5) {
            dir.writeFile(u"checkin-draft.json"_s, whole.left(length));
            CHECK_FALSE(store.load().ok());
        }

        REQUIRE(store.clear().error() == Accepted);
        const Result<std::optional<CheckInDraft>> afterClear = store.load();
        REQUIRE(afterClear.ok());
        CHECK_FALSE(afterClear.value());
    }
    SECTION("a draft that cannot be written is reported")
    {
        const CheckInDraftStore nowhere(dir.filePath(u"missing/folder"_s));
        const Result<void> saved = nowhere.save(first.draft());
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().startsWith(u"Cannot keep the check-in in progress in "_s));
    }
}
