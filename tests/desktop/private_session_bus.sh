#!/bin/sh
# Runs a command on a D-Bus session bus of its own, which DBUS_SESSION_BUS_ADDRESS alone names: the
# user's bus is never touched. The bus starts only the services whose files the command puts in
# the folder PRIVATE_BUS_SERVICE_DIR names (none at first; a service's output goes to the bus's
# log). The bus and its folder go when this script ends; the bus goes even when the script is
# killed outright.
# Exits 77 (skipped) when dbus-daemon is not installed or cannot start.
#
#   private_session_bus.sh COMMAND [ARGS...]
set -eu

if ! command -v dbus-daemon >/dev/null 2>&1; then
    echo "skipped: dbus-daemon is not installed (apt-get install dbus-daemon)"
    exit 77
fi

work=$(mktemp -d)
mkdir "$work/services"
bus_pid=
cleanup() {
    if [ -n "$bus_pid" ]; then
        kill "$bus_pid" 2>/dev/null || true
        wait "$bus_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 143' INT TERM

cat >"$work/bus.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$work</listen>
  <servicedir>$work/services</servicedir>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF

# setpriv (util-linux) ends the bus with this script even when the script is killed outright, as
# CTest does when a test times out.
tied_to_this_script=
if command -v setpriv >/dev/null 2>&1; then
    tied_to_this_script="setpriv --pdeathsig TERM"
fi
# shellcheck disable=SC2086 # the prefix is two words or none
$tied_to_this_script dbus-daemon --config-file="$work/bus.conf" --nofork --nopidfile \
    --print-address=3 3>"$work/address" >"$work/bus.log" 2>&1 &
bus_pid=$!
i=0
until [ -s "$work/address" ]; do
    i=$((i + 1))
    if [ "$i" -gt 100 ] || ! kill -0 "$bus_pid" 2>/dev/null; then
        echo "skipped: dbus-daemon could not start"
        cat "$work/bus.log"
        exit 77
    fi
    sleep 0.1
done
DBUS_SESSION_BUS_ADDRESS=$(head -n 1 "$work/address")
PRIVATE_BUS_SERVICE_DIR=$work/services
export DBUS_SESSION_BUS_ADDRESS PRIVATE_BUS_SERVICE_DIR

status=0
"$@" || status=$?
exit "$status"
