#pragma once

#include "Result.h"
#include "journal/JournalFilter.h"
#include "whathelps/HelpVerdict.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// "What helps you", estimated honestly from the person's own journal (see docs/what-helps.md):
// pain after a check-in, compared with their usual check-in that started with the same pain, in the
// same context and the same week's pain; so a fall that would have come anyway (regression to the
// mean) is credited to nothing. Cues are told apart by a ridge regression whose shrinkage is
// estimated from the journal; practices by the shrunken mean of what is left (empirical Bayes).

namespace toward {

class JournalStore;
struct PracticeModel;

struct HelpEstimate {
    QString id;
    // The current practice model's title, else the one recorded with the latest use, else the id.
    QString title;
    HelpEvidence evidence; // uses and days count the rated check-ins in the filter
    HelpVerdict verdict = HelpVerdict::NotEnoughData;
    int meaningful =
        0; // of evidence.uses: pain eased by a change that matters (isMeaningfulChange)
    // Cues done in exactly the same check-ins as this one (titles): the journal cannot tell their
    // effects apart, and the estimate is their shared one split between them.
    QStringList alwaysWith;

    std::optional<double> meaningfulShare() const;
    // The effect to show in numbers: none with "not enough data", whatever the model said.
    std::optional<EffectInterval> shownEffect() const;
};

struct WhatHelps {
    int checkIns = 0; // in the filter
    int rated = 0; // of those, with pain rated after: the ones the estimates use
    int meaningful = 0; // of `rated`, with pain eased by a change that matters
    std::optional<double> sigma; // the spread of pain after around the model, in points
    std::optional<double> tau; // the spread of the cues' effects (the shrinkage's prior)
    // Sorted by verdict (helps, about the same, no clear difference, helps less, not enough data),
    // then by estimate, lowest (most relief) first, then by title.
    QList<HelpEstimate> cues;
    QList<HelpEstimate> practices;

    std::optional<double> meaningfulShare() const; // of `rated`
};

// Over the check-ins `filter` keeps; titles from `current` where it has the id (may be null).
// Reads the journal in one pass; meant for a worker thread (JournalWorker).
Result<WhatHelps> whatHelps(
    const JournalStore &store, const JournalFilter &filter, const PracticeModel *current);

} // namespace toward
