#include "FakeNotificationServerProcess.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

namespace toward::test {

using namespace Qt::StringLiterals;

namespace {

constexpr int WaitMilliseconds = 10000;

QString unescaped(const QString &value)
{
    QString text;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) != u'\\' || i + 1 == value.size()) {
            text += value.at(i);
            continue;
        }
        const QChar next = value.at(++i);
        text += next == u't' ? u'\t' : next == u'n' ? u'\n' : next;
    }
    return text;
}

} // namespace

QString ServerLine::value(const QString &name) const
{
    const QString prefix = name + u'=';
    for (const QString &field : fields) {
        if (field.startsWith(prefix))
            return unescaped(field.mid(prefix.size()));
    }
    return {};
}

bool notificationServerRunning()
{
    return QDBusConnection::sessionBus().interface()->isServiceRegistered(
        u"org.freedesktop.Notifications"_s);
}

FakeNotificationServerProcess::FakeNotificationServerProcess(const QStringList &arguments)
{
    // Should the test itself die, the server goes with it rather than hold the bus up.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QObject::connect(
        &m_process, &QProcess::readyReadStandardOutput, &m_process, [this] { readLines(); });
    m_process.start(QStringLiteral(TOWARD_FAKE_NOTIFICATION_SERVER), arguments);
    m_ready = waitFor(u"ready"_s).has_value();
}

FakeNotificationServerProcess::~FakeNotificationServerProcess()
{
    if (!kill())
        qWarning("fake_notification_server's name is still taken: the next test may see it");
}

std::optional<ServerLine> FakeNotificationServerProcess::waitFor(const QString &kind)
{
    std::optional<ServerLine> found;
    m_passedOver.clear();
    const bool seen = QTest::qWaitFor(
        [&] {
            while (!m_unread.isEmpty()) {
                ServerLine line = m_unread.takeFirst();
                if (line.kind() == kind) {
                    found = std::move(line);
                    return true;
                }
                m_passedOver << line.kind();
            }
            return false;
        },
        WaitMilliseconds);
    return seen ? found : std::nullopt;
}

void FakeNotificationServerProcess::send(const QString &command)
{
    m_process.write(command.toUtf8() + '\n');
}

bool FakeNotificationServerProcess::kill()
{
    // Once let go, the name may well be another server's.
    if (m_nameReleased)
        return true;
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(WaitMilliseconds);
    }
    m_nameReleased = QTest::qWaitFor([] { return !notificationServerRunning(); }, WaitMilliseconds);
    return m_nameReleased;
}

void FakeNotificationServerProcess::readLines()
{
    m_partial += m_process.readAllStandardOutput();
    for (qsizetype end = m_partial.indexOf('\n'); end >= 0; end = m_partial.indexOf('\n')) {
        const QString line = QString::fromUtf8(m_partial.left(end));
        m_partial.remove(0, end + 1);
        m_unread.append({line.split(u'\t')});
    }
}

} // namespace toward::test
