#pragma once

#include "plugins/PluginLoader.h"
#include "reminders/ReminderCoach.h"

namespace toward {

// The reminders' desktop parts from Toward's plugins (toward_notifications and
// toward_desktop_activity), each saying whether it works here. The fallback notifier is left for
// the window to give.
ReminderDesktop openReminderDesktop(const QStringList &folders = PluginLoader::defaultFolders());

} // namespace toward
