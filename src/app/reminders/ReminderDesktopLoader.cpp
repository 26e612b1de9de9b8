#include "reminders/ReminderDesktopLoader.h"

#include "desktop/DesktopActivityLoader.h"
#include "desktop/NotifierLoader.h"

#include <QCoreApplication>

namespace toward {

ReminderDesktop openReminderDesktop(const QStringList &folders)
{
    ReminderDesktop desktop;
    desktop.notifier = NotifierLoader::open(QCoreApplication::applicationName(), folders);
    DesktopActivity activity = DesktopActivityLoader::open(folders);
    desktop.idle = std::move(activity.idle);
    desktop.fullScreen = std::move(activity.fullScreen);
    desktop.sleep = std::move(activity.sleep);
    return desktop;
}

} // namespace toward
