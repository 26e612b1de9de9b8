#include "FakeDesktopServices.h"

#include <QDBusMessage>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace toward::test {

namespace {

const QString MutterService = u"org.gnome.Mutter.IdleMonitor"_s;
const QString MutterPath = u"/org/gnome/Mutter/IdleMonitor/Core"_s;
const QString LogindService = u"org.freedesktop.login1"_s;
const QString LogindPath = u"/org/freedesktop/login1"_s;

} // namespace

FakeMutterIdleMonitor::FakeMutterIdleMonitor(QDBusConnection bus)
    : m_bus(std::move(bus))
{
    m_bus.registerObject(MutterPath, this, QDBusConnection::ExportAllSlots);
    m_bus.registerService(MutterService);
}

FakeMutterIdleMonitor::~FakeMutterIdleMonitor()
{
    m_bus.unregisterService(MutterService);
    m_bus.unregisterObject(MutterPath);
}

void FakeMutterIdleMonitor::fire(uint id)
{
    QDBusMessage fired = QDBusMessage::createSignal(MutterPath, MutterService, u"WatchFired"_s);
    fired << id;
    m_bus.send(fired);
    activeWatches.remove(id); // as Mutter does: a user-active watch fires once
}

uint FakeMutterIdleMonitor::AddIdleWatch(qulonglong interval)
{
    idleWatches.insert(++m_lastId, interval);
    return m_lastId;
}

uint FakeMutterIdleMonitor::AddUserActiveWatch()
{
    activeWatches.insert(++m_lastId);
    return m_lastId;
}

void FakeMutterIdleMonitor::RemoveWatch(uint id)
{
    idleWatches.remove(id);
    activeWatches.remove(id);
}

FakeLogind::FakeLogind(QDBusConnection bus)
    : m_bus(std::move(bus))
{
    m_bus.registerObject(LogindPath, this, QDBusConnection::ExportAllSlots);
    m_bus.registerObject(QString::fromLatin1(FakeLogindSession::Path), &m_session,
        QDBusConnection::ExportAllProperties);
    m_bus.registerService(LogindService);
}

FakeLogind::~FakeLogind()
{
    m_bus.unregisterService(LogindService);
    m_bus.unregisterObject(QString::fromLatin1(FakeLogindSession::Path));
    m_bus.unregisterObject(LogindPath);
}

QDBusObjectPath FakeLogind::GetSession(const QString &)
{
    return QDBusObjectPath(QString::fromLatin1(FakeLogindSession::Path));
}

void FakeLogind::setIdleHint(bool idle, const QDateTime &since)
{
    m_session.idleHint = idle;
    m_session.idleSinceHint = qulonglong(since.toMSecsSinceEpoch()) * 1000;
    QDBusMessage changed = QDBusMessage::createSignal(QString::fromLatin1(FakeLogindSession::Path),
        u"org.freedesktop.DBus.Properties"_s, u"PropertiesChanged"_s);
    changed << u"org.freedesktop.login1.Session"_s
            << QVariantMap {{u"IdleHint"_s, idle}, {u"IdleSinceHint"_s, m_session.idleSinceHint}}
            << QStringList();
    m_bus.send(changed);
}

void FakeLogind::prepareForSleep(bool starting)
{
    QDBusMessage signal = QDBusMessage::createSignal(
        LogindPath, u"org.freedesktop.login1.Manager"_s, u"PrepareForSleep"_s);
    signal << starting;
    m_bus.send(signal);
}

} // namespace toward::test
