#include "instance/InstanceHandover.h"

#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

#include <future>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

// Hands over from another thread, as a later launch would from its own process, while this
// thread's event loop lets the listener answer.
bool handOverWhileListening(const QString &dataDirectory, const QStringList &arguments)
{
    std::future<bool> handedOver = std::async(
        std::launch::async, [&] { return InstanceHandover::handOver(dataDirectory, arguments); });
    REQUIRE(QTest::qWaitFor(
        [&] { return handedOver.wait_for(std::chrono::seconds(0)) == std::future_status::ready; },
        10000));
    return handedOver.get();
}

} // namespace

TEST_CASE(
    "A later launch hands its arguments to the Toward running for its data folder", "[instance]")
{
    test::TemporaryDataDir dataDir;
    test::TemporaryDataDir otherDataDir;
    CHECK_FALSE(InstanceHandover::handOver(dataDir.path(), {u"toward"_s}));

    InstanceHandover running(dataDir.path());
    REQUIRE(running.listen().ok());
    QSignalSpy received(&running, &InstanceHandover::argumentsReceived);
    const QStringList arguments {u"toward"_s, u"--practice"_s, u"desk-reset"_s, u"“ü”"_s};
    CHECK(handOverWhileListening(dataDir.path(), arguments));
    REQUIRE(received.size() == 1);
    CHECK(received.at(0).at(0).toStringList() == arguments);

    // Another folder is another Toward's.
    CHECK_FALSE(handOverWhileListening(otherDataDir.path(), {u"toward"_s}));
    CHECK(InstanceHandover::socketPath(dataDir.path())
        != InstanceHandover::socketPath(otherDataDir.path()));
    // The same folder by another path is the same Toward.
    CHECK(InstanceHandover::socketPath(dataDir.path() + u"/./"_s)
        == InstanceHandover::socketPath(dataDir.path()));
}

TEST_CASE("A socket left by a Toward that crashed is replaced", "[instance]")
{
    test::TemporaryDataDir dataDir;
    const QByteArray path = QFile::encodeName(InstanceHandover::socketPath(dataDir.path()));
    {
        // Bound and closed without being removed, as a killed Toward leaves it.
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        std::memcpy(address.sun_path, path.constData(), path.size());
        REQUIRE(::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0);
        ::close(fd);
    }
    CHECK_FALSE(InstanceHandover::handOver(dataDir.path(), {u"toward"_s}));
    InstanceHandover running(dataDir.path());
    REQUIRE(running.listen().ok());
    CHECK(handOverWhileListening(dataDir.path(), {u"toward"_s}));
}

TEST_CASE("What is not a launch's arguments is dropped and the listener goes on", "[instance]")
{
    test::TemporaryDataDir dataDir;
    InstanceHandover running(dataDir.path());
    REQUIRE(running.listen().ok());
    QSignalSpy received(&running, &InstanceHandover::argumentsReceived);
    const QByteArray path = QFile::encodeName(InstanceHandover::socketPath(dataDir.path()));
    for (const QByteArray &garbage : {QByteArray("not json\n"), QByteArray("{\"a\":1}\n"),
             QByteArray("[]\n"), QByteArray("[\"half")}) {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        std::memcpy(address.sun_path, path.constData(), path.size());
        REQUIRE(::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0);
        REQUIRE(::write(fd, garbage.constData(), size_t(garbage.size())) == garbage.size());
        ::close(fd);
        QTest::qWait(20);
    }
    CHECK(received.isEmpty());
    CHECK(handOverWhileListening(dataDir.path(), {u"toward"_s, u"--check-in"_s}));
    CHECK(received.size() == 1);
}

TEST_CASE("The socket goes with the Toward that listened on it", "[instance]")
{
    test::TemporaryDataDir dataDir;
    {
        InstanceHandover running(dataDir.path());
        REQUIRE(running.listen().ok());
        CHECK(QFileInfo::exists(InstanceHandover::socketPath(dataDir.path())));
    }
    CHECK_FALSE(QFileInfo::exists(InstanceHandover::socketPath(dataDir.path())));
}
