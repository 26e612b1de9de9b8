#include "desktop/notifications/DBusNotifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

namespace toward {

using namespace Qt::StringLiterals;

namespace {

const QString NotificationsInterface = QLatin1String(notifications::Interface);
const QString PropertiesInterface = u"org.freedesktop.DBus.Properties"_s;
const QString InhibitedProperty = u"Inhibited"_s;

// NotificationClosed's reasons (the specification's numbers).
constexpr uint ClosedByCall = 3;

// A reminder stays until it is answered: one that expired while the person was away from the
// computer would never be seen. Toward withdraws it itself once it no longer applies.
constexpr int NeverExpires = 0;
// Normal, not critical: critical notices pass through "do not disturb", which a reminder to
// breathe or move should respect.
constexpr uchar NormalUrgency = 1;

// With "body-markup" the server reads the body as markup, where a plain "<" or "&" would be
// taken for a tag or an entity.
QString bodyFor(const QString &body, const QStringList &capabilities)
{
    if (!capabilities.contains(u"body-markup"_s))
        return body;
    QString escaped = body;
    return escaped.replace(u'&', u"&amp;"_s).replace(u'<', u"&lt;"_s).replace(u'>', u"&gt;"_s);
}

QStringList actionsOf(const Notice &notice)
{
    QStringList actions;
    bool hasDefault = false;
    for (const Notice::Action &action : notice.actions) {
        actions << action.key << action.label;
        hasDefault = hasDefault || action.key == QLatin1String(Notifier::DefaultAction);
    }
    // Servers take the "default" action for a click on the notice itself; without it, that click
    // would tell Toward nothing. Its label is not shown as a button by most servers.
    if (!hasDefault)
        actions << QLatin1String(Notifier::DefaultAction) << notice.title;
    return actions;
}

QDBusMessage methodCall(
    const QString &interfaceName, const QString &method, const QVariantList &arguments)
{
    QDBusMessage message = QDBusMessage::createMethodCall(
        notifications::Service, notifications::Path, interfaceName, method);
    message.setArguments(arguments);
    return message;
}

} // namespace

DBusNotifier::DBusNotifier(const QDBusConnection &bus, QString appName, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_appName(std::move(appName))
    , m_serverWatcher(notifications::Service, m_bus, QDBusServiceWatcher::WatchForOwnerChange)
    , m_signals(m_bus)
    , m_propertiesSignals(m_bus)
{
    if (!m_bus.isConnected())
        return;
    connect(&m_serverWatcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
        [this](const QString &, const QString &oldOwner, const QString &newOwner) {
            ownerChanged(oldOwner, newOwner);
        });
    connect(
        &m_signals, &NotificationsSignals::ActionInvoked, this, &DBusNotifier::serverInvokedAction);
    connect(
        &m_signals, &NotificationsSignals::NotificationClosed, this, &DBusNotifier::serverClosed);
    connect(&m_propertiesSignals, &NotificationsPropertiesSignals::PropertiesChanged, this,
        &DBusNotifier::serverPropertiesChanged);

    // Asked of the bus itself, which answers at once, unlike a notification server that may hang;
    // the watcher above already follows changes, so none falls between the two.
    QDBusConnectionInterface *busDaemon = m_bus.interface();
    m_serverRunning = busDaemon->isServiceRegistered(notifications::Service).value();
    m_serverActivatable =
        busDaemon->activatableServiceNames().value().contains(notifications::Service);
    if (m_serverRunning)
        readInhibited();
}

DBusNotifier::~DBusNotifier()
{
    closeShown();
}

void DBusNotifier::show(const Notice &notice)
{
    m_wanted = notice;
    m_withdrawWanted = false;
    sendNext();
}

void DBusNotifier::withdraw()
{
    m_wanted.reset();
    m_withdrawWanted = true;
    sendNext();
}

bool DBusNotifier::isAvailable() const
{
    return m_bus.isConnected() && (m_serverRunning || m_serverActivatable);
}

QString DBusNotifier::problem() const
{
    if (!m_bus.isConnected()) {
        return tr("Toward cannot reach this desktop's message bus (D-Bus), so it cannot show "
                  "reminders outside its window: %1")
            .arg(m_bus.lastError().message());
    }
    if (!isAvailable()) {
        return tr("No notification service is running on this desktop, so Toward cannot show "
                  "reminders outside its window.");
    }
    return {};
}

void DBusNotifier::sendNext()
{
    if (m_callInFlight)
        return;
    if (m_wanted) {
        if (!m_capabilities) {
            askCapabilities();
            return;
        }
        const Notice notice = *std::exchange(m_wanted, std::nullopt);
        notify(notice);
        return;
    }
    if (m_withdrawWanted) {
        m_withdrawWanted = false;
        closeShown();
    }
}

void DBusNotifier::askCapabilities()
{
    m_callInFlight = true;
    whenAnswered(call(NotificationsInterface, u"GetCapabilities"_s),
        [this](const QDBusPendingCall &answered) {
            const QDBusPendingReply<QStringList> reply = answered;
            // A server that cannot say still gets the notice, plainly: Notify tells whether it
            // answers at all.
            m_capabilities = reply.isError() ? QStringList() : reply.value();
            m_callInFlight = false;
            sendNext();
        });
}

void DBusNotifier::notify(const Notice &notice)
{
    const QVariantMap hints {
        {u"urgency"_s, QVariant::fromValue(NormalUrgency)},
        {u"desktop-entry"_s, QStringLiteral(TOWARD_APP_ID)},
    };
    // The icon installed in the icon theme under the app's id; run from the build tree, the
    // server shows none, or its own.
    const QVariantList arguments {m_appName, m_shownId, QStringLiteral(TOWARD_APP_ID), notice.title,
        bodyFor(notice.body, *m_capabilities), actionsOf(notice), hints, NeverExpires};
    m_callInFlight = true;
    whenAnswered(call(NotificationsInterface, u"Notify"_s, arguments),
        [this](const QDBusPendingCall &answered) {
            m_callInFlight = false;
            const QDBusPendingReply<uint> reply = answered;
            if (reply.isError()) {
                m_shownId = 0;
                if (failed)
                    failed(tr("The desktop did not show the reminder: %1")
                               .arg(reply.error().message()));
            } else {
                m_shownId = reply.value();
            }
            sendNext();
        });
}

void DBusNotifier::closeShown()
{
    if (m_shownId == 0)
        return;
    // Its NotificationClosed (reason 3) finds no notice up, so it is not taken for a dismissal.
    const uint id = std::exchange(m_shownId, 0);
    m_bus.send(methodCall(NotificationsInterface, u"CloseNotification"_s, {id}));
}

void DBusNotifier::readInhibited()
{
    whenAnswered(call(PropertiesInterface, u"Get"_s, {NotificationsInterface, InhibitedProperty}),
        [this](const QDBusPendingCall &answered) {
            const QDBusPendingReply<QDBusVariant> reply = answered;
            // Servers older than the specification's 1.2 have no such property: never inhibited.
            setInhibited(!reply.isError() && reply.value().variant().toBool());
        });
}

void DBusNotifier::setInhibited(bool inhibited)
{
    if (inhibited == m_inhibited)
        return;
    m_inhibited = inhibited;
    if (inhibitedChanged)
        inhibitedChanged(inhibited);
}

void DBusNotifier::ownerChanged(const QString &oldOwner, const QString &newOwner)
{
    // A notice the old server showed went with it. One still being sent fails through Notify's
    // error instead, so it is not reported twice.
    const bool noticeLost = !oldOwner.isEmpty() && m_shownId != 0 && !m_callInFlight;
    m_serverRunning = !newOwner.isEmpty();
    m_capabilities.reset();
    m_shownId = 0;
    if (m_serverRunning)
        readInhibited();
    else
        setInhibited(false);
    if (noticeLost && failed) {
        failed(m_serverRunning ? tr("The desktop's notification service restarted and the "
                                    "reminder it showed is gone.")
                               : tr("The desktop's notification service stopped and the reminder "
                                    "it showed is gone."));
    }
}

void DBusNotifier::serverInvokedAction(uint id, const QString &key)
{
    if (id == 0 || id != m_shownId)
        return;
    // Answered: the server closes it now, and that close is no dismissal.
    m_shownId = 0;
    if (actionInvoked)
        actionInvoked(key);
}

void DBusNotifier::serverClosed(uint id, uint reason)
{
    if (id == 0 || id != m_shownId)
        return;
    m_shownId = 0;
    if (reason != ClosedByCall && dismissed)
        dismissed();
}

void DBusNotifier::serverPropertiesChanged(
    const QString &interfaceName, const QVariantMap &changed, const QStringList &invalidated)
{
    if (interfaceName != NotificationsInterface)
        return;
    if (changed.contains(InhibitedProperty))
        setInhibited(changed.value(InhibitedProperty).toBool());
    else if (invalidated.contains(InhibitedProperty))
        readInhibited();
}

QDBusPendingCall DBusNotifier::call(
    const QString &interfaceName, const QString &method, const QVariantList &arguments) const
{
    return m_bus.asyncCall(methodCall(interfaceName, method, arguments));
}

void DBusNotifier::whenAnswered(
    const QDBusPendingCall &pending, std::function<void(const QDBusPendingCall &answered)> handle)
{
    // Without a bus the call is over before it began, and no watcher would ever say so.
    if (pending.isFinished()) {
        QMetaObject::invokeMethod(
            this, [pending, handle = std::move(handle)] { handle(pending); }, Qt::QueuedConnection);
        return;
    }
    // A child of this notifier: destroyed with it, its answer then goes nowhere.
    auto *watcher = new QDBusPendingCallWatcher(pending, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
        [handle = std::move(handle)](QDBusPendingCallWatcher *answered) {
            answered->deleteLater();
            handle(*answered);
        });
}

} // namespace toward
