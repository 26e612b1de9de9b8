#pragma once

#include <QString>

#include <optional>

// How a cue, a practice or one side of a fair test compares with the person's usual check-in, in
// the words the app, the report and the command line all use. The rules are one place's alone.

namespace toward {

// An effect on pain after, in points of the 0–10 scale, against "your usual": negative is less
// pain. low and high bound its 90% interval.
struct EffectInterval {
    double estimate = 0;
    double low = 0;
    double high = 0;

    double halfWidth() const { return (high - low) / 2; }
};

enum class HelpVerdict {
    Helps, // the whole interval below 0
    AboutTheSame, // the whole interval within ±AboutTheSamePoints
    NoClearDifference,
    HelpsLess, // the whole interval above 0
    NotEnoughData,
};

struct HelpEvidence {
    static constexpr int MinUses = 5;
    static constexpr int MinDays = 3;
    static constexpr double MaxHalfWidth = 1.5; // points; a wider interval says too little
    static constexpr double AboutTheSamePoints = 1.0;

    int uses = 0; // rated check-ins it was in
    int days = 0; // distinct days among them
    std::optional<EffectInterval> effect; // none when it could not be estimated at all
    // False when the journal says less about it than the model's prior does: done almost only
    // with the same other cues, or in the same place, its share cannot be told apart, and an
    // interval would be the prior's word rather than the journal's.
    bool isToldApart = true;

    HelpVerdict verdict() const;
};

// "helps", "helps-less", "about-the-same", "no-clear-difference", "not-enough-data": the ids in
// `toward --what-helps --format json`.
QString verdictId(HelpVerdict verdict);

// The verdict in a few plain words, as the app, the report and `--what-helps` say it: "helps more
// than your usual", "not enough data yet", ...
QString verdictPhrase(HelpVerdict verdict);

// Why the evidence says "not enough data", in words ("used 3 times; 5 are needed"); empty when it
// says more.
QString notEnoughDataReason(const HelpEvidence &evidence);

// 1.645: the z of a two-sided 90% interval.
inline constexpr double Z90 = 1.6448536269514722;

} // namespace toward
