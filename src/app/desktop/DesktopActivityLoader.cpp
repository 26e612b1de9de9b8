#include "desktop/DesktopActivityLoader.h"

#include "desktop/UnavailableActivity.h"

#include <QCoreApplication>

namespace toward {

DesktopActivity DesktopActivityLoader::open(const QStringList &folders)
{
    QString why;
    if (auto *factory = PluginLoader::factory<DesktopActivityFactory>(PluginName, folders, why)) {
        return {
            factory->openIdleMonitor(), factory->openFullScreenWatch(), factory->openSleepWatch()};
    }
    return {std::make_unique<UnavailableIdleMonitor>(
                QCoreApplication::translate("toward::DesktopActivityLoader",
                    "Toward cannot tell when you are away from the computer: %1. Movement "
                    "prompts count time alone.")
                    .arg(why)),
        std::make_unique<UnavailableFullScreenWatch>(), std::make_unique<SilentSleepWatch>()};
}

} // namespace toward
