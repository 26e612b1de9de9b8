"""Checks the voice in a recording against what voice_player printed: each line heard for about
as long as Flite made it, then its inhale tone, with the breaths beginning right after the last
word (a gap of at most MAX_GAP_MS, never before it ends). Each line and its tone are one stretch
of sound between silences; the tone, 600 ms of sine, is the loud run at the stretch's end, and
the speech is what comes before it. Prints what it found; exits 1 when it failed."""
import sys

from tone_onsets import LOUD, RATE, read_recording

WINDOW = RATE // 200  # 5 ms: a 330 Hz sine peaks in every window
SILENCE_BETWEEN_LINES_MS = 1000
TONE_MS = (450, 700)  # its loud run, its fades aside
# Of the length Flite made: a word fades in and out below LOUD, and a short one is mostly edges.
HEARD_AT_LEAST = 0.7
# From the last word heard to the tone: the quiet tail of that word, and the tone's own latency.
MAX_GAP_MS = 250


def loud_windows(samples):
    return [max(abs(s) for s in samples[at:at + WINDOW]) > LOUD
            for at in range(0, len(samples) - WINDOW, WINDOW)]


def stretches(loud):
    """(first, last) loud window of each stretch of sound."""
    found, start, last = [], None, None
    gap = SILENCE_BETWEEN_LINES_MS // 5
    for at, is_loud in enumerate(loud):
        if not is_loud:
            continue
        if start is None or at - last > gap:
            if start is not None:
                found.append((start, last))
            start = at
        last = at
    if start is not None:
        found.append((start, last))
    return found


def read_lines(path):
    lines = []
    for line in open(path):
        fields = line.split()
        if fields[0] == "line":
            lines.append({"made": int(fields[3]), "lasts": int(fields[5]), "chars": int(fields[7])})
        elif fields[0] == "asked":
            lines[-1]["asked"] = int(fields[2])
        elif fields[0] == "spoken":
            lines[-1]["spoken"] = int(fields[2])
    return lines


def main(player_output_path, recording_path):
    lines = read_lines(player_output_path)
    loud = loud_windows(read_recording(recording_path))
    found = stretches(loud)
    failures = []
    if len(found) != len(lines):
        failures.append("%d lines said, %d stretches of sound heard" % (len(lines), len(found)))
    for number, (line, (first, last)) in enumerate(zip(lines, found)):
        tone_start = last
        while tone_start > first and loud[tone_start - 1]:
            tone_start -= 1
        tone_ms = (last - tone_start + 1) * 5
        speech = [at for at in range(first, tone_start) if loud[at]]
        heard_ms = (speech[-1] - speech[0] + 1) * 5 if speech else 0
        gap_ms = (tone_start - speech[-1] - 1) * 5 if speech else None
        print("line %2d: %3d chars, made in %3d ms, lasts %5d ms, heard %5d ms, called spoken "
              "after %5d ms, gap to the tone %s" % (
                  number, line["chars"], line["made"], line["lasts"], heard_ms,
                  line.get("spoken", -1) - line["asked"],
                  "%d ms" % gap_ms if gap_ms is not None and tone_ms <= TONE_MS[1]
                  else "none (speech runs into the tone)"))
        if heard_ms < HEARD_AT_LEAST * line["lasts"]:
            failures.append("line %d heard for %d ms of %d" % (number, heard_ms, line["lasts"]))
        if gap_ms is None:
            failures.append("line %d not heard before its tone" % number)
        elif tone_ms > TONE_MS[1]:
            failures.append("line %d: the tone began before the speech ended" % number)
        elif tone_ms < TONE_MS[0]:
            failures.append("line %d: no tone after it" % number)
        elif gap_ms > MAX_GAP_MS:
            failures.append("line %d: %d ms from the speech to the tone" % (number, gap_ms))
    for failure in failures:
        print("FAILED:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
