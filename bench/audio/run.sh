#!/bin/sh
# The breath tones' benchmark, through the real sound plugin into a private PulseAudio null sink
# (see tests/sound/private_pulseaudio.sh; the user's own sound is never touched):
#  1. MINUTES of practice tones (4 s in, 2 s held, 6 s out) recorded with parec, once as the
#     reference and once with the GUI thread's event loop stalled for 20-200 ms every 2-5 s
#     (seeded): each tone's onset error against the schedule, tones heard against scheduled;
#  2. bench_audio: CPU and wake-ups per minute of the check-in page practising with tones while
#     minimised, against the same page idle.
# Build first (`./toward.sh test` or `cmake --build build`), then:
#   bench/audio/run.sh [BUILD_DIR] [MINUTES] [CPU_SECONDS] [SEED]   (defaults: build 5 60 1)
set -eu
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=$(cd "${1:-$source_dir/build}" && pwd)
minutes=${2:-5}
cpu_seconds=${3:-60}
seed=${4:-1}
player=$build_dir/tests/sound/sound_player
bench=$build_dir/bench/bench_audio
plugin_folder=$build_dir/src/app
pattern=4,2,6,0 # a 12 s breath
breaths=$((minutes * 60 / 12))

. "$source_dir/tests/sound/private_pulseaudio.sh"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"

play() { # NAME [PLAYER_OPTIONS...]
    name=$1
    shift
    echo "playing $breaths breaths ($name)..."
    start_recording "$work/$name.raw"
    "$player" --pattern "$pattern" --breaths "$breaths" "$@" "$plugin_folder" >"$work/$name.txt"
    stop_recording
}
play reference
play stalled --stall-seed "$seed"
echo "the check-in page minimised, idle then practising, $cpu_seconds s each..."
"$bench" --seconds "$cpu_seconds" "$plugin_folder" >"$work/cpu.txt"

echo
PYTHONPATH="$source_dir/tests/sound" python3 "$source_dir/bench/audio/tone_summary.py" \
    "no stalls (reference)" "$work/reference.txt" "$work/reference.raw" \
    "stalls 20-200 ms every 2-5 s" "$work/stalled.txt" "$work/stalled.raw"
cat "$work/cpu.txt"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
