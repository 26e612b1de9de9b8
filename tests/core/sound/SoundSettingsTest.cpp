#include "sound/SoundSettings.h"

#include "TestSupport.h"
#include "settings/AppSettings.h"

using namespace Qt::StringLiterals;
using namespace toward;

TEST_CASE("Sound settings are kept in settings.ini and read back", "[sound][settings]")
{
    test::TemporaryDataDir dir;
    const QString file = dir.filePath(u"settings.ini"_s);
    SoundSettings sound;
    sound.mode = SoundMode::VoiceAndTones;
    sound.volume = 0.35;
    sound.voice = u"kal16"_s;
    sound.rate = -0.3;
    sound.speakPhases = true;
    {
        AppSettings settings(file);
        CHECK(SoundSettings::read(settings) == SoundSettings {});
        sound.write(settings);
        REQUIRE(settings.sync());
    }
    AppSettings reopened(file);
    CHECK(SoundSettings::read(reopened) == sound);
    CHECK(reopened.value(Setting::SoundMode) == u"voice"_s);
    CHECK(reopened.value(Setting::SoundVolume) == 35);
}

TEST_CASE("Sound settings out of range or misspelt fall back to safe values", "[sound][settings]")
{
    test::TemporaryDataDir dir;
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    settings.setValue(Setting::SoundMode, u"loud"_s);
    settings.setValue(Setting::SoundVolume, 250);
    settings.setValue(Setting::SoundRate, -40);
    const SoundSettings sound = SoundSettings::read(settings);
    CHECK(sound.mode == SoundMode::Off);
    CHECK(sound.volume == 1.0);
    CHECK(sound.rate == -1.0);
}

TEST_CASE(
    "The breath tones set before the sound settings still turn the tones on", "[sound][settings]")
{
    test::TemporaryDataDir dir;
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    settings.setValue(Setting::BreathTones, true);
    CHECK(SoundSettings::read(settings).mode == SoundMode::Tones);
    settings.setValue(Setting::SoundMode, u"off"_s);
    CHECK(SoundSettings::read(settings).mode == SoundMode::Off);
}

TEST_CASE("Sound modes have the names --sound takes", "[sound][settings]")
{
    for (const SoundMode mode : {SoundMode::Off, SoundMode::Tones, SoundMode::VoiceAndTones})
        CHECK(soundModeNamed(nameOf(mode)) == mode);
    CHECK(soundModeNamed(u"Voice") == SoundMode::VoiceAndTones);
    CHECK(!soundModeNamed(u"speech").has_value());
    CHECK(!soundModeNamed(u"").has_value());
}
