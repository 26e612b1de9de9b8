#pragma once

#include <QObject>
#include <QSystemTrayIcon>

#include <chrono>

class QAction;
class QMenu;

namespace toward {

// Toward in the system tray while reminders are on. Its menu starts a check-in or the quick
// reset, postpones the reminders or pauses them until tomorrow, shows or hides the window, and
// quits; a click on the icon shows or hides the window.
class TrayIcon final : public QObject {
    Q_OBJECT

public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    QSystemTrayIcon &icon() { return m_icon; }
    QMenu *menu() const { return m_menu.get(); }
    // What "Show Toward" / "Hide Toward" says.
    void setWindowShown(bool shown);
    void setQuickResetAvailable(bool available);

signals:
    void checkInRequested();
    void quickResetRequested();
    void postponeRequested(std::chrono::minutes delay);
    void pauseRequested();
    void showHideRequested();
    void quitRequested();

private:
    std::unique_ptr<QMenu> m_menu; // QSystemTrayIcon does not own its menu
    QSystemTrayIcon m_icon;
    QAction *m_showHideAction;
    QAction *m_quickResetAction;
};

} // namespace toward
