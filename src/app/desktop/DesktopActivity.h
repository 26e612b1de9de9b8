#pragma once

#include <QDateTime>
#include <QString>
#include <QtPlugin>

#include <chrono>
#include <functional>
#include <memory>

namespace toward {

// Tells when the person stops and starts using the computer, without polling where the desktop
// offers alarms: X11's XSync IDLETIME counter, GNOME's org.gnome.Mutter.IdleMonitor, else
// logind's IdleHint. Callbacks come on the GUI thread.
class IdleMonitor {
public:
    virtual ~IdleMonitor() = default;

    // Reports idle once input has stopped for `threshold`, and active again at the next input.
    virtual void watch(std::chrono::milliseconds threshold) = 0;

    // False when no method works here; problem() then says why, in words for the person.
    virtual bool isAvailable() const = 0;
    virtual QString problem() const = 0;
    // The method in use, for the settings to show (e.g. "X11 idle time").
    virtual QString method() const = 0;

    // `since`: when the last input was.
    std::function<void(const QDateTime &since)> becameIdle;
    std::function<void(const QDateTime &at)> becameActive;
};

// Whether a prompt now would interrupt: the active window is full-screen (X11 _NET_WM_STATE).
class FullScreenWatch {
public:
    virtual ~FullScreenWatch() = default;

    virtual bool isFullScreenActive() const = 0;
    // False when it cannot be known here (e.g. Wayland): then nothing counts as full-screen.
    virtual bool isAvailable() const = 0;

    std::function<void(bool fullScreen)> changed;
};

// The machine going to sleep and waking (logind's PrepareForSleep): timers stop while it sleeps,
// so the reminders look again when it wakes.
class SleepWatch {
public:
    virtual ~SleepWatch() = default;

    std::function<void()> wokeUp;
};

// What the toward_desktop_activity plugin's root object implements: it alone links X11 and Qt
// D-Bus, loaded when the reminders are first armed.
class DesktopActivityFactory {
public:
    virtual ~DesktopActivityFactory() = default;

    // Never null; each says through isAvailable() whether it works here.
    virtual std::unique_ptr<IdleMonitor> openIdleMonitor() = 0;
    virtual std::unique_ptr<FullScreenWatch> openFullScreenWatch() = 0;
    virtual std::unique_ptr<SleepWatch> openSleepWatch() = 0;
};

} // namespace toward

#define TowardDesktopActivityFactory_iid "org.toward.DesktopActivityFactory/1"
Q_DECLARE_INTERFACE(toward::DesktopActivityFactory, TowardDesktopActivityFactory_iid)
