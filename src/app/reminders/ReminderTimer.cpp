#include "reminders/ReminderTimer.h"

#include <algorithm>
#include <limits>

namespace toward {

ReminderTimer::ReminderTimer(ReminderSettings settings, Clock now, QObject *parent)
    : QObject(parent)
    , m_now(std::move(now))
    , m_scheduler(std::move(settings), m_now())
{
    m_timer.setSingleShot(true);
    // Minutes matter here, not milliseconds: a coarse timer lets the system batch the wake-up.
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReminderTimer::check);
    arm(m_scheduler.nextCheckAt(m_now()));
}

void ReminderTimer::setSettings(ReminderSettings settings)
{
    m_scheduler.setSettings(std::move(settings), m_now());
    check();
}

void ReminderTimer::check()
{
    const QDateTime now = m_now();
    if (const std::optional<Reminder> reminder = m_scheduler.due(now)) {
        m_timer.stop();
        m_wakeAt.reset();
        emit reminderDue(*reminder);
        return;
    }
    arm(m_scheduler.nextCheckAt(now));
}

void ReminderTimer::shown(const Reminder &reminder)
{
    const QDateTime now = m_now();
    m_scheduler.shown(reminder, now);
    arm(m_scheduler.nextCheckAt(now));
}

void ReminderTimer::heldBack()
{
    arm(m_now().addSecs(std::chrono::duration_cast<std::chrono::seconds>(HoldBackRetry).count()));
}

void ReminderTimer::postpone(ReminderKind kind, std::chrono::minutes delay)
{
    const QDateTime now = m_now();
    m_scheduler.postpone(kind, delay, now);
    arm(m_scheduler.nextCheckAt(now));
}

void ReminderTimer::pauseUntilTomorrow()
{
    const QDateTime now = m_now();
    m_scheduler.pauseUntilTomorrow(now);
    arm(m_scheduler.nextCheckAt(now));
}

void ReminderTimer::checkInSaved()
{
    const QDateTime now = m_now();
    m_scheduler.checkInSaved(now);
    arm(m_scheduler.nextCheckAt(now));
}

void ReminderTimer::idleSince(const QDateTime &at)
{
    m_scheduler.idleSince(at);
    arm(m_scheduler.nextCheckAt(m_now()));
}

void ReminderTimer::activeAgain(const QDateTime &at)
{
    m_scheduler.activeAgain(at);
    arm(m_scheduler.nextCheckAt(m_now()));
}

std::optional<QDateTime> ReminderTimer::wakeAt() const
{
    return m_timer.isActive() ? m_wakeAt : std::nullopt;
}

void ReminderTimer::arm(std::optional<QDateTime> at)
{
    m_timer.stop();
    m_wakeAt = at;
    if (at) {
        // QTimer takes an int of milliseconds: a wait of weeks is taken in steps of about 24 days.
        const qint64 wait =
            std::clamp<qint64>(m_now().msecsTo(*at), 0, std::numeric_limits<int>::max());
        m_timer.start(int(wait));
    }
    emit planChanged();
}

} // namespace toward
