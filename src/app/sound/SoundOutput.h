#pragma once

#include "practice/BreathSchedule.h"

#include <QString>
#include <QtPlugin>

#include <memory>

namespace toward {

// Where the practice's tones go: the sound card through the toward_sound_output plugin, nothing
// when it cannot be had, or a recording in the tests. Calls return at once; the sound plays on.
class SoundOutput {
public:
    virtual ~SoundOutput() = default;

    // Starts the tone of a breath phase now, cutting short a tone still playing.
    virtual void playTone(BreathPhase phase) = 0;
    // From 0 (silent) to 1, for the tones started from now on.
    virtual void setVolume(double volume) = 0;

    // False when nothing will be heard; problem() then says why, for the person to read.
    virtual bool isAvailable() const = 0;
    virtual QString problem() const = 0;
};

// What the toward_sound_output plugin's root object implements. The multimedia libraries are
// loaded with the plugin, so the app pays for them only when sound is first wanted.
class SoundOutputFactory {
public:
    virtual ~SoundOutputFactory() = default;
    // An output on the system's default audio device; `volume` from 0 to 1. Never null: without a
    // device the output says so through problem().
    virtual std::unique_ptr<SoundOutput> openDefaultOutput(double volume) = 0;
};

} // namespace toward

#define TowardSoundOutputFactory_iid "org.toward.SoundOutputFactory/1"
Q_DECLARE_INTERFACE(toward::SoundOutputFactory, TowardSoundOutputFactory_iid)
