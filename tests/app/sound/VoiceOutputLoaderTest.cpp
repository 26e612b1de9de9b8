#include "sound/VoiceOutputLoader.h"

#include "TestSupport.h"
#include "sound/SoundSettings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace toward;
using namespace Qt::StringLiterals;

TEST_CASE("Voice output loader without the plugin says so plainly and calls back at once",
    "[sound][voice]")
{
    QTemporaryDir empty;
    REQUIRE(empty.isValid());
    const std::unique_ptr<VoiceOutput> voice = VoiceOutputLoader::open({}, {empty.path()});
    REQUIRE(voice);
    CHECK_FALSE(voice->isAvailable());
    CHECK(voice->problem().startsWith(u"The voice is not installed: "_s));
    CHECK(voice->problem().endsWith(u"Tones only."_s));
    bool spoken = false;
    voice->say(u"in"_s, [&] { spoken = true; });
    CHECK(spoken);
}

// The real plugin, silenced: with a sound server it speaks, without one (as under CTest, with no
// audio device) it says there is no voice. Either way the words end, each time; words cut short by
// newer ones are never called back.
TEST_CASE("Voice output plugin loads, and says the words or why it cannot", "[sound][voice]")
{
    SoundSettings settings;
    settings.volume = 0;
    const std::unique_ptr<VoiceOutput> voice =
        VoiceOutputLoader::open(settings, {QStringLiteral(TOWARD_PLUGIN_FOLDER)});
    REQUIRE(voice);
    CHECK_FALSE(voice->problem().startsWith(u"The voice is not installed"_s));
    bool cutShortSpoken = false;
    voice->say(u"Head drifting forward. The head slides ahead of the shoulders."_s,
        [&] { cutShortSpoken = true; });
    for (const QString &words : {u"Exhale fully. Inhale deeply."_s, u"in"_s}) {
        bool spoken = false;
        voice->say(words, [&] { spoken = true; });
        REQUIRE(QTest::qWaitFor([&] { return spoken; }, 60000));
    }
    if (voice->isAvailable()) {
        CHECK_FALSE(cutShortSpoken);
        CHECK(voice->problem().isEmpty());
        CHECK(voice->voiceNames().contains(u"slt"_s));
    } else {
        CHECK(voice->problem().startsWith(u"No voice is available: "_s));
        CHECK(voice->problem().endsWith(u" Tones only."_s));
    }
}
