// A stand-in for the desktop's notification server (org.freedesktop.Notifications, the Desktop
// Notifications Specification 1.2) on whichever session bus DBUS_SESSION_BUS_ADDRESS names, for the
// tests and for demonstrations without a desktop. It never replaces a server already there: when
// the name is taken it says so on stderr and exits 1, and it exits when the bus goes away.
//
//   fake_notification_server [--auto-invoke KEY] [--capabilities LIST]
//
//   --auto-invoke KEY    about 1 s after each Notify, invoke action KEY on that notice, as a person
//                        clicking it would (the notice then closes, reason 2); skipped, with an
//                        "error" line, when the notice offers no such action, and when it was
//                        closed or replaced meanwhile
//   --capabilities LIST  what GetCapabilities answers, comma-separated
//                        (default: actions,body,body-markup,persistence)
//
// It prints one line per call and per event on stdout, fields separated by tabs, tabs, line
// breaks and backslashes in values written \t, \n and \\:
//   ready                                   the name is ours, calls are answered from now on
//   notify ID replaces=R app=A icon=I summary=S body=B actions=KEY:LABEL,... hints=NAME:VALUE,...
//       timeout=T                           (one line; hints sorted by name)
//   close-notification ID                   then "closed ID 3" if the notice was up
//   get-capabilities / get-server-information
//   invoked ID KEY / closed ID REASON / inhibited 0|1
//   error WHAT                              a command or an auto-invoke that could not be done
// and it reads commands on stdin, one a line (at the end of stdin it goes on without them):
//   invoke ID KEY        emit ActionInvoked, then close the notice with reason 2
//   close ID REASON      emit NotificationClosed (1 expired, 2 dismissed, 3 closed by a call)
//   inhibit 0|1          set the Inhibited property and emit PropertiesChanged
//   quit                 give the name up and exit
//
// For a demonstration, beside Toward on a private bus (the server's lines on the terminal):
//   tests/desktop/private_session_bus.sh sh -c 'build/tests/desktop/fake_notification_server
//       --auto-invoke default & build/src/app/toward'                                (one line)
// Toward's notifier uses the server as soon as it owns the name, whichever starts first. It can
// also be started by the bus on demand, as desktops often start theirs, from a service file with
// "Exec=/absolute/path/fake_notification_server --auto-invoke default" (then its lines go to the
// bus's log); ActivatableNotificationServer in the tests does so.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QHash>
#include <QSocketNotifier>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString Path = u"/org/freedesktop/Notifications"_s;
const QString Service = u"org.freedesktop.Notifications"_s;
constexpr uint DismissedByUser = 2;
constexpr uint ClosedByCall = 3;

void printLine(const QStringList &fields)
{
    std::fputs(fields.join(u'\t').toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QString escaped(QString value)
{
    return value.replace(u'\\', u"\\\\"_s).replace(u'\t', u"\\t"_s).replace(u'\n', u"\\n"_s);
}

QString field(const QString &name, const QString &value)
{
    return name + u'=' + escaped(value);
}

QString hintsText(const QVariantMap &hints)
{
    QStringList pairs;
    for (auto hint = hints.cbegin(); hint != hints.cend(); ++hint) // QVariantMap is sorted
        pairs << hint.key() + u':'
                + (hint.value().typeId() == QMetaType::UChar // a byte, not a character
                        ? QString::number(hint.value().toUInt())
                        : hint.value().toString());
    return pairs.join(u',');
}

QString actionsText(const QStringList &actions)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < actions.size(); i += 2)
        pairs << actions.at(i) + u':' + actions.at(i + 1);
    return pairs.join(u',');
}

struct Options {
    QString autoInvokeKey;
    QStringList capabilities;
};

class FakeNotifications final : public QDBusAbstractAdaptor {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
    Q_PROPERTY(bool Inhibited READ inhibited)

public:
    FakeNotifications(QObject *object, Options options)
        : QDBusAbstractAdaptor(object)
        , m_options(std::move(options))
    {
    }

    bool inhibited() const { return m_inhibited; }

    void setInhibited(bool inhibited)
    {
        m_inhibited = inhibited;
        printLine({u"inhibited"_s, QString::number(int(inhibited))});
        QDBusMessage changed = QDBusMessage::createSignal(
            Path, u"org.freedesktop.DBus.Properties"_s, u"PropertiesChanged"_s);
        changed << Service << QVariantMap {{u"Inhibited"_s, inhibited}} << QStringList();
        QDBusConnection::sessionBus().send(changed);
    }

    void invoke(uint id, const QString &key)
    {
        if (!m_shown.contains(id)) {
            printLine({u"error"_s, u"no notification %1"_s.arg(id)});
            return;
        }
        printLine({u"invoked"_s, QString::number(id), key});
        Q_EMIT ActionInvoked(id, key);
        close(id, DismissedByUser);
    }

    void close(uint id, uint reason)
    {
        if (!m_shown.remove(id)) {
            printLine({u"error"_s, u"no notification %1"_s.arg(id)});
            return;
        }
        printLine({u"closed"_s, QString::number(id), QString::number(reason)});
        Q_EMIT NotificationClosed(id, reason);
    }

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
        const QString &summary, const QString &body, const QStringList &actions,
        const QVariantMap &hints, int expireTimeout)
    {
        const uint id = m_shown.contains(replacesId) ? replacesId : m_nextId++;
        const quint64 serial = ++m_serial;
        m_shown.insert(id, {serial, actions});
        printLine({u"notify"_s, QString::number(id),
            field(u"replaces"_s, QString::number(replacesId)), field(u"app"_s, appName),
            field(u"icon"_s, appIcon), field(u"summary"_s, summary), field(u"body"_s, body),
            field(u"actions"_s, actionsText(actions)), field(u"hints"_s, hintsText(hints)),
            field(u"timeout"_s, QString::number(expireTimeout))});
        if (!m_options.autoInvokeKey.isEmpty())
            QTimer::singleShot(1000, this, [this, id, serial] { autoInvoke(id, serial); });
        return id;
    }

    void CloseNotification(uint id)
    {
        printLine({u"close-notification"_s, QString::number(id)});
        if (m_shown.contains(id))
            close(id, ClosedByCall);
    }

    QStringList GetCapabilities()
    {
        printLine({u"get-capabilities"_s});
        return m_options.capabilities;
    }

    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion)
    {
        printLine({u"get-server-information"_s});
        vendor = u"Toward tests"_s;
        version = u"1"_s;
        specVersion = u"1.2"_s;
        return u"fake_notification_server"_s;
    }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);

private:
    struct Shown {
        quint64 serial; // tells a notice from the one that replaced it under the same id
        QStringList actions;
    };

    void autoInvoke(uint id, quint64 serial)
    {
        const auto shown = m_shown.constFind(id);
        if (shown == m_shown.cend() || shown->serial != serial)
            return;
        if (!shown->actions.contains(m_options.autoInvokeKey)) {
            printLine({u"error"_s,
                u"auto-invoke: notification %1 has no action %2"_s.arg(id).arg(
                    m_options.autoInvokeKey)});
            return;
        }
        invoke(id, m_options.autoInvokeKey);
    }

    Options m_options;
    QHash<uint, Shown> m_shown;
    uint m_nextId = 1;
    quint64 m_serial = 0;
    bool m_inhibited = false;
};

// Hands each line of stdin to `handle`, without blocking the event loop.
class StdinLines final : public QObject {
public:
    explicit StdinLines(std::function<void(const QString &line)> handle)
        : m_handle(std::move(handle))
    {
        connect(&m_notifier, &QSocketNotifier::activated, this, &StdinLines::readAvailable);
    }

private:
    void readAvailable()
    {
        char chunk[4096];
        const ssize_t size = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (size <= 0) {
            m_notifier.setEnabled(false); // closed: the server goes on, driven by its options
            return;
        }
        m_pending.append(chunk, size);
        for (qsizetype end = m_pending.indexOf('\n'); end >= 0; end = m_pending.indexOf('\n')) {
            const QString line = QString::fromUtf8(m_pending.left(end)).trimmed();
            m_pending.remove(0, end + 1);
            if (!line.isEmpty())
                m_handle(line);
        }
    }

    QSocketNotifier m_notifier {STDIN_FILENO, QSocketNotifier::Read};
    QByteArray m_pending;
    std::function<void(const QString &line)> m_handle;
};

void runCommand(FakeNotifications &server, const QString &line)
{
    const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
    const QString command = words.value(0);
    bool idOk = false;
    const uint id = words.value(1).toUInt(&idOk);
    if (command == u"invoke" && words.size() == 3 && idOk) {
        server.invoke(id, words.at(2));
    } else if (command == u"close" && words.size() == 3 && idOk) {
        bool reasonOk = false;
        const uint reason = words.at(2).toUInt(&reasonOk);
        if (reasonOk)
            server.close(id, reason);
        else
            printLine({u"error"_s, u"not a reason: "_s + words.at(2)});
    } else if (command == u"inhibit" && words.size() == 2
        && (words.at(1) == u"0" || words.at(1) == u"1")) {
        server.setInhibited(words.at(1) == u"1");
    } else if (command == u"quit" && words.size() == 1) {
        QCoreApplication::quit();
    } else {
        printLine({u"error"_s, u"not a command: "_s + escaped(line)});
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"A stand-in notification server for Toward's tests."_s);
    parser.addHelpOption();
    const QCommandLineOption autoInvoke(
        u"auto-invoke"_s, u"Invoke action KEY about 1 s after each notice is shown."_s, u"KEY"_s);
    const QCommandLineOption capabilities(u"capabilities"_s,
        u"What GetCapabilities answers, comma-separated."_s, u"LIST"_s,
        u"actions,body,body-markup,persistence"_s);
    parser.addOptions({autoInvoke, capabilities});
    parser.process(app);

    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        std::fprintf(stderr, "no session bus: %s\n", qPrintable(bus.lastError().message()));
        return 1;
    }
    QObject root;
    FakeNotifications server(&root,
        {parser.value(autoInvoke), parser.value(capabilities).split(u',', Qt::SkipEmptyParts)});
    // The object first, so that calls that come as soon as the name is ours find it.
    if (!bus.registerObject(Path, &root)) {
        std::fprintf(stderr, "cannot register %s\n", qPrintable(Path));
        return 1;
    }
    const auto registered = bus.interface()->registerService(Service,
        QDBusConnectionInterface::DontQueueService, QDBusConnectionInterface::DontAllowReplacement);
    if (!registered.isValid()
        || registered.value() != QDBusConnectionInterface::ServiceRegistered) {
        std::fprintf(
            stderr, "%s is taken on this bus: another server runs there\n", qPrintable(Service));
        return 1;
    }
    StdinLines commands([&server](const QString &line) { runCommand(server, line); });
    // Nobody could call it any more: a server left behind would only be in the way.
    QTimer busCheck;
    QObject::connect(&busCheck, &QTimer::timeout, &app, [&bus] {
        if (!bus.isConnected())
            QCoreApplication::exit(1);
    });
    busCheck.start(1000);
    printLine({u"ready"_s});
    return app.exec();
}

#include "fake_notification_server.moc"
