#!/bin/sh
# The desktop activity plugin where X11 cannot say (a Wayland session, no X server): a private
# dbus-daemon stands for both the session and the system bus, and the test's fakes stand on it for
# GNOME's Mutter and for logind. Never touches the user's buses. Exits 77 (skipped) when
# dbus-daemon is not installed.
set -eu
tests=$1

if ! command -v dbus-daemon >/dev/null 2>&1; then
    echo "skipped: dbus-daemon is not installed (apt-get install dbus-daemon)"
    exit 77
fi

work=$(mktemp -d)
bus_pid=
cleanup() {
    [ -n "$bus_pid" ] && kill "$bus_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

dbus-daemon --session --nofork --nopidfile --address="unix:path=$work/bus" \
    --print-address=3 3>"$work/address" 2>"$work/bus.log" &
bus_pid=$!
i=0
until [ -s "$work/address" ]; do
    i=$((i + 1))
    if [ "$i" -gt 100 ] || ! kill -0 "$bus_pid" 2>/dev/null; then
        echo "dbus-daemon did not start"
        cat "$work/bus.log"
        exit 1
    fi
    sleep 0.1
done

unset DISPLAY
export XDG_SESSION_TYPE=wayland QT_QPA_PLATFORM=offscreen HOME="$work"
export DBUS_SESSION_BUS_ADDRESS="unix:path=$work/bus" DBUS_SYSTEM_BUS_ADDRESS="unix:path=$work/bus"
"$tests" "[bus]"
