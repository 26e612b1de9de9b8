#pragma once

#include "desktop/DesktopActivity.h"
#include "desktop/activity/XcbConnection.h"

#include <xcb/sync.h>

namespace toward {

// X11's idle time: the SYNC extension's IDLETIME counter (milliseconds since the last input) with
// two alarms the server raises itself, one when the counter reaches the threshold and, once idle,
// one when it drops below it again at the next input. Between the two nothing here wakes.
class XSyncIdleMonitor final : public IdleMonitor {
public:
    XSyncIdleMonitor();

    void watch(std::chrono::milliseconds threshold) override;
    bool isAvailable() const override { return m_idleTime != XCB_NONE; }
    QString problem() const override { return m_problem; }
    QString method() const override;

private:
    void findIdleTime();
    // Creates the alarm, or changes it, which also makes a fired one wait again.
    void arm(xcb_sync_alarm_t &alarm, xcb_sync_testtype_t test, qint64 value);
    void handle(const xcb_generic_event_t &event);

    XcbConnection m_x;
    xcb_sync_counter_t m_idleTime = XCB_NONE;
    uint8_t m_alarmNotify = 0; // the SYNC extension's AlarmNotify event code
    xcb_sync_alarm_t m_idleAlarm = XCB_NONE; // counter ≥ threshold
    xcb_sync_alarm_t m_activeAlarm = XCB_NONE; // counter < threshold, armed while idle
    std::chrono::milliseconds m_threshold {0};
    QString m_problem;
};

} // namespace toward
