#include "practice/CheckInFlow.h"

#include "JsonPatch.h"
#include "TestSupport.h"
#include "practice/CheckInFixture.h"
#include "practice/PracticeBuilder.h"

#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace toward;
using test::Accepted;
using test::deskResetAt;
using Stage = CheckInStage;

namespace {

CheckInFlow withRedFlag(const test::ManualWallClock &clock)
{
    CheckInFlow flow = deskResetAt(Stage::RatingBefore, clock);
    REQUIRE(flow.setRedFlag(RedFlag::Fever, true).error() == Accepted);
    REQUIRE(flow.next().error() == Accepted);
    return flow;
}

QStringList cueIdsOf(const CheckIn &checkIn)
{
    QStringList ids;
    for (const CueRecord &cue : checkIn.cues)
        ids.append(cue.cueId);
    return ids;
}

QList<std::optional<CueFeeling>> feelingsOf(const CheckIn &checkIn)
{
    QList<std::optional<CueFeeling>> feelings;
    for (const CueRecord &cue : checkIn.cues)
        feelings.append(cue.feeling);
    return feelings;
}

} // namespace

TEST_CASE("Each stage accepts exactly its own inputs and refuses the rest unchanged", "[checkin]")
{
    test::TemporaryDataDir dir;
    auto journal = test::openJournal(dir.filePath(u"journal.sqlite"_s));
    const test::ManualWallClock clock(test::morning());

    struct StageCase {
        Stage stage;
        std::function<CheckInFlow()> make;
        QMap<QString, Stage> accepted; // input -> the stage it leads to
    };
    const QList<StageCase> cases {
        {Stage::ChoosingWhere,
            [&] {
                // With regions, a context and a practice already chosen, so that each input of
                // the page can be accepted.
                CheckInFlow flow = deskResetAt(Stage::RatingBefore, clock);
                REQUIRE(flow.back().error() == Accepted);
                return flow;
            },
            {{u"setRegions"_s, Stage::ChoosingWhere}, {u"setContext"_s, Stage::ChoosingWhere},
                {u"choosePractice"_s, Stage::ChoosingWhere},
                {u"chooseBuiltPractice"_s, Stage::ChoosingWhere},
                {u"setBreathPattern"_s, Stage::ChoosingWhere}, {u"next"_s, Stage::RatingBefore}}},
        {Stage::RatingBefore, [&] { return deskResetAt(Stage::RatingBefore, clock); },
            {{u"setPainBefore"_s, Stage::RatingBefore},
                {u"setLeaningBefore"_s, Stage::RatingBefore},
                {u"setRedFlag"_s, Stage::RatingBefore}, {u"next"_s, Stage::BreathIntro},
                {u"back"_s, Stage::ChoosingWhere}}},
        {Stage::RedFlagAdvice, [&] { return withRedFlag(clock); },
            {{u"setNote"_s, Stage::RedFlagAdvice}, {u"back"_s, Stage::RatingBefore}}},
        {Stage::BreathIntro, [&] { return deskResetAt(Stage::BreathIntro, clock); },
            {{u"startPractice"_s, Stage::PracticingCue}, {u"next"_s, Stage::PracticingCue},
                {u"endEarly"_s, Stage::RatingAfter}, {u"back"_s, Stage::RatingBefore}}},
        {Stage::PracticingCue, [&] { return deskResetAt(Stage::PracticingCue, clock); },
            {{u"skipCue"_s, Stage::PracticingCue}, {u"next"_s, Stage::RatingCue},
                {u"endEarly"_s, Stage::RatingAfter}, {u"back"_s, Stage::BreathIntro}}},
        {Stage::RatingCue, [&] { return deskResetAt(Stage::RatingCue, clock); },
            {{u"rateCue"_s, Stage::PracticingCue}, {u"skipCue"_s, Stage::PracticingCue},
                {u"endEarly"_s, Stage::RatingAfter}, {u"back"_s, Stage::PracticingCue}}},
        {Stage::RatingAfter, [&] { return deskResetAt(Stage::RatingAfter, clock); },
            {{u"setPainAfter"_s, Stage::RatingAfter}, {u"setLeaningAfter"_s, Stage::RatingAfter},
                {u"setNote"_s, Stage::RatingAfter}, {u"back"_s, Stage::RatingCue}}},
        {Stage::Saved,
            [&] {
                CheckInFlow flow = deskResetAt(Stage::RatingAfter, clock);
                REQUIRE(flow.setPainAfter(3).error() == Accepted);
                REQUIRE(flow.save(*journal).error() == Accepted);
                return flow;
            },
            {}},
    };

    for (const StageCase &stageCase : cases) {
        const CheckInFlow start = stageCase.make();
        REQUIRE(start.stage() == stageCase.stage);
        for (const test::Input &input : test::everyInput()) {
            INFO("at " << wordOf(stageCase.stage) << ": " << input.name);
            CheckInFlow flow = start;
            const Result<void> result = input.apply(flow);
            if (stageCase.accepted.contains(input.name)) {
                CHECK(result.error() == Accepted);
                CHECK(flow.stage() == stageCase.accepted.value(input.name));
            } else {
                CHECK_FALSE(result.ok());
                CHECK_FALSE(result.error().isEmpty());
                CHECK(flow.draft().toJson() == start.draft().toJson());
            }
        }
    }
}

TEST_CASE("Where and when: regions, context, practice and breath pattern", "[checkin]")
{
    const test::ManualWallClock clock(test::morning());
    CheckInFlow flow(test::defaultModel(), clock.provider());
    REQUIRE(flow.stage() == Stage::ChoosingWhere);

    SECTION("going on needs a region, a context and a practice")
    {
        CHECK(flow.next().error() == u"Choose at least one region."_s);
        REQUIRE(flow.setRegions({u"neck"_s}).error() == Accepted);
        CHECK(flow.next().error() == u"Choose where you are practising."_s);
        REQUIRE(flow.setContext(Context::Desk).error() == Accepted);
        CHECK(flow.next().error() == u"Choose a practice."_s);
        REQUIRE(flow.choosePractice(u"desk-reset"_s).error() == Accepted);
        CHECK(flow.next().error() == Accepted);
        CHECK(flow.stage() == Stage::RatingBefore);
    }
    SECTION("unknown regions are refused; repeated ones count once")
    {
        CHECK(flow.setRegions({u"neck"_s, u"knees"_s}).error()
            == u"There is no region “knees” in the practice model."_s);
        CHECK(flow.draft().regionIds.isEmpty());
        REQUIRE(flow.setRegions({u"neck"_s, u"low-back"_s, u"neck"_s}).error() == Accepted);
        CHECK(flow.draft().regionIds == QStringList {u"neck"_s, u"low-back"_s});
    }
    SECTION("only a fitting practice can be chosen, and it brings its own breath pattern")
    {
        REQUIRE(flow.setRegions({u"neck"_s}).error() == Accepted);
        CHECK_FALSE(flow.choosePractice(u"desk-reset"_s).ok()); // no context yet
        REQUIRE(flow.setContext(Context::Desk).error() == Accepted);
        QStringList fitting;
        for (const Practice *practice : flow.fittingPractices())
            fitting.append(practice->id);
        CHECK(fitting == QStringList {u"neck-rescue"_s, u"desk-reset"_s});
        CHECK(flow.choosePractice(u"daily-five"_s).error()
            == u"The practice “daily-five” does not fit the chosen regions and where you are."_s);
        CHECK(flow.choosePractice(u"no-such-practice"_s).ok() == false);
        CHECK_FALSE(flow.practice());

        REQUIRE(flow.choosePractice(u"neck-rescue"_s).error() == Accepted);
        CHECK(flow.practice()->id == u"neck-rescue"_s);
        CHECK(flow.breathPattern()->id == u"calming"_s);
        REQUIRE(flow.choosePractice(u"desk-reset"_s).error() == Accepted);
        CHECK(flow.breathPattern()->id == u"resonance"_s);
        CHECK(flow.practiceLength() == flow.breathPattern()->cycle() * 16);
    }
    SECTION("the breath pattern can be changed once a practice is chosen")
    {
        CHECK(flow.setBreathPattern(u"box"_s).error() == u"Choose a practice first."_s);
        REQUIRE(flow.setRegions({u"neck"_s}).error() == Accepted);
        REQUIRE(flow.setContext(Context::Desk).error() == Accepted);
        REQUIRE(flow.choosePractice(u"desk-reset"_s).error() == Accepted);
        CHECK(flow.setBreathPattern(u"slow"_s).error()
            == u"There is no breath pattern “slow” in the practice model."_s);
        REQUIRE(flow.setBreathPattern(u"box"_s).error() == Accepted);
        CHECK(flow.breathPattern()->id == u"box"_s);
        CHECK(flow.practice()->id == u"desk-reset"_s);
    }
    SECTION("a practice that stops fitting is dropped; one that still fits is kept")
    {
        REQUIRE(flow.setRegions({u"neck"_s, u"low-back"_s}).error() == Accepted);
        REQUIRE(flow.setContext(Context::Desk).error() == Accepted);
        REQUIRE(flow.choosePractice(u"desk-reset"_s).error() == Accepted);
        REQUIRE(flow.setRegions({u"low-back"_s}).error() == Accepted);
        CHECK(flow.practice()->id == u"desk-reset"_s);
        REQUIRE(flow.setContext(Context::Driving).error() == Accepted);
        CHECK_FALSE(flow.practice());
        CHECK_FALSE(flow.breathPattern());
        CHECK(flow.next().error() == u"Choose a practice."_s);
    }
    SECTION("a built practice uses the default pattern and is rebuilt when the choice changes")
    {
        CHECK(flow.chooseBuiltPractice().error() == u"Choose regions and where you are first."_s);
        REQUIRE(flow.setRegions({u"low-back"_s, u"neck"_s}).error() == Accepted);
        REQUIRE(flow.setContext(Context::Desk).error() == Accepted);
        REQUIRE(flow.chooseBuiltPractice().error() == Accepted);
        CHECK(flow.practice()->id == PracticeBuilder::BuiltPracticeId);
        CHECK(flow.practice()->title == u"Low back and neck, at the desk"_s);
        CHECK(flow.breathPattern()->id == u"resonance"_s); // the model's default
        const qsizetype atResonance = flow.practice()->steps.size();

        REQUIRE(flow.setBreathPattern(u"four-seven-eight"_s).error() == Accepted);
        CHECK(flow.practice()->steps.size() < atResonance);
        CHECK(flow.practice()->breathPatternId == u"four-seven-eight"_s);

        REQUIRE(flow.setContext(Context::Driving).error() == Accepted);
        CHECK(flow.practice()->title == u"Low back and neck, while driving"_s);
        REQUIRE(flow.setRegions({u"neck"_s}).error() == Accepted);
        CHECK(flow.practice()->title == u"Neck, while driving"_s);
    }
    SECTION("the person's default breath pattern is used where the practice names none")
    {
        CheckInFlow withDefault(test::defaultModel(), clock.provider(), u"box"_s);
        REQUIRE(withDefault.setRegions({u"neck"_s}).error() == Accepted);
        REQUIRE(withDefault.setContext(Context::Desk).error() == Accepted);
        REQUIRE(withDefault.chooseBuiltPractice().error() == Accepted);
        CHECK(withDefault.breathPattern()->id == u"box"_s);
        REQUIRE(withDefault.choosePractice(u"desk-reset"_s).error() == Accepted);
        CHECK(withDefault.breathPattern()->id == u"resonance"_s); // its own

        const QJsonValue document = test::patchJson(
            test::minimalModelJson(), u"practices[0].breathPattern"_s, QJsonValue::Undefined);
        CheckInFlow minimal(test::modelFrom(document), clock.provider(), u"box"_s);
        REQUIRE(minimal.setRegions({u"neck"_s}).error() == Accepted);
        REQUIRE(minimal.setContext(Context::Desk).error() == Accepted);
        REQUIRE(minimal.choosePractice(u"neck-rescue"_s).error() == Accepted);
        CHECK(minimal.breathPattern()->id == u"box"_s);
    }
    SECTION("no cue for the context: the built practice is refused with the reason")
    {
        CheckInFlow minimal(test::modelFrom(test::minimalModelJson()), clock.provider());
        REQUIRE(minimal.setRegions({u"knees"_s}).error() == Accepted);
        REQUIRE(minimal.setContext(Context::Desk).error() == Accepted);
        CHECK(minimal.chooseBuiltPractice().error()
            == u"None of the chosen regions has a cue that can be done at the desk."_s);
        CHECK_FALSE(minimal.practice());
        CHECK(minimal.stage() == Stage::ChoosingWhere);
    }
}

TEST_CASE("A practice alone sets up where and what, as a launcher asks", "[checkin]")
{
    const test::ManualWallClock clock(test::morning());
    CheckInFlow flow(test::defaultModel(), clock.provider());

    CHECK(flow.setUpPractice(u"no-such-practice"_s).error()
        == u"There is no practice “no-such-practice” in the practice model."_s);
    CHECK(flow.draft().regionIds.isEmpty());
    CHECK_FALSE(flow.draft().context);
    CHECK_FALSE(flow.practice());

    REQUIRE(flow.setUpPractice(u"low-back-rescue"_s).error() == Accepted);
    // Its cues' regions, each once in the order met; the first of its places in the vocabulary.
    CHECK(flow.draft().regionIds == QStringList {u"low-back"_s, u"pelvis"_s});
    CHECK(flow.draft().context == Context::Mat);
    CHECK(flow.practice()->id == u"low-back-rescue"_s);
    CHECK(flow.breathPattern()->id == u"calming"_s);
    REQUIRE(flow.next().error() == Accepted);
    CHECK(flow.stage() == Stage::RatingBefore);

    REQUIRE(flow.back().error() == Accepted);
    REQUIRE(flow.setUpPractice(u"desk-reset"_s).error() == Accepted);
    CHECK(flow.draft().context == Context::Desk);

    REQUIRE(flow.next().error() == Accepted);
    CHECK(flow.setUpPractice(u"neck-rescue"_s).error()
        == u"Choosing regions is not possible on the “%1” page."_s.arg(
            labelOf(Stage::RatingBefore)));
    CHECK(flow.practice()->id == u"desk-reset"_s);
}

TEST_CASE("A practice is suggested once regions and context are known", "[checkin]")
{
    const test::ManualWallClock clock(test::morning());
    CheckInFlow flow(test::defaultModel(), clock.provider());
    REQUIRE(flow.setRegions({u"neck"_s}).error() == Accepted);
    flow.suggestPractice();
    CHECK_FALSE(flow.practice()); // where the person is is not known yet

    REQUIRE(flow.setContext(Context::Desk).error() == Accepted);
    flow.suggestPractice();
    REQUIRE(flow.practice());
    CHECK(flow.practice()->id == flow.fittingPractices().constFirst()->id);
    CHECK(flow.draft().practiceSource == PracticeSource::Model);

    SECTION("a chosen practice is kept")
    {
        REQUIRE(flow.chooseBuiltPractice().error() == Accepted);
        flow.suggestPractice();
        CHECK(flow.draft().practiceSource == PracticeSource::Built);
    }
    SECTION("where no practice of the model fits, one is built from the regions")
    {
        REQUIRE(flow.setContext(Context::Walking).error() == Accepted);
        REQUIRE(flow.fittingPractices().isEmpty());
        REQUIRE_FALSE(flow.practice());
        flow.suggestPractice();
        REQUIRE(flow.practice());
        CHECK(flow.draft().practiceSource == PracticeSource::Built);
    }
}

TEST_CASE("Before: pain, leanings and going back", "[checkin]")
{
    const test::ManualWallClock clock(test::morning());
    CheckInFlow flow(test::defaultModel(), clock.provider());
    REQUIRE(flow.setRegions({u"neck"_s}).error() == Accepted);
    REQUIRE(flow.setContext(Context::Desk).error() == Accepted);
    REQUIRE(flow.choosePractice(u"desk-reset"_s).error() == Accepted);
    REQUIRE(flow.next().error() == Accepted);

    CHECK(flow.next().error() == u"Rate your pain (0 to 10) first."_s);
    CHECK(flow.setPainBefore(11).error() == u"Pain is rated from 0 to 10, not 11."_s);
    CHECK(flow.setPainBefore(-1).ok() == false);
    CHECK(flow.setPainBefore(0).error() == Accepted);
    CHECK(flow.setPainBefore(10).error() == Accepted);
    CHECK(flow.draft().painBefore == 10);

    CHECK(flow.setLeaningBefore(u"courage-doubt"_s, Leaning::Toward).error()
        == u"There is no inner direction “courage-doubt” in the practice model."_s);
    REQUIRE(flow.setLeaningBefore(u"possibility-fear"_s, Leaning::Away).error() == Accepted);
    REQUIRE(flow.setLeaningBefore(u"groundedness-stress"_s, Leaning::Toward).error() == Accepted);
    REQUIRE(flow.setLeaningBefore(u"groundedness-stress"_s, std::nullopt).error() == Accepted);
    CHECK(flow.draft().leaningsBefore
        == QMap<QString, Leaning> {{u"possibility-fear"_s, Leaning::Away}});

    // Back to "where and when" and forward again keeps every answer.
    REQUIRE(flow.back().error() == Accepted);
    CHECK(flow.stage() == Stage::ChoosingWhere);
    CHECK(flow.practice()->id == u"desk-reset"_s);
    REQUIRE(flow.next().error() == Accepted);
    CHECK(flow.draft().painBefore == 10);
    CHECK(flow.draft().leaningsBefore.size() == 1);
    REQUIRE(flow.next().error() == Accepted);
    CHECK(flow.stage() == Stage::BreathIntro);
    REQUIRE(flow.back().error() == Accepted);
    CHECK(flow.stage() == Stage::RatingBefore);
}

TEST_CASE(
    "A red flag blocks the practice until it is unticked; the answers can be saved", "[checkin]")
{
    test::TemporaryDataDir dir;
    const test::ManualWallClock clock(test::morning());
    CheckInFlow flow = deskResetAt(Stage::RatingBefore, clock);
    REQUIRE(flow.setPainBefore(7).error() == Accepted);
    REQUIRE(flow.setRedFlag(RedFlag::NightPain, true).error() == Accepted);
    REQUIRE(flow.setRedFlag(RedFlag::SaddleNumbness, true).error() == Accepted);
    CHECK(flow.hasRedFlags());
    CHECK(flow.draft().redFlags == QList {RedFlag::SaddleNumbness, RedFlag::NightPain});

    const QString advice = u"A red-flag answer is ticked: please see a clinician before "
                           "practising. You can still save your answers."_s;
    CHECK(flow.startPractice().error() == advice);
    REQUIRE(flow.next().error() == Accepted);
    CHECK(flow.stage() == Stage::RedFlagAdvice);
    CHECK(flow.startPractice().error() == advice);
    CHECK(flow.next().error() == advice);
    CHECK(flow.canSave());

    SECTION("unticking every flag lets the practice start")
    {
        REQUIRE(flow.back().error() == Accepted);
        REQUIRE(flow.setRedFlag(RedFlag::NightPain, false).error() == Accepted);
        CHECK(flow.startPractice().ok() == false); // still one ticked
        REQUIRE(flow.setRedFlag(RedFlag::SaddleNumbness, false).error() == Accepted);
        CHECK_FALSE(flow.hasRedFlags());
        REQUIRE(flow.next().error() == Accepted);
        CHECK(flow.stage() == Stage::BreathIntro);
        CHECK(flow.startPractice().error() == Accepted);
        CHECK(flow.stage() == Stage::PracticingCue);
        CHECK_FALSE(flow.draft().endedAt.isValid());
    }
    SECTION("saving the answers records no practice, no cues and no pain after")
    {
        clock.advanceSeconds(90);
        REQUIRE(flow.setNote(u"Booked a doctor."_s).error() == Accepted);
        auto journal = test::openJournal(dir.filePath(u"journal.sqlite"_s));
        REQUIRE(flow.save(*journal).error() == Accepted);
        CHECK(flow.stage() == Stage::Saved);

        const std::optional<CheckIn> saved = journal->find(flow.toCheckIn().id).value();
        REQUIRE(saved);
        CHECK(*saved == flow.toCheckIn());
        CHECK(saved->redFlags == QList {RedFlag::SaddleNumbness, RedFlag::NightPain});
        CHECK(saved->painBefore == 7);
        CHECK_FALSE(saved->painAfter);
        CHECK(saved->cues.isEmpty());
        CHECK(saved->practiceId.isEmpty());
        CHECK(saved->practiceTitle.isEmpty());
        CHECK(saved->leaningsAfter.isEmpty());
        CHECK(saved->note == u"Booked a doctor."_s);
        CHECK(saved->regions.size() == 2);
        CHECK(saved->endedAt == test::morning()); // when the advice was given
    }
}

TEST_CASE("Practising: each cue in turn, with the step's breaths", "[checkin]")
{
    const test::ManualWallClock clock(test::morning());
    CheckInFlow flow = deskResetAt(Stage::BreathIntro, clock);
    CHECK_FALSE(flow.currentCue());
    REQUIRE(flow.startPractice().error() == Accepted);

    std::optional<CurrentCue> cue = flow.currentCue();
    REQUIRE(cue);
    CHECK(cue->cue.id == u"pelvis-find-sit-bones"_s);
    CHECK(cue->cue.title == u"Find your sitting bones"_s);
    CHECK(cue->cue.need == Need::Space);
    CHECK(cue->cue.mode == Mode::Play);
    CHECK(cue->regionId == u"pelvis"_s);
    CHECK(cue->regionName == u"Pelvis"_s);
    CHECK(cue->breaths == 2); // the step's count; the cue's own is 3
    CHECK(cue->cue.breaths == 3);
    CHECK(cue->index == 0);
    CHECK(cue->count == 6);
    CHECK_FALSE(cue->feeling);

    REQUIRE(flow.next().error() == Accepted); // the pacer finished the cue's breaths
    CHECK(flow.stage() == Stage::RatingCue);
    CHECK(flow.currentCue()->index == 0);
    REQUIRE(flow.rateCue(CueFeeling::Toward).error() == Accepted);
    CHECK(flow.stage() == Stage::PracticingCue);
    CHECK(flow.currentCue()->cue.id == u"low-back-sit-bones-back"_s);
    CHECK(flow.currentCue()->breaths == 3);

    SECTION("Left goes back a cue, keeping its rating; refused at the first")
    {
        REQUIRE(flow.previousCue().error() == Accepted);
        CHECK(flow.currentCue()->index == 0);
        CHECK(flow.currentCue()->feeling == CueFeeling::Toward);
        CHECK(flow.previousCue().error() == u"This is the first cue."_s);
        REQUIRE(flow.next().error() == Accepted);
        CHECK(flow.previousCue().error() == u"This is the first cue."_s);
        REQUIRE(flow.rateCue(CueFeeling::Away).error() == Accepted);
        REQUIRE(flow.next().error() == Accepted);
        REQUIRE(flow.previousCue().error() == Accepted); // from rating cue 1 back to cue 0
        CHECK(flow.stage() == Stage::PracticingCue);
        CHECK(flow.currentCue()->feeling == CueFeeling::Away);
    }
    SECTION("back goes to the cue before, and from the first cue to the intro")
    {
        REQUIRE(flow.back().error() == Accepted);
        CHECK(flow.stage() == Stage::PracticingCue);
        CHECK(flow.currentCue()->index == 0);
        REQUIRE(flow.back().error() == Accepted);
        CHECK(flow.stage() == Stage::BreathIntro);
        // Starting again begins at the first cue and keeps what was rated.
        REQUIRE(flow.startPractice().error() == Accepted);
        CHECK(flow.currentCue()->index == 0);
        CHECK(flow.currentCue()->feeling == CueFeeling::Toward);
        CHECK(flow.draft().reachedSteps == 2);
    }
    SECTION("back from rating a cue does the cue again")
    {
        REQUIRE(flow.next().error() == Accepted);
        REQUIRE(flow.back().error() == Accepted);
        CHECK(flow.stage() == Stage::PracticingCue);
        CHECK(flow.currentCue()->index == 1);
    }
    SECTION("Right skips: a skipped cue has no feeling, an earlier rating stays")
    {
        REQUIRE(flow.skipCue().error() == Accepted); // cue 1, never rated
        REQUIRE(flow.next().error() == Accepted);
        REQUIRE(flow.skipCue().error() == Accepted); // cue 2, skipped from its rating page
        REQUIRE(flow.previousCue().error() == Accepted);
        REQUIRE(flow.previousCue().error() == Accepted);
        REQUIRE(flow.previousCue().error() == Accepted);
        REQUIRE(flow.skipCue().error() == Accepted); // cue 0 again: its rating stays
        while (flow.stage() != Stage::RatingAfter)
            REQUIRE(flow.skipCue().error() == Accepted);
        CHECK_FALSE(flow.stoppedEarly());
        CHECK(feelingsOf(flow.toCheckIn())
            == QList<std::optional<CueFeeling>> {CueFeeling::Toward, std::nullopt, std::nullopt,
                std::nullopt, std::nullopt, std::nullopt});
    }
    SECTION("skipping the last cue completes the practice; back returns to it")
    {
        while (flow.currentCue()->index < 5)
            REQUIRE(flow.skipCue().error() == Accepted);
        REQUIRE(flow.skipCue().error() == Accepted);
        CHECK(flow.stage() == Stage::RatingAfter);
        CHECK_FALSE(flow.stoppedEarly());
        CHECK_FALSE(flow.canSave()); // pain after is required when the practice was completed
        REQUIRE(flow.back().error() == Accepted);
        CHECK(flow.stage() == Stage::PracticingCue);
        CHECK(flow.currentCue()->index == 5);
    }
    SECTION("rating the last cue completes the practice; back returns to its rating")
    {
        while (flow.stage() != Stage::RatingAfter) {
            if (flow.stage() == Stage::PracticingCue)
                REQUIRE(flow.next().error() == Accepted);
            else
                REQUIRE(flow.rateCue(CueFeeling::Neutral).error() == Accepted);
        }
        CHECK(cueIdsOf(flow.toCheckIn()).size() == 6);
        REQUIRE(flow.back().error() == Accepted);
        CHECK(flow.stage() == Stage::RatingCue);
        CHECK(flow.currentCue()->index == 5);
        CHECK(flow.currentCue()->feeling == CueFeeling::Neutral);
        REQUIRE(flow.rateCue(CueFeeling::Away).error() == Accepted);
        CHECK(flow.stage() == Stage::RatingAfter);
        CHECK(flow.toCheckIn().cues.last().feeling == CueFeeling::Away);
    }
}

TEST_CASE(
    "Cues rated at the end: breaths lead on to the next cue, feelings come after", "[checkin]")
{
    const test::ManualWallClock clock(test::morning());
    CheckInFlow flow = deskResetAt(Stage::BreathIntro, clock);
    REQUIRE(flow.setRateCuesAtEnd(true).error() == Accepted);
    REQUIRE(flow.startPractice().error() == Accepted);

    REQUIRE(flow.next().error() == Accepted); // the first cue's breaths are done
    CHECK(flow.stage() == Stage::PracticingCue);
    CHECK(flow.currentCue()->index == 1);
    REQUIRE(flow.skipCue().error() == Accepted);
    REQUIRE(flow.next().error() == Accepted);
    CHECK(flow.currentCue()->index == 3);
    REQUIRE(flow.endEarly().error() == Accepted);
    REQUIRE(flow.stage() == Stage::RatingAfter);
    CHECK_FALSE(flow.isBeforePracticeEnd());
    CHECK(flow.setRateCuesAtEnd(false).error()
        == u"When the cues are rated can only be chosen until the practice ends."_s);

    // The four cues reached, none rated yet; the two never reached cannot be rated.
    const QList<CurrentCue> reached = flow.reachedCues();
    REQUIRE(reached.size() == 4);
    CHECK(reached.at(0).cue.id == u"pelvis-find-sit-bones"_s);
    CHECK(reached.at(3).index == 3);
    CHECK(std::none_of(reached.cbegin(), reached.cend(),
        [](const CurrentCue &cue) { return cue.feeling.has_value(); }));
    REQUIRE(flow.setCueFeeling(0, CueFeeling::Toward).error() == Accepted);
    REQUIRE(flow.setCueFeeling(2, CueFeeling::Away).error() == Accepted);
    REQUIRE(flow.setCueFeeling(3, CueFeeling::Neutral).error() == Accepted);
    REQUIRE(flow.setCueFeeling(3, std::nullopt).error() == Accepted); // taken back
    CHECK(flow.setCueFeeling(4, CueFeeling::Toward).error()
        == u"Cue 5 was not reached in this practice."_s);
    CHECK(flow.setCueFeeling(-1, CueFeeling::Toward).ok() == false);

    const CheckIn checkIn = flow.toCheckIn();
    REQUIRE(checkIn.cues.size() == 4);
    CHECK(checkIn.cues.at(0).feeling == CueFeeling::Toward);
    CHECK_FALSE(checkIn.cues.at(1).feeling);
    CHECK(checkIn.cues.at(2).feeling == CueFeeling::Away);
    CHECK_FALSE(checkIn.cues.at(3).feeling);

    // A draft remembers the choice, so a resumed check-in goes on the same way.
    const Result<CheckInDraft> copy = CheckInDraft::fromJson(flow.draft().toJson());
    REQUIRE(copy.ok());
    CHECK(copy.value().rateCuesAtEnd);
    CHECK(copy.value().feelings == flow.draft().feelings);
}

TEST_CASE("Ending early from each practice stage", "[checkin]")
{
    const test::ManualWallClock clock(test::morning());

    SECTION("from the intro: nothing was practised")
    {
        CheckInFlow flow = deskResetAt(Stage::BreathIntro, clock);
        REQUIRE(flow.endEarly().error() == Accepted);
        CHECK(flow.stage() == Stage::RatingAfter);
        CHECK(flow.stoppedEarly());
        CHECK(flow.canSave());
        CHECK(flow.toCheckIn().cues.isEmpty());
        REQUIRE(flow.back().error() == Accepted);
        CHECK(flow.stage() == Stage::BreathIntro);
        CHECK_FALSE(flow.stoppedEarly());
    }
    SECTION("while a cue is running: it is recorded without a feeling")
    {
        CheckInFlow flow = deskResetAt(Stage::PracticingCue, clock);
        REQUIRE(flow.next().error() == Accepted);
        REQUIRE(flow.rateCue(CueFeeling::Toward).error() == Accepted);
        clock.advanceSeconds(40);
        REQUIRE(flow.endEarly().error() == Accepted);
        CHECK(flow.stoppedEarly());
        CHECK(flow.draft().endedAt == clock.now());
        CHECK(cueIdsOf(flow.toCheckIn())
            == QStringList {u"pelvis-find-sit-bones"_s, u"low-back-sit-bones-back"_s});
        CHECK(feelingsOf(flow.toCheckIn())
            == QList<std::optional<CueFeeling>> {CueFeeling::Toward, std::nullopt});
        CHECK(flow.canSave());
        CHECK_FALSE(flow.toCheckIn().painAfter);

        SECTION("back undoes the ending and goes on from that cue")
        {
            REQUIRE(flow.back().error() == Accepted);
            CHECK(flow.stage() == Stage::PracticingCue);
            CHECK(flow.currentCue()->index == 1);
            CHECK_FALSE(flow.stoppedEarly());
            CHECK_FALSE(flow.draft().endedAt.isValid());
        }
    }
    SECTION("while rating a cue: the cue stays unrated")
    {
        CheckInFlow flow = deskResetAt(Stage::RatingCue, clock);
        REQUIRE(flow.endEarly().error() == Accepted);
        CHECK(flow.stoppedEarly());
        CHECK(feelingsOf(flow.toCheckIn()) == QList<std::optional<CueFeeling>> {std::nullopt});
        REQUIRE(flow.back().error() == Accepted);
        CHECK(flow.stage() == Stage::RatingCue);
    }
}

TEST_CASE("After: pain change, meaningful change and when the check-in can be saved", "[checkin]")
{
    const test::ManualWallClock clock(test::morning());
    CheckInFlow flow = deskResetAt(Stage::RatingAfter, clock); // pain 6 before, completed
    CHECK_FALSE(flow.painChange());
    CHECK_FALSE(flow.isMeaningfulChange());
    CHECK_FALSE(flow.canSave());

    CHECK(flow.setPainAfter(12).error() == u"Pain is rated from 0 to 10, not 12."_s);
    REQUIRE(flow.setPainAfter(3).error() == Accepted);
    CHECK(flow.painChange() == -3);
    CHECK(flow.isMeaningfulChange());
    CHECK(flow.canSave());

    REQUIRE(flow.setPainAfter(5).error() == Accepted);
    CHECK(flow.painChange() == -1);
    CHECK_FALSE(flow.isMeaningfulChange()); // 1 point, 17%
    REQUIRE(flow.setPainAfter(8).error() == Accepted);
    CHECK(flow.painChange() == 2);
    CHECK(flow.isMeaningfulChange()); // worse counts too

    REQUIRE(flow.setPainAfter(std::nullopt).error() == Accepted);
    CHECK_FALSE(flow.canSave());

    REQUIRE(flow.setLeaningAfter(u"expansion-tightness"_s, Leaning::Toward).error() == Accepted);
    CHECK(flow.setLeaningAfter(u"nope"_s, Leaning::Toward).ok() == false);
    const QString longNote = QString(u"Felt the curve come back. "_s).repeated(2000);
    REQUIRE(flow.setNote(longNote).error() == Accepted);
    CHECK(flow.toCheckIn().note == longNote);
}

TEST_CASE(
    "The check-in record copies names from the model, with times and a stable id", "[checkin]")
{
    test::ManualWallClock clock(QDateTime(QDate(2024, 11, 3), QTime(18, 5), Qt::OffsetFromUTC,
        5 * 3600 + 30 * 60)); // +05:30
    CheckInFlow flow(test::defaultModel(), clock.provider());
    const QUuid id = flow.toCheckIn().id;
    CHECK_FALSE(id.isNull());

    REQUIRE(flow.setRegions({u"low-back"_s, u"neck"_s}).error() == Accepted);
    REQUIRE(flow.setContext(Context::Desk).error() == Accepted);
    REQUIRE(flow.choosePractice(u"desk-reset"_s).error() == Accepted);
    REQUIRE(flow.setBreathPattern(u"calming"_s).error() == Accepted);
    REQUIRE(flow.next().error() == Accepted);
    REQUIRE(flow.setPainBefore(6).error() == Accepted);
    REQUIRE(
        flow.setLeaningBefore(u"self-love-beating-myself-up"_s, Leaning::Away).error() == Accepted);
    REQUIRE(flow.setLeaningBefore(u"possibility-fear"_s, Leaning::Away).error() == Accepted);
    REQUIRE(flow.next().error() == Accepted);
    REQUIRE(flow.startPractice().error() == Accepted);
    REQUIRE(flow.next().error() == Accepted);
    REQUIRE(flow.rateCue(CueFeeling::Toward).error() == Accepted);
    REQUIRE(flow.skipCue().error() == Accepted);
    REQUIRE(flow.next().error() == Accepted);
    REQUIRE(flow.rateCue(CueFeeling::Neutral).error() == Accepted);
    clock.advanceSeconds(4 * 60 + 10);
    REQUIRE(flow.endEarly().error() == Accepted);
    clock.advanceSeconds(60);
    REQUIRE(flow.setPainAfter(4).error() == Accepted);
    REQUIRE(flow.setLeaningAfter(u"possibility-fear"_s, Leaning::Toward).error() == Accepted);
    REQUIRE(flow.setNote(u"Better at the desk."_s).error() == Accepted);

    const CheckIn checkIn = flow.toCheckIn();
    CHECK(checkIn.id == id);
    CHECK(flow.toCheckIn().id == id);
    CHECK(checkIn.startedAt
        == QDateTime(QDate(2024, 11, 3), QTime(18, 5), Qt::OffsetFromUTC, 5 * 3600 + 30 * 60));
    CHECK(checkIn.startedAt.timeSpec() == Qt::OffsetFromUTC);
    CHECK(checkIn.startedAt.offsetFromUtc() == 5 * 3600 + 30 * 60);
    CHECK(checkIn.endedAt == checkIn.startedAt.addSecs(4 * 60 + 10));
    CHECK(checkIn.endedAt.offsetFromUtc() == 5 * 3600 + 30 * 60);
    CHECK(checkIn.context == Context::Desk);
    CHECK(checkIn.regions
        == QList<RegionRecord> {{u"low-back"_s, u"Low back"_s}, {u"neck"_s, u"Neck"_s}});
    CHECK(checkIn.painBefore == 6);
    CHECK(checkIn.painAfter == 4);
    CHECK(checkIn.relief() == 2);
    CHECK(checkIn.practiceId == u"desk-reset"_s);
    CHECK(checkIn.practiceTitle == u"Desk reset"_s);
    CHECK(checkIn.breathPatternId == u"calming"_s);
    CHECK(checkIn.breathPatternName == u"Calming breath"_s);
    // In the model's order of inner directions.
    CHECK(checkIn.leaningsBefore
        == QList<LeaningRecord> {
            {u"possibility-fear"_s, u"possibility"_s, u"fear"_s, Leaning::Away},
            {u"self-love-beating-myself-up"_s, u"self-love"_s, u"beating myself up"_s,
                Leaning::Away}});
    CHECK(checkIn.leaningsAfter
        == QList<LeaningRecord> {
            {u"possibility-fear"_s, u"possibility"_s, u"fear"_s, Leaning::Toward}});
    CHECK(checkIn.cues
        == QList<CueRecord> {{u"pelvis-find-sit-bones"_s, u"Find your sitting bones"_s, u"pelvis"_s,
                                 CueFeeling::Toward},
            {u"low-back-sit-bones-back"_s, u"Sitting bones slightly back"_s, u"low-back"_s,
                std::nullopt},
            {u"upper-back-breastbone-broadens"_s, u"Breastbone broadens"_s, u"upper-back"_s,
                CueFeeling::Neutral},
            // Shown when the practice was ended, not rated.
            {u"upper-back-blades-settle"_s, u"Shoulder blades settle"_s, u"upper-back"_s,
                std::nullopt}});
    CHECK(checkIn.redFlags.isEmpty());
    CHECK(checkIn.note == u"Better at the desk."_s);

    SECTION("a wall clock in a time zone gives the moment's own offset, fixed")
    {
        const QDateTime local(QDate(2024, 7, 1), QTime(9, 0), QTimeZone("Europe/Berlin"));
        REQUIRE(local.isValid());
        CheckInFlow summer(test::defaultModel(), [local] { return local; });
        CHECK(summer.toCheckIn().startedAt.timeSpec() == Qt::OffsetFromUTC);
        CHECK(summer.toCheckIn().startedAt.offsetFromUtc() == 2 * 3600);
        CHECK(summer.toCheckIn().startedAt == local);
    }
    SECTION("every check-in gets its own id")
    {
        CHECK(CheckInFlow(test::defaultModel(), clock.provider()).toCheckIn().id != id);
    }
}

TEST_CASE("Saving adds the check-in to the journal", "[checkin]")
{
    test::TemporaryDataDir dir;
    const test::ManualWallClock clock(test::morning());
    auto journal = test::openJournal(dir.filePath(u"journal.sqlite"_s));
    CheckInFlow flow = deskResetAt(Stage::RatingAfter, clock);

    CHECK(flow.save(*journal).error() == u"Rate your pain now (0 to 10) before saving."_s);
    CHECK(journal->count().value() == 0);
    REQUIRE(flow.setPainAfter(2).error() == Accepted);
    REQUIRE(flow.save(*journal).error() == Accepted);
    CHECK(flow.stage() == Stage::Saved);
    CHECK(flow.saveError().isEmpty());
    CHECK_FALSE(flow.canSave());

    const std::optional<CheckIn> saved = journal->find(flow.toCheckIn().id).value();
    REQUIRE(saved);
    CHECK(*saved == flow.toCheckIn());
    CHECK(saved->startedAt.offsetFromUtc() == 2 * 3600);
    CHECK(saved->cues.size() == 6);
    CHECK(saved->painAfter == 2);

    CHECK(flow.save(*journal).error() == u"The check-in is already saved."_s);
    CHECK(journal->count().value() == 1);

    SECTION("nothing can be saved before the practice is over")
    {
        CheckInFlow early = deskResetAt(Stage::PracticingCue, clock);
        CHECK(early.save(*journal).error()
            == u"The check-in can be saved once the practice is over."_s);
        CHECK(journal->count().value() == 1);
    }
}

TEST_CASE("A failed save keeps the check-in, and saving again works", "[checkin]")
{
    test::TemporaryDataDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    test::openJournal(path).reset(); // create it
    const test::ManualWallClock clock(test::morning());
    CheckInFlow flow = deskResetAt(Stage::RatingAfter, clock);
    REQUIRE(flow.setPainAfter(4).error() == Accepted);
    REQUIRE(flow.setNote(u"Kept when the journal is read-only."_s).error() == Accepted);
    const CheckIn before = flow.toCheckIn();

    {
        auto readOnly = test::openJournal(path, JournalStore::Access::ReadOnly);
        CHECK(flow.save(*readOnly).error() == u"The journal is open read-only."_s);
    }
    CHECK(flow.stage() == Stage::RatingAfter);
    CHECK(flow.saveError() == u"The journal is open read-only."_s);
    CHECK(flow.canSave());
    CHECK(flow.toCheckIn() == before); // for an export, unchanged

    auto journal = test::openJournal(path);
    CHECK(journal->count().value() == 0);
    REQUIRE(flow.save(*journal).error() == Accepted);
    CHECK(flow.stage() == Stage::Saved);
    CHECK(flow.saveError().isEmpty());
    CHECK(journal->find(before.id).value() == before);
}
