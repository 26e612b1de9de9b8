#pragma once

#include "desktop/DesktopActivity.h"

#include <QDBusConnection>
#include <QObject>

namespace toward {

// GNOME's idle time on Wayland: org.gnome.Mutter.IdleMonitor on the session bus. Mutter keeps an
// idle watch (it fires each time input has stopped that long) and a one-shot user-active watch,
// added each time the person goes idle; both come back as WatchFired.
class MutterIdleMonitor final : public QObject, public IdleMonitor {
    Q_OBJECT

public:
    static constexpr auto Service = "org.gnome.Mutter.IdleMonitor";

    explicit MutterIdleMonitor(QDBusConnection bus);

    void watch(std::chrono::milliseconds threshold) override;
    bool isAvailable() const override { return true; }
    QString problem() const override { return {}; }
    QString method() const override;

private Q_SLOTS:
    // Qt D-Bus delivers bus signals only to slots named by SLOT().
    void onWatchFired(uint id);

private:
    QDBusMessage callMonitor(const QString &method) const;
    void addActiveWatch();

    QDBusConnection m_bus;
    std::chrono::milliseconds m_threshold {0};
    uint m_idleWatch = 0; // Mutter's ids start at 1
    uint m_activeWatch = 0;
};

} // namespace toward
