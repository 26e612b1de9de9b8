# Sourced by sound_e2e.sh and bench/audio/run.sh: a private PulseAudio server with one null sink,
# the only server what runs here afterwards can see, so the user's own sound is never touched, and
# parec recording the sink. Everything lives in $work, removed on exit with the server and recorder.
# Exits 77 (skipped) when PulseAudio is not installed or cannot start.

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
    --load="module-null-sink sink_name=toward_null rate=48000" \
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
pactl set-default-sink toward_null

# Records the sink as 16-bit mono at 48 kHz into the file $1 until stop_recording.
start_recording() {
    parec -d toward_null.monitor --format=s16le --rate=48000 --channels=1 --raw \
        --latency-msec=10 >"$1" &
    recorder_pid=$!
    sleep 2 # parec takes a moment before it records
}

stop_recording() {
    sleep 0.5 # the last tone's tail
    kill "$recorder_pid"
    wait "$recorder_pid" 2>/dev/null || true
    recorder_pid=
}
