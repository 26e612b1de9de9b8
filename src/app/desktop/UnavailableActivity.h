#pragma once

#include "desktop/DesktopActivity.h"

namespace toward {

// What stands in where the desktop cannot say: each says why, and none ever fires.

class UnavailableIdleMonitor final : public IdleMonitor {
public:
    explicit UnavailableIdleMonitor(QString problem)
        : m_problem(std::move(problem))
    {
    }

    void watch(std::chrono::milliseconds) override { }
    bool isAvailable() const override { return false; }
    QString problem() const override { return m_problem; }
    QString method() const override { return {}; }

private:
    QString m_problem;
};

class UnavailableFullScreenWatch final : public FullScreenWatch {
public:
    bool isFullScreenActive() const override { return false; }
    bool isAvailable() const override { return false; }
};

class SilentSleepWatch final : public SleepWatch { };

} // namespace toward
