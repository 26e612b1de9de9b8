#include "sound/SoundDevices.h"

#include "sound/SoundOutputLoader.h"
#include "sound/VoiceOutputLoader.h"

namespace toward {

SoundDevices::SoundDevices() = default;

SoundDevices::SoundDevices(SoundOutput &tones, VoiceOutput &voice)
    : m_tones(&tones)
    , m_voice(&voice)
{
}

SoundDevices::~SoundDevices() = default;

void SoundDevices::setSettings(const SoundSettings &settings)
{
    m_settings = settings;
    if (m_tones)
        m_tones->setVolume(settings.volume);
    if (m_voice)
        m_voice->configure(settings);
}

SoundOutput &SoundDevices::tones()
{
    if (!m_tones) {
        m_ownTones = SoundOutputLoader::open(m_settings.volume);
        m_tones = m_ownTones.get();
    }
    return *m_tones;
}

VoiceOutput &SoundDevices::voice()
{
    if (!m_voice) {
        m_ownVoice = VoiceOutputLoader::open(m_settings);
        m_voice = m_ownVoice.get();
    }
    return *m_voice;
}

} // namespace toward
