#!/bin/sh
# End to end: the real voice plugin says cues into a private PulseAudio server with a null sink,
# each followed by a tone as the breaths begin; parec records them, and voice_e2e.py checks each
# cue was heard whole and the tone came right after it. Never touches the user's own sound (see
# private_pulseaudio.sh). Exits 77 (skipped) when PulseAudio is not installed or cannot start.
#
#   voice_e2e.sh VOICE_PLAYER PLUGIN_FOLDER [LINES_FILE]
set -eu
player=$1
plugin_folder=$(cd "$2" && pwd) # QPluginLoader looks a relative path up elsewhere
here=$(cd "$(dirname "$0")" && pwd)
lines=${3:-$here/voice_lines.txt}

. "$here/private_pulseaudio.sh"
start_recording "$work/recording.raw"
"$player" "$plugin_folder" <"$lines" >"$work/said.txt"
stop_recording
python3 "$here/voice_e2e.py" "$work/said.txt" "$work/recording.raw"
