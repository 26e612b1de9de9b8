#include "reminders/ReminderCoach.h"

#include "AppTestModels.h"
#include "TestSupport.h"
#include "reminders/FakeDesktop.h"
#include "reminders/ManualWallClock.h"

#include <QSignalSpy>

using namespace toward;
using namespace toward::test;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

ReminderSettings movementEveryFiftyMinutes()
{
    ReminderSettings settings;
    settings.movementPrompts = true;
    return settings;
}

struct CoachFixture {
    explicit CoachFixture(ReminderSettings settings = movementEveryFiftyMinutes())
        : coach(std::move(settings), clock.provider(), desktop.handOver())
    {
        coach.setModel(builtInModel());
    }

    // Moves the clock on and wakes the coach, as its timer would.
    void wait(qint64 minutes)
    {
        clock.advanceMinutes(minutes);
        coach.timer().check();
    }

    WallClock clock;
    FakeDesktop desktop;
    ReminderCoach coach;
};

QString shortTime(int hour, int minute)
{
    return QLocale().toString(QTime(hour, minute), QLocale::ShortFormat);
}

QStringList actionKeys(const Notice &notice)
{
    QStringList keys;
    for (const Notice::Action &action : notice.actions)
        keys.append(action.key);
    return keys;
}

} // namespace

TEST_CASE("A movement prompt offers the desk practice, and Start opens it", "[reminders]")
{
    CoachFixture f;
    QSignalSpy started(&f.coach, &ReminderCoach::startRequested);
    CHECK(f.desktop.idle->watched == 5min);
    f.wait(49);
    CHECK(f.desktop.notifier->shown.isEmpty());
    f.wait(1);
    REQUIRE(f.desktop.notifier->shown.size() == 1);
    const Notice &notice = f.desktop.notifier->shown.first();
    CHECK(notice.title == u"Time to move"_s);
    CHECK(notice.body.contains(u"50 minutes"_s));
    CHECK(notice.body.contains(u"Desk reset"_s));
    CHECK(actionKeys(notice) == QStringList {u"start"_s, u"later"_s});

    f.desktop.notifier->actionInvoked(u"start"_s);
    REQUIRE(started.size() == 1);
    CHECK(started.at(0).at(0).toString() == u"desk-reset"_s);
    CHECK(f.desktop.fallback->shown.isEmpty());

    // A click on the notice after its button, or on a message that was no prompt, asks nothing.
    f.desktop.notifier->actionInvoked(QLatin1String(Notifier::DefaultAction));
    f.desktop.fallback->actionInvoked(QLatin1String(Notifier::DefaultAction));
    CHECK(started.size() == 1);
}

TEST_CASE("A prompt dismissed is not answered by a later click", "[reminders]")
{
    CoachFixture f;
    QSignalSpy started(&f.coach, &ReminderCoach::startRequested);
    f.wait(50);
    f.desktop.notifier->dismissed();
    f.desktop.notifier->actionInvoked(u"start"_s);
    CHECK(started.isEmpty());
}

TEST_CASE(
    "A check-in reminder opens a plain check-in; a click on it counts as Start", "[reminders]")
{
    ReminderSettings settings;
    settings.checkInReminders = true;
    settings.checkInTimes = {QTime(9, 0)};
    CoachFixture f(settings);
    QSignalSpy started(&f.coach, &ReminderCoach::startRequested);
    CHECK(f.coach.upcomingText() == u"Next reminder: a check-in at %1."_s.arg(shortTime(9, 0)));
    f.wait(30);
    REQUIRE(f.desktop.notifier->shown.size() == 1);
    CHECK(f.desktop.notifier->shown.first().title == u"Time for a check-in"_s);
    f.desktop.notifier->actionInvoked(QLatin1String(Notifier::DefaultAction));
    REQUIRE(started.size() == 1);
    CHECK(started.at(0).at(0).toString().isEmpty());
    CHECK(f.coach.upcomingText()
        == u"Next reminder: a check-in tomorrow at %1."_s.arg(shortTime(9, 0)));
}

TEST_CASE("Later asks again a quarter of an hour on", "[reminders]")
{
    CoachFixture f;
    f.wait(50);
    REQUIRE(f.desktop.notifier->shown.size() == 1);
    f.desktop.notifier->actionInvoked(u"later"_s);
    f.wait(14);
    CHECK(f.desktop.notifier->shown.size() == 1);
    f.wait(1);
    CHECK(f.desktop.notifier->shown.size() == 2);
}

TEST_CASE("No prompt over a full-screen window: it comes when the window leaves full screen",
    "[reminders]")
{
    CoachFixture f;
    f.desktop.fullScreen->setFullScreen(true);
    f.wait(50);
    f.wait(20);
    CHECK(f.desktop.notifier->shown.isEmpty());
    CHECK(f.desktop.fallback->shown.isEmpty());
    f.desktop.fullScreen->setFullScreen(false);
    REQUIRE(f.desktop.notifier->shown.size() == 1);
    CHECK(f.desktop.notifier->shown.first().title == u"Time to move"_s);
}

TEST_CASE("No prompt while the desktop asks for quiet: it comes when that ends", "[reminders]")
{
    CoachFixture f;
    f.desktop.notifier->setInhibited(true);
    f.wait(50);
    CHECK(f.desktop.notifier->shown.isEmpty());
    f.desktop.notifier->setInhibited(false);
    CHECK(f.desktop.notifier->shown.size() == 1);
}

TEST_CASE("Without a notification server the prompt goes to the fallback, and so does one the "
          "server failed to show",
    "[reminders]")
{
    CoachFixture f;
    f.desktop.notifier->available = false;
    f.wait(50);
    CHECK(f.desktop.notifier->shown.isEmpty());
    REQUIRE(f.desktop.fallback->shown.size() == 1);

    f.desktop.notifier->available = true;
    f.wait(50);
    REQUIRE(f.desktop.notifier->shown.size() == 1);
    f.desktop.notifier->failed(u"the server went away"_s);
    CHECK(f.desktop.fallback->shown.size() == 2);
}

TEST_CASE("A natural break reported by the desktop starts the count again", "[reminders]")
{
    CoachFixture f;
    f.wait(30);
    f.desktop.idle->becameIdle(f.clock.now());
    f.wait(10);
    CHECK(f.coach.upcomingText() == u"No more reminders today."_s);
    f.desktop.idle->becameActive(f.clock.now());
    f.wait(49);
    CHECK(f.desktop.notifier->shown.isEmpty());
    f.wait(1);
    CHECK(f.desktop.notifier->shown.size() == 1);
}

TEST_CASE(
    "The tray's postpone and pause take the prompt down and say what comes next", "[reminders]")
{
    CoachFixture f;
    QSignalSpy upcoming(&f.coach, &ReminderCoach::upcomingChanged);
    f.wait(50);
    f.coach.postpone(60min);
    CHECK(f.desktop.notifier->withdrawn == 1);
    REQUIRE_FALSE(upcoming.isEmpty());
    CHECK(upcoming.last().at(0).toString()
        == u"Next reminder: a movement prompt at about %1, if you stay at the computer."_s.arg(
            shortTime(10, 20)));
    f.coach.pauseUntilTomorrow();
    CHECK(f.desktop.notifier->withdrawn == 2);
    CHECK(upcoming.last().at(0).toString() == u"Reminders are paused until tomorrow."_s);
    f.wait(300);
    CHECK(f.desktop.notifier->shown.size() == 1);
}

TEST_CASE("No prompt in the middle of a practice: it comes when the practice ends", "[reminders]")
{
    CoachFixture f;
    bool practising = true;
    f.coach.setBusyCheck([&practising] { return practising; });
    f.wait(50);
    CHECK(f.desktop.notifier->shown.isEmpty());
    practising = false;
    f.coach.busyEnded();
    CHECK(f.desktop.notifier->shown.size() == 1);
}
