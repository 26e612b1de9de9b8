#pragma once

#include "model/PracticeVocabulary.h"

#include <QDate>
#include <QString>

#include <optional>

namespace toward {

// Which check-ins the review shows. Every set criterion must match.
struct JournalFilter {
    // The first and last day, both included, that check-ins belong to (LocalDay: the day on their
    // own clock); invalid: no bound.
    QDate firstDay;
    QDate lastDay;
    QString regionId;
    std::optional<Context> context;
    QString text; // in the note, practice, regions or cues, case-insensitive

    // Every check-in of the days from `first` to `last`.
    static JournalFilter days(QDate first, QDate last)
    {
        JournalFilter filter;
        filter.firstDay = first;
        filter.lastDay = last;
        return filter;
    }

    bool isEmpty() const
    {
        return !firstDay.isValid() && !lastDay.isValid() && regionId.isEmpty() && !context
            && text.trimmed().isEmpty();
    }
};

} // namespace toward
