#include "sound/VoiceOutputLoader.h"

#include <QCoreApplication>

namespace toward {

std::unique_ptr<VoiceOutput> VoiceOutputLoader::open(
    const SoundSettings &settings, const QStringList &folders)
{
    QString why;
    if (auto *factory = PluginLoader::factory<VoiceOutputFactory>(PluginName, folders, why))
        return factory->openVoice(settings);
    return std::make_unique<SilentVoiceOutput>(QCoreApplication::translate(
        "toward::VoiceOutputLoader", "The voice is not installed: %1. Tones only.")
                                                   .arg(why));
}

} // namespace toward
