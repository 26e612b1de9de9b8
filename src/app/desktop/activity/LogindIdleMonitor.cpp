#include "desktop/activity/LogindIdleMonitor.h"

#include "desktop/activity/DBusCall.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

const QString Service = u"org.freedesktop.login1"_s;
const QString SessionInterface = u"org.freedesktop.login1.Session"_s;
const QString PropertiesInterface = u"org.freedesktop.DBus.Properties"_s;

} // namespace

LogindIdleMonitor::LogindIdleMonitor(QDBusConnection systemBus, const QDBusObjectPath &session)
    : m_bus(std::move(systemBus))
    , m_session(session.path())
{
    m_thresholdTimer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early: idle would be told before the threshold.
    m_thresholdTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_thresholdTimer, &QTimer::timeout, this, &LogindIdleMonitor::reportIdle);
    // No sender named: Qt would look its owner up with a call that waits.
    m_bus.connect(QString(), m_session, PropertiesInterface, u"PropertiesChanged"_s, this,
        SLOT(onPropertiesChanged(QString, QVariantMap, QStringList)));
}

QString LogindIdleMonitor::method() const
{
    return QCoreApplication::translate("toward::LogindIdleMonitor",
        "the session's idle hint (after the desktop's own idle delay)");
}

void LogindIdleMonitor::watch(std::chrono::milliseconds threshold)
{
    m_threshold = threshold;
    m_hintIdle = false; // so that the hint read next is measured against the new threshold
    readHint();
}

void LogindIdleMonitor::onPropertiesChanged(
    const QString &interface, const QVariantMap &changed, const QStringList &invalidated)
{
    const auto mentions = [&](const QString &name) {
        return changed.contains(name) || invalidated.contains(name);
    };
    if (interface == SessionInterface && (mentions(u"IdleHint"_s) || mentions(u"IdleSinceHint"_s)))
        readHint();
}

void LogindIdleMonitor::readHint()
{
    QDBusMessage getAll =
        QDBusMessage::createMethodCall(Service, m_session, PropertiesInterface, u"GetAll"_s);
    getAll << SessionInterface;
    callAsync(m_bus, getAll, this, [this](const QDBusMessage &reply) {
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
            return;
        const QVariantMap properties = qdbus_cast<QVariantMap>(reply.arguments().constFirst());
        const qulonglong sinceMicroseconds = properties.value(u"IdleSinceHint"_s).toULongLong();
        apply(properties.value(u"IdleHint"_s).toBool(),
            QDateTime::fromMSecsSinceEpoch(qint64(sinceMicroseconds / 1000)));
    });
}

void LogindIdleMonitor::apply(bool idle, const QDateTime &since)
{
    if (idle == m_hintIdle && (!idle || since == m_idleSince))
        return;
    m_hintIdle = idle;
    m_idleSince = since;
    m_thresholdTimer.stop();
    if (!idle) {
        if (std::exchange(m_reportedIdle, false) && becameActive)
            becameActive(QDateTime::currentDateTime());
        return;
    }
    if (m_reportedIdle)
        return;
    const qint64 wait = QDateTime::currentDateTime().msecsTo(since.addMSecs(m_threshold.count()));
    if (wait > 0)
        m_thresholdTimer.start(std::chrono::milliseconds(wait));
    else
        reportIdle();
}

void LogindIdleMonitor::reportIdle()
{
    m_reportedIdle = true;
    if (becameIdle)
        becameIdle(m_idleSince);
}

} // namespace toward
