#include "reminders/ReminderScheduler.h"

#include <QTimeZone>

#include <algorithm>

namespace toward {

namespace {

using std::chrono::minutes;

// A check-in time prompted for this long after it was missed, not on time.
constexpr minutes LateAfter {15};
// A check-in made up to this long before a check-in time answers it.
constexpr minutes CheckInAnswers {60};

QDateTime later(const QDateTime &time, minutes delay)
{
    return time.addSecs(std::chrono::duration_cast<std::chrono::seconds>(delay).count());
}

bool atLeastApart(const QDateTime &from, const QDateTime &to, minutes gap)
{
    return from.secsTo(to) >= std::chrono::duration_cast<std::chrono::seconds>(gap).count();
}

// A time in the hour skipped when the clocks go forward does not exist (Qt 6.4 makes it
// invalid): it comes an hour later, still once that day. No zone skips more than an hour.
QDateTime checkInTimeOn(QDate day, QTime timeOfDay, const QTimeZone &zone)
{
    const QDateTime time(day, timeOfDay, zone);
    return time.isValid() ? time : QDateTime(day, timeOfDay.addSecs(3600), zone);
}

std::optional<QDateTime> earliest(std::initializer_list<std::optional<QDateTime>> times)
{
    std::optional<QDateTime> first;
    for (const std::optional<QDateTime> &time : times) {
        if (time && (!first || *time < *first))
            first = time;
    }
    return first;
}

} // namespace

ReminderScheduler::ReminderScheduler(ReminderSettings settings, const QDateTime &now)
    : m_activeSince(now)
{
    setSettings(std::move(settings), now);
}

void ReminderScheduler::setSettings(ReminderSettings settings, const QDateTime &now)
{
    m_settings = std::move(settings);
    std::sort(m_settings.checkInTimes.begin(), m_settings.checkInTimes.end());
    m_checkInsHandledUntil = std::max(m_checkInsHandledUntil, now);
}

void ReminderScheduler::idleSince(const QDateTime &at)
{
    if (!m_idleSince)
        m_idleSince = at;
}

void ReminderScheduler::activeAgain(const QDateTime &at)
{
    if (m_idleSince && atLeastApart(*m_idleSince, at, m_settings.naturalBreak)) {
        m_activeSince = at;
        if (m_postponedKind == ReminderKind::Movement)
            m_postponedKind.reset(); // the break it asked for was taken
    }
    m_idleSince.reset();
}

std::optional<Reminder> ReminderScheduler::due(const QDateTime &now)
{
    noticeSleep(now);
    std::optional<Reminder> reminder;
    if (!isPaused(now) && !limitReached(now) && !(m_postponedUntil && now < *m_postponedUntil)) {
        const QList<QDateTime> missed = checkInTimesBetween(m_checkInsHandledUntil, now);
        if (missed.isEmpty())
            m_checkInsHandledUntil = std::max(m_checkInsHandledUntil, now); // answered ones too
        if (m_postponedKind == ReminderKind::CheckIn) {
            reminder = Reminder {ReminderKind::CheckIn, *m_postponedUntil, false};
        } else if (!missed.isEmpty()) {
            const QDateTime latest = missed.constLast();
            reminder = Reminder {ReminderKind::CheckIn, latest,
                missed.size() > 1 || atLeastApart(latest, now, LateAfter)};
        } else if (const std::optional<QDateTime> movement = movementDueAt();
                   movement && *movement <= now) {
            reminder = Reminder {ReminderKind::Movement, *movement, false};
        }
    }
    // A prompt held back is due again at once: a later look is a wait, not a sleep.
    m_plannedCheck = reminder ? std::nullopt : nextCheckAt(now);
    return reminder;
}

std::optional<QDateTime> ReminderScheduler::nextCheckAt(const QDateTime &now) const
{
    if (isPaused(now))
        return m_pausedUntil;
    if (limitReached(now))
        return startOfNextDay(now);
    const auto afterNow = [&now](std::optional<QDateTime> time) -> std::optional<QDateTime> {
        if (time && *time <= now)
            return now;
        return time;
    };
    const std::optional<QDateTime> postponedCheckIn =
        m_postponedKind == ReminderKind::CheckIn ? afterNow(m_postponedUntil) : std::nullopt;
    std::optional<QDateTime> checkIn = nextCheckInTimeAfter(std::max(m_checkInsHandledUntil, now));
    if (checkIn && m_postponedUntil)
        checkIn = std::max(*checkIn, *m_postponedUntil);
    return earliest({postponedCheckIn, checkIn, afterNow(movementDueAt())});
}

std::optional<Reminder> ReminderScheduler::upcoming(const QDateTime &now) const
{
    if (isPaused(now) || limitReached(now))
        return std::nullopt;
    std::optional<Reminder> next;
    const auto consider = [&next, &now](ReminderKind kind, std::optional<QDateTime> at) {
        if (!at)
            return;
        at = std::max(*at, now);
        if (!next || *at < next->dueAt)
            next = Reminder {kind, *at, false};
    };
    if (m_postponedKind && m_postponedUntil)
        consider(*m_postponedKind, m_postponedUntil);
    std::optional<QDateTime> checkIn = nextCheckInTimeAfter(std::max(m_checkInsHandledUntil, now));
    if (checkIn && m_postponedUntil)
        checkIn = std::max(*checkIn, *m_postponedUntil);
    consider(ReminderKind::CheckIn, checkIn);
    std::optional<QDateTime> movement = movementDueAt();
    if (movement && m_postponedUntil)
        movement = std::max(*movement, *m_postponedUntil);
    consider(ReminderKind::Movement, movement);
    return next;
}

void ReminderScheduler::shown(const Reminder &reminder, const QDateTime &now)
{
    if (m_shownDay != now.date()) {
        m_shownDay = now.date();
        m_shownThatDay = 0;
    }
    ++m_shownThatDay;
    // Either prompt asks the person to move: the count of use starts again, tomorrow when today's
    // prompts are used up.
    m_activeSince = limitReached(now) ? startOfNextDay(now) : now;
    m_postponedUntil.reset();
    m_postponedKind.reset();
    if (reminder.kind == ReminderKind::CheckIn)
        m_checkInsHandledUntil = std::max(m_checkInsHandledUntil, now);
}

void ReminderScheduler::postpone(ReminderKind kind, minutes delay, const QDateTime &now)
{
    m_postponedUntil = later(now, delay);
    m_postponedKind = kind;
    if (kind == ReminderKind::CheckIn)
        m_checkInsHandledUntil = std::max(m_checkInsHandledUntil, now);
}

void ReminderScheduler::pauseUntilTomorrow(const QDateTime &now)
{
    m_pausedUntil = startOfNextDay(now);
    m_checkInsHandledUntil = std::max(m_checkInsHandledUntil, *m_pausedUntil);
    m_postponedUntil.reset();
    m_postponedKind.reset();
    m_activeSince = *m_pausedUntil;
}

bool ReminderScheduler::isPaused(const QDateTime &now) const
{
    return m_pausedUntil && now < *m_pausedUntil;
}

void ReminderScheduler::checkInSaved(const QDateTime &at)
{
    m_lastCheckIn = at;
    m_activeSince = std::max(m_activeSince, at);
    m_postponedUntil.reset();
    m_postponedKind.reset();
}

QList<QDateTime> ReminderScheduler::checkInTimesBetween(
    const QDateTime &after, const QDateTime &until) const
{
    QList<QDateTime> times;
    if (!m_settings.checkInReminders || until <= after)
        return times;
    const QTimeZone zone = until.timeZone();
    const QDateTime from = after.toTimeZone(zone);
    for (QDate day = from.date(); day <= until.date(); day = day.addDays(1)) {
        for (const QTime &timeOfDay : m_settings.checkInTimes) {
            const QDateTime time = checkInTimeOn(day, timeOfDay, zone);
            const bool answered = m_lastCheckIn && *m_lastCheckIn <= time
                && !atLeastApart(*m_lastCheckIn, time, CheckInAnswers);
            if (time > after && time <= until && !answered)
                times.append(time);
        }
    }
    return times;
}

std::optional<QDateTime> ReminderScheduler::nextCheckInTimeAfter(const QDateTime &after) const
{
    if (!m_settings.checkInReminders || m_settings.checkInTimes.isEmpty())
        return std::nullopt;
    // Every chosen time comes within two days, whatever the daylight-saving rules do.
    const QList<QDateTime> coming = checkInTimesBetween(after, after.addDays(2));
    if (coming.isEmpty())
        return std::nullopt;
    return coming.constFirst();
}

std::optional<QDateTime> ReminderScheduler::movementDueAt() const
{
    if (!m_settings.movementPrompts || m_idleSince)
        return std::nullopt;
    if (m_postponedKind == ReminderKind::Movement)
        return m_postponedUntil;
    const QDateTime due = later(m_activeSince, m_settings.movementAfter);
    return m_postponedUntil ? std::max(due, *m_postponedUntil) : due;
}

bool ReminderScheduler::limitReached(const QDateTime &now) const
{
    return m_shownDay == now.date() && m_shownThatDay >= m_settings.dailyLimit;
}

QDateTime ReminderScheduler::startOfNextDay(const QDateTime &now) const
{
    return now.date().addDays(1).startOfDay(now.timeZone());
}

void ReminderScheduler::noticeSleep(const QDateTime &now)
{
    if (m_plannedCheck && atLeastApart(*m_plannedCheck, now, m_settings.naturalBreak))
        m_activeSince = now;
}

} // namespace toward
