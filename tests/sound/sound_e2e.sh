#!/bin/sh
# End to end: the real sound plugin plays a practice's tones into a private PulseAudio server
# with a null sink, parec records them, and sound_e2e.py finds each tone where the schedule puts
# it, inhale and exhale told apart by pitch. Never touches the user's own sound (see
# private_pulseaudio.sh). Exits 77 (skipped) when PulseAudio is not installed or cannot start.
set -eu
player=$1
plugin_folder=$(cd "$2" && pwd) # QPluginLoader looks a relative path up elsewhere
here=$(dirname "$0")

. "$here/private_pulseaudio.sh"
start_recording "$work/recording.raw"
"$player" "$plugin_folder" >"$work/schedule.txt"
stop_recording
python3 "$here/sound_e2e.py" "$work/schedule.txt" "$work/recording.raw"
