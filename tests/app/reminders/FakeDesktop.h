#pragma once

#include "desktop/DesktopActivity.h"
#include "desktop/Notifier.h"
#include "reminders/ReminderCoach.h"

#include <QList>

namespace toward::test {

// Stand-ins for the desktop's parts: they record what the coach asks and let the test play the
// desktop's answers through the callbacks.
class FakeNotifier final : public Notifier {
public:
    void show(const Notice &notice) override { shown.append(notice); }
    void withdraw() override { ++withdrawn; }
    bool isAvailable() const override { return available; }
    QString problem() const override { return available ? QString() : QStringLiteral("none"); }
    bool isInhibited() const override { return inhibited; }

    void setInhibited(bool now)
    {
        inhibited = now;
        if (inhibitedChanged)
            inhibitedChanged(now);
    }

    QList<Notice> shown;
    int withdrawn = 0;
    bool available = true;
    bool inhibited = false;
};

class FakeIdleMonitor final : public IdleMonitor {
public:
    void watch(std::chrono::milliseconds threshold) override { watched = threshold; }
    bool isAvailable() const override { return true; }
    QString problem() const override { return {}; }
    QString method() const override { return QStringLiteral("fake"); }

    std::optional<std::chrono::milliseconds> watched;
};

class FakeFullScreenWatch final : public FullScreenWatch {
public:
    bool isFullScreenActive() const override { return fullScreen; }
    bool isAvailable() const override { return true; }

    void setFullScreen(bool now)
    {
        fullScreen = now;
        if (changed)
            changed(now);
    }

    bool fullScreen = false;
};

class FakeSleepWatch final : public SleepWatch { };

// The fakes, kept reachable after the coach took them over; owned here until then.
struct FakeDesktop {
    FakeDesktop()
    {
        parts.notifier.reset(notifier);
        parts.fallback.reset(fallback);
        parts.idle.reset(idle);
        parts.fullScreen.reset(fullScreen);
        parts.sleep.reset(sleep);
    }

    // Once only.
    ReminderDesktop handOver() { return std::move(parts); }

    FakeNotifier *notifier = new FakeNotifier;
    FakeNotifier *fallback = new FakeNotifier;
    FakeIdleMonitor *idle = new FakeIdleMonitor;
    FakeFullScreenWatch *fullScreen = new FakeFullScreenWatch;
    FakeSleepWatch *sleep = new FakeSleepWatch;
    ReminderDesktop parts;
};

} // namespace toward::test
