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
attempt() {
    start_recording "$work/recording.raw"
    "$player" "$plugin_folder" >"$work/schedule.txt" || return
    stop_recording
    python3 "$here/sound_e2e.py" "$work/schedule.txt" "$work/recording.raw"
}
# CTest runs this beside other tests: on a loaded machine the player is now and then woken tens of
# milliseconds late, past the 30 ms by chance. Such a run is tried once more; a fault in the sound
# itself fails at once.
status=0
attempt || status=$?
if [ "$status" -eq 3 ]; then
    echo "the player was woken late; trying once more"
    status=0
    attempt || status=$?
fi
[ "$status" -ne 3 ] || status=1
exit "$status"
