#!/bin/sh
# End to end: the real desktop activity plugin on an X server of the test's own (Xvfb, on a display
# it picks itself), with openbox as the EWMH window manager and xdotool making the input. The
# idle part runs on Qt's offscreen platform, since the plugin keeps its own X connection; the
# full-screen part shows a Qt window on that display. Never touches the user's display or buses.
# Exits 77 (skipped) when Xvfb, openbox or xdotool is not installed.
set -eu
tests=$1

for tool in Xvfb openbox xdotool; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "skipped: $tool is not installed (apt-get install xvfb openbox xdotool)"
        exit 77
    fi
done

work=$(mktemp -d)
xvfb_pid=
openbox_pid=
cleanup() {
    [ -n "$openbox_pid" ] && kill "$openbox_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# Xvfb writes the display it chose once it accepts connections.
Xvfb -displayfd 3 -nolisten tcp -screen 0 1024x768x24 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
i=0
until [ -s "$work/display" ]; do
    i=$((i + 1))
    if [ "$i" -gt 100 ] || ! kill -0 "$xvfb_pid" 2>/dev/null; then
        echo "Xvfb did not start"
        cat "$work/xvfb.log"
        exit 1
    fi
    sleep 0.1
done

# Nothing of the user's: their display, session type, buses and openbox settings.
export DISPLAY=":$(cat "$work/display")" XDG_SESSION_TYPE=x11
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
export DBUS_SESSION_BUS_ADDRESS="unix:path=$work/no-session-bus"
export DBUS_SYSTEM_BUS_ADDRESS="unix:path=$work/no-system-bus"

openbox --sm-disable >"$work/openbox.log" 2>&1 &
openbox_pid=$!
# xdotool reads the desktop number from an EWMH window manager, so this waits for openbox.
i=0
until xdotool get_desktop >/dev/null 2>&1; do
    i=$((i + 1))
    if [ "$i" -gt 100 ] || ! kill -0 "$openbox_pid" 2>/dev/null; then
        echo "openbox did not start"
        cat "$work/openbox.log"
        exit 1
    fi
    sleep 0.1
done

QT_QPA_PLATFORM=offscreen "$tests" "[idle]"
QT_QPA_PLATFORM=xcb "$tests" "[fullscreen]"
