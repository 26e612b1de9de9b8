"""Checks the tones in a recording against the schedule sound_player printed: one onset per
tone, each within 30 ms of its place in the schedule (see tone_onsets.py for how the recording is
lined up with it); the inhale's pitch rising, the exhale's falling, the holds' ticks high. How
late the player sent each tone (an event loop woken late on a loaded machine) is printed to tell
the player's delay from the sound's. Prints what it found; exits 1 when it failed, 3 when only
because the player itself was woken late (sound_e2e.sh then tries again)."""
import statistics
import sys

from tone_onsets import PHASES, TonesHeard

TOLERANCE_MS = 30
FAILED, FAILED_ONLY_BY_LATE_WAKING = 1, 3


def main(player_output_path, recording_path):
    tones = TonesHeard(player_output_path, recording_path, TOLERANCE_MS)
    failures, late_waking = [], []
    if len(tones.sent) != len(tones.scheduled):
        failures.append("%d tones sent, %d scheduled" % (len(tones.sent), len(tones.scheduled)))
    for (phase, at), error, (pitch, right), late in zip(
            tones.scheduled, tones.errors, tones.pitches, tones.lateness):
        sent = "sent %+4d ms" % late if late is not None else "not sent"
        if error is None:
            print("%-8s scheduled %6d ms, %s, NOT HEARD" % (PHASES[phase], at, sent))
            failures.append("%s at %d ms not heard" % (PHASES[phase], at))
            continue
        print("%-8s scheduled %6d ms, %s, heard %+6.1f ms, %s" % (
            PHASES[phase], at, sent, error, pitch))
        if abs(error) > TOLERANCE_MS:
            failure = "%s at %d ms heard %+.1f ms from its schedule" % (PHASES[phase], at, error)
            if late is not None and abs(error - late) <= TOLERANCE_MS:
                late_waking.append(failure + ", as late as it was sent")
            else:
                failures.append(failure)
        if not right:
            failures.append("%s at %d ms: pitch %s" % (PHASES[phase], at, pitch))
    for extra in tones.extra_ms:
        failures.append("a sound at %.0f ms that no tone was scheduled for" % extra)
    heard, lateness = tones.heard_errors(), tones.sent_lateness()
    if heard and lateness:
        print("onset error from the schedule: median %.1f ms, largest %.1f ms; sent late by a "
              "median %d ms, up to %d ms" % (
                  statistics.median(heard), max(heard),
                  statistics.median(lateness), max(lateness)))
    for failure in failures + late_waking:
        print("FAILED:", failure)
    if failures:
        return FAILED
    return FAILED_ONLY_BY_LATE_WAKING if late_waking else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
