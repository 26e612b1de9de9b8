#include "reminders/ReminderSettings.h"

#include "TestSupport.h"
#include "settings/AppSettings.h"

using namespace Qt::StringLiterals;
using namespace toward;
using namespace std::chrono_literals;

TEST_CASE("Reminder settings are kept in settings.ini and read back", "[reminders][settings]")
{
    test::TemporaryDataDir dir;
    const QString file = dir.filePath(u"settings.ini"_s);
    ReminderSettings reminders;
    reminders.checkInReminders = true;
    reminders.checkInTimes = {QTime(7, 15), QTime(21, 0)};
    reminders.movementPrompts = true;
    reminders.movementAfter = 40min;
    reminders.naturalBreak = 3min;
    reminders.dailyLimit = 5;
    {
        AppSettings settings(file);
        CHECK(ReminderSettings::read(settings) == ReminderSettings {});
        reminders.write(settings);
        REQUIRE(settings.sync());
    }
    AppSettings reopened(file);
    CHECK(ReminderSettings::read(reopened) == reminders);
    CHECK(reopened.value(Setting::CheckInTimes) == u"07:15,21:00"_s);
}

TEST_CASE("Reminder settings written by hand are read with care", "[reminders][settings]")
{
    test::TemporaryDataDir dir;
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    settings.setValue(Setting::CheckInTimes, u"18:30, 7:00,25:00,noon,08:05,18:30"_s);
    settings.setValue(Setting::MovementMinutes, 0);
    settings.setValue(Setting::NaturalBreakMinutes, 1000);
    settings.setValue(Setting::DailyPromptLimit, -3);
    const ReminderSettings reminders = ReminderSettings::read(settings);
    CHECK(reminders.checkInTimes == QList<QTime> {QTime(7, 0), QTime(8, 5), QTime(18, 30)});
    CHECK(reminders.movementAfter == 5min);
    CHECK(reminders.naturalBreak == 60min);
    CHECK(reminders.dailyLimit == 1);
}

TEST_CASE("Times typed by the person are read in order, and what is not a time is named",
    "[reminders][settings]")
{
    QStringList unreadable;
    CHECK(ReminderSettings::timesFrom(u" 18:30 ,7:00, noon,, 7:00, 24:10"_s, &unreadable)
        == QList<QTime> {QTime(7, 0), QTime(18, 30)});
    CHECK(unreadable == QStringList {u"noon"_s, u"24:10"_s});
    CHECK(ReminderSettings::textOf({QTime(7, 0), QTime(18, 30)}) == u"07:00, 18:30"_s);
}
