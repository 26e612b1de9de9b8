#pragma once

#include <QList>
#include <QString>
#include <QtPlugin>

#include <functional>
#include <memory>

namespace toward {

// A prompt put in front of the person, outside Toward's window.
struct Notice {
    struct Action {
        QString key; // handed back to Notifier::actionInvoked
        QString label; // shown on the button
    };

    QString title;
    QString body;
    QList<Action> actions;
};

// The desktop's notifications (org.freedesktop.Notifications, through the toward_notifications
// plugin), or a recording in the tests. Calls return at once; the callbacks come later on the GUI
// thread.
class Notifier {
public:
    // The key actionInvoked() gets when the notification itself is clicked.
    static constexpr auto DefaultAction = "default";

    virtual ~Notifier() = default;

    // Shows the notice, replacing the one shown before if it is still up. failed() is called if
    // the server refuses it or stops answering.
    virtual void show(const Notice &notice) = 0;
    // Takes the notice down, if it is up.
    virtual void withdraw() = 0;

    // False when no notification server answers; problem() then says why, in words for the person.
    virtual bool isAvailable() const = 0;
    virtual QString problem() const = 0;
    // The desktop asks not to be disturbed (the server's Inhibited property, where it has one).
    virtual bool isInhibited() const = 0;

    std::function<void(const QString &key)> actionInvoked;
    // The notice went away without an action: dismissed, or expired.
    std::function<void()> dismissed;
    std::function<void(const QString &why)> failed;
    std::function<void(bool inhibited)> inhibitedChanged;
};

// What the toward_notifications plugin's root object implements. Qt D-Bus is loaded with the
// plugin, so the app pays for it only when reminders are first armed.
class NotifierFactory {
public:
    virtual ~NotifierFactory() = default;
    // A notifier on the session bus. Never null: without a server it says so through problem().
    virtual std::unique_ptr<Notifier> openSessionNotifier(const QString &appName) = 0;
};

} // namespace toward

#define TowardNotifierFactory_iid "org.toward.NotifierFactory/1"
Q_DECLARE_INTERFACE(toward::NotifierFactory, TowardNotifierFactory_iid)
