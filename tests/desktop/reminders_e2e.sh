#!/bin/sh
# End to end, as at a desk, run by hand (see README, Development notes): Toward's window with its
# reminders through the real plugins, on an X server (private_display.sh) and a session bus
# (private_session_bus.sh) of its own, fake_notification_server standing for the desktop's server
# and clicking Start on each notice. xdotool moves the pointer every few seconds, as a person
# working would. The movement prompt comes after one minute of that, but a full-screen window is
# up from 40 s to 75 s: the prompt must wait for it, then come, and its Start must open the desk
# practice. Prints the window's and the server's lines; with SCREENSHOT_DIR, screenshots too.
# Takes about a minute and a half.
#
#   reminders_e2e.sh REMINDER_WINDOW PLUGIN_FOLDER FAKE_NOTIFICATION_SERVER [SCREENSHOT_DIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
plugins=$(cd "$2" && pwd) # QPluginLoader looks a relative path up elsewhere
exec "$here/private_display.sh" "$here/private_session_bus.sh" sh -c '
    set -eu
    window=$1 plugins=$2 server=$3 shots=${4:-}
    log=$(mktemp -d)
    trap "kill \$(jobs -p) 2>/dev/null || true; rm -rf \"$log\"" EXIT
    shot() { [ -z "$shots" ] || import -window root "$shots/$1.png"; }

    "$server" --auto-invoke start >"$log/server" 2>&1 &
    until grep -q "^ready" "$log/server"; do sleep 0.1; done
    QT_QPA_PLATFORM=xcb "$window" --full-screen-from 40 --full-screen-until 75 "$plugins" \
        >"$log/window" 2>"$log/window.err" &
    window_pid=$!
    shown_while_full_screen=
    while kill -0 "$window_pid" 2>/dev/null; do
        xdotool mousemove --sync $((200 + $(date +%s) % 60)) 300 || true
        if grep -q "^notify" "$log/server" && ! grep -q "full-screen window closed" "$log/window"
        then
            shown_while_full_screen=yes
        fi
        grep -q "full-screen window shown" "$log/window" && [ ! -e "$log/shot-full" ] \
            && touch "$log/shot-full" && shot 1-full-screen
        grep -q "^notify" "$log/server" && [ ! -e "$log/shot-notice" ] \
            && touch "$log/shot-notice" && shot 2-prompt
        grep -q "check-in open" "$log/window" && [ ! -e "$log/shot-open" ] \
            && touch "$log/shot-open" && shot 3-practice
        sleep 2
    done
    status=0
    wait "$window_pid" || status=$?
    echo "--- window"; cat "$log/window"
    echo "--- notification server"; cat "$log/server"
    [ "$status" -eq 0 ] || { echo "FAILED: the window ended with $status"; cat "$log/window.err"; exit 1; }
    grep -q "^notify.*summary=Time to move" "$log/server" || { echo "FAILED: no movement prompt"; exit 1; }
    [ -z "$shown_while_full_screen" ] || { echo "FAILED: prompted over the full-screen window"; exit 1; }
    grep -q "start requested: desk-reset" "$log/window" || { echo "FAILED: Start did not ask for the desk practice"; exit 1; }
    echo "PASSED"
' reminders_e2e "$1" "$plugins" "$3" "${4:-}"
