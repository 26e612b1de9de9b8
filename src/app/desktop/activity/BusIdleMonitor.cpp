#include "desktop/activity/BusIdleMonitor.h"

#include "desktop/activity/DBusCall.h"
#include "desktop/activity/LogindIdleMonitor.h"
#include "desktop/activity/MutterIdleMonitor.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusObjectPath>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

bool isReply(const QDBusMessage &reply)
{
    return reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty();
}

} // namespace

BusIdleMonitor::BusIdleMonitor()
{
    askMutter();
}

BusIdleMonitor::~BusIdleMonitor() = default;

QString BusIdleMonitor::problem() const
{
    if (isAvailable())
        return {};
    return QCoreApplication::translate("toward::BusIdleMonitor",
        "Toward cannot tell when you are away from the computer here; movement prompts count "
        "time alone.");
}

QString BusIdleMonitor::method() const
{
    if (m_chosen)
        return m_chosen->method();
    return m_looking ? QCoreApplication::translate(
               "toward::BusIdleMonitor", "looking for the desktop's idle time")
                     : QString();
}

void BusIdleMonitor::watch(std::chrono::milliseconds threshold)
{
    m_threshold = threshold;
    if (m_chosen)
        m_chosen->watch(threshold);
}

void BusIdleMonitor::askMutter()
{
    const QDBusConnection session = QDBusConnection::sessionBus();
    if (!session.isConnected()) {
        askLogind();
        return;
    }
    QDBusMessage hasOwner = QDBusMessage::createMethodCall(u"org.freedesktop.DBus"_s,
        u"/org/freedesktop/DBus"_s, u"org.freedesktop.DBus"_s, u"NameHasOwner"_s);
    hasOwner << QString::fromLatin1(MutterIdleMonitor::Service);
    callAsync(session, hasOwner, this, [this, session](const QDBusMessage &reply) {
        if (isReply(reply) && reply.arguments().constFirst().toBool()) {
            choose(std::make_unique<MutterIdleMonitor>(session));
            return;
        }
        askLogind();
    });
}

void BusIdleMonitor::askLogind()
{
    // "auto" is the user's graphical session even when Toward runs outside it (in a systemd user
    // unit, say); GetSessionByPID is for logind versions without it.
    askLogindSession(u"GetSession"_s, u"auto"_s,
        [this] { askLogindSession(u"GetSessionByPID"_s, uint(getpid()), [this] { giveUp(); }); });
}

void BusIdleMonitor::askLogindSession(
    const QString &method, const QVariant &argument, const std::function<void()> &otherwise)
{
    const QDBusConnection system = QDBusConnection::systemBus();
    if (!system.isConnected()) {
        giveUp();
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.login1"_s,
        u"/org/freedesktop/login1"_s, u"org.freedesktop.login1.Manager"_s, method);
    call << argument;
    callAsync(system, call, this, [this, system, otherwise](const QDBusMessage &reply) {
        if (!isReply(reply)) {
            otherwise();
            return;
        }
        const auto session = qdbus_cast<QDBusObjectPath>(reply.arguments().constFirst());
        choose(std::make_unique<LogindIdleMonitor>(system, session));
    });
}

void BusIdleMonitor::choose(std::unique_ptr<IdleMonitor> monitor)
{
    m_looking = false;
    m_chosen = std::move(monitor);
    m_chosen->becameIdle = [this](const QDateTime &since) {
        if (becameIdle)
            becameIdle(since);
    };
    m_chosen->becameActive = [this](const QDateTime &at) {
        if (becameActive)
            becameActive(at);
    };
    if (m_threshold)
        m_chosen->watch(*m_threshold);
}

void BusIdleMonitor::giveUp()
{
    m_looking = false;
}

} // namespace toward
