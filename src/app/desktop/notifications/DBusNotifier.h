#pragma once

#include "desktop/Notifier.h"
#include "desktop/notifications/NotificationsSignals.h"

#include <QDBusConnection>
#include <QDBusServiceWatcher>
#include <QObject>

#include <optional>

class QDBusPendingCall;

namespace toward {

// Shows notices through the desktop's notification server (org.freedesktop.Notifications) on a
// D-Bus connection, one notice at a time. Every call to the server is asynchronous: a server that
// hangs never holds up the GUI thread. A server started or restarted later is used from then on.
class DBusNotifier final : public QObject, public Notifier {
    Q_OBJECT

public:
    DBusNotifier(const QDBusConnection &bus, QString appName, QObject *parent = nullptr);
    // Takes the notice down: nobody would be left to answer it.
    ~DBusNotifier() override;

    void show(const Notice &notice) override;
    void withdraw() override;
    bool isAvailable() const override;
    QString problem() const override;
    bool isInhibited() const override { return m_inhibited; }

private:
    // Sends what is wanted next, once the call in flight has been answered: the server's
    // capabilities, then the newest notice or the withdrawal.
    void sendNext();
    void askCapabilities();
    void notify(const Notice &notice);
    void closeShown();
    void readInhibited();
    void setInhibited(bool inhibited);
    void ownerChanged(const QString &oldOwner, const QString &newOwner);
    void serverInvokedAction(uint id, const QString &key);
    void serverClosed(uint id, uint reason);
    void serverPropertiesChanged(
        const QString &interfaceName, const QVariantMap &changed, const QStringList &invalidated);
    QDBusPendingCall call(const QString &interfaceName, const QString &method,
        const QVariantList &arguments = {}) const;
    void whenAnswered(const QDBusPendingCall &pending,
        std::function<void(const QDBusPendingCall &answered)> handle);

    QDBusConnection m_bus;
    QString m_appName;
    QDBusServiceWatcher m_serverWatcher;
    NotificationsSignals m_signals;
    NotificationsPropertiesSignals m_propertiesSignals;
    bool m_serverRunning = false;
    bool m_serverActivatable = false; // the bus starts one when it is first called
    std::optional<QStringList> m_capabilities; // the running server's, once asked
    std::optional<Notice> m_wanted; // not sent yet
    bool m_withdrawWanted = false;
    bool m_callInFlight = false; // GetCapabilities or Notify: what follows waits for its answer
    uint m_shownId = 0; // the server's id of the notice up, 0 when none is
    bool m_inhibited = false;
};

// The plugin's root object.
class DBusNotifierPlugin final : public QObject, public NotifierFactory {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID TowardNotifierFactory_iid)
    Q_INTERFACES(toward::NotifierFactory)

public:
    std::unique_ptr<Notifier> openSessionNotifier(const QString &appName) override
    {
        return std::make_unique<DBusNotifier>(QDBusConnection::sessionBus(), appName);
    }
};

} // namespace toward
