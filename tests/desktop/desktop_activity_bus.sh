#!/bin/sh
# The desktop activity plugin where X11 cannot say (a Wayland session, no X server): a private
# session bus (private_session_bus.sh) stands for both the session and the system bus, and the
# test's fakes stand on it for GNOME's Mutter and for logind. Never touches the user's buses.
# Exits 77 (skipped) when dbus-daemon is not installed.
set -eu
exec "$(dirname "$0")/private_session_bus.sh" sh -c '
    unset DISPLAY
    export XDG_SESSION_TYPE=wayland QT_QPA_PLATFORM=offscreen
    export DBUS_SYSTEM_BUS_ADDRESS="$DBUS_SESSION_BUS_ADDRESS"
    exec "$0" "[bus]"' "$1"
