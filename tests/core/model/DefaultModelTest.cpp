#include "TestSupport.h"
#include "model/PracticeModelLoader.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

const PracticeModel &defaultModel()
{
    static const ModelLoadResult result = PracticeModelLoader::loadDefault();
    REQUIRE(result.ok());
    return *result.model;
}

} // namespace

TEST_CASE("The default model loads with no errors and no warnings", "[model][default]")
{
    const ModelLoadResult result = PracticeModelLoader::loadDefault();
    for (const ModelIssue &issue : result.issues)
        UNSCOPED_INFO(issue.toString());
    CHECK(result.ok());
    CHECK(result.issues.isEmpty());
}

TEST_CASE("The default model has the four spinal regions head to tail with their curves",
    "[model][default]")
{
    const PracticeModel &model = defaultModel();
    REQUIRE(model.regions.size() >= 4);
    const QList<CurveKind> expected {
        CurveKind::Lordosis, CurveKind::Kyphosis, CurveKind::Lordosis, CurveKind::Kyphosis};
    for (int i = 0; i < 4; ++i) {
        INFO("region " << model.regions.at(i).name);
        REQUIRE(model.regions.at(i).curve.has_value());
        CHECK(model.regions.at(i).curve->kind == expected.at(i));
    }
}

TEST_CASE("Every region of the default model offers varied cues", "[model][default]")
{
    for (const Region &region : defaultModel().regions) {
        INFO("region " << region.name);
        CHECK(region.away.size() >= 2);
        CHECK(region.cues.size() >= 6);
        QSet<Need> needs;
        QSet<Mode> modes;
        Contexts contexts;
        for (const Cue &cue : region.cues) {
            needs.insert(cue.need);
            modes.insert(cue.mode);
            contexts |= cue.contexts;
        }
        CHECK(needs.size() == 2);
        CHECK(modes.size() == 2);
        CHECK(contextList(contexts) == allValues<Context>());
    }
}

TEST_CASE("The default model's breath patterns start with hold-free resonance breathing",
    "[model][default]")
{
    const PracticeModel &model = defaultModel();
    REQUIRE(model.breathPatterns.size() >= 4);
    const BreathPattern &first = model.defaultBreathPattern();
    CHECK(first.inhale == std::chrono::milliseconds(5500));
    CHECK(first.exhale == std::chrono::milliseconds(5500));
    CHECK_FALSE(first.hasHolds());

    const auto hasPattern = [&model](int inhale, int holdIn, int exhale, int holdOut) {
        return std::any_of(model.breathPatterns.cbegin(), model.breathPatterns.cend(),
            [=](const BreathPattern &p) {
                return p.inhale.count() == inhale * 1000 && p.holdIn.count() == holdIn * 1000
                    && p.exhale.count() == exhale * 1000 && p.holdOut.count() == holdOut * 1000;
            });
    };
    CHECK(hasPattern(4, 0, 6, 0));
    CHECK(hasPattern(4, 4, 4, 4));
    CHECK(hasPattern(4, 7, 8, 0));
    for (const BreathPattern &pattern : model.breathPatterns) {
        INFO("pattern " << pattern.name);
        if (pattern.hasHolds())
            CHECK(pattern.note.contains(u"hold"_s, Qt::CaseInsensitive));
    }
    CHECK(model.innerDirections.size() == 6);
}

TEST_CASE("The default model's practices cover rescue, daily, desk and driving", "[model][default]")
{
    const PracticeModel &model = defaultModel();
    const auto practiceFor = [&model](PracticeKind kind,
                                 std::optional<Context> context) -> const Practice * {
        for (const Practice &practice : model.practices) {
            if (practice.kind == kind && (!context || practice.contexts.testFlag(*context)))
                return &practice;
        }
        return nullptr;
    };

    const Practice *rescue = practiceFor(PracticeKind::Rescue, std::nullopt);
    REQUIRE(rescue);
    CHECK(model.regionOfCue(rescue->steps.first().cueId)->curve.has_value());

    const Practice *daily = practiceFor(PracticeKind::Daily, std::nullopt);
    REQUIRE(daily);
    const auto dailyLength = model.practiceLength(*daily);
    CHECK(dailyLength >= std::chrono::minutes(4));
    CHECK(dailyLength <= std::chrono::minutes(6));

    for (Context context : {Context::Desk, Context::Driving}) {
        const Practice *practice = practiceFor(PracticeKind::Anywhere, context);
        INFO("context " << wordOf(context));
        REQUIRE(practice);
        for (const PracticeStep &step : practice->steps)
            CHECK(model.findCue(step.cueId)->contexts.testFlag(context));
    }
}
