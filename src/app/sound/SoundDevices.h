#pragma once

#include "sound/SoundSettings.h"

#include <memory>

namespace toward {

class SoundOutput;
class VoiceOutput;

// The practice's tone and voice outputs, each opened from its plugin the first time it is asked
// for, so nothing of Qt Multimedia or libflite is loaded before sound is wanted. One is
// shared by the check-in and the sound settings, so trying a breath there sounds as the practice
// will. Tests hand in recording outputs instead.
class SoundDevices {
public:
    SoundDevices();
    // Uses these instead of the plugins; neither is owned, both must outlive this object.
    SoundDevices(SoundOutput &tones, VoiceOutput &voice);
    ~SoundDevices();

    const SoundSettings &settings() const { return m_settings; }
    // Passes the volume, voice and pace on to the outputs already open, and to those opened later.
    void setSettings(const SoundSettings &settings);

    // Never null once asked for: an output that cannot play says why through problem().
    SoundOutput &tones();
    VoiceOutput &voice();

private:
    SoundSettings m_settings;
    SoundOutput *m_tones = nullptr;
    VoiceOutput *m_voice = nullptr;
    std::unique_ptr<SoundOutput> m_ownTones;
    std::unique_ptr<VoiceOutput> m_ownVoice;
};

} // namespace toward
