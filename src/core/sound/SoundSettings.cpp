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

int SoundSettings::volumePercent() const
{
    return qRound(volume * VolumeSteps);
}

void SoundSettings::setVolumePercent(int percent)
{
    volume = qBound(0, percent, VolumeSteps) / double(VolumeSteps);
}

int SoundSettings::rateStep() const
{
    return qRound(rate * RateSteps);
}

void SoundSettings::setRateStep(int step)
{
    rate = qBound(-RateSteps, step, RateSteps) / double(RateSteps);
}

SoundSettings SoundSettings::read(const AppSettings &settings)
{
    SoundSettings sound;
    const QString modeName = settings.value(Setting::SoundMode);
    if (modeName.isEmpty())
        sound.mode = settings.value(Setting::BreathTones) ? SoundMode::Tones : SoundMode::Off;
    else
        sound.mode = soundModeNamed(modeName).value_or(SoundMode::Off);
    sound.setVolumePercent(settings.value(Setting::SoundVolume));
    sound.voice = settings.value(Setting::SoundVoice);
    sound.setRateStep(settings.value(Setting::SoundRate));
    sound.speakPhases = settings.value(Setting::SpeakPhases);
    return sound;
}

void SoundSettings::write(AppSettings &settings) const
{
    settings.setValue(Setting::SoundMode, nameOf(mode));
    settings.setValue(Setting::SoundVolume, volumePercent());
    settings.setValue(Setting::SoundVoice, voice);
    settings.setValue(Setting::SoundRate, rateStep());
    settings.setValue(Setting::SpeakPhases, speakPhases);
}

} // namespace toward
