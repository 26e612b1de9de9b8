#pragma once

#include <QProcess>
#include <QStringList>

#include <optional>

namespace toward::test {

// One line fake_notification_server printed: its kind, then its fields.
struct ServerLine {
    QStringList fields;

    QString kind() const { return fields.value(0); }
    // The value of a "name=value" field, unescaped as the server's header comment says.
    QString value(const QString &name) const;
};

// fake_notification_server on the test's private session bus, ended with the test. Its lines are
// read in order: each wait passes over the lines before the one it finds.
class FakeNotificationServerProcess {
public:
    // Starts it and waits until it owns the name.
    explicit FakeNotificationServerProcess(const QStringList &arguments = {});
    // Kills it and waits until the bus has let the name go, so that the next test starts clean.
    ~FakeNotificationServerProcess();

    bool isReady() const { return m_ready; }
    // The next line of this kind, waiting up to 10 s for it; none if it does not come.
    std::optional<ServerLine> waitFor(const QString &kind);
    // The kinds of the lines the last wait passed over.
    const QStringList &passedOver() const { return m_passedOver; }
    // A command on the server's stdin ("invoke 1 start", "inhibit 1"...).
    void send(const QString &command);
    // Kills it and waits until the bus has let the name go; false if it has not.
    bool kill();

private:
    void readLines();

    QProcess m_process;
    QByteArray m_partial;
    QList<ServerLine> m_unread;
    QStringList m_passedOver;
    bool m_ready = false;
    bool m_nameReleased = false;
};

// Whether org.freedesktop.Notifications has an owner on the session bus.
bool notificationServerRunning();

} // namespace toward::test
