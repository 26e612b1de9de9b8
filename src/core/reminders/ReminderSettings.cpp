#include "reminders/ReminderSettings.h"

#include "settings/AppSettings.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

const QString TimeFormat = u"HH:mm"_s;
const QString ReadTimeFormat = u"H:mm"_s; // "7:00" as well

std::chrono::minutes boundedMinutes(int minutes, int least, int most)
{
    return std::chrono::minutes(std::clamp(minutes, least, most));
}

} // namespace

ReminderSettings ReminderSettings::read(const AppSettings &settings)
{
    ReminderSettings reminders;
    reminders.checkInReminders = settings.value(Setting::CheckInReminders);
    reminders.checkInTimes.clear();
    for (const QString &text :
        settings.value(Setting::CheckInTimes).split(u',', Qt::SkipEmptyParts)) {
        const QTime time = QTime::fromString(text.trimmed(), ReadTimeFormat);
        if (time.isValid() && !reminders.checkInTimes.contains(time))
            reminders.checkInTimes.append(time);
    }
    std::sort(reminders.checkInTimes.begin(), reminders.checkInTimes.end());
    reminders.movementPrompts = settings.value(Setting::MovementPrompts);
    reminders.movementAfter = boundedMinutes(settings.value(Setting::MovementMinutes), 5, 240);
    reminders.naturalBreak = boundedMinutes(settings.value(Setting::NaturalBreakMinutes), 1, 60);
    reminders.dailyLimit = std::clamp(settings.value(Setting::DailyPromptLimit), 1, MaxDailyLimit);
    return reminders;
}

void ReminderSettings::write(AppSettings &settings) const
{
    QStringList times;
    for (const QTime &time : checkInTimes)
        times.append(time.toString(TimeFormat));
    settings.setValue(Setting::CheckInReminders, checkInReminders);
    settings.setValue(Setting::CheckInTimes, times.join(u','));
    settings.setValue(Setting::MovementPrompts, movementPrompts);
    settings.setValue(Setting::MovementMinutes, int(movementAfter.count()));
    settings.setValue(Setting::NaturalBreakMinutes, int(naturalBreak.count()));
    settings.setValue(Setting::DailyPromptLimit, dailyLimit);
}

} // namespace toward
