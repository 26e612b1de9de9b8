#include "FakeDesktopServices.h"
#include "desktop/DesktopActivityLoader.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QTest>
#include <catch2/catch.hpp>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

// Run by desktop_activity_bus.sh: a Wayland session with no X server, and a private bus (standing
// for both the session and the system bus) on which the fakes stand for Mutter and logind.
namespace toward {

namespace {

// A connection for the fakes, apart from the plugin's.
QDBusConnection fakeDesktopBus()
{
    return QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"fake-desktop"_s);
}

// Returns once the bus has handled what `bus` sent before, such as the plugin's match rules for the
// signals it listens to.
void roundTrip(const QDBusConnection &bus)
{
    bus.call(QDBusMessage::createMethodCall(u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
        u"org.freedesktop.DBus"_s, u"GetId"_s));
}

DesktopActivity openActivity()
{
    return DesktopActivityLoader::open({QStringLiteral(TOWARD_PLUGIN_FOLDER)});
}

} // namespace

TEST_CASE("GNOME's idle monitor on the session bus tells idle and active", "[.][bus]")
{
    test::FakeMutterIdleMonitor mutter(fakeDesktopBus());
    const DesktopActivity activity = openActivity();
    IdleMonitor &monitor = *activity.idle;
    CHECK_FALSE(activity.fullScreen->isAvailable());
    QList<QDateTime> idleSince;
    int active = 0;
    monitor.becameIdle = [&idleSince](const QDateTime &since) { idleSince.append(since); };
    monitor.becameActive = [&active](const QDateTime &) { ++active; };
    monitor.watch(2s);

    REQUIRE(QTest::qWaitFor([&] { return monitor.method() == u"GNOME idle time"_s; }, 10000));
    CHECK(monitor.isAvailable());
    REQUIRE(QTest::qWaitFor([&] { return mutter.idleWatches.size() == 1; }, 10000));
    const uint idleWatch = mutter.idleWatches.keys().constFirst();
    CHECK(mutter.idleWatches.value(idleWatch) == 2000);
    roundTrip(QDBusConnection::sessionBus());

    const QDateTime fired = QDateTime::currentDateTime();
    mutter.fire(idleWatch);
    REQUIRE(QTest::qWaitFor([&] { return idleSince.size() == 1; }, 10000));
    CHECK(idleSince.front() >= fired.addSecs(-2).addMSecs(-50));
    CHECK(idleSince.front() <= QDateTime::currentDateTime().addSecs(-2));

    REQUIRE(QTest::qWaitFor([&] { return mutter.activeWatches.size() == 1; }, 10000));
    CHECK(active == 0);
    mutter.fire(*mutter.activeWatches.constBegin());
    REQUIRE(QTest::qWaitFor([&] { return active == 1; }, 10000));

    // A new threshold replaces the old watch.
    monitor.watch(5s);
    REQUIRE(QTest::qWaitFor([&] { return !mutter.idleWatches.contains(idleWatch); }, 10000));
    REQUIRE(QTest::qWaitFor([&] { return mutter.idleWatches.size() == 1; }, 10000));
    CHECK(mutter.idleWatches.constBegin().value() == 5000);
}

TEST_CASE("Without Mutter, logind's idle hint tells idle once the threshold has passed", "[.][bus]")
{
    test::FakeLogind logind(fakeDesktopBus());
    const QDateTime hintSince = QDateTime::currentDateTime();
    logind.setIdleHint(true, hintSince);

    const DesktopActivity activity = openActivity();
    IdleMonitor &monitor = *activity.idle;
    QList<QDateTime> idleSince;
    QList<QDateTime> activeAt;
    monitor.becameIdle = [&idleSince](const QDateTime &since) { idleSince.append(since); };
    monitor.becameActive = [&activeAt](const QDateTime &at) { activeAt.append(at); };
    const auto threshold = 1500ms;
    monitor.watch(threshold);

    REQUIRE(QTest::qWaitFor([&] { return monitor.method().contains(u"idle hint"_s); }, 10000));
    CHECK(monitor.isAvailable());
    REQUIRE(QTest::qWaitFor([&] { return idleSince.size() == 1; }, 10000));
    // IdleSinceHint, to the millisecond, and told no sooner than the threshold after it.
    CHECK(idleSince.front() == hintSince);
    CHECK(QDateTime::currentDateTime() >= hintSince.addMSecs(threshold.count()));

    roundTrip(QDBusConnection::systemBus());
    const QDateTime back = QDateTime::currentDateTime();
    logind.setIdleHint(false, back);
    REQUIRE(QTest::qWaitFor([&] { return activeAt.size() == 1; }, 10000));
    CHECK(activeAt.front() >= back);
    CHECK(idleSince.size() == 1);
}

TEST_CASE("logind's end of sleep wakes the reminders", "[.][bus]")
{
    test::FakeLogind logind(fakeDesktopBus());
    const DesktopActivity activity = openActivity();
    int wokeUp = 0;
    activity.sleep->wokeUp = [&wokeUp] { ++wokeUp; };
    roundTrip(QDBusConnection::systemBus());

    logind.prepareForSleep(true);
    logind.prepareForSleep(false);
    REQUIRE(QTest::qWaitFor([&] { return wokeUp == 1; }, 10000));
    QTest::qWait(200);
    CHECK(wokeUp == 1); // going to sleep is no waking up
}

TEST_CASE("With neither Mutter nor logind, the idle time is unavailable and says why", "[.][bus]")
{
    const DesktopActivity activity = openActivity();
    REQUIRE(QTest::qWaitFor([&] { return !activity.idle->isAvailable(); }, 10000));
    CHECK(activity.idle->problem()
        == u"Toward cannot tell when you are away from the computer here; movement prompts "
           "count time alone."_s);
}

} // namespace toward
