"""One row per run of sound_player: the tones heard in its recording against the schedule (see
tests/sound/tone_onsets.py), with how late the player sent them. Arguments: LABEL PLAYER_OUTPUT
RECORDING, repeated."""
import statistics
import sys

from tone_onsets import TonesHeard

TOLERANCE_MS = 30  # as the end-to-end test's


def main(arguments):
    print("Tone onsets against the schedule, from the recording:")
    print("  %-30s %9s %6s %6s %9s %9s %7s %8s %14s" % (
        "", "scheduled", "heard", "extra", "median", "largest", ">30 ms", "pitch", "sent late"))
    for label, player_output, recording in zip(*[iter(arguments)] * 3):
        tones = TonesHeard(player_output, recording, TOLERANCE_MS)
        errors, lateness = tones.heard_errors(), tones.sent_lateness()
        wrong_pitch = sum(1 for _, right in tones.pitches if not right)
        print("  %-30s %9d %6d %6d %6.1f ms %6.1f ms %7d %4d bad %5d/%4d ms" % (
            label, len(tones.scheduled), len(errors), len(tones.extra_ms),
            statistics.median(errors) if errors else float("nan"),
            max(errors) if errors else float("nan"),
            sum(1 for error in errors if error > TOLERANCE_MS), wrong_pitch,
            statistics.median(lateness) if lateness else -1, max(lateness or [-1])))
    print("  (error: |heard - scheduled| once lined up; sent late: median/largest)")


if __name__ == "__main__":
    main(sys.argv[1:])
