#pragma once

#include <QString>
#include <QStringList>

namespace toward::test {

// fake_notification_server as a service the private session bus starts when it is first called,
// as many desktops start theirs: a service file in PRIVATE_BUS_SERVICE_DIR (see
// private_session_bus.sh), removed with the server it started when the test ends.
class ActivatableNotificationServer {
public:
    // Writes the service file and waits until the bus lists the name as one it can start.
    explicit ActivatableNotificationServer(const QStringList &arguments);
    ~ActivatableNotificationServer();

    bool isListed() const { return m_listed; }

private:
    QString m_serviceFile;
    bool m_listed = false;
};

} // namespace toward::test
