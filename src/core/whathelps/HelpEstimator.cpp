#include "whathelps/HelpEstimator.h"

#include "journal/CheckIn.h"
#include "whathelps/ShrunkenEffects.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace toward {

namespace {

// What the rated check-ins with one cue or practice say before any model: how many, on how many
// days, with how much relief that matters, and which check-ins exactly.
struct Tally {
    int uses = 0;
    int days = 0;
    int lastDay = 0;
    int meaningful = 0;
    quint64 checkInsSignature = 0; // equal for two cues done in the same check-ins

    void add(const HelpCheckIn &checkIn, std::size_t number, bool isMeaningful)
    {
        if (uses == 0 || checkIn.day > lastDay) {
            ++days;
            lastDay = checkIn.day;
        }
        ++uses;
        meaningful += isMeaningful ? 1 : 0;
        checkInsSignature += mixed(number);
    }

    // splitmix64's finaliser: sums of these collide only by chance (about 2⁻⁶⁴).
    static quint64 mixed(quint64 x)
    {
        x += 0x9e3779b97f4a7c15ULL;
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
        return x ^ (x >> 31);
    }
};

bool eased(const HelpCheckIn &checkIn)
{
    return *checkIn.painAfter < checkIn.painBefore
        && isMeaningfulChange(checkIn.painBefore, *checkIn.painAfter);
}

std::optional<EffectInterval> intervalOf(const ShrunkenEffects::Effect &effect)
{
    if (!std::isfinite(effect.estimate) || !std::isfinite(effect.variance))
        return std::nullopt;
    const double half = Z90 * std::sqrt(effect.variance);
    return EffectInterval {effect.estimate, effect.estimate - half, effect.estimate + half};
}

// One estimate per id, from its tally and the model fitted over all of them (none: too few rated
// check-ins); `rated` counts the rated check-ins.
QList<HelpEstimate> estimates(const QStringList &ids, const std::vector<Tally> &tallies,
    const std::optional<ShrunkenEffects> &fit, int rated)
{
    QList<HelpEstimate> result;
    for (qsizetype number = 0; number < ids.size(); ++number) {
        const Tally &tally = tallies[number];
        HelpEstimate estimate;
        estimate.id = ids[number];
        estimate.title = estimate.id;
        estimate.evidence.uses = tally.uses;
        estimate.evidence.days = tally.days;
        estimate.meaningful = tally.meaningful;
        // Done in (almost) every rated check-in, it has nothing to be compared with: the model's
        // number would be its prior, not the journal's word.
        if (fit && rated - tally.uses >= HelpEvidence::MinUses) {
            const ShrunkenEffects::Effect &effect = fit->effects[number];
            estimate.evidence.effect = intervalOf(effect);
            // The posterior's precision is the prior's (1/τ²) plus the journal's: the journal
            // must give at least as much as the prior.
            estimate.evidence.isToldApart = effect.variance <= fit->tau2 / 2;
        }
        estimate.verdict = estimate.evidence.verdict();
        result.append(estimate);
    }
    return result;
}

// Names, for each cue, the cues done in exactly the same rated check-ins.
void markAlwaysTogether(QList<HelpEstimate> &cues, const std::vector<Tally> &tallies)
{
    QHash<QPair<quint64, int>, QList<qsizetype>> bySignature;
    for (qsizetype number = 0; number < cues.size(); ++number) {
        if (tallies[number].uses > 0)
            bySignature[{tallies[number].checkInsSignature, tallies[number].uses}].append(number);
    }
    for (const QList<qsizetype> &together : std::as_const(bySignature)) {
        for (const qsizetype number : together) {
            for (const qsizetype other : together) {
                if (other != number)
                    cues[number].alwaysWith.append(cues[other].id);
            }
        }
    }
}

} // namespace

WhatHelps estimateWhatHelps(const HelpObservations &observations)
{
    WhatHelps helps;
    std::vector<Tally> cueTallies(observations.cueIds().size());
    std::vector<Tally> practiceTallies(observations.practiceIds().size());
    const std::vector<HelpCheckIn> &checkIns = observations.checkIns();
    for (std::size_t number = 0; number < checkIns.size(); ++number) {
        const HelpCheckIn &checkIn = checkIns[number];
        ++helps.checkIns;
        if (!checkIn.painAfter)
            continue;
        ++helps.rated;
        const bool isMeaningful = eased(checkIn);
        helps.meaningful += isMeaningful ? 1 : 0;
        for (const int cue : observations.cuesOf(checkIn))
            cueTallies[cue].add(checkIn, number, isMeaningful);
        if (checkIn.practice >= 0)
            practiceTallies[checkIn.practice].add(checkIn, number, isMeaningful);
    }

    const std::optional<ShrunkenEffects> cueFit = ShrunkenEffects::fit(
        observations, [&](const HelpCheckIn &checkIn) { return observations.cuesOf(checkIn); },
        static_cast<int>(observations.cueIds().size()));
    const std::optional<ShrunkenEffects> practiceFit = ShrunkenEffects::fit(
        observations,
        [](const HelpCheckIn &checkIn) {
            return checkIn.practice >= 0 ? std::span<const int>(&checkIn.practice, 1)
                                         : std::span<const int>();
        },
        static_cast<int>(observations.practiceIds().size()));
    if (cueFit) {
        helps.sigma = std::sqrt(cueFit->sigma2);
        if (!observations.cueIds().isEmpty())
            helps.tau = std::sqrt(cueFit->tau2);
    }
    helps.cues = estimates(observations.cueIds(), cueTallies, cueFit, helps.rated);
    markAlwaysTogether(helps.cues, cueTallies);
    helps.practices =
        estimates(observations.practiceIds(), practiceTallies, practiceFit, helps.rated);
    return helps;
}

void sortForReading(QList<HelpEstimate> &estimates)
{
    std::sort(estimates.begin(), estimates.end(), [](const HelpEstimate &a, const HelpEstimate &b) {
        if (a.verdict != b.verdict)
            return a.verdict < b.verdict;
        const auto &x = a.evidence.effect, &y = b.evidence.effect;
        if (x.has_value() != y.has_value())
            return x.has_value();
        if (x && x->estimate != y->estimate)
            return x->estimate < y->estimate;
        if (a.title != b.title)
            return a.title.localeAwareCompare(b.title) < 0;
        return a.id < b.id;
    });
}

} // namespace toward
