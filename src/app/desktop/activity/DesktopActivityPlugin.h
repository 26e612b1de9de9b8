#pragma once

#include "desktop/DesktopActivity.h"

#include <QObject>

namespace toward {

// The toward_desktop_activity plugin's root object: X11's answers where this is an X11 session,
// else the session's buses'.
class DesktopActivityPlugin final : public QObject, public DesktopActivityFactory {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID TowardDesktopActivityFactory_iid)
    Q_INTERFACES(toward::DesktopActivityFactory)

public:
    std::unique_ptr<IdleMonitor> openIdleMonitor() override;
    std::unique_ptr<FullScreenWatch> openFullScreenWatch() override;
    std::unique_ptr<SleepWatch> openSleepWatch() override;
};

} // namespace toward
