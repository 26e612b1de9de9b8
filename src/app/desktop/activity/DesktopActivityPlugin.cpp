#include "desktop/activity/DesktopActivityPlugin.h"

#include "desktop/activity/BusIdleMonitor.h"
#include "desktop/activity/LogindSleepWatch.h"
#include "desktop/activity/X11FullScreenWatch.h"
#include "desktop/activity/XSyncIdleMonitor.h"

namespace toward {

std::unique_ptr<IdleMonitor> DesktopActivityPlugin::openIdleMonitor()
{
    if (XcbConnection::isX11Session()) {
        auto x11 = std::make_unique<XSyncIdleMonitor>();
        if (x11->isAvailable())
            return x11;
    }
    return std::make_unique<BusIdleMonitor>();
}

std::unique_ptr<FullScreenWatch> DesktopActivityPlugin::openFullScreenWatch()
{
    return std::make_unique<X11FullScreenWatch>();
}

std::unique_ptr<SleepWatch> DesktopActivityPlugin::openSleepWatch()
{
    return std::make_unique<LogindSleepWatch>();
}

} // namespace toward
