#pragma once

#include "desktop/DesktopActivity.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace toward {

// Where X11 cannot say (Wayland, no X server): GNOME's Mutter if its idle monitor is on the
// session bus, else logind's idle hint for this login session, else nothing. The buses are asked
// without waiting, so the choice comes a moment later: until then it counts as available, its
// method() saying it is still looking.
class BusIdleMonitor final : public QObject, public IdleMonitor {
    Q_OBJECT

public:
    BusIdleMonitor();
    ~BusIdleMonitor() override;

    void watch(std::chrono::milliseconds threshold) override;
    bool isAvailable() const override { return m_looking || m_chosen; }
    QString problem() const override;
    QString method() const override;

private:
    void askMutter();
    void askLogind();
    // Asks logind's Manager for a session path with `method`; `otherwise` when it has none.
    void askLogindSession(
        const QString &method, const QVariant &argument, const std::function<void()> &otherwise);
    void choose(std::unique_ptr<IdleMonitor> monitor);
    void giveUp();

    bool m_looking = true;
    std::unique_ptr<IdleMonitor> m_chosen;
    std::optional<std::chrono::milliseconds> m_threshold; // once watch() was called
};

} // namespace toward
