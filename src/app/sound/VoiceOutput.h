#pragma once

#include <QString>
#include <QStringList>
#include <QtPlugin>

#include <functional>
#include <memory>

namespace toward {

struct SoundSettings;

// Where the practice's words go: Flite and an audio sink through the toward_voice_output plugin,
// nothing when no engine can be had, or a recording in the tests. Calls return at once.
class VoiceOutput {
public:
    virtual ~VoiceOutput() = default;

    // Says the words, cutting short what is still being said. `spoken` is called once, on this
    // thread, when they have been said, or at once when they cannot be; never when cut short.
    virtual void say(const QString &words, std::function<void()> spoken) = 0;
    // Stops speaking; nothing more is called back.
    virtual void stop() = 0;

    // The voice, pace and volume for what is said next, from the sound settings.
    virtual void configure(const SoundSettings &settings) = 0;
    // The names of the voices the engine offers, for the settings to choose from.
    virtual QStringList voiceNames() const = 0;

    // False when nothing will be said; problem() then says why, for the person to read, e.g. "No
    // voice is available: no audio device. Tones only."
    virtual bool isAvailable() const = 0;
    virtual QString problem() const = 0;
};

// What the toward_voice_output plugin's root object implements: the speech libraries are loaded
// with the plugin, only when a voice is first wanted.
class VoiceOutputFactory {
public:
    virtual ~VoiceOutputFactory() = default;
    // Never null: without an engine the output says so through problem().
    virtual std::unique_ptr<VoiceOutput> openVoice(const SoundSettings &settings) = 0;
};

} // namespace toward

#define TowardVoiceOutputFactory_iid "org.toward.VoiceOutputFactory/1"
Q_DECLARE_INTERFACE(toward::VoiceOutputFactory, TowardVoiceOutputFactory_iid)
