#include "practice/PracticeBuilder.h"

#include "JsonPatch.h"
#include "TestSupport.h"
#include "practice/CheckInFixture.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace toward;
using test::defaultModel;

namespace {

QStringList idsOf(const QList<const Practice *> &practices)
{
    QStringList ids;
    for (const Practice *practice : practices)
        ids.append(practice->id);
    return ids;
}

QStringList cueIdsOf(const Practice &practice)
{
    QStringList ids;
    for (const PracticeStep &step : practice.steps)
        ids.append(step.cueId);
    return ids;
}

const BreathPattern &resonance()
{
    return *defaultModel().findBreathPattern(u"resonance"_s);
}

Practice built(const QStringList &regionIds, Context context, milliseconds target = 5min)
{
    Result<Practice> result =
        PracticeBuilder::buildFromRegions(defaultModel(), regionIds, context, resonance(), target);
    INFO(result.error());
    REQUIRE(result.ok());
    return std::move(result).value();
}

} // namespace

TEST_CASE("Practices fit when a step is in a chosen region and the practice names the context",
    "[checkin][builder]")
{
    const PracticeModel &model = defaultModel();
    // Model order; "Daily five minutes" is for the mat, "Low back rescue" has no neck step.
    CHECK(idsOf(PracticeBuilder::fittingPractices(model, {u"neck"_s}, Context::Desk))
        == QStringList {u"neck-rescue"_s, u"desk-reset"_s});
    CHECK(idsOf(PracticeBuilder::fittingPractices(model, {u"low-back"_s}, Context::Lying))
        == QStringList {u"low-back-rescue"_s});
    CHECK(idsOf(PracticeBuilder::fittingPractices(model, {u"pelvis"_s, u"neck"_s}, Context::Mat))
        == QStringList {u"low-back-rescue"_s, u"daily-five"_s});
    CHECK(idsOf(PracticeBuilder::fittingPractices(model, {u"upper-back"_s}, Context::Driving))
        == QStringList {u"driving-reset"_s});

    SECTION("the practice's own contexts are trusted even where a step's cue is not tagged")
    {
        // "Neck rescue" is for lying or the desk, and begins with a towel under the neck (lying).
        const Cue *towel = model.findCue(u"neck-towel-curve"_s);
        REQUIRE_FALSE(towel->contexts.testFlag(Context::Desk));
        CHECK(idsOf(PracticeBuilder::fittingPractices(model, {u"neck"_s}, Context::Desk))
                  .contains(u"neck-rescue"_s));
    }
    SECTION("nothing fits no region, an unknown region or a context no practice names")
    {
        CHECK(PracticeBuilder::fittingPractices(model, {}, Context::Desk).isEmpty());
        CHECK(PracticeBuilder::fittingPractices(model, {u"knees"_s}, Context::Desk).isEmpty());
        CHECK(PracticeBuilder::fittingPractices(model, {u"neck"_s}, Context::Walking).isEmpty());
    }
}

TEST_CASE("A practice that names no contexts fits only where every step's cue can be done",
    "[checkin][builder]")
{
    // The minimal model's "Neck rescue": "Long neck" (desk, driving) then "Small nod" (mat).
    QJsonValue document = test::patchJson(
        test::minimalModelJson(), u"practices[0].contexts"_s, QJsonValue::Undefined);
    const PracticeModel mixed = test::modelFrom(document);
    for (Context context : allValues<Context>())
        CHECK(PracticeBuilder::fittingPractices(mixed, {u"neck"_s}, context).isEmpty());

    document = test::patchJson(
        document, u"regions[0].cues[1].contexts"_s, QJsonArray {u"mat"_s, u"desk"_s});
    const PracticeModel deskOnly = test::modelFrom(document);
    CHECK(idsOf(PracticeBuilder::fittingPractices(deskOnly, {u"neck"_s}, Context::Desk))
        == QStringList {u"neck-rescue"_s});
    CHECK(PracticeBuilder::fittingPractices(deskOnly, {u"neck"_s}, Context::Driving).isEmpty());
    CHECK(PracticeBuilder::fittingPractices(deskOnly, {u"knees"_s}, Context::Desk).isEmpty());
}

TEST_CASE("A practice built from regions takes their fitting cues in turn for about five minutes",
    "[checkin][builder]")
{
    const PracticeModel &model = defaultModel();
    const Practice practice = built({u"low-back"_s, u"neck"_s}, Context::Desk);

    CHECK(practice.id == PracticeBuilder::BuiltPracticeId);
    CHECK(practice.id == u"built-from-regions"_s);
    CHECK(practice.title == u"Low back and neck, at the desk"_s);
    CHECK(practice.kind == PracticeKind::Daily);
    CHECK(practice.contexts == Contexts(Context::Desk));
    CHECK(practice.breathPatternId == u"resonance"_s);

    // Low back's desk cues and the neck's, alternating, each in model order.
    CHECK(cueIdsOf(practice)
        == QStringList {u"low-back-sit-bones-back"_s, u"neck-head-back-lift"_s,
            u"low-back-waist-roll"_s, u"neck-head-over-shoulders"_s, u"low-back-long-waist"_s,
            u"neck-soft-jaw"_s});
    milliseconds length {0};
    for (const PracticeStep &step : practice.steps) {
        const Cue *cue = model.findCue(step.cueId);
        INFO(step.cueId);
        CHECK(cue->contexts.testFlag(Context::Desk));
        CHECK(step.breaths == cue->breaths);
        CHECK((model.regionOfCue(step.cueId)->id == u"low-back"_s
            || model.regionOfCue(step.cueId)->id == u"neck"_s));
        length += resonance().cycle() * step.breaths;
    }
    // 3+4+8+3+5+4 breaths of 11 s: 297 s. The next cue ("Small nods", 5 breaths, 55 s) would end
    // at 352 s, 52 s past five minutes: more than half of itself.
    CHECK(length == 297s);
    CHECK(length == model.practiceLength(practice));

    SECTION("the same choice always builds the same practice")
    {
        CHECK(cueIdsOf(built({u"low-back"_s, u"neck"_s}, Context::Desk)) == cueIdsOf(practice));
    }
    SECTION("the title follows the order the regions were given in")
    {
        CHECK(built({u"neck"_s, u"low-back"_s}, Context::Desk).title
            == u"Neck and low back, at the desk"_s);
        CHECK(built({u"neck"_s}, Context::Driving).title == u"Neck, while driving"_s);
        CHECK(built({u"neck"_s, u"upper-back"_s, u"pelvis"_s}, Context::Lying).title
            == u"Neck, upper back and pelvis, lying down"_s);
    }
    SECTION("unknown and repeated regions are left out")
    {
        CHECK(cueIdsOf(built({u"low-back"_s, u"knees"_s, u"neck"_s, u"low-back"_s}, Context::Desk))
            == cueIdsOf(practice));
    }
}

TEST_CASE("A built practice stops near its target but always has a cue", "[checkin][builder]")
{
    const PracticeModel &model = defaultModel();
    SECTION("a cue that would pass the target by at most half of itself is still taken")
    {
        // Desk cues of the neck: 4, 3, 4, 5, 3 breaths (44, 33, 44, 55, 33 s at resonance).
        CHECK(cueIdsOf(built({u"neck"_s}, Context::Desk, 60s))
            == QStringList {u"neck-head-back-lift"_s}); // the next would end at 77 s: 17 s past
        CHECK(cueIdsOf(built({u"neck"_s}, Context::Desk, 61s))
            == QStringList {u"neck-head-back-lift"_s, u"neck-head-over-shoulders"_s}); // 16 s
    }
    SECTION("a target shorter than any cue still gives one cue")
    {
        CHECK(built({u"low-back"_s}, Context::Desk, 1ms).steps.size() == 1);
        CHECK(built({u"low-back"_s}, Context::Desk, 0ms).steps.size() == 1);
    }
    SECTION("a long target uses each fitting cue once")
    {
        const Practice all = built({u"pelvis"_s, u"upper-back"_s}, Context::Driving, 1h);
        qsizetype fitting = 0;
        for (const QString &regionId : {u"pelvis"_s, u"upper-back"_s}) {
            for (const Cue &cue : model.findRegion(regionId)->cues)
                fitting += cue.contexts.testFlag(Context::Driving) ? 1 : 0;
        }
        const QStringList cueIds = cueIdsOf(all);
        CHECK(cueIds.size() == fitting);
        CHECK(QSet<QString>(cueIds.cbegin(), cueIds.cend()).size() == fitting);
    }
    SECTION("a slower pattern fits fewer cues in the same time")
    {
        const BreathPattern &fourSevenEight = *model.findBreathPattern(u"four-seven-eight"_s);
        const Result<Practice> slow = PracticeBuilder::buildFromRegions(
            model, {u"low-back"_s, u"neck"_s}, Context::Desk, fourSevenEight);
        REQUIRE(slow.ok());
        CHECK(slow.value().breathPatternId == u"four-seven-eight"_s);
        CHECK(slow.value().steps.size()
            < built({u"low-back"_s, u"neck"_s}, Context::Desk).steps.size());
    }
}

TEST_CASE("Building from regions with no cue for the context is reported", "[checkin][builder]")
{
    const PracticeModel minimal = test::modelFrom(test::minimalModelJson());
    // "Soft knees" is a standing cue only.
    const Result<Practice> atDesk = PracticeBuilder::buildFromRegions(
        minimal, {u"knees"_s}, Context::Desk, minimal.defaultBreathPattern());
    REQUIRE_FALSE(atDesk.ok());
    CHECK(
        atDesk.error() == u"None of the chosen regions has a cue that can be done at the desk."_s);

    CHECK_FALSE(PracticeBuilder::buildFromRegions(
        minimal, {}, Context::Standing, minimal.defaultBreathPattern())
                    .ok());
    CHECK(PracticeBuilder::buildFromRegions(
        minimal, {u"knees"_s}, Context::Standing, minimal.defaultBreathPattern())
              .ok());
}
