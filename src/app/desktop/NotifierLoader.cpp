#include "desktop/NotifierLoader.h"

#include <QCoreApplication>

namespace toward {

std::unique_ptr<Notifier> NotifierLoader::open(const QString &appName, const QStringList &folders)
{
    QString why;
    if (auto *factory = PluginLoader::factory<NotifierFactory>(PluginName, folders, why))
        return factory->openSessionNotifier(appName);
    return std::make_unique<UnavailableNotifier>(
        QCoreApplication::translate("toward::NotifierLoader",
            "Desktop notifications are not installed: %1. Toward cannot show reminders outside "
            "its window.")
            .arg(why));
}

} // namespace toward
