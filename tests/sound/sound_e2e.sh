#!/bin/sh
# End to end: the real sound plugin plays a practice's tones into a private PulseAudio server
# with a null sink, parec records them, and sound_e2e.py finds each tone where the schedule puts
# it, inhale and exhale told apart by pitch. Never touches the user's own sound: the server runs
# in a temporary folder and is the only one the player and parec can see. Exits 77 (skipped)
# when PulseAudio is not installed or cannot start.
set -eu
player=$1
plugin_folder=$(cd "$2" && pwd) # QPluginLoader looks a relative path up elsewhere
analysis=$(dirname "$0")/sound_e2e.py

for tool in pulseaudio pactl parec python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "skipped: $tool is not installed (apt-get install pulseaudio pulseaudio-utils)"
        exit 77
    fi
done

work=$(mktemp -d)
server_pid=
recorder_pid=
cleanup() {
    [ -n "$recorder_pid" ] && kill "$recorder_pid" 2>/dev/null || true
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

export HOME="$work" XDG_RUNTIME_DIR="$work" PULSE_RUNTIME_PATH="$work"
export PULSE_SERVER="unix:$work/native"
pulseaudio -n --daemonize=no --exit-idle-time=-1 --log-target=file:"$work/server.log" \
    --load="module-null-sink sink_name=toward_e2e rate=48000" \
    --load="module-native-protocol-unix socket=$work/native auth-anonymous=1" &
server_pid=$!
i=0
until pactl info >/dev/null 2>&1; do
    i=$((i + 1))
    if [ "$i" -gt 50 ] || ! kill -0 "$server_pid" 2>/dev/null; then
        echo "skipped: PulseAudio could not start"
        cat "$work/server.log" 2>/dev/null || true
        exit 77
    fi
    sleep 0.1
done
pactl set-default-sink toward_e2e

parec -d toward_e2e.monitor --format=s16le --rate=48000 --channels=1 --raw \
    --latency-msec=10 >"$work/recording.raw" &
recorder_pid=$!
sleep 2 # parec takes a moment before it records
"$player" "$plugin_folder" >"$work/schedule.txt"
sleep 0.5
kill "$recorder_pid"
wait "$recorder_pid" 2>/dev/null || true
recorder_pid=
python3 "$analysis" "$work/schedule.txt" "$work/recording.raw"
