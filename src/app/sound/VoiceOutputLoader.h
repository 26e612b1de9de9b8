#pragma once

#include "plugins/PluginLoader.h"
#include "sound/VoiceOutput.h"

#include <memory>

namespace toward {

// Opens the voice from the toward_voice_output plugin, which alone links libflite: the app
// loads those libraries only here, the first time a voice is wanted.
class VoiceOutputLoader {
public:
    static constexpr auto PluginName = "toward_voice_output";

    // Never null. When the plugin cannot be loaded the voice is silent and its problem() says
    // why, in words for the person practising.
    static std::unique_ptr<VoiceOutput> open(
        const SoundSettings &settings, const QStringList &folders = PluginLoader::defaultFolders());
};

// A voice that says nothing, tells at once that it has, and says why.
class SilentVoiceOutput final : public VoiceOutput {
public:
    explicit SilentVoiceOutput(QString problem)
        : m_problem(std::move(problem))
    {
    }

    void say(const QString &, std::function<void()> spoken) override
    {
        if (spoken)
            spoken();
    }
    void stop() override { }
    void configure(const SoundSettings &) override { }
    QStringList voiceNames() const override { return {}; }
    bool isAvailable() const override { return false; }
    QString problem() const override { return m_problem; }

private:
    QString m_problem;
};

} // namespace toward
