"""Finds the breath tones in a recording (16-bit mono at 48 kHz) and matches them to the schedule
sound_player printed. The recording's own start is not known to the millisecond, so the schedule
is first placed on the recording where it lines up with the most onsets, then moved by the median
of their errors: every tone's error is then against the schedule, the sound's common delay
aside. Shared by the end-to-end test (sound_e2e.py) and the audio benchmark (bench/audio)."""
import array
import bisect
import statistics

RATE = 48000
PHASES = ["inhale", "hold in", "exhale", "hold out"]
# An onset: the first sample clearly above silence after at least this much of it.
LOUD = 200
QUIET_BEFORE_ONSET_MS = 150
# Onsets this far from their tone's place are counted with it; farther, the tone is missing.
MATCH_WINDOW_MS = 400


def read_player_output(path):
    """The schedule (phase, ms) and the sent tones (phase, ms) from sound_player's output."""
    scheduled, sent = [], []
    for line in open(path):
        fields = line.split()
        if fields[0] == "tone":
            scheduled.append((int(fields[1]), int(fields[2])))
        elif fields[0] == "sent":
            sent.append((int(fields[1]), int(fields[2])))
    return scheduled, sent


def read_recording(path):
    samples = array.array("h")  # little-endian, as the machines this runs on
    with open(path, "rb") as recording:
        samples.frombytes(recording.read())
    return samples


def find_onsets(samples):
    """The sample index of each onset."""
    onsets, quiet = [], RATE
    quiet_enough = RATE * QUIET_BEFORE_ONSET_MS // 1000
    for i, value in enumerate(samples):
        if abs(value) > LOUD:
            if quiet > quiet_enough:
                onsets.append(i)
            quiet = 0
        else:
            quiet += 1
    return onsets


def to_ms(sample_index):
    return sample_index * 1000 / RATE


def match(scheduled_ms, heard_ms, offset):
    """For each scheduled time, the index of its nearest onset within the window (or None), each
    onset used once."""
    matched, used = [], set()
    for at in scheduled_ms:
        best = None
        for j, heard in enumerate(heard_ms):
            error = abs(heard - offset - at)
            if j not in used and error <= MATCH_WINDOW_MS and (
                    best is None or error < abs(heard_ms[best] - offset - at)):
                best = j
        if best is not None:
            used.add(best)
        matched.append(best)
    return matched


def nearest_distance(sorted_ms, time):
    i = bisect.bisect_left(sorted_ms, time)
    return min(abs(sorted_ms[k] - time) for k in (i - 1, i) if 0 <= k < len(sorted_ms))


def align(scheduled_ms, heard_ms, tolerance_ms):
    """The recording's time of the schedule's zero: of the offsets that put a scheduled tone on an
    onset, the one that puts the most within `tolerance_ms`, then the median error of those."""
    best_offset, best_count = 0.0, -1
    for at in scheduled_ms:
        for heard in heard_ms:
            offset = heard - at
            count = sum(1 for other in scheduled_ms
                        if nearest_distance(heard_ms, other + offset) <= tolerance_ms)
            if count > best_count:
                best_offset, best_count = offset, count
    matched = match(scheduled_ms, heard_ms, best_offset)
    errors = [heard_ms[j] - best_offset - at
              for at, j in zip(scheduled_ms, matched) if j is not None]
    return best_offset + (statistics.median(errors) if errors else 0)


def zero_crossing_hertz(samples):
    crossings = sum(1 for a, b in zip(samples, samples[1:]) if (a < 0) != (b < 0))
    return crossings / 2 / (len(samples) / RATE)


def pitch_of(samples, onset, phase):
    """What the tone at `onset` sounds like, in words, and whether it is the phase's: the inhale
    rising, the exhale falling, a hold's tick high."""
    def hertz(from_ms, to_ms):
        return zero_crossing_hertz(samples[onset + RATE * from_ms // 1000:
                                           onset + RATE * to_ms // 1000])
    if phase in (0, 2):
        early, late = hertz(30, 80), hertz(450, 500)
        return "%.0f -> %.0f Hz" % (early, late), (phase == 0) == (late > early)
    tick = hertz(5, 40)
    return "%.0f Hz" % tick, tick >= 600


class TonesHeard:
    """The recording's tones matched to the schedule: per scheduled tone its onset's error (ms,
    None when not heard) and pitch, the onsets left over, and when each tone was sent."""

    def __init__(self, player_output_path, recording_path, tolerance_ms):
        self.scheduled, self.sent = read_player_output(player_output_path)
        samples = read_recording(recording_path)
        onsets = find_onsets(samples)
        scheduled_ms = [at for _, at in self.scheduled]
        heard_ms = [to_ms(onset) for onset in onsets]
        offset = align(scheduled_ms, heard_ms, tolerance_ms)
        matched = match(scheduled_ms, heard_ms, offset)
        self.errors, self.pitches = [], []
        for (phase, at), j in zip(self.scheduled, matched):
            if j is None:
                self.errors.append(None)
                self.pitches.append(("not heard", False))
            else:
                self.errors.append(heard_ms[j] - offset - at)
                self.pitches.append(pitch_of(samples, onsets[j], phase))
        self.extra_ms = [heard_ms[j] - offset for j in range(len(onsets)) if j not in matched]
        # Per scheduled tone, how late it was sent; None when it was not.
        self.lateness = [self.sent[i][1] - at if i < len(self.sent) else None
                         for i, (_, at) in enumerate(self.scheduled)]

    def heard_errors(self):
        return [abs(error) for error in self.errors if error is not None]

    def count_heard(self):
        return len(self.heard_errors())

    def sent_lateness(self):
        return [late for late in self.lateness if late is not None]
