#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace toward {

class AppSettings;

// What the practice lets the person hear.
enum class SoundMode {
    Off, // the pacer is only seen
    Tones, // a tone at each phase of the breath
    VoiceAndTones, // the tones, and each cue spoken
};

// The sound settings, as kept in settings.ini under [sound].
struct SoundSettings {
    static constexpr double DefaultVolume = 0.6;
    // Kept in whole steps, so settings.ini reads "volume=60", and sliders move by them.
    static constexpr int VolumeSteps = 100; // percent
    static constexpr int RateSteps = 10; // each way from the voice's own pace

    SoundMode mode = SoundMode::Off;
    double volume = DefaultVolume; // 0 to 1, tones and voice alike
    QString voice; // the voice's name; empty: the engine's default
    double rate = 0; // -1 (slower) to 1 (faster), 0 the voice's own pace
    bool speakPhases = false; // say "in", "hold", "out" with the tones

    int volumePercent() const;
    void setVolumePercent(int percent); // clamped to 0-100
    int rateStep() const;
    void setRateStep(int step); // clamped to -RateSteps-RateSteps

    bool hasTones() const { return mode != SoundMode::Off; }
    bool hasVoice() const { return mode == SoundMode::VoiceAndTones; }

    // Reads them, clamped to their ranges; before the [sound] settings there was only
    // practice/breathTones, which still turns the tones on.
    static SoundSettings read(const AppSettings &settings);
    void write(AppSettings &settings) const;

    friend bool operator==(const SoundSettings &, const SoundSettings &) = default;
};

// The names `--sound` and settings.ini use: "off", "tones", "voice".
QString nameOf(SoundMode mode);
std::optional<SoundMode> soundModeNamed(QStringView name);

} // namespace toward
