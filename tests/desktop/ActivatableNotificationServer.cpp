#include "ActivatableNotificationServer.h"

#include "FakeNotificationServerProcess.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QFile>
#include <QTest>

#include <csignal>

namespace toward::test {

using namespace Qt::StringLiterals;

namespace {

constexpr int WaitMilliseconds = 10000;
const QString Service = u"org.freedesktop.Notifications"_s;

// Has the bus read its service files again, and waits until it does or does not list the name.
bool waitUntilListed(bool listed)
{
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    bus->call(u"ReloadConfig"_s);
    return QTest::qWaitFor(
        [&] { return bus->activatableServiceNames().value().contains(Service) == listed; },
        WaitMilliseconds);
}

} // namespace

ActivatableNotificationServer::ActivatableNotificationServer(const QStringList &arguments)
    : m_serviceFile(QDir(qEnvironmentVariable("PRIVATE_BUS_SERVICE_DIR"))
                        .filePath(u"org.freedesktop.Notifications.service"_s))
{
    QFile file(m_serviceFile);
    if (!file.open(QIODevice::WriteOnly))
        return;
    const QString exec =
        (QStringList {QStringLiteral(TOWARD_FAKE_NOTIFICATION_SERVER)} + arguments).join(u' ');
    file.write(u"[D-BUS Service]\nName=%1\nExec=%2\n"_s.arg(Service, exec).toUtf8());
    file.close();
    m_listed = waitUntilListed(true);
}

ActivatableNotificationServer::~ActivatableNotificationServer()
{
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    if (notificationServerRunning()) {
        ::kill(pid_t(bus->servicePid(Service).value()), SIGTERM);
        if (!QTest::qWaitFor([] { return !notificationServerRunning(); }, WaitMilliseconds))
            qWarning("the started notification server is still running: the next test may see it");
    }
    QFile::remove(m_serviceFile);
    if (!waitUntilListed(false))
        qWarning("the bus still lists the notification service: the next test may see it");
}

} // namespace toward::test
