#!/usr/bin/env python3
"""Writes a realistic pain journal as Toward's CSV (docs/journal-csv.md), for trying "what helps"
and for screenshots: never real data. One person over months with the default practice model:
pain that drifts with flares, check-ins started when pain is up (so it falls back anyway), a
relief common to every session, practices chosen by place and pain with steps skipped or stopped
early, and a few cues that truly help (or not). Seeded: the same file every time.

    python3 docs/tools/realistic_journal_csv.py CHECK_INS > journal.csv
    toward --import-csv journal.csv --data-dir DIR
"""
import json
import math
import pathlib
import random
import sys
import uuid
from datetime import datetime, timedelta, timezone

MODEL = pathlib.Path(__file__).resolve().parents[2] / "resources/models/default-model.json"
# True effects on pain after, in points (negative: less pain); every other cue does nothing.
EFFECTS = {"low-back-sit-bones-back": -1.5, "neck-head-back-lift": -1.2,
           "upper-back-breastbone-broadens": -0.8, "low-back-tail-trails": 1.0}
PLACES = {"desk": "desk-reset", "driving": "driving-reset", "mat": "daily-five",
          "lying": "low-back-rescue"}


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    rng = random.Random(20261130)
    model = json.loads(MODEL.read_text())
    practices = {p["id"]: [s["cue"] if isinstance(s, dict) else s for s in p["steps"]]
                 for p in model["practices"]}
    zone = timezone(timedelta(hours=1))
    day = datetime(2026, 11, 29, tzinfo=zone) - timedelta(days=int(count / 1.6))
    drift = flare = 0.0
    rows = []
    while len(rows) < count:
        day += timedelta(days=1)
        drift = 0.97 * drift + rng.gauss(0, 0.35)
        flare = 0.55 * flare + (2.5 if rng.random() < 0.07 else 0)
        for slot in range(rng.choice([0, 1, 1, 2, 2, 3])):
            if len(rows) == count:
                break
            moment = max(rng.gauss(0, 1.2), rng.gauss(0, 1.2))
            before = min(10, max(0, round(4.2 + drift + flare + moment)))
            place = rng.choice(["desk", "desk", "mat", "driving", "lying"])
            practice = "neck-rescue" if before >= 7 and rng.random() < 0.4 else PLACES[place]
            steps = practices[practice]
            reached = steps if rng.random() > 0.1 else steps[: rng.randint(1, len(steps))]
            done = [c for c in reached if rng.random() > 0.15]
            usual = 4.2 + drift + flare + 0.4 * moment - 0.9 + rng.gauss(0, 0.8)
            after = min(10, max(0, round(usual + sum(EFFECTS.get(c, 0) for c in done))))
            started = day + timedelta(hours=7 + 5 * slot + rng.random() * 3)
            cues = ";".join(f"{c}={rng.choice(['toward', 'toward', 'neutral', 'away'])}"
                            if c in done else f"{c}=" for c in reached)
            rows.append([str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                         started.isoformat(timespec="seconds"),
                         (started + timedelta(minutes=6)).isoformat(timespec="seconds"),
                         place, "low-back;neck" if "neck" in practice else "low-back",
                         str(before), "" if rng.random() < 0.08 else str(after), practice,
                         "", "", "", cues, "", ""])
    print("id,started_at,ended_at,context,regions,pain_before,pain_after,practice,breath_pattern,"
          "feelings_before,feelings_after,cues,red_flags,note", end="\r\n")
    for row in rows:
        print(",".join(row), end="\r\n")


if __name__ == "__main__":
    main()
