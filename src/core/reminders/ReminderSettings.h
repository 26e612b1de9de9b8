#pragma once

#include <QList>
#include <QStringList>
#include <QTime>

#include <chrono>

namespace toward {

class AppSettings;

// The reminders, as kept in settings.ini under [reminders].
struct ReminderSettings {
    static constexpr int MaxDailyLimit = 48;

    bool checkInReminders = false;
    QList<QTime> checkInTimes {QTime(9, 0), QTime(18, 0)}; // local times of day, in order
    bool movementPrompts = false;
    std::chrono::minutes movementAfter {50}; // of continuous use of the computer
    std::chrono::minutes naturalBreak {5}; // idle this long resets the count
    int dailyLimit = 8; // prompts of both kinds a day at most

    // Times of day as the person writes them ("9:00, 18:30"), in order and once each; what cannot
    // be read as a time is left out and listed in `unreadable`.
    static QList<QTime> timesFrom(const QString &text, QStringList *unreadable = nullptr);
    static QString textOf(const QList<QTime> &times);

    // Out-of-range values are clamped; unreadable times are left out.
    static ReminderSettings read(const AppSettings &settings);
    void write(AppSettings &settings) const;

    friend bool operator==(const ReminderSettings &, const ReminderSettings &) = default;
};

} // namespace toward
