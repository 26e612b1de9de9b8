#include "reminders/ReminderScheduler.h"

#include "TestSupport.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace toward;
using namespace std::chrono_literals;

namespace Catch {
template<>
struct StringMaker<Reminder> {
    static std::string convert(const Reminder &reminder)
    {
        return (reminder.kind == ReminderKind::CheckIn ? "check-in at " : "movement at ")
            + reminder.dueAt.toString(Qt::ISODate).toStdString()
            + (reminder.catchUp ? " (catch-up)" : "");
    }
};
} // namespace Catch

namespace {

// A zone with daylight saving: in 2026 clocks go forward on 29 March at 02:00 and back on
// 25 October at 03:00.
QTimeZone berlin()
{
    const QTimeZone zone("Europe/Berlin");
    REQUIRE(zone.isValid()); // needs the tzdata package
    return zone;
}

QDateTime at(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), berlin());
}

ReminderSettings checkInsAt(QList<QTime> times)
{
    ReminderSettings settings;
    settings.checkInReminders = true;
    settings.checkInTimes = std::move(times);
    return settings;
}

ReminderSettings movementEvery(std::chrono::minutes after)
{
    ReminderSettings settings;
    settings.movementPrompts = true;
    settings.movementAfter = after;
    return settings;
}

// Looks at each minute from `from` to `to` as an app woken by every nextCheckAt() would, shows
// what is due at once, and lists it.
QList<Reminder> promptsBetween(ReminderScheduler &scheduler, QDateTime from, const QDateTime &to)
{
    QList<Reminder> prompts;
    QDateTime now = from;
    while (now <= to) {
        if (std::optional<Reminder> reminder = scheduler.due(now)) {
            scheduler.shown(*reminder, now);
            prompts.append(*reminder);
        }
        const std::optional<QDateTime> next = scheduler.nextCheckAt(now);
        if (!next)
            break;
        REQUIRE(*next > now);
        now = *next;
    }
    return prompts;
}

} // namespace

TEST_CASE(
    "A daily check-in comes at each chosen time, and not for times already past", "[reminders]")
{
    ReminderScheduler scheduler(checkInsAt({QTime(9, 0), QTime(18, 30)}), at(5, 4, 12));
    CHECK(scheduler.nextCheckAt(at(5, 4, 12)) == at(5, 4, 18, 30));
    CHECK_FALSE(scheduler.due(at(5, 4, 18, 29)));
    const QList<Reminder> prompts = promptsBetween(scheduler, at(5, 4, 12), at(5, 6, 12));
    CHECK(prompts
        == QList<Reminder> {{ReminderKind::CheckIn, at(5, 4, 18, 30), false},
            {ReminderKind::CheckIn, at(5, 5, 9), false},
            {ReminderKind::CheckIn, at(5, 5, 18, 30), false},
            {ReminderKind::CheckIn, at(5, 6, 9), false}});
}

TEST_CASE("A check-in time comes once on the days the clocks change", "[reminders]")
{
    SECTION("spring: a time in the skipped hour comes after it")
    {
        ReminderScheduler scheduler(checkInsAt({QTime(2, 30), QTime(8, 0)}), at(3, 28, 12));
        const QList<Reminder> prompts = promptsBetween(scheduler, at(3, 28, 12), at(3, 29, 12));
        REQUIRE(prompts.size() == 2);
        CHECK(prompts.at(0).dueAt >= at(3, 29, 3));
        CHECK(prompts.at(0).dueAt < at(3, 29, 4));
        CHECK(prompts.at(1).dueAt == at(3, 29, 8));
    }
    SECTION("autumn: a time in the repeated hour comes once")
    {
        ReminderScheduler scheduler(checkInsAt({QTime(2, 30), QTime(8, 0)}), at(10, 24, 12));
        const QList<Reminder> prompts = promptsBetween(scheduler, at(10, 24, 12), at(10, 25, 12));
        REQUIRE(prompts.size() == 2);
        CHECK(prompts.at(0).dueAt.time() == QTime(2, 30));
        CHECK(prompts.at(1).dueAt == at(10, 25, 8));
        // The 8:00 is 8:00 on the wall, an hour more after midnight than the day before.
        CHECK(at(10, 25, 0).secsTo(prompts.at(1).dueAt) == 9 * 3600);
    }
}

TEST_CASE(
    "After a sleep past several check-in times, one catch-up prompt stands for all", "[reminders]")
{
    ReminderScheduler scheduler(checkInsAt({QTime(9, 0), QTime(13, 0), QTime(18, 0)}), at(5, 4, 8));
    CHECK(scheduler.nextCheckAt(at(5, 4, 8)) == at(5, 4, 9));
    // The laptop slept from 8:00 until the next morning.
    const std::optional<Reminder> woken = scheduler.due(at(5, 5, 7, 45));
    REQUIRE(woken);
    CHECK(*woken == Reminder {ReminderKind::CheckIn, at(5, 4, 18), true});
    scheduler.shown(*woken, at(5, 5, 7, 45));
    CHECK_FALSE(scheduler.due(at(5, 5, 7, 46)));
    CHECK(scheduler.nextCheckAt(at(5, 5, 7, 46)) == at(5, 5, 9));
}

TEST_CASE("A clock set back never repeats a check-in prompt", "[reminders]")
{
    ReminderScheduler scheduler(checkInsAt({QTime(9, 0)}), at(5, 4, 8));
    const std::optional<Reminder> nine = scheduler.due(at(5, 4, 9));
    REQUIRE(nine);
    scheduler.shown(*nine, at(5, 4, 9));
    CHECK_FALSE(scheduler.due(at(5, 4, 8, 30))); // set back by half an hour
    CHECK_FALSE(scheduler.due(at(5, 4, 9, 1)));
    CHECK(scheduler.nextCheckAt(at(5, 4, 9, 1)) == at(5, 5, 9));
}

TEST_CASE("A check-in made in the hour before a check-in time answers it", "[reminders]")
{
    ReminderScheduler scheduler(checkInsAt({QTime(9, 0), QTime(18, 0)}), at(5, 4, 7));
    scheduler.checkInSaved(at(5, 4, 8, 15));
    CHECK_FALSE(scheduler.due(at(5, 4, 9)));
    scheduler.checkInSaved(at(5, 4, 16, 30));
    CHECK(scheduler.due(at(5, 4, 18)) == Reminder {ReminderKind::CheckIn, at(5, 4, 18), false});
}

TEST_CASE("A movement prompt comes after a stretch of use; a natural break starts it again",
    "[reminders]")
{
    ReminderScheduler scheduler(movementEvery(50min), at(5, 4, 9));
    CHECK(scheduler.nextCheckAt(at(5, 4, 9)) == at(5, 4, 9, 50));
    CHECK_FALSE(scheduler.due(at(5, 4, 9, 49)));

    SECTION("a short pause counts as use")
    {
        scheduler.idleSince(at(5, 4, 9, 20));
        CHECK_FALSE(scheduler.nextCheckAt(at(5, 4, 9, 21))); // nothing while away
        scheduler.activeAgain(at(5, 4, 9, 24));
        CHECK(scheduler.due(at(5, 4, 9, 50))
            == Reminder {ReminderKind::Movement, at(5, 4, 9, 50), false});
    }
    SECTION("five minutes away is a break")
    {
        scheduler.idleSince(at(5, 4, 9, 20));
        scheduler.activeAgain(at(5, 4, 9, 25));
        CHECK_FALSE(scheduler.due(at(5, 4, 9, 50)));
        CHECK(scheduler.nextCheckAt(at(5, 4, 9, 50)) == at(5, 4, 10, 15));
    }
    SECTION("idle past the time: the prompt waits for the person to come back")
    {
        scheduler.idleSince(at(5, 4, 9, 48));
        CHECK_FALSE(scheduler.due(at(5, 4, 9, 51)));
        scheduler.activeAgain(at(5, 4, 9, 51));
        CHECK(scheduler.due(at(5, 4, 9, 51)));
    }
    SECTION("after a prompt the count starts again")
    {
        const std::optional<Reminder> prompt = scheduler.due(at(5, 4, 9, 50));
        REQUIRE(prompt);
        scheduler.shown(*prompt, at(5, 4, 9, 51));
        CHECK(scheduler.nextCheckAt(at(5, 4, 9, 51)) == at(5, 4, 10, 41));
    }
}

TEST_CASE(
    "Postponed prompts come back after the delay, as often as they are postponed", "[reminders]")
{
    ReminderSettings settings = movementEvery(50min);
    settings.checkInReminders = true;
    settings.checkInTimes = {QTime(12, 0)};
    ReminderScheduler scheduler(settings, at(5, 4, 11));

    std::optional<Reminder> prompt = scheduler.due(at(5, 4, 11, 50));
    REQUIRE(prompt);
    CHECK(prompt->kind == ReminderKind::Movement);
    scheduler.shown(*prompt, at(5, 4, 11, 50));
    scheduler.postpone(ReminderKind::Movement, 5min, at(5, 4, 11, 50));
    CHECK(scheduler.nextCheckAt(at(5, 4, 11, 50)) == at(5, 4, 11, 55));
    prompt = scheduler.due(at(5, 4, 11, 55));
    REQUIRE(prompt);
    scheduler.shown(*prompt, at(5, 4, 11, 55));
    scheduler.postpone(ReminderKind::Movement, 15min, at(5, 4, 11, 55));

    // "Later" holds back the check-in time too; then it comes, and "later" on it asks again an
    // hour on, with nothing else in between.
    CHECK_FALSE(scheduler.due(at(5, 4, 12)));
    CHECK(scheduler.nextCheckAt(at(5, 4, 12)) == at(5, 4, 12, 10));
    prompt = scheduler.due(at(5, 4, 12, 10));
    REQUIRE(prompt);
    CHECK(*prompt == Reminder {ReminderKind::CheckIn, at(5, 4, 12), false});
    scheduler.shown(*prompt, at(5, 4, 12, 10));
    scheduler.postpone(ReminderKind::CheckIn, 60min, at(5, 4, 12, 10));
    CHECK(scheduler.nextCheckAt(at(5, 4, 12, 10)) == at(5, 4, 13, 10));
    CHECK_FALSE(scheduler.due(at(5, 4, 13, 9)));
    CHECK(scheduler.due(at(5, 4, 13, 10))
        == Reminder {ReminderKind::CheckIn, at(5, 4, 13, 10), false});
}

TEST_CASE("A break taken after \"later\" answers the postponed movement prompt", "[reminders]")
{
    ReminderScheduler scheduler(movementEvery(50min), at(5, 4, 9));
    const std::optional<Reminder> prompt = scheduler.due(at(5, 4, 9, 50));
    REQUIRE(prompt);
    scheduler.shown(*prompt, at(5, 4, 9, 50));
    scheduler.postpone(ReminderKind::Movement, 15min, at(5, 4, 9, 50));
    scheduler.idleSince(at(5, 4, 9, 52));
    scheduler.activeAgain(at(5, 4, 10));
    CHECK_FALSE(scheduler.due(at(5, 4, 10, 5)));
    CHECK(scheduler.nextCheckAt(at(5, 4, 10, 5)) == at(5, 4, 10, 50));
}

TEST_CASE("Pause until tomorrow drops today's prompts and starts afresh at midnight", "[reminders]")
{
    ReminderSettings settings = movementEvery(50min);
    settings.checkInReminders = true;
    settings.checkInTimes = {QTime(18, 0), QTime(0, 20)};
    ReminderScheduler scheduler(settings, at(5, 4, 14));
    scheduler.pauseUntilTomorrow(at(5, 4, 15));
    CHECK(scheduler.isPaused(at(5, 4, 23, 59)));
    CHECK(scheduler.nextCheckAt(at(5, 4, 15)) == at(5, 5, 0));
    CHECK(promptsBetween(scheduler, at(5, 4, 15), at(5, 5, 0, 30))
        == QList<Reminder> {{ReminderKind::CheckIn, at(5, 5, 0, 20), false}});
}

TEST_CASE("No more prompts than the daily limit; the next day counts afresh", "[reminders]")
{
    ReminderSettings settings = movementEvery(30min);
    settings.dailyLimit = 3;
    ReminderScheduler scheduler(settings, at(5, 4, 9));
    const QList<Reminder> prompts = promptsBetween(scheduler, at(5, 4, 9), at(5, 5, 0, 45));
    REQUIRE(prompts.size() == 4);
    CHECK(prompts.at(2).dueAt == at(5, 4, 10, 30));
    // The stretch of use counts again from midnight.
    CHECK(prompts.at(3).dueAt == at(5, 5, 0, 30));
}

TEST_CASE(
    "A wake-up long after the planned one was a sleep: a break from the screen", "[reminders]")
{
    ReminderScheduler scheduler(movementEvery(50min), at(5, 4, 9));
    CHECK_FALSE(scheduler.due(at(5, 4, 9, 30)));
    CHECK(scheduler.nextCheckAt(at(5, 4, 9, 30)) == at(5, 4, 9, 50));
    // Suspended at 9:40, woken at 11:00: no prompt at once, a full stretch from now.
    CHECK_FALSE(scheduler.due(at(5, 4, 11)));
    CHECK(scheduler.nextCheckAt(at(5, 4, 11)) == at(5, 4, 11, 50));
}

TEST_CASE("A prompt held back stays due until it is shown", "[reminders]")
{
    ReminderScheduler scheduler(movementEvery(50min), at(5, 4, 9));
    const Reminder expected {ReminderKind::Movement, at(5, 4, 9, 50), false};
    CHECK(scheduler.due(at(5, 4, 9, 50)) == expected);
    // A full-screen video until 10:30: the prompt is still there, not taken for a sleep.
    CHECK(scheduler.due(at(5, 4, 10, 30)) == expected);
}

TEST_CASE("Nothing is planned while reminders are off", "[reminders]")
{
    ReminderScheduler scheduler(ReminderSettings {}, at(5, 4, 9));
    CHECK_FALSE(scheduler.nextCheckAt(at(5, 4, 9)));
    CHECK(promptsBetween(scheduler, at(5, 4, 9), at(5, 9, 9)).isEmpty());
}

TEST_CASE("The upcoming prompt is the earliest planned, and none while paused", "[reminders]")
{
    ReminderSettings settings = movementEvery(50min);
    settings.checkInReminders = true;
    settings.checkInTimes = {QTime(18, 0)};
    ReminderScheduler scheduler(settings, at(5, 4, 9));
    CHECK(scheduler.upcoming(at(5, 4, 9, 10))
        == Reminder {ReminderKind::Movement, at(5, 4, 9, 50), false});
    scheduler.idleSince(at(5, 4, 9, 10));
    CHECK(scheduler.upcoming(at(5, 4, 9, 20))
        == Reminder {ReminderKind::CheckIn, at(5, 4, 18), false});

    scheduler.activeAgain(at(5, 4, 9, 20));
    scheduler.postpone(ReminderKind::Movement, 60min, at(5, 4, 9, 30));
    CHECK(scheduler.upcoming(at(5, 4, 9, 30))
        == Reminder {ReminderKind::Movement, at(5, 4, 10, 30), false});

    scheduler.pauseUntilTomorrow(at(5, 4, 9, 40));
    CHECK_FALSE(scheduler.upcoming(at(5, 4, 9, 40)));
}
