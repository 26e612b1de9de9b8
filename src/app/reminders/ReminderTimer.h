#pragma once

#include "Clock.h"
#include "reminders/ReminderScheduler.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace toward {

// Runs a ReminderScheduler on the event loop: one single-shot timer, armed for the next moment
// the scheduler names and for no other, so with reminders armed Toward wakes only when something
// may be due. A prompt that may not be shown now (a full-screen window) is asked for again after
// HoldBackRetry, as the scheduler keeps it due.
class ReminderTimer final : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::minutes HoldBackRetry {1};

    ReminderTimer(ReminderSettings settings, Clock now, QObject *parent = nullptr);

    ReminderScheduler &scheduler() { return m_scheduler; }
    const ReminderScheduler &scheduler() const { return m_scheduler; }
    void setSettings(ReminderSettings settings);

    // Asks the scheduler what is due now, passes it on, and sleeps until the next moment. The
    // timer calls it; so do the tests, and the app after the machine wakes from a sleep (the
    // timer's clock stops while it sleeps).
    void check();
    // The prompt passed on in reminderDue() was put in front of the person.
    void shown(const Reminder &reminder);
    // It could not be shown now: it is asked for again a little later.
    void heldBack();
    void postpone(ReminderKind kind, std::chrono::minutes delay);
    void pauseUntilTomorrow();
    void checkInSaved();
    // What idle detection reports.
    void idleSince(const QDateTime &at);
    void activeAgain(const QDateTime &at);

    // When the timer will wake, on the wall clock; none while nothing is planned.
    std::optional<QDateTime> wakeAt() const;

signals:
    void reminderDue(const toward::Reminder &reminder);
    // What is planned changed: a prompt was shown, postponed, paused, or the settings changed.
    void planChanged();

private:
    void arm(std::optional<QDateTime> at);

    Clock m_now;
    ReminderScheduler m_scheduler;
    QTimer m_timer;
    std::optional<QDateTime> m_wakeAt;
};

} // namespace toward
