#pragma once

#include <QString>

#include <functional>
#include <memory>
#include <xcb/xcb.h>

class QSocketNotifier;

namespace toward {

// A connection of the plugin's own to the X server named by $DISPLAY, apart from Qt's (so it works
// whatever Qt's platform is, offscreen included), with its events handed to onEvent as they
// arrive: nothing polls.
class XcbConnection {
public:
    XcbConnection();
    ~XcbConnection();
    XcbConnection(const XcbConnection &) = delete;
    XcbConnection &operator=(const XcbConnection &) = delete;

    // An X11 session: $DISPLAY is set and the session is not Wayland, where X would see only the
    // input and windows of the X programs.
    static bool isX11Session();

    bool isOpen() const { return m_connection != nullptr; }
    // Why it is not open, in words for the person.
    QString problem() const { return m_problem; }

    xcb_connection_t *get() const { return m_connection; }
    xcb_window_t root() const { return m_root; }
    // Waits for the server's answer.
    xcb_atom_t atom(const char *name) const;

    // Sends what was asked.
    void flush() { xcb_flush(m_connection); }
    // Hands on, from the event loop, the events read into xcb's queue while waiting for a reply
    // outside the event handler, where the socket notifier does not see them.
    void dispatchQueuedSoon();

    std::function<void(const xcb_generic_event_t &event)> onEvent;

private:
    void dispatch();

    xcb_connection_t *m_connection = nullptr;
    xcb_window_t m_root = XCB_WINDOW_NONE;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QString m_problem;
};

// A reply from xcb, freed with free().
template<typename Reply>
using XcbReply = std::unique_ptr<Reply, decltype(&std::free)>;

template<typename Reply>
XcbReply<Reply> xcbReply(Reply *reply)
{
    return XcbReply<Reply>(reply, &std::free);
}

} // namespace toward
