"""Finds the tones in a recording (16-bit mono at 48 kHz) and checks them against what
sound_player printed: one onset per tone, each within 30 ms of when the player sent it, counted
from the first (the recording's own start is not known to the millisecond); the inhale's pitch
rising, the exhale's falling, the holds' ticks high. The player's own lateness against the
schedule (an event loop woken late on a loaded machine) is printed, and fails the test only past
the 250 ms after which the player drops a tone. Prints what it found."""
import struct
import sys

RATE = 48000
TOLERANCE_MS = 30
LATE_TONE_LIMIT_MS = 250
PHASES = ["inhale", "hold in", "exhale", "hold out"]


def zero_crossing_hertz(samples):
    crossings = sum(1 for a, b in zip(samples, samples[1:]) if (a < 0) != (b < 0))
    return crossings / 2 / (len(samples) / RATE)


def main(schedule_path, recording_path):
    schedule, sent = [], []
    for line in open(schedule_path):
        word, phase, at = line.split()
        if word == "tone":
            schedule.append((int(phase), int(at)))
        elif word == "sent":
            sent.append(int(at))
    if sent != sorted(sent) or len(sent) != len(schedule):
        print("FAILED: %d tones sent, %d scheduled" % (len(sent), len(schedule)))
        return 1
    raw = open(recording_path, "rb").read()
    x = struct.unpack("<%dh" % (len(raw) // 2), raw)

    # An onset: the first sample clearly above the silence after at least 150 ms of it.
    onsets, quiet = [], RATE
    for i, value in enumerate(x):
        if abs(value) > 200:
            if quiet > RATE * 0.15:
                onsets.append(i)
            quiet = 0
        else:
            quiet += 1

    failures = []
    if len(onsets) != len(schedule):
        failures.append("%d tones heard, %d scheduled" % (len(onsets), len(schedule)))
    first = onsets[0] if onsets else 0
    errors, lateness = [], []
    for (phase, at), sent_at, onset in zip(schedule, sent, onsets):
        heard = (onset - first) * 1000 / RATE + sent[0]
        error = heard - sent_at
        errors.append(error)
        lateness.append(sent_at - at)
        if phase in (0, 2):
            early = zero_crossing_hertz(x[onset + RATE * 3 // 100: onset + RATE * 8 // 100])
            late = zero_crossing_hertz(x[onset + RATE * 45 // 100: onset + RATE * 50 // 100])
            pitch = "%.0f -> %.0f Hz" % (early, late)
            if (phase == 0) != (late > early):
                failures.append("%s at %d ms: pitch %s" % (PHASES[phase], at, pitch))
        else:
            hertz = zero_crossing_hertz(x[onset + RATE // 200: onset + RATE * 4 // 100])
            pitch = "%.0f Hz" % hertz
            if hertz < 600:
                failures.append("%s at %d ms: tick at %s" % (PHASES[phase], at, pitch))
        print("%-8s scheduled %6d ms, sent %6d ms, heard %8.1f ms (%+.1f from sent, %+.1f from"
              " scheduled), %s" % (PHASES[phase], at, sent_at, heard, error, heard - at, pitch))
        if abs(error) > TOLERANCE_MS:
            failures.append("%s at %d ms heard %+.1f ms after it was sent" % (
                PHASES[phase], at, error))
        if sent_at - at > LATE_TONE_LIMIT_MS:
            failures.append("%s at %d ms sent %d ms late" % (PHASES[phase], at, sent_at - at))
    if errors:
        spread = sorted(abs(e) for e in errors)
        print("onset error from sent: median %.1f ms, largest %.1f ms; sent late by up to %d ms" % (
            spread[len(spread) // 2], spread[-1], max(lateness)))
    for failure in failures:
        print("FAILED:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
