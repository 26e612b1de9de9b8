#pragma once

#include "desktop/DesktopActivity.h"

#include <QObject>

namespace toward {

// logind's PrepareForSleep on the system bus: wokeUp() once it says the sleep is over. Without a
// system bus (a container, a test) it never fires, and the reminders simply run on their timers.
class LogindSleepWatch final : public QObject, public SleepWatch {
    Q_OBJECT

public:
    LogindSleepWatch();

private Q_SLOTS:
    // Qt D-Bus delivers bus signals only to slots named by SLOT().
    void onPrepareForSleep(bool starting);
};

} // namespace toward
