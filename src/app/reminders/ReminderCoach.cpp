#include "reminders/ReminderCoach.h"

#include "practice/QuickReset.h"

#include <QLocale>

namespace toward {

ReminderCoach::ReminderCoach(
    ReminderSettings settings, Clock now, ReminderDesktop desktop, QObject *parent)
    : QObject(parent)
    , m_now(std::move(now))
    , m_desktop(std::move(desktop))
    , m_timer(std::move(settings), m_now)
{
    connect(&m_timer, &ReminderTimer::reminderDue, this, &ReminderCoach::offer);
    connect(&m_timer, &ReminderTimer::planChanged, this,
        [this] { emit upcomingChanged(upcomingText()); });
    connectDesktop();
    setSettings(this->settings());
}

ReminderCoach::~ReminderCoach() = default;

void ReminderCoach::connectDesktop()
{
    for (Notifier *notifier : {m_desktop.notifier.get(), m_desktop.fallback.get()}) {
        notifier->actionInvoked = [this](const QString &key) { answer(key); };
        notifier->dismissed = [this] { m_awaitingAnswer = false; };
        notifier->inhibitedChanged = [this](bool inhibited) {
            if (!inhibited)
                lookAgainIfHeldBack();
        };
    }
    // The server refused the prompt or went away with it: the person still gets it.
    m_desktop.notifier->failed = [this](const QString &) { showInFallback(); };
    m_desktop.idle->becameIdle = [this](const QDateTime &since) { m_timer.idleSince(since); };
    m_desktop.idle->becameActive = [this](const QDateTime &at) { m_timer.activeAgain(at); };
    m_desktop.fullScreen->changed = [this](bool fullScreen) {
        if (!fullScreen)
            lookAgainIfHeldBack();
    };
    m_desktop.sleep->wokeUp = [this] { m_timer.check(); };
}

void ReminderCoach::setSettings(ReminderSettings settings)
{
    if (settings.movementPrompts && m_desktop.idle->isAvailable())
        m_desktop.idle->watch(settings.naturalBreak);
    m_timer.setSettings(std::move(settings));
}

void ReminderCoach::setModel(const PracticeModel &model)
{
    m_model = model;
}

void ReminderCoach::setBusyCheck(std::function<bool()> busy)
{
    m_busy = std::move(busy);
}

void ReminderCoach::busyEnded()
{
    lookAgainIfHeldBack();
}

void ReminderCoach::postpone(std::chrono::minutes delay)
{
    m_awaitingAnswer = false;
    notifier().withdraw();
    m_timer.postpone(m_shown ? m_shown->kind : ReminderKind::Movement, delay);
}

void ReminderCoach::pauseUntilTomorrow()
{
    m_awaitingAnswer = false;
    notifier().withdraw();
    m_timer.pauseUntilTomorrow();
}

void ReminderCoach::checkInSaved()
{
    m_timer.checkInSaved();
}

QString ReminderCoach::upcomingText() const
{
    const ReminderSettings &chosen = settings();
    if (!chosen.checkInReminders && !chosen.movementPrompts)
        return offText();
    const QDateTime now = m_now();
    const ReminderScheduler &scheduler = m_timer.scheduler();
    if (scheduler.isPaused(now))
        return tr("Reminders are paused until tomorrow.");
    const std::optional<Reminder> next = scheduler.upcoming(now);
    if (!next)
        return tr("No more reminders today.");
    const QString time = QLocale().toString(next->dueAt.time(), QLocale::ShortFormat);
    const bool today = next->dueAt.date() == now.date();
    if (next->kind == ReminderKind::CheckIn) {
        return today ? tr("Next reminder: a check-in at %1.").arg(time)
                     : tr("Next reminder: a check-in tomorrow at %1.").arg(time);
    }
    return tr("Next reminder: a movement prompt at about %1, if you stay at the computer.")
        .arg(time);
}

QString ReminderCoach::offText()
{
    return tr("No reminders: Check-in ▸ Reminders… sets them.");
}

void ReminderCoach::offer(const Reminder &reminder)
{
    if (wouldInterrupt()) {
        m_heldBack = true;
        m_timer.heldBack();
        return;
    }
    m_heldBack = false;
    m_shown = reminder;
    m_offeredPracticeId.clear();
    if (reminder.kind == ReminderKind::Movement && !m_model.practices.isEmpty()) {
        if (const std::optional<QuickReset> desk =
                QuickReset::choose(m_model, Context::Desk, m_now())) {
            m_offeredPracticeId = desk->practice->id;
        }
    }
    m_shownNotice = noticeFor(reminder);
    m_awaitingAnswer = true;
    notifier().show(m_shownNotice);
    m_timer.shown(reminder);
}

bool ReminderCoach::wouldInterrupt() const
{
    const FullScreenWatch &fullScreen = *m_desktop.fullScreen;
    return (fullScreen.isAvailable() && fullScreen.isFullScreenActive()) || notifier().isInhibited()
        || (m_busy && m_busy());
}

Notifier &ReminderCoach::notifier() const
{
    return m_desktop.notifier->isAvailable() ? *m_desktop.notifier : *m_desktop.fallback;
}

Notice ReminderCoach::noticeFor(const Reminder &reminder) const
{
    Notice notice;
    const QString later = tr("Later");
    if (reminder.kind == ReminderKind::CheckIn) {
        notice.title = tr("Time for a check-in");
        notice.body = reminder.catchUp
            ? tr("A check-in time passed while you were away. How is your back now?")
            : tr("How is your back? A check-in takes a few minutes.");
        notice.actions = {
            {QLatin1String(StartAction), tr("Check in")}, {QLatin1String(LaterAction), later}};
        return notice;
    }
    notice.title = tr("Time to move");
    // At least five minutes (ReminderSettings): always a plural.
    notice.body =
        tr("You have been at the computer for %1 minutes.").arg(settings().movementAfter.count());
    const Practice *practice = m_model.findPractice(m_offeredPracticeId);
    if (practice) {
        notice.body += QLatin1Char(' ')
            + tr("“%1” brings your back toward its curves, right at the desk.")
                  .arg(practice->title);
    }
    notice.actions = {{QLatin1String(StartAction), practice ? tr("Start") : tr("Check in")},
        {QLatin1String(LaterAction), later}};
    return notice;
}

void ReminderCoach::answer(const QString &key)
{
    // A second answer to one prompt (a click on it and its button) is not a second request.
    if (!std::exchange(m_awaitingAnswer, false))
        return;
    if (key == QLatin1String(StartAction) || key == QLatin1String(Notifier::DefaultAction)) {
        emit startRequested(m_offeredPracticeId);
        return;
    }
    if (key == QLatin1String(LaterAction))
        m_timer.postpone(m_shown->kind, LaterDelay);
}

void ReminderCoach::showInFallback()
{
    if (m_shown)
        m_desktop.fallback->show(m_shownNotice);
}

void ReminderCoach::lookAgainIfHeldBack()
{
    if (std::exchange(m_heldBack, false))
        m_timer.check();
}

} // namespace toward
