#pragma once

#include "reminders/ReminderCoach.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace toward {

class AppSettings;
class MainWindow;
class TrayIcon;

// Opens the desktop's parts the reminders use (notifications, idle time, full-screen windows,
// sleep): the plugins in the app, fakes in the tests. The fallback notifier is the host's own.
using ReminderDesktopOpener = std::function<ReminderDesktop()>;

// Toward's reminders and tray icon for the whole run, whether the window exists or not: started
// in the tray (at login), Toward makes its window only when it is first wanted, so waiting there
// costs little more than a bare Qt app. The coach and the tray are made the first time a reminder
// is on or the reminders' settings are opened: only then are the desktop's plugins loaded.
class ReminderHost final : public QObject {
    Q_OBJECT

public:
    using WindowMaker = std::function<std::unique_ptr<MainWindow>()>;

    // `settings` must outlive the host; `makeWindow` makes Toward's window, once.
    ReminderHost(AppSettings &settings, PracticeModel model, ReminderDesktopOpener opener,
        WindowMaker makeWindow, QObject *parent = nullptr);
    ~ReminderHost() override;

    // The window, made now if it was not yet.
    MainWindow &window();
    bool hasWindow() const { return m_window != nullptr; }

    // In the tray, hidden, when a reminder is on and there is a tray; else the window is shown.
    void startInTray();
    // After the window is up, from the event loop: the reminders, if one is on.
    void armSoon();
    // The coach and the tray even with no reminder on, for the settings to say how this desktop
    // does. Nothing without an opener.
    void build();
    // The reminders' settings were changed: kept already, applied here.
    void settingsChanged(const ReminderSettings &settings);

    ReminderCoach *coach() const { return m_coach.get(); }
    TrayIcon *tray() const { return m_tray.get(); }
    // With a reminder on and a tray, closing the window only hides it.
    bool keepsRunningInTray() const;
    void explainTrayOnce();
    void windowShown(bool shown);
    void setModel(const PracticeModel &model);
    void checkInSaved();
    void practiceEnded();
    QString upcomingText() const;
    // How this desktop notices breaks and shows prompts, in words, once built.
    QString breaksText() const;
    QString promptsText() const;

signals:
    void upcomingChanged(const QString &text);

private:
    bool remindersWanted() const;
    void connectTray();
    // The tray icon is shown while a reminder is on.
    void showState();
    void quit();

    AppSettings &m_settings;
    PracticeModel m_model;
    ReminderDesktopOpener m_opener;
    WindowMaker m_makeWindow;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayIcon> m_tray; // before the coach, whose fallback shows in it
    std::unique_ptr<ReminderCoach> m_coach;
};

} // namespace toward
