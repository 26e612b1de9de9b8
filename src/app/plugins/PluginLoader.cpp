#include "plugins/PluginLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

namespace toward {

QStringList PluginLoader::defaultFolders()
{
    const QDir programFolder(QCoreApplication::applicationDirPath());
    return {programFolder.path(),
        QDir::cleanPath(programFolder.filePath(QStringLiteral(TOWARD_INSTALLED_PLUGIN_FOLDER)))};
}

void PluginLoader::load(const char *name, const QStringList &folders, QString &why,
    const std::function<bool(QObject *)> &fits)
{
    why.clear();
    for (const QString &folder : folders) {
        // QPluginLoader adds the platform's "lib" prefix and suffix itself.
        QPluginLoader loader(QDir(folder).filePath(QString::fromLatin1(name)));
        QObject *root = loader.instance();
        if (!root) {
            if (why.isEmpty() && QFileInfo::exists(loader.fileName()))
                why = loader.errorString();
            continue;
        }
        // The plugin stays loaded for the rest of the run: its root object owns nothing that
        // needs unloading, and an unloaded plugin would take its outputs' code with it.
        if (fits(root)) {
            why.clear();
            return;
        }
        why = QCoreApplication::translate("toward::PluginLoader", "%1 is not Toward's plugin")
                  .arg(QDir::toNativeSeparators(loader.fileName()));
    }
    if (why.isEmpty()) {
        why = QCoreApplication::translate("toward::PluginLoader", "its plugin was not found");
    }
}

} // namespace toward
