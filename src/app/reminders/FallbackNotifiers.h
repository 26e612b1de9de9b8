#pragma once

#include "desktop/Notifier.h"

#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>

namespace toward {

// A prompt as the tray icon's balloon, where no notification server runs. A balloon has no
// buttons: a click on it starts, and the tray's menu postpones.
class TrayNotifier final : public QObject, public Notifier {
    Q_OBJECT

public:
    explicit TrayNotifier(QSystemTrayIcon &icon);

    void show(const Notice &notice) override;
    void withdraw() override { m_noticeUp = false; }
    bool isAvailable() const override;
    QString problem() const override;
    bool isInhibited() const override { return false; }

private:
    QPointer<QSystemTrayIcon> m_icon;
    // The icon shows other messages too: a click answers only a notice of ours.
    bool m_noticeUp = false;
};

// A prompt in a small window of Toward's own, where there is neither a notification server nor a
// tray: its buttons are the prompt's actions, and the taskbar is asked to draw attention to it.
class WindowNotifier final : public QObject, public Notifier {
    Q_OBJECT

public:
    explicit WindowNotifier(QWidget *window);

    void show(const Notice &notice) override;
    void withdraw() override;
    bool isAvailable() const override { return true; }
    QString problem() const override { return {}; }
    bool isInhibited() const override { return false; }

private:
    QPointer<QWidget> m_window;
    QPointer<QWidget> m_box;
};

} // namespace toward
