#include "desktop/activity/LogindSleepWatch.h"

#include <QDBusConnection>

using namespace Qt::StringLiterals;

namespace toward {

LogindSleepWatch::LogindSleepWatch()
{
    QDBusConnection system = QDBusConnection::systemBus();
    if (!system.isConnected())
        return;
    // No sender named: Qt would look its owner up with a call that waits.
    system.connect(QString(), u"/org/freedesktop/login1"_s, u"org.freedesktop.login1.Manager"_s,
        u"PrepareForSleep"_s, this, SLOT(onPrepareForSleep(bool)));
}

void LogindSleepWatch::onPrepareForSleep(bool starting)
{
    if (!starting && wokeUp)
        wokeUp();
}

} // namespace toward
