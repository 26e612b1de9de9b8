#pragma once

#include <QDBusConnection>
#include <QDBusObjectPath>
#include <QObject>
#include <QSet>

// Stand-ins for GNOME's Mutter and for logind on the test's private bus, each on a connection of
// its own, so that the plugin's calls and signals really cross the bus.
namespace toward::test {

// org.gnome.Mutter.IdleMonitor: remembers the watches it was asked for; the test fires them.
class FakeMutterIdleMonitor final : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.gnome.Mutter.IdleMonitor")

public:
    explicit FakeMutterIdleMonitor(QDBusConnection bus);
    ~FakeMutterIdleMonitor() override;

    QHash<uint, qulonglong> idleWatches; // id → interval in ms
    QSet<uint> activeWatches;

    void fire(uint id);

public Q_SLOTS:
    uint AddIdleWatch(qulonglong interval);
    uint AddUserActiveWatch();
    void RemoveWatch(uint id);

private:
    QDBusConnection m_bus;
    uint m_lastId = 0;
};

// The login session's idle hint, read through org.freedesktop.DBus.Properties.
class FakeLogindSession final : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Session")
    Q_PROPERTY(bool IdleHint MEMBER idleHint)
    Q_PROPERTY(qulonglong IdleSinceHint MEMBER idleSinceHint)

public:
    static constexpr auto Path = "/org/freedesktop/login1/session/test";

    bool idleHint = false;
    qulonglong idleSinceHint = 0; // µs since the epoch
};

// org.freedesktop.login1.Manager with one session, which it gives for "auto".
class FakeLogind final : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")

public:
    explicit FakeLogind(QDBusConnection bus);
    ~FakeLogind() override;

    // Sets the hint and says so with PropertiesChanged, as logind does.
    void setIdleHint(bool idle, const QDateTime &since);
    void prepareForSleep(bool starting);

public Q_SLOTS:
    QDBusObjectPath GetSession(const QString &id);

private:
    QDBusConnection m_bus;
    FakeLogindSession m_session;
};

} // namespace toward::test
