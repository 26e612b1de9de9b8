#include "sound/SoundSettings.h"

#include "settings/AppSettings.h"

#include <QtGlobal>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

const std::array<std::pair<SoundMode, QLatin1StringView>, 3> ModeNames {{
    {SoundMode::Off, "off"_L1},
    {SoundMode::Tones, "tones"_L1},
    {SoundMode::VoiceAndTones, "voice"_L1},
}};

// Kept in whole steps, so settings.ini reads "volume=60", not a long fraction.
constexpr int VolumeSteps = 100;
constexpr int RateSteps = 10;

} // namespace

QString nameOf(SoundMode mode)
{
    for (const auto &[named, name] : ModeNames) {
        if (named == mode)
            return name;
    }
    return {};
}

std::optional<SoundMode> soundModeNamed(QStringView name)
{
    for (const auto &[mode, modeName] : ModeNames) {
        if (name.compare(modeName, Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

SoundSettings SoundSettings::read(const AppSettings &settings)
{
    SoundSettings sound;
    const QString modeName = settings.value(Setting::SoundMode);
    if (modeName.isEmpty())
        sound.mode = settings.value(Setting::BreathTones) ? SoundMode::Tones : SoundMode::Off;
    else
        sound.mode = soundModeNamed(modeName).value_or(SoundMode::Off);
    sound.volume =
        qBound(0, settings.value(Setting::SoundVolume), VolumeSteps) / double(VolumeSteps);
    sound.voice = settings.value(Setting::SoundVoice);
    sound.rate =
        qBound(-RateSteps, settings.value(Setting::SoundRate), RateSteps) / double(RateSteps);
    sound.speakPhases = settings.value(Setting::SpeakPhases);
    return sound;
}

void SoundSettings::write(AppSettings &settings) const
{
    settings.setValue(Setting::SoundMode, nameOf(mode));
    settings.setValue(Setting::SoundVolume, qRound(volume * VolumeSteps));
    settings.setValue(Setting::SoundVoice, voice);
    settings.setValue(Setting::SoundRate, qRound(rate * RateSteps));
    settings.setValue(Setting::SpeakPhases, speakPhases);
}

} // namespace toward
