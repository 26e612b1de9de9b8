#pragma once

#include "whathelps/HelpObservations.h"

#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace toward {

// Effects on pain after of things done in some check-ins and not others (cues, or practices),
// each against the person's usual check-in:
//     after = α + β·(before − mean) + ω·(week's pain − mean) + context + Σ θⱼ·[j done] + ε,
// ε ~ N(0, σ²), θⱼ ~ N(0, τ²): a ridge regression (docs/what-helps.md). Adjusting for the pain
// before is what keeps regression to the mean out of the θs; the prior tells apart things often
// done together and shrinks the rarely done. σ² and τ² are estimated by EM. Only check-ins with
// pain rated after count.
struct ShrunkenEffects {
    struct Effect {
        double estimate = 0; // θ̂ⱼ, in pain points
        double variance = 0; // its posterior variance, σ²·[A⁻¹]ⱼⱼ
    };

    double sigma2 = 0;
    double tau2 = 0;
    std::vector<Effect> effects; // one per effect number

    // The effects done in a check-in, numbered from 0 to effectCount - 1.
    using EffectsOf = std::function<std::span<const int>(const HelpCheckIn &)>;
    // None when the journal holds too few rated check-ins to estimate σ² at all.
    static std::optional<ShrunkenEffects> fit(
        const HelpObservations &observations, const EffectsOf &effectsOf, int effectCount);
};

} // namespace toward
