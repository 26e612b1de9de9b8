#pragma once

#include "desktop/DesktopActivity.h"
#include "plugins/PluginLoader.h"

#include <QStringList>

#include <memory>

namespace toward {

// The desktop's idle time, full-screen windows and sleep, as the movement reminders need them.
struct DesktopActivity {
    std::unique_ptr<IdleMonitor> idle;
    std::unique_ptr<FullScreenWatch> fullScreen;
    std::unique_ptr<SleepWatch> sleep;
};

// Opens them from the toward_desktop_activity plugin, which alone links xcb and Qt D-Bus: the app
// loads those libraries only here, when the reminders are first armed.
class DesktopActivityLoader {
public:
    static constexpr auto PluginName = "toward_desktop_activity";

    // None is null. When the plugin cannot be loaded the idle monitor is unavailable and its
    // problem() says why, in words for the person; nothing counts as full-screen and the sleep
    // watch never fires.
    static DesktopActivity open(const QStringList &folders = PluginLoader::defaultFolders());
};

} // namespace toward
