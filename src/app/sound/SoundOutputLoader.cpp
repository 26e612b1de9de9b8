#include "sound/SoundOutputLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

namespace toward {

QStringList SoundOutputLoader::defaultFolders()
{
    return {QCoreApplication::applicationDirPath()};
}

std::unique_ptr<SoundOutput> SoundOutputLoader::open(double volume, const QStringList &folders)
{
    QString why;
    for (const QString &folder : folders) {
        // QPluginLoader adds the platform's "lib" prefix and suffix itself.
        QPluginLoader loader(QDir(folder).filePath(QString::fromLatin1(PluginName)));
        QObject *root = loader.instance();
        if (!root) {
            if (why.isEmpty() && QFileInfo::exists(loader.fileName()))
                why = loader.errorString();
            continue;
        }
        // The plugin stays loaded for the rest of the run: its root object owns nothing that
        // needs unloading, and an unloaded plugin would take its outputs' code with it.
        if (auto *factory = qobject_cast<SoundOutputFactory *>(root))
            return factory->openDefaultOutput(volume);
        why = QCoreApplication::translate("toward::SoundOutputLoader",
            "%1 is not Toward's sound "
            "plugin")
                  .arg(QDir::toNativeSeparators(loader.fileName()));
    }
    if (why.isEmpty()) {
        why = QCoreApplication::translate(
            "toward::SoundOutputLoader", "its plugin was not found next to the program");
    }
    return std::make_unique<SilentSoundOutput>(QCoreApplication::translate(
        "toward::SoundOutputLoader", "Sound is not installed: %1. The pacer goes on without sound.")
                                                   .arg(why));
}

} // namespace toward
