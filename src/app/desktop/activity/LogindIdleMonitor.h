#pragma once

#include "desktop/DesktopActivity.h"

#include <QDBusConnection>
#include <QDBusObjectPath>
#include <QObject>
#include <QTimer>
#include <QVariantMap>

namespace toward {

// The login session's IdleHint and IdleSinceHint from logind, followed through PropertiesChanged.
// The desktop sets the hint after its own idle delay (often the screen saver's), so idle is
// reported once the hint is set and `threshold` has passed since IdleSinceHint, which may be later
// than the threshold alone would say.
class LogindIdleMonitor final : public QObject, public IdleMonitor {
    Q_OBJECT

public:
    LogindIdleMonitor(QDBusConnection systemBus, const QDBusObjectPath &session);

    void watch(std::chrono::milliseconds threshold) override;
    bool isAvailable() const override { return true; }
    QString problem() const override { return {}; }
    QString method() const override;

private Q_SLOTS:
    // Qt D-Bus delivers bus signals only to slots named by SLOT().
    void onPropertiesChanged(
        const QString &interface, const QVariantMap &changed, const QStringList &invalidated);

private:
    void readHint();
    void apply(bool idle, const QDateTime &since);
    void reportIdle();

    QDBusConnection m_bus;
    QString m_session;
    std::chrono::milliseconds m_threshold {0};
    bool m_hintIdle = false;
    QDateTime m_idleSince;
    bool m_reportedIdle = false;
    QTimer m_thresholdTimer; // from the hint until `threshold` after IdleSinceHint
};

} // namespace toward
