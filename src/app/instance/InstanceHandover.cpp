#include "instance/InstanceHandover.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

// One line each way: the arguments as a JSON array, then "ok".
constexpr char Reply[] = "ok\n";
// Arguments longer than this are not a launch's: the connection is dropped.
constexpr qsizetype MaxMessage = 64 * 1024;

std::optional<sockaddr_un> addressOf(const QString &path)
{
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(path);
    if (encoded.size() >= qsizetype(sizeof(address.sun_path)))
        return std::nullopt;
    std::memcpy(address.sun_path, encoded.constData(), encoded.size());
    return address;
}

// Waits for `events` on `fd` until `deadline`; false on time-out or error.
bool waitFor(int fd, short events, const QDeadlineTimer &deadline)
{
    pollfd watched {fd, events, 0};
    int ready;
    do {
        ready = ::poll(&watched, 1, int(deadline.remainingTime()));
    } while (ready < 0 && errno == EINTR);
    return ready > 0 && (watched.revents & events);
}

bool writeAll(int fd, const QByteArray &data, const QDeadlineTimer &deadline)
{
    qsizetype written = 0;
    while (written < data.size()) {
        if (!waitFor(fd, POLLOUT, deadline))
            return false;
        const ssize_t sent =
            ::send(fd, data.constData() + written, size_t(data.size() - written), MSG_NOSIGNAL);
        if (sent < 0 && errno != EINTR && errno != EAGAIN)
            return false;
        written += std::max<ssize_t>(sent, 0);
    }
    return true;
}

class FileDescriptor {
public:
    explicit FileDescriptor(int fd)
        : m_fd(fd)
    {
    }
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    int get() const { return m_fd; }
    int release() { return std::exchange(m_fd, -1); }

private:
    int m_fd;
};

} // namespace

struct InstanceHandover::Client {
    FileDescriptor socket;
    QSocketNotifier *notifier; // deleted later: a client is dropped from its own signal
    QByteArray received;

    Client(int fd, QObject *parent)
        : socket(fd)
        , notifier(new QSocketNotifier(fd, QSocketNotifier::Read, parent))
    {
    }
    ~Client()
    {
        notifier->setEnabled(false);
        notifier->deleteLater();
    }
    Client(const Client &) = delete;
    Client &operator=(const Client &) = delete;
};

QString InstanceHandover::socketPath(const QString &dataDirectory)
{
    QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        runtime = QDir::tempPath();
    const QString canonical = QFileInfo(dataDirectory).canonicalFilePath();
    const QByteArray folder =
        QFile::encodeName(canonical.isEmpty() ? QDir::cleanPath(dataDirectory) : canonical);
    const QByteArray hash =
        QCryptographicHash::hash(folder, QCryptographicHash::Sha256).toHex().left(16);
    return runtime + u"/toward-"_s + QString::fromLatin1(hash) + u".socket"_s;
}

bool InstanceHandover::handOver(const QString &dataDirectory, const QStringList &arguments)
{
    const std::optional<sockaddr_un> address = addressOf(socketPath(dataDirectory));
    if (!address)
        return false;
    FileDescriptor socket(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
    if (socket.get() < 0
        || ::connect(socket.get(), reinterpret_cast<const sockaddr *>(&*address), sizeof(*address))
            != 0)
        return false;
    const QDeadlineTimer deadline(ReplyTimeoutMs);
    const QByteArray message =
        QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact) + '\n';
    if (!writeAll(socket.get(), message, deadline))
        return false;
    QByteArray reply;
    while (!reply.contains('\n') && waitFor(socket.get(), POLLIN, deadline)) {
        char buffer[16];
        const ssize_t got = ::recv(socket.get(), buffer, sizeof(buffer), 0);
        if (got <= 0)
            break;
        reply.append(buffer, got);
    }
    return reply == Reply;
}

InstanceHandover::InstanceHandover(QString dataDirectory, QObject *parent)
    : QObject(parent)
    , m_socketPath(socketPath(dataDirectory))
{
}

InstanceHandover::~InstanceHandover()
{
    if (m_listener < 0)
        return;
    m_listenerNotifier.reset();
    ::close(m_listener);
    ::unlink(QFile::encodeName(m_socketPath).constData());
}

Result<void> InstanceHandover::listen()
{
    const std::optional<sockaddr_un> address = addressOf(m_socketPath);
    if (!address)
        return Result<void>::failure(
            QCoreApplication::translate("InstanceHandover", "The path %1 is too long for a socket.")
                .arg(m_socketPath));
    FileDescriptor listener(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
    if (listener.get() < 0)
        return Result<void>::failure(QString::fromLocal8Bit(std::strerror(errno)));
    // Only reached when no Toward answered on it: what is there is a crashed one's.
    ::unlink(address->sun_path);
    // The runtime folder is the user's alone; where there is none, the socket is made so.
    if (::bind(listener.get(), reinterpret_cast<const sockaddr *>(&*address), sizeof(*address)) != 0
        || ::chmod(address->sun_path, S_IRUSR | S_IWUSR) != 0 || ::listen(listener.get(), 8) != 0) {
        return Result<void>::failure(
            QCoreApplication::translate("InstanceHandover", "Cannot listen on %1: %2")
                .arg(m_socketPath, QString::fromLocal8Bit(std::strerror(errno))));
    }
    m_listener = listener.release();
    m_listenerNotifier = std::make_unique<QSocketNotifier>(m_listener, QSocketNotifier::Read);
    connect(m_listenerNotifier.get(), &QSocketNotifier::activated, this,
        &InstanceHandover::acceptClient);
    return Result<void>::success();
}

void InstanceHandover::acceptClient()
{
    const int fd = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
    if (fd < 0)
        return;
    auto client = std::make_unique<Client>(fd, this);
    Client *raw = client.get();
    connect(client->notifier, &QSocketNotifier::activated, this, [this, raw] { readClient(raw); });
    m_clients.push_back(std::move(client));
}

void InstanceHandover::readClient(Client *client)
{
    char buffer[4096];
    const ssize_t got = ::recv(client->socket.get(), buffer, sizeof(buffer), 0);
    if (got < 0 && (errno == EAGAIN || errno == EINTR))
        return;
    if (got <= 0 || client->received.size() + got > MaxMessage) {
        dropClient(client);
        return;
    }
    client->received.append(buffer, got);
    const qsizetype end = client->received.indexOf('\n');
    if (end < 0)
        return;
    const QJsonDocument message = QJsonDocument::fromJson(client->received.left(end));
    QStringList arguments;
    for (const QJsonValue &argument : message.array())
        arguments.append(argument.toString());
    if (message.isArray() && !arguments.isEmpty()) {
        // The reply is a few bytes on a socket nobody else writes to: it never waits.
        ::send(client->socket.get(), Reply, sizeof(Reply) - 1, MSG_NOSIGNAL);
        dropClient(client);
        emit argumentsReceived(arguments);
        return;
    }
    dropClient(client);
}

void InstanceHandover::dropClient(Client *client)
{
    std::erase_if(
        m_clients, [client](const std::unique_ptr<Client> &one) { return one.get() == client; });
}

} // namespace toward
