#pragma once

#include "Result.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QSocketNotifier;

namespace toward {

// One Toward per data folder. The first listens on a local socket named after the folder (in the
// user's runtime folder); a later launch for the same folder hands its arguments over to it and
// exits, so a launcher, a desktop shortcut or `toward --check-in` raise the running app instead
// of stopping at its lock. Two data folders still run side by side.
//
// A plain Unix socket watched by a QSocketNotifier: Qt Network would be loaded at every start
// only for this.
class InstanceHandover final : public QObject {
    Q_OBJECT

public:
    // How long a later launch waits for the running Toward to take its arguments.
    static constexpr int ReplyTimeoutMs = 3000;

    static QString socketPath(const QString &dataDirectory);

    // Gives `arguments` (program name first) to the Toward running for `dataDirectory`. False when
    // none is running or it did not answer in time: then this launch goes on by itself.
    static bool handOver(const QString &dataDirectory, const QStringList &arguments);

    explicit InstanceHandover(QString dataDirectory, QObject *parent = nullptr);
    ~InstanceHandover() override;

    // Starts taking later launches' arguments. A socket left by a Toward that crashed is replaced.
    Result<void> listen();
    bool isListening() const { return m_listener >= 0; }

signals:
    // A later launch's arguments, program name first; it has been told they were taken.
    void argumentsReceived(const QStringList &arguments);

private:
    struct Client;

    void acceptClient();
    void readClient(Client *client);
    void dropClient(Client *client);

    QString m_socketPath;
    int m_listener = -1;
    std::unique_ptr<QSocketNotifier> m_listenerNotifier;
    std::vector<std::unique_ptr<Client>> m_clients;
};

} // namespace toward
