#include "model/ModelSummary.h"

#include "TestSupport.h"
#include "model/PracticeModelLoader.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

TEST_CASE("Durations read as minutes and seconds", "[model][summary]")
{
    CHECK(toward::formatDuration(0ms) == u"0 s"_s);
    CHECK(toward::formatDuration(45s) == u"45 s"_s);
    CHECK(toward::formatDuration(80s) == u"1 min 20 s"_s);
    CHECK(toward::formatDuration(5min) == u"5 min"_s);
    CHECK(toward::formatDuration(297500ms) == u"4 min 58 s"_s);
}

TEST_CASE("Breath phases read as their exact seconds", "[model][summary]")
{
    CHECK(toward::formatPhaseLength(5500ms) == u"5.5 s"_s);
    CHECK(toward::formatPhaseLength(4s) == u"4 s"_s);
    CHECK(toward::formatPhaseLength(250ms) == u"0.25 s"_s);
    CHECK(toward::formatPhaseLength(12s) == u"12 s"_s);
}

TEST_CASE("A model summary names the model, its regions and its practices", "[model][summary]")
{
    const auto result = toward::PracticeModelLoader::loadFile(
        QStringLiteral(TOWARD_TEST_DATA_DIR "/minimal-model.json"));
    REQUIRE(result.ok());
    const QString summary = toward::modelSummary(*result.model);

    CHECK(summary.startsWith(u"Test model (version 0.1)\n"_s));
    CHECK(summary.contains(u"  Neck: lordosis, about 20–40°; 2 cues\n"_s));
    CHECK(summary.contains(u"  Knees: no curve; 1 cue\n"_s));
    CHECK(summary.contains(u"  Box: 16 s a breath, with holds\n"_s));
    CHECK(summary.contains(u"  Neck rescue (rescue): 1 min 20 s, 2 steps\n"_s));
}
