#include "desktop/activity/X11FullScreenWatch.h"

#include <algorithm>
#include <span>
#include <vector>

namespace toward {

namespace {

// The property's values as 32-bit items (windows, atoms); empty when it is missing.
template<typename Item>
std::vector<Item> readProperty(
    xcb_connection_t *connection, xcb_window_t window, xcb_atom_t property, xcb_atom_t type)
{
    const auto reply = xcbReply(xcb_get_property_reply(
        connection, xcb_get_property(connection, false, window, property, type, 0, 64), nullptr));
    if (!reply || reply->type != type || reply->format != 32)
        return {};
    const std::span items(static_cast<const Item *>(xcb_get_property_value(reply.get())),
        std::size_t(xcb_get_property_value_length(reply.get())) / sizeof(Item));
    return {items.begin(), items.end()};
}

void selectPropertyChanges(xcb_connection_t *connection, xcb_window_t window, bool select)
{
    const uint32_t mask = select ? XCB_EVENT_MASK_PROPERTY_CHANGE : XCB_EVENT_MASK_NO_EVENT;
    // Unchecked: a window closed meanwhile only sends back an error, which handle() ignores.
    xcb_change_window_attributes(connection, window, XCB_CW_EVENT_MASK, &mask);
}

} // namespace

X11FullScreenWatch::X11FullScreenWatch()
{
    if (!m_x.isOpen())
        return;
    m_activeWindowAtom = m_x.atom("_NET_ACTIVE_WINDOW");
    m_stateAtom = m_x.atom("_NET_WM_STATE");
    m_fullScreenAtom = m_x.atom("_NET_WM_STATE_FULLSCREEN");
    if (!hasEwmhWindowManager())
        return;
    m_available = true;
    m_x.onEvent = [this](const xcb_generic_event_t &event) { handle(event); };
    selectPropertyChanges(m_x.get(), m_x.root(), true);
    followActiveWindow();
    m_x.dispatchQueuedSoon();
}

bool X11FullScreenWatch::hasEwmhWindowManager() const
{
    const xcb_atom_t check = m_x.atom("_NET_SUPPORTING_WM_CHECK");
    return !readProperty<xcb_window_t>(m_x.get(), m_x.root(), check, XCB_ATOM_WINDOW).empty();
}

void X11FullScreenWatch::followActiveWindow()
{
    const auto active =
        readProperty<xcb_window_t>(m_x.get(), m_x.root(), m_activeWindowAtom, XCB_ATOM_WINDOW);
    const xcb_window_t window = active.empty() ? xcb_window_t(XCB_WINDOW_NONE) : active.front();
    if (window != m_activeWindow) {
        if (m_activeWindow != XCB_WINDOW_NONE)
            selectPropertyChanges(m_x.get(), m_activeWindow, false);
        m_activeWindow = window;
        // Listening before reading, so that no change falls between the two.
        if (m_activeWindow != XCB_WINDOW_NONE)
            selectPropertyChanges(m_x.get(), m_activeWindow, true);
    }
    readState();
}

void X11FullScreenWatch::readState()
{
    bool fullScreen = false;
    if (m_activeWindow != XCB_WINDOW_NONE) {
        const auto state =
            readProperty<xcb_atom_t>(m_x.get(), m_activeWindow, m_stateAtom, XCB_ATOM_ATOM);
        fullScreen = std::find(state.begin(), state.end(), m_fullScreenAtom) != state.end();
    }
    if (fullScreen == m_fullScreen)
        return;
    m_fullScreen = fullScreen;
    if (changed)
        changed(m_fullScreen);
}

void X11FullScreenWatch::handle(const xcb_generic_event_t &event)
{
    if ((event.response_type & 0x7f) != XCB_PROPERTY_NOTIFY)
        return;
    const auto &property = reinterpret_cast<const xcb_property_notify_event_t &>(event);
    if (property.window == m_x.root() && property.atom == m_activeWindowAtom)
        followActiveWindow();
    else if (property.window == m_activeWindow && property.atom == m_stateAtom)
        readState();
}

} // namespace toward
