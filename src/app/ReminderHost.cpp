#include "ReminderHost.h"

#include "MainWindow.h"
#include "reminders/FallbackNotifiers.h"
#include "reminders/TrayIcon.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QMenu>
#include <QTimer>

namespace toward {

ReminderHost::ReminderHost(AppSettings &settings, PracticeModel model, ReminderDesktopOpener opener,
    WindowMaker makeWindow, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_model(std::move(model))
    , m_opener(std::move(opener))
    , m_makeWindow(std::move(makeWindow))
{
}

ReminderHost::~ReminderHost() = default;

MainWindow &ReminderHost::window()
{
    if (!m_window)
        m_window = m_makeWindow();
    return *m_window;
}

bool ReminderHost::remindersWanted() const
{
    return m_settings.value(Setting::CheckInReminders)
        || m_settings.value(Setting::MovementPrompts);
}

void ReminderHost::startInTray()
{
    if (remindersWanted())
        build();
    if (!keepsRunningInTray())
        window().show();
}

void ReminderHost::armSoon()
{
    if (!m_coach && remindersWanted())
        QTimer::singleShot(0, this, &ReminderHost::build);
}

void ReminderHost::build()
{
    if (m_coach || !m_opener)
        return;
    ReminderDesktop desktop = m_opener();
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = std::make_unique<TrayIcon>();
        desktop.fallback = std::make_unique<TrayNotifier>(m_tray->icon());
        connectTray();
    } else {
        desktop.fallback = std::make_unique<WindowNotifier>(&window());
    }
    m_coach = std::make_unique<ReminderCoach>(
        ReminderSettings::read(m_settings), systemNow, std::move(desktop));
    m_coach->setModel(m_model);
    // A prompt in the middle of a practice would interrupt it: it waits for the check-in's end.
    m_coach->setBusyCheck([this] { return m_window && m_window->isPractising(); });
    connect(m_coach.get(), &ReminderCoach::startRequested, this, [this](const QString &practiceId) {
        window().bringToFront();
        window().requestCheckIn(practiceId);
    });
    connect(m_coach.get(), &ReminderCoach::upcomingChanged, this, &ReminderHost::upcomingChanged);
    emit upcomingChanged(upcomingText());
    showState();
}

void ReminderHost::connectTray()
{
    TrayIcon *tray = m_tray.get();
    tray->setWindowShown(m_window && m_window->isVisible());
    connect(tray, &TrayIcon::checkInRequested, this, [this] {
        window().bringToFront();
        window().requestCheckIn();
    });
    connect(tray, &TrayIcon::quickResetRequested, this, [this] {
        window().bringToFront();
        window().requestCheckIn(window().quickResetPracticeId());
    });
    connect(tray, &TrayIcon::postponeRequested, this,
        [this](std::chrono::minutes delay) { m_coach->postpone(delay); });
    connect(tray, &TrayIcon::pauseRequested, this, [this] { m_coach->pauseUntilTomorrow(); });
    connect(tray, &TrayIcon::showHideRequested, this, [this] {
        if (m_window && m_window->isVisible() && !m_window->isMinimized())
            m_window->hide();
        else
            window().bringToFront();
    });
    connect(tray, &TrayIcon::quitRequested, this, &ReminderHost::quit);
    // Without a window yet the quick reset is not known; asked for, it opens a check-in at worst.
    connect(tray->menu(), &QMenu::aboutToShow, this, [this, tray] {
        tray->setQuickResetAvailable(!m_window || !m_window->quickResetPracticeId().isEmpty());
    });
}

void ReminderHost::settingsChanged(const ReminderSettings &settings)
{
    if (m_coach)
        m_coach->setSettings(settings);
    showState();
}

bool ReminderHost::keepsRunningInTray() const
{
    return m_tray && m_tray->icon().isVisible();
}

void ReminderHost::showState()
{
    const bool wanted = remindersWanted();
    if (m_tray)
        m_tray->icon().setVisible(wanted);
    QApplication::setQuitOnLastWindowClosed(!keepsRunningInTray());
    emit upcomingChanged(upcomingText());
    if (!keepsRunningInTray() && !(m_window && m_window->isVisible()))
        window().show(); // nothing else would bring it back
}

void ReminderHost::explainTrayOnce()
{
    if (m_settings.value(Setting::TrayExplained) || !m_tray)
        return;
    m_settings.setValue(Setting::TrayExplained, true);
    m_tray->icon().showMessage(tr("Toward is still here"),
        tr("It keeps running in the tray to remind you. To quit, choose Quit Toward in the "
           "tray's menu."),
        QApplication::windowIcon());
}

void ReminderHost::windowShown(bool shown)
{
    if (m_tray)
        m_tray->setWindowShown(shown);
}

void ReminderHost::setModel(const PracticeModel &model)
{
    m_model = model;
    if (m_coach)
        m_coach->setModel(m_model);
}

void ReminderHost::checkInSaved()
{
    if (m_coach)
        m_coach->checkInSaved();
}

void ReminderHost::practiceEnded()
{
    if (m_coach)
        m_coach->busyEnded();
}

QString ReminderHost::upcomingText() const
{
    return m_coach ? m_coach->upcomingText() : ReminderCoach::offText();
}

QString ReminderHost::breaksText() const
{
    if (!m_coach)
        return {};
    const IdleMonitor &idle = *m_coach->desktop().idle;
    return idle.isAvailable() ? tr("Breaks are noticed through %1.").arg(idle.method())
                              : idle.problem();
}

QString ReminderHost::promptsText() const
{
    if (!m_coach)
        return {};
    const Notifier &notifier = *m_coach->desktop().notifier;
    if (notifier.isAvailable())
        return tr("Reminders appear as the desktop's notifications.");
    if (m_tray)
        return tr("%1 Reminders appear by Toward's icon in the tray.").arg(notifier.problem());
    return tr("%1 There is no tray either: reminders appear in a small window of Toward's, and "
              "Toward quits when its window is closed.")
        .arg(notifier.problem());
}

void ReminderHost::quit()
{
    if (m_window)
        m_window->quit();
    else
        QCoreApplication::quit();
}

} // namespace toward
