#!/bin/sh
# The tray benchmark (bench_tray) on a desktop of its own: an X server with openbox
# (tests/desktop/private_display.sh), trayer as the system tray, a private session bus
# (tests/desktop/private_session_bus.sh) with tests/desktop/fake_notification_server as the
# notification server. The user's display, buses and data are never touched.
# Build first (`./toward.sh test` or `cmake --build build`), then:
#   bench/tray/run.sh [BUILD_DIR] [SECONDS]   (defaults: build 600)
set -eu
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=$(cd "${1:-$source_dir/build}" && pwd)
seconds=${2:-600}
if ! command -v trayer >/dev/null 2>&1; then
    echo "bench/tray needs a system tray: apt-get install trayer"
    exit 1
fi
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
exec "$source_dir/tests/desktop/private_display.sh" \
    "$source_dir/tests/desktop/private_session_bus.sh" sh -c '
    set -eu
    export XDG_RUNTIME_DIR="$HOME/runtime"
    mkdir -m 700 "$XDG_RUNTIME_DIR"
    trayer --edge top --align right --widthtype pixel --width 120 --height 24 >/dev/null 2>&1 &
    "$0/tests/desktop/fake_notification_server" >/dev/null &
    trap "kill \$(jobs -p) 2>/dev/null || true" EXIT
    sleep 2 # the tray and the server take their names
    "$0/bench/bench_tray" --seconds "$1" "$0/src/app/toward" "$0/bench/bench_bare_window"
' "$build_dir" "$seconds"
