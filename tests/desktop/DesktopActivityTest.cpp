#include "desktop/DesktopActivityLoader.h"

#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QTimer>
#include <QWidget>
#include <catch2/catch.hpp>

namespace Catch {
template<>
struct StringMaker<QDateTime> {
    static std::string convert(const QDateTime &time)
    {
        return time.toString(Qt::ISODateWithMs).toStdString();
    }
};
} // namespace Catch

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace toward {

namespace {

// Input as a person would make it: the pointer moves, on the test's own X server.
void movePointer()
{
    static int step = 0;
    ++step;
    const QStringList arguments {u"mousemove"_s, QString::number(100 + step % 2 * 50), u"100"_s};
    REQUIRE(QProcess::execute(u"xdotool"_s, arguments) == 0);
}

// How often the GUI thread has gone to sleep and been woken since it started.
qint64 mainThreadWakeUps()
{
    QFile status(u"/proc/thread-self/status"_s);
    REQUIRE(status.open(QIODevice::ReadOnly));
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("voluntary_ctxt_switches:"))
            return line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
    }
    FAIL("no voluntary_ctxt_switches in /proc/thread-self/status");
    return 0;
}

// Runs the event loop for `length` without waking it on a timer of its own, as QTest::qWait does.
void runEventLoop(std::chrono::milliseconds length)
{
    QEventLoop loop;
    QTimer::singleShot(length, &loop, &QEventLoop::quit);
    loop.exec();
}

struct IdleRecord {
    QList<QDateTime> idleSince;
    QList<QDateTime> activeAt;
};

void record(IdleMonitor &monitor, IdleRecord &record)
{
    monitor.becameIdle = [&record](const QDateTime &since) { record.idleSince.append(since); };
    monitor.becameActive = [&record](const QDateTime &at) { record.activeAt.append(at); };
}

} // namespace

TEST_CASE("Without its plugin the desktop's activity is unknown and says why", "[loader]")
{
    const QTemporaryDir empty;
    const DesktopActivity activity = DesktopActivityLoader::open({empty.path()});

    REQUIRE_FALSE(activity.idle->isAvailable());
    CHECK(activity.idle->problem().contains(u"away from the computer"_s));
    CHECK(activity.idle->problem().contains(u"not found"_s));
    CHECK_FALSE(activity.fullScreen->isAvailable());
    CHECK_FALSE(activity.fullScreen->isFullScreenActive());
    REQUIRE(activity.sleep);
}

// Run by desktop_activity_e2e.sh on its own Xvfb, on the offscreen platform.
TEST_CASE(
    "X11 idle time: idle after the threshold without input, active at the next input", "[.][idle]")
{
    const DesktopActivity activity =
        DesktopActivityLoader::open({QStringLiteral(TOWARD_PLUGIN_FOLDER)});
    IdleMonitor &monitor = *activity.idle;
    INFO(monitor.problem().toStdString());
    REQUIRE(monitor.isAvailable());
    CHECK(monitor.method() == u"X11 idle time"_s);

    IdleRecord seen;
    record(monitor, seen);
    const auto threshold = 1s;
    const QDateTime beforeInput = QDateTime::currentDateTime();
    movePointer();
    monitor.watch(threshold);

    REQUIRE(QTest::qWaitFor([&] { return seen.idleSince.size() == 1; }, 10000));
    // The last input was the pointer's move, at least `threshold` before it was told.
    const QDateTime toldIdle = QDateTime::currentDateTime();
    CHECK(seen.idleSince.front() >= beforeInput.addMSecs(-50));
    CHECK(seen.idleSince.front() <= toldIdle.addMSecs(-threshold.count() + 50));
    CHECK(seen.activeAt.isEmpty());

    SECTION("While the person is away nothing is told and nothing wakes")
    {
        const qint64 wakeUpsBefore = mainThreadWakeUps();
        runEventLoop(3s);
        // The timer ending the wait wakes the thread once (measured: once, with two to spare);
        // a poller would wake it every time it looked, even once a second.
        CHECK(mainThreadWakeUps() - wakeUpsBefore <= 3);
        CHECK(seen.idleSince.size() == 1);
        CHECK(seen.activeAt.isEmpty());
    }

    SECTION("Input makes the person active, and idle again after the threshold")
    {
        const QDateTime beforeMove = QDateTime::currentDateTime();
        movePointer();
        REQUIRE(QTest::qWaitFor([&] { return seen.activeAt.size() == 1; }, 10000));
        CHECK(seen.activeAt.front() >= beforeMove);
        REQUIRE(QTest::qWaitFor([&] { return seen.idleSince.size() == 2; }, 10000));
        CHECK(seen.idleSince.back() >= beforeMove.addMSecs(-50));
        CHECK(seen.activeAt.size() == 1);
    }

    SECTION("A new threshold takes over from the old one")
    {
        movePointer();
        const auto longer = 4s;
        monitor.watch(longer);
        REQUIRE(QTest::qWaitFor([&] { return seen.idleSince.size() == 2; }, 15000));
        CHECK(seen.idleSince.back() <= QDateTime::currentDateTime().addMSecs(-longer.count() + 50));
    }
}

// Run by desktop_activity_e2e.sh on its own Xvfb and openbox, on the xcb platform.
TEST_CASE("An active full-screen window is told, and so is its end", "[.][fullscreen]")
{
    const DesktopActivity activity =
        DesktopActivityLoader::open({QStringLiteral(TOWARD_PLUGIN_FOLDER)});
    FullScreenWatch &watch = *activity.fullScreen;
    REQUIRE(watch.isAvailable());
    CHECK_FALSE(watch.isFullScreenActive());
    QList<bool> changes;
    watch.changed = [&changes](bool fullScreen) { changes.append(fullScreen); };

    QWidget film;
    film.setWindowTitle(u"Film"_s);
    film.showFullScreen();
    REQUIRE(QTest::qWaitFor([&] { return watch.isFullScreenActive(); }, 10000));
    CHECK(changes == QList<bool> {true});

    SECTION("Back to a normal window")
    {
        film.showNormal();
        REQUIRE(QTest::qWaitFor([&] { return !watch.isFullScreenActive(); }, 10000));
        CHECK(changes == QList<bool> {true, false});
    }

    SECTION("Another window made active")
    {
        QWidget editor;
        editor.setWindowTitle(u"Editor"_s);
        editor.resize(300, 200);
        editor.show();
        editor.activateWindow();
        REQUIRE(QTest::qWaitFor([&] { return !watch.isFullScreenActive(); }, 10000));

        film.activateWindow();
        REQUIRE(QTest::qWaitFor([&] { return watch.isFullScreenActive(); }, 10000));
        CHECK(changes == QList<bool> {true, false, true});
    }
}

} // namespace toward
