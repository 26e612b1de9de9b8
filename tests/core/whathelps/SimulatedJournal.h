#pragma once

#include "whathelps/HelpObservations.h"

#include <QList>

#include <cstdint>
#include <initializer_list>
#include <utility>

namespace toward::test {

// A journal whose truth is known, as one person with back pain might keep it (docs/what-helps.md):
// pain that drifts from day to day with flares; check-ins started when pain is up, whose flare
// partly passes by "after" (regression to the mean); a relief common to every session; practices
// as bundles of cues, with some skipped and some added; and the practice chosen by the pain.
struct SimulatedJournal {
    HelpObservations observations;
    // Each cue's true effect on the recorded after score, in points: the mean over the check-ins
    // that did it of the score with it minus the score without it, all else (noise too) the same.
    QList<double> trueCueEffects; // by cue number N, whose id is "cue-N"
    QList<bool> cueHasEffect; // by cue number; false: the cue changes nothing at all

    struct Setup {
        int checkIns = 500;
        std::uint64_t seed = 1;
        // The cues' effects on the unrounded pain after, by number; most do nothing. As many cues
        // as the default practice model's.
        QList<double> cueEffects = withEffects(32, {{0, -1.6}, {7, -1.6}, {12, 1.2}});
    };
    static SimulatedJournal make(const Setup &setup);
    // `count` cues doing nothing but those listed, as (cue number, effect).
    static QList<double> withEffects(
        int count, std::initializer_list<std::pair<int, double>> effects);
};

} // namespace toward::test
