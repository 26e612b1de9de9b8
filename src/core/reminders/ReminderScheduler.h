#pragma once

#include "reminders/ReminderSettings.h"

#include <QDateTime>
#include <QList>

#include <chrono>
#include <optional>

namespace toward {

enum class ReminderKind {
    CheckIn, // at one of the chosen times
    Movement, // after a stretch of use without a break
};

struct Reminder {
    ReminderKind kind = ReminderKind::CheckIn;
    QDateTime dueAt;
    // A check-in time passed while the computer slept or Toward was paused: one prompt stands
    // for all of them, never a flood.
    bool catchUp = false;

    friend bool operator==(const Reminder &, const Reminder &) = default;
};

// When to prompt the person, as a pure function of what happened and the wall-clock time handed
// in: the app asks due() when it wakes and sleeps until nextCheckAt(). Times of day are taken in
// the zone of the times handed in, so a day with a daylight-saving change has its check-in times
// once each; a clock set back never repeats a prompt, one that jumps ahead (a laptop waking up)
// gives at most one catch-up prompt, and the sleep counts as a break from the screen.
class ReminderScheduler {
public:
    ReminderScheduler(ReminderSettings settings, const QDateTime &now);

    const ReminderSettings &settings() const { return m_settings; }
    // Check-in times before `now` are not prompted for: they were chosen just now.
    void setSettings(ReminderSettings settings, const QDateTime &now);

    // What idle detection reports; without it the movement count runs on time alone.
    void idleSince(const QDateTime &at);
    void activeAgain(const QDateTime &at);

    // The prompt due at `now`, if any: a check-in before a movement prompt. It stays due until it
    // was shown(), so a prompt held back (a full-screen window) comes when it may.
    std::optional<Reminder> due(const QDateTime &now);
    // When due() may next have something after `now`; none when nothing is planned (all off, or
    // idle with no check-in time to come).
    std::optional<QDateTime> nextCheckAt(const QDateTime &now) const;

    // The next prompt as planned now, for the person to see (a movement prompt's time assumes the
    // use goes on); none while paused, with today's prompts used up, or with nothing planned.
    std::optional<Reminder> upcoming(const QDateTime &now) const;

    // The prompt was put in front of the person; it counts towards the daily limit. Unless it is
    // postponed, the stretch of use counts again from here.
    void shown(const Reminder &reminder, const QDateTime &now);
    // "Later": no prompt for `delay`, then this one again (a movement prompt when the stretch of
    // use goes on).
    void postpone(ReminderKind kind, std::chrono::minutes delay, const QDateTime &now);
    // Nothing more until the start of the next day; the check-in times in between are dropped.
    void pauseUntilTomorrow(const QDateTime &now);
    bool isPaused(const QDateTime &now) const;
    // A check-in was made: a check-in time in the hour after it has nothing left to ask, and the
    // practice was a break from the screen.
    void checkInSaved(const QDateTime &at);

private:
    // The check-in times after `after` up to `until`, inclusive, in order.
    QList<QDateTime> checkInTimesBetween(const QDateTime &after, const QDateTime &until) const;
    std::optional<QDateTime> nextCheckInTimeAfter(const QDateTime &after) const;
    std::optional<QDateTime> movementDueAt() const;
    bool limitReached(const QDateTime &now) const;
    QDateTime startOfNextDay(const QDateTime &now) const;
    // A wake-up much later than planned: the machine slept, which ends the stretch of use.
    void noticeSleep(const QDateTime &now);

    ReminderSettings m_settings;
    QDateTime m_checkInsHandledUntil; // check-in times up to it were prompted or are moot
    std::optional<QDateTime> m_lastCheckIn;
    QDateTime m_activeSince; // the current stretch of use began
    std::optional<QDateTime> m_idleSince;
    std::optional<QDateTime> m_postponedUntil; // "later": no prompt of either kind before it
    std::optional<ReminderKind> m_postponedKind; // the prompt that comes back then
    std::optional<QDateTime> m_pausedUntil;
    QDate m_shownDay;
    int m_shownThatDay = 0;
    std::optional<QDateTime> m_plannedCheck; // when due() last said to look again
};

} // namespace toward
