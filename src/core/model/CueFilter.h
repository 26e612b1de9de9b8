#pragma once

#include "model/PracticeModel.h"

#include <QString>

#include <optional>

namespace toward {

// Which cues a person wants to see: every set criterion must match.
struct CueFilter {
    QString regionId; // empty: every region
    std::optional<Need> need;
    std::optional<Mode> mode;
    std::optional<Context> context;
    // Words that must all appear (case-insensitive) in the cue's title, text, region name or
    // in the away patterns it counters.
    QString searchText;

    bool isEmpty() const;
    bool matches(const Region &region, const Cue &cue) const;
};

} // namespace toward
