#pragma once

#include <QDBusAbstractInterface>
#include <QDBusConnection>
#include <QStringList>
#include <QVariantMap>

namespace toward {

// The notification server's name, object and interface (the Desktop Notifications Specification).
namespace notifications {
inline const QString Service = QStringLiteral("org.freedesktop.Notifications");
inline const QString Path = QStringLiteral("/org/freedesktop/Notifications");
inline constexpr auto Interface = "org.freedesktop.Notifications";
} // namespace notifications

// The server's signals as Qt signals, so that they are connected to with member-function pointers:
// Qt D-Bus subscribes to a remote signal when its namesake here is first connected, and follows
// the name to whichever server owns it, now or later.
class NotificationsSignals final : public QDBusAbstractInterface {
    Q_OBJECT

public:
    explicit NotificationsSignals(const QDBusConnection &bus, QObject *parent = nullptr)
        : QDBusAbstractInterface(
            notifications::Service, notifications::Path, notifications::Interface, bus, parent)
    {
    }

Q_SIGNALS:
    // Named as on the bus: that name is what Qt D-Bus subscribes to.
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);
};

// The server's org.freedesktop.DBus.Properties signal, which tells when Inhibited changes.
class NotificationsPropertiesSignals final : public QDBusAbstractInterface {
    Q_OBJECT

public:
    explicit NotificationsPropertiesSignals(const QDBusConnection &bus, QObject *parent = nullptr)
        : QDBusAbstractInterface(notifications::Service, notifications::Path,
            "org.freedesktop.DBus.Properties", bus, parent)
    {
    }

Q_SIGNALS:
    void PropertiesChanged(
        const QString &interfaceName, const QVariantMap &changed, const QStringList &invalidated);
};

} // namespace toward
