#pragma once

#include "desktop/DesktopActivity.h"
#include "desktop/activity/XcbConnection.h"

namespace toward {

// Whether the active window is full-screen, as an EWMH window manager says: the root window's
// _NET_ACTIVE_WINDOW, and that window's _NET_WM_STATE holding _NET_WM_STATE_FULLSCREEN. Both are
// followed through property-change events, so nothing polls.
class X11FullScreenWatch final : public FullScreenWatch {
public:
    X11FullScreenWatch();

    bool isFullScreenActive() const override { return m_fullScreen; }
    bool isAvailable() const override { return m_available; }

private:
    bool hasEwmhWindowManager() const;
    void followActiveWindow();
    void readState();
    void handle(const xcb_generic_event_t &event);

    XcbConnection m_x;
    xcb_atom_t m_activeWindowAtom = XCB_ATOM_NONE;
    xcb_atom_t m_stateAtom = XCB_ATOM_NONE;
    xcb_atom_t m_fullScreenAtom = XCB_ATOM_NONE;
    xcb_window_t m_activeWindow = XCB_WINDOW_NONE;
    bool m_available = false;
    bool m_fullScreen = false;
};

} // namespace toward
