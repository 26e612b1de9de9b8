#!/bin/sh
# Runs a command on an X server of its own (Xvfb, on a display it picks itself) with openbox as the
# EWMH window manager, for what needs the active and full-screen windows and xdotool's input.
# Nothing of the user's is seen: their display, session type, buses, home and openbox settings;
# D-Bus addresses lead nowhere until a command such as private_session_bus.sh sets its own. Xvfb
# and openbox go when this script ends.
# Exits 77 (skipped) when Xvfb, openbox or xdotool is not installed.
#
#   private_display.sh COMMAND [ARGS...]
set -eu

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
trap 'exit 143' INT TERM

# Waits until COMMAND succeeds, for 10 s at most; fails with NAME's log if PID ends first.
wait_until() { # NAME PID LOG COMMAND...
    name=$1 pid=$2 log=$3
    shift 3
    i=0
    until "$@"; do
        i=$((i + 1))
        if [ "$i" -gt 100 ] || ! kill -0 "$pid" 2>/dev/null; then
            echo "$name did not start"
            cat "$log"
            exit 1
        fi
        sleep 0.1
    done
}

# Xvfb writes the display it chose once it accepts connections.
Xvfb -displayfd 3 -nolisten tcp -screen 0 1024x768x24 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
wait_until Xvfb "$xvfb_pid" "$work/xvfb.log" test -s "$work/display"

export DISPLAY=":$(cat "$work/display")" XDG_SESSION_TYPE=x11
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
export DBUS_SESSION_BUS_ADDRESS="unix:path=$work/no-session-bus"
export DBUS_SYSTEM_BUS_ADDRESS="unix:path=$work/no-system-bus"

openbox --sm-disable >"$work/openbox.log" 2>&1 &
openbox_pid=$!
# xdotool reads the desktop number from an EWMH window manager, so this waits for openbox.
wait_until openbox "$openbox_pid" "$work/openbox.log" sh -c 'xdotool get_desktop >/dev/null 2>&1'

status=0
"$@" || status=$?
exit "$status"
