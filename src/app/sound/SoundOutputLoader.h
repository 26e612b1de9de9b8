#pragma once

#include "plugins/PluginLoader.h"
#include "sound/SoundOutput.h"

#include <QStringList>

#include <memory>

namespace toward {

// Opens the sound output from the toward_sound_output plugin, which alone links Qt Multimedia:
// the app loads those libraries only here, the first time sound is wanted.
class SoundOutputLoader {
public:
    static constexpr auto PluginName = "toward_sound_output";

    // Never null. When the plugin cannot be loaded the output is silent and its problem() says
    // why, in words for the person practising.
    static std::unique_ptr<SoundOutput> open(
        double volume, const QStringList &folders = PluginLoader::defaultFolders());
};

// An output that plays nothing and says why.
class SilentSoundOutput final : public SoundOutput {
public:
    explicit SilentSoundOutput(QString problem)
        : m_problem(std::move(problem))
    {
    }

    void playTone(BreathPhase) override { }
    void setVolume(double) override { }
    bool isAvailable() const override { return false; }
    QString problem() const override { return m_problem; }

private:
    QString m_problem;
};

} // namespace toward
