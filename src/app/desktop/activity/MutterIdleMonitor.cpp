#include "desktop/activity/MutterIdleMonitor.h"

#include "desktop/activity/DBusCall.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

const QString Path = u"/org/gnome/Mutter/IdleMonitor/Core"_s;
const QString Interface = u"org.gnome.Mutter.IdleMonitor"_s;

// The id a watch was added with, or 0.
uint watchId(const QDBusMessage &reply)
{
    return reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()
        ? reply.arguments().constFirst().toUInt()
        : 0;
}

} // namespace

MutterIdleMonitor::MutterIdleMonitor(QDBusConnection bus)
    : m_bus(std::move(bus))
{
    // No sender named: Qt would look its owner up with a call that waits.
    m_bus.connect(QString(), Path, Interface, u"WatchFired"_s, this, SLOT(onWatchFired(uint)));
}

QString MutterIdleMonitor::method() const
{
    return QCoreApplication::translate("toward::MutterIdleMonitor", "GNOME idle time");
}

QDBusMessage MutterIdleMonitor::callMonitor(const QString &method) const
{
    return QDBusMessage::createMethodCall(QString::fromLatin1(Service), Path, Interface, method);
}

void MutterIdleMonitor::watch(std::chrono::milliseconds threshold)
{
    m_threshold = threshold;
    for (uint *watch : {&m_idleWatch, &m_activeWatch}) {
        if (*watch != 0) {
            QDBusMessage remove = callMonitor(u"RemoveWatch"_s);
            remove << *watch;
            m_bus.asyncCall(remove);
            *watch = 0;
        }
    }
    QDBusMessage add = callMonitor(u"AddIdleWatch"_s);
    add << qulonglong(threshold.count());
    callAsync(
        m_bus, add, this, [this](const QDBusMessage &reply) { m_idleWatch = watchId(reply); });
}

void MutterIdleMonitor::addActiveWatch()
{
    callAsync(m_bus, callMonitor(u"AddUserActiveWatch"_s), this,
        [this](const QDBusMessage &reply) { m_activeWatch = watchId(reply); });
}

void MutterIdleMonitor::onWatchFired(uint id)
{
    if (id == 0)
        return;
    if (id == m_idleWatch) {
        addActiveWatch();
        if (becameIdle) {
            becameIdle(QDateTime::currentDateTime().addMSecs(-qint64(m_threshold.count())));
        }
    } else if (id == m_activeWatch) {
        m_activeWatch = 0; // Mutter removes a user-active watch once it has fired
        if (becameActive)
            becameActive(QDateTime::currentDateTime());
    }
}

} // namespace toward
