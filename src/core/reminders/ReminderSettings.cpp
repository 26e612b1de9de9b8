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
    reminders.checkInTimes = timesFrom(settings.value(Setting::CheckInTimes));
    reminders.movementPrompts = settings.value(Setting::MovementPrompts);
    reminders.movementAfter = boundedMinutes(settings.value(Setting::MovementMinutes), 5, 240);
    reminders.naturalBreak = boundedMinutes(settings.value(Setting::NaturalBreakMinutes), 1, 60);
    reminders.dailyLimit = std::clamp(settings.value(Setting::DailyPromptLimit), 1, MaxDailyLimit);
    return reminders;
}

QList<QTime> ReminderSettings::timesFrom(const QString &text, QStringList *unreadable)
{
    QList<QTime> times;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (trimmed.isEmpty())
            continue;
        const QTime time = QTime::fromString(trimmed, ReadTimeFormat);
        if (!time.isValid()) {
            if (unreadable)
                unreadable->append(trimmed);
            continue;
        }
        if (!times.contains(time))
            times.append(time);
    }
    std::sort(times.begin(), times.end());
    return times;
}

QString ReminderSettings::textOf(const QList<QTime> &times)
{
    QStringList texts;
    for (const QTime &time : times)
        texts.append(time.toString(TimeFormat));
    return texts.join(u", "_s);
}

void ReminderSettings::write(AppSettings &settings) const
{
    settings.setValue(Setting::CheckInReminders, checkInReminders);
    settings.setValue(Setting::CheckInTimes, textOf(checkInTimes).remove(u' '));
    settings.setValue(Setting::MovementPrompts, movementPrompts);
    settings.setValue(Setting::MovementMinutes, int(movementAfter.count()));
    settings.setValue(Setting::NaturalBreakMinutes, int(naturalBreak.count()));
    settings.setValue(Setting::DailyPromptLimit, dailyLimit);
}

} // namespace toward
