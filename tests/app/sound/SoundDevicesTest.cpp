#include "sound/SoundDevices.h"

#include "TestSupport.h"
#include "sound/RecordingSoundOutput.h"

using namespace toward;

TEST_CASE("Sound devices pass their settings on to the outputs", "[sound]")
{
    test::RecordingSoundOutput tones;
    test::RecordingVoiceOutput voice;
    SoundDevices devices(tones, voice);
    SoundSettings settings;
    settings.mode = SoundMode::VoiceAndTones;
    settings.volume = 0.3;
    settings.voice = QStringLiteral("test");
    settings.rate = -0.5;
    devices.setSettings(settings);
    CHECK(devices.settings() == settings);
    CHECK(tones.volume == 0.3);
    CHECK(voice.settings == settings);
    CHECK(&devices.tones() == &tones);
    CHECK(&devices.voice() == &voice);
}
