#pragma once

#include "Clock.h"
#include "desktop/DesktopActivity.h"
#include "desktop/Notifier.h"
#include "model/PracticeModel.h"
#include "reminders/ReminderTimer.h"

#include <QObject>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace toward {

// What the coach hears and speaks through: the desktop's parts, each saying whether it works here.
struct ReminderDesktop {
    std::unique_ptr<Notifier> notifier; // the desktop's notifications
    std::unique_ptr<Notifier>
        fallback; // the tray's messages, used where no notification server runs
    std::unique_ptr<IdleMonitor> idle;
    std::unique_ptr<FullScreenWatch> fullScreen;
    std::unique_ptr<SleepWatch> sleep;
};

// Puts the reminders in front of the person when their schedule says, and hands the answers back:
// "Start" opens the check-in (a movement prompt with a practice that fits the desk), "Later" asks
// again in a quarter of an hour. A prompt never comes over a full-screen window or while the
// desktop asks for quiet: it waits, and comes when that ends. Idle time from the desktop feeds the
// movement count, and a wake from sleep makes the schedule look again.
class ReminderCoach final : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::minutes LaterDelay {15};
    static constexpr auto StartAction = "start";
    static constexpr auto LaterAction = "later";

    ReminderCoach(
        ReminderSettings settings, Clock now, ReminderDesktop desktop, QObject *parent = nullptr);
    ~ReminderCoach() override;

    void setSettings(ReminderSettings settings);
    const ReminderSettings &settings() const { return m_timer.scheduler().settings(); }
    // The model whose desk practice a movement prompt offers.
    void setModel(const PracticeModel &model);
    ReminderTimer &timer() { return m_timer; }
    const ReminderDesktop &desktop() const { return m_desktop; }

    // While `busy` says so (a practice in progress in the window), prompts wait too; call
    // busyEnded() when it stops saying so.
    void setBusyCheck(std::function<bool()> busy);
    void busyEnded();
    // From the tray: the next prompt waits `delay`, or until tomorrow.
    void postpone(std::chrono::minutes delay);
    void pauseUntilTomorrow();
    void checkInSaved();

    // The next reminder in words, for the Today page.
    QString upcomingText() const;
    // What it says while no reminder is on.
    static QString offText();

signals:
    // The person chose to start: a check-in, with this practice when the id is not empty.
    void startRequested(const QString &practiceId);
    void upcomingChanged(const QString &text);

private:
    void offer(const Reminder &reminder);
    bool wouldInterrupt() const;
    Notifier &notifier() const;
    Notice noticeFor(const Reminder &reminder) const;
    void answer(const QString &key);
    void showInFallback();
    void lookAgainIfHeldBack();
    void connectDesktop();

    Clock m_now;
    ReminderDesktop m_desktop;
    ReminderTimer m_timer;
    PracticeModel m_model;
    std::optional<Reminder> m_shown; // the prompt up now or answered last
    Notice m_shownNotice;
    QString m_offeredPracticeId; // what "Start" begins for the prompt shown
    bool m_awaitingAnswer = false; // a prompt is up, not yet answered
    bool m_heldBack = false;
    std::function<bool()> m_busy;
};

} // namespace toward
