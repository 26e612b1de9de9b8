#include "desktop/activity/XcbConnection.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cstring>

namespace toward {

bool XcbConnection::isX11Session()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY")
        && qgetenv("XDG_SESSION_TYPE") != QByteArrayLiteral("wayland");
}

XcbConnection::XcbConnection()
{
    if (!isX11Session()) {
        m_problem =
            QCoreApplication::translate("toward::XcbConnection", "this is not an X11 session");
        return;
    }
    int screenNumber = 0;
    xcb_connection_t *connection = xcb_connect(nullptr, &screenNumber);
    if (xcb_connection_has_error(connection)) {
        xcb_disconnect(connection);
        m_problem =
            QCoreApplication::translate("toward::XcbConnection", "the X server %1 does not answer")
                .arg(QString::fromLocal8Bit(qgetenv("DISPLAY")));
        return;
    }
    xcb_screen_iterator_t screens = xcb_setup_roots_iterator(xcb_get_setup(connection));
    for (int i = 0; i < screenNumber && screens.rem > 0; ++i)
        xcb_screen_next(&screens);
    m_connection = connection;
    m_root = screens.data->root;
    m_notifier = std::make_unique<QSocketNotifier>(
        xcb_get_file_descriptor(m_connection), QSocketNotifier::Read);
    QObject::connect(
        m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [this] { dispatch(); });
}

XcbConnection::~XcbConnection()
{
    m_notifier.reset();
    if (m_connection)
        xcb_disconnect(m_connection);
}

xcb_atom_t XcbConnection::atom(const char *name) const
{
    const auto reply = xcbReply(xcb_intern_atom_reply(m_connection,
        xcb_intern_atom(m_connection, false, uint16_t(std::strlen(name)), name), nullptr));
    return reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
}

void XcbConnection::dispatchQueuedSoon()
{
    QMetaObject::invokeMethod(
        m_notifier.get(), [this] { dispatch(); }, Qt::QueuedConnection);
}

void XcbConnection::dispatch()
{
    while (xcb_generic_event_t *event = xcb_poll_for_event(m_connection)) {
        if (onEvent)
            onEvent(*event);
        std::free(event);
    }
    // A lost server leaves the socket readable for ever: stop listening rather than spin.
    if (xcb_connection_has_error(m_connection))
        m_notifier->setEnabled(false);
}

} // namespace toward
