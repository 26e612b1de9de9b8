#include "desktop/activity/XSyncIdleMonitor.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstring>

namespace toward {

namespace {

xcb_sync_int64_t toSyncValue(qint64 value)
{
    return {int32_t(value >> 32), uint32_t(value & 0xffffffff)};
}

qint64 fromSyncValue(const xcb_sync_int64_t &value)
{
    return (qint64(value.hi) << 32) | value.lo;
}

} // namespace

XSyncIdleMonitor::XSyncIdleMonitor()
{
    if (!m_x.isOpen()) {
        m_problem = m_x.problem();
        return;
    }
    findIdleTime();
    if (!isAvailable()) {
        m_problem = QCoreApplication::translate(
            "toward::XSyncIdleMonitor", "the X server does not tell how long it has been idle");
        return;
    }
    m_x.onEvent = [this](const xcb_generic_event_t &event) { handle(event); };
}

QString XSyncIdleMonitor::method() const
{
    return QCoreApplication::translate("toward::XSyncIdleMonitor", "X11 idle time");
}

void XSyncIdleMonitor::findIdleTime()
{
    xcb_connection_t *connection = m_x.get();
    const xcb_query_extension_reply_t *extension = xcb_get_extension_data(connection, &xcb_sync_id);
    if (!extension || !extension->present)
        return;
    const auto version = xcbReply(xcb_sync_initialize_reply(connection,
        xcb_sync_initialize(connection, XCB_SYNC_MAJOR_VERSION, XCB_SYNC_MINOR_VERSION), nullptr));
    const auto counters = xcbReply(xcb_sync_list_system_counters_reply(
        connection, xcb_sync_list_system_counters(connection), nullptr));
    if (!version || !counters)
        return;
    // Read by hand: each entry is a 14-byte head (counter, resolution, name length) and the name,
    // padded to 4 bytes, but xcb's iterator and name accessor take the head for their 16-byte
    // padded struct and so read every name two bytes late.
    const auto *entry = reinterpret_cast<const uint8_t *>(
        xcb_sync_list_system_counters_counters_iterator(counters.get()).data);
    for (uint32_t i = 0; i < counters->counters_len; ++i) {
        xcb_sync_counter_t counter;
        uint16_t nameLength;
        std::memcpy(&counter, entry, sizeof counter);
        std::memcpy(&nameLength, entry + 12, sizeof nameLength);
        const QLatin1StringView name(reinterpret_cast<const char *>(entry + 14), nameLength);
        if (name == QLatin1StringView("IDLETIME")) {
            m_idleTime = counter;
            m_alarmNotify = extension->first_event + XCB_SYNC_ALARM_NOTIFY;
            return;
        }
        entry += (14 + nameLength + 3) & ~3;
    }
}

void XSyncIdleMonitor::watch(std::chrono::milliseconds threshold)
{
    if (!isAvailable())
        return;
    m_threshold = threshold;
    // Start again waiting for idle: if the person is already away that long, it fires at once.
    if (m_activeAlarm != XCB_NONE) {
        xcb_sync_destroy_alarm(m_x.get(), m_activeAlarm);
        m_activeAlarm = XCB_NONE;
    }
    arm(m_idleAlarm, XCB_SYNC_TESTTYPE_POSITIVE_COMPARISON, threshold.count());
    m_x.flush();
}

void XSyncIdleMonitor::arm(xcb_sync_alarm_t &alarm, xcb_sync_testtype_t test, qint64 value)
{
    const uint32_t mask = XCB_SYNC_CA_COUNTER | XCB_SYNC_CA_VALUE_TYPE | XCB_SYNC_CA_VALUE
        | XCB_SYNC_CA_TEST_TYPE | XCB_SYNC_CA_DELTA | XCB_SYNC_CA_EVENTS;
    // CreateAlarm and ChangeAlarm take the same attributes in structs of their own.
    const auto values = [&]<typename Values>(Values) {
        return Values {
            .counter = m_idleTime,
            .valueType = XCB_SYNC_VALUETYPE_ABSOLUTE,
            .value = toSyncValue(value),
            .testType = uint32_t(test),
            // Zero: the alarm fires once and then waits until it is changed again.
            .delta = toSyncValue(0),
            .events = 1,
        };
    };
    if (alarm == XCB_NONE) {
        alarm = xcb_generate_id(m_x.get());
        const auto create = values(xcb_sync_create_alarm_value_list_t {});
        xcb_sync_create_alarm_aux(m_x.get(), alarm, mask, &create);
    } else {
        const auto change = values(xcb_sync_change_alarm_value_list_t {});
        xcb_sync_change_alarm_aux(m_x.get(), alarm, mask, &change);
    }
}

void XSyncIdleMonitor::handle(const xcb_generic_event_t &event)
{
    if ((event.response_type & 0x7f) != m_alarmNotify)
        return;
    const auto &alarm = reinterpret_cast<const xcb_sync_alarm_notify_event_t &>(event);
    if (alarm.state == XCB_SYNC_ALARMSTATE_DESTROYED)
        return;
    const qint64 armedAt = fromSyncValue(alarm.alarm_value);
    const QDateTime now = QDateTime::currentDateTime();
    // The armed value tells a firing of the alarm as it is apart from one of before watch()
    // changed its threshold, still on its way.
    if (alarm.alarm == m_idleAlarm && armedAt == m_threshold.count()) {
        // Armed at the threshold rather than at the counter's value now (as a query would give):
        // input between this alarm and the next request then fires the next one at once instead
        // of being missed.
        arm(m_activeAlarm, XCB_SYNC_TESTTYPE_NEGATIVE_COMPARISON, m_threshold.count() - 1);
        m_x.flush();
        if (becameIdle)
            becameIdle(now.addMSecs(-fromSyncValue(alarm.counter_value)));
    } else if (alarm.alarm == m_activeAlarm && armedAt == m_threshold.count() - 1) {
        arm(m_idleAlarm, XCB_SYNC_TESTTYPE_POSITIVE_COMPARISON, m_threshold.count());
        m_x.flush();
        if (becameActive)
            becameActive(now);
    }
}

} // namespace toward
