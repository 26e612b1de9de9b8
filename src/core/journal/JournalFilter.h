#pragma once

#include "model/PracticeVocabulary.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace toward {

// Which check-ins the review shows. Every set criterion must match.
struct JournalFilter {
    QDateTime from; // inclusive; invalid: no lower bound
    QDateTime until; // exclusive; invalid: no upper bound
    QString regionId;
    std::optional<Context> context;
    QString text; // in the note, practice, regions or cues, case-insensitive

    bool isEmpty() const
    {
        return !from.isValid() && !until.isValid() && regionId.isEmpty() && !context
            && text.trimmed().isEmpty();
    }
};

} // namespace toward
