#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>

#include <functional>

namespace toward {

// Sends `call` without waiting and hands its reply (or error) to `answered` on `context`'s thread,
// unless `context` is gone by then: a bus that does not answer never holds up the GUI.
inline void callAsync(const QDBusConnection &bus, const QDBusMessage &call, QObject *context,
    std::function<void(const QDBusMessage &reply)> answered)
{
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
        [watcher, answered = std::move(answered)] {
            answered(watcher->reply());
            watcher->deleteLater();
        });
}

} // namespace toward
