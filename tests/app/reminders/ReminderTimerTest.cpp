#include "reminders/ReminderTimer.h"

#include "TestSupport.h"
#include "reminders/ManualWallClock.h"

#include <QSignalSpy>
#include <QTimeZone>

using namespace toward;
using toward::test::WallClock;
using namespace std::chrono_literals;

namespace {

ReminderSettings checkInAtNineAndMovementEveryHour()
{
    ReminderSettings settings;
    settings.checkInReminders = true;
    settings.checkInTimes = {QTime(9, 0)};
    settings.movementPrompts = true;
    settings.movementAfter = 60min;
    return settings;
}

} // namespace

TEST_CASE("The reminder timer sleeps until the next moment something may be due", "[reminders]")
{
    const WallClock clock;
    const QDateTime start = clock.now();
    ReminderTimer timer(checkInAtNineAndMovementEveryHour(), clock.provider());
    QSignalSpy due(&timer, &ReminderTimer::reminderDue);
    CHECK(timer.wakeAt() == start.addSecs(30 * 60));

    clock.advanceSeconds(30 * 60);
    timer.check();
    REQUIRE(due.size() == 1);
    const auto reminder = due.at(0).at(0).value<Reminder>();
    CHECK(reminder.kind == ReminderKind::CheckIn);
    CHECK_FALSE(timer.wakeAt()); // the prompt is the app's now

    SECTION("shown: asleep until the stretch of use is over")
    {
        timer.shown(reminder);
        CHECK(timer.wakeAt() == clock.now().addSecs(60 * 60));
    }
    SECTION("held back behind a full-screen window: asked again a minute on, still due")
    {
        timer.heldBack();
        CHECK(timer.wakeAt() == clock.now().addSecs(60));
        clock.advanceSeconds(60);
        timer.check();
        CHECK(due.size() == 2);
    }
    SECTION("later: asleep until then")
    {
        timer.shown(reminder);
        timer.postpone(ReminderKind::CheckIn, 15min);
        CHECK(timer.wakeAt() == clock.now().addSecs(15 * 60));
    }
    SECTION("paused until tomorrow: asleep until midnight")
    {
        timer.shown(reminder);
        timer.pauseUntilTomorrow();
        CHECK(timer.wakeAt() == QDateTime(QDate(2024, 5, 2), QTime(0, 0), clock.now().timeZone()));
    }
}

TEST_CASE("With reminders off the timer never wakes", "[reminders]")
{
    const WallClock clock;
    ReminderTimer timer(ReminderSettings {}, clock.provider());
    CHECK_FALSE(timer.wakeAt());
    ReminderSettings on = checkInAtNineAndMovementEveryHour();
    timer.setSettings(on);
    CHECK(timer.wakeAt() == clock.now().addSecs(30 * 60));
    timer.setSettings(ReminderSettings {});
    CHECK_FALSE(timer.wakeAt());
}
