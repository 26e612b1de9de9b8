#include "sound/SoundOutputLoader.h"

#include "plugins/PluginLoader.h"

#include <QCoreApplication>

namespace toward {

std::unique_ptr<SoundOutput> SoundOutputLoader::open(double volume, const QStringList &folders)
{
    QString why;
    if (auto *factory = PluginLoader::factory<SoundOutputFactory>(PluginName, folders, why))
        return factory->openDefaultOutput(volume);
    return std::make_unique<SilentSoundOutput>(QCoreApplication::translate(
        "toward::SoundOutputLoader", "Sound is not installed: %1. The pacer goes on without sound.")
                                                   .arg(why));
}

} // namespace toward
