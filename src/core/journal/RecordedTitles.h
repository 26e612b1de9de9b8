#pragma once

#include "Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace toward {

class JournalStore;

// The titles check-ins recorded for cues and practices, the latest use's for each id: what the
// journal calls them when the current practice model does not know them.
Result<QHash<QString, QString>> recordedCueTitles(
    const JournalStore &store, const QStringList &cueIds);
Result<QHash<QString, QString>> recordedPracticeTitles(
    const JournalStore &store, const QStringList &practiceIds);

} // namespace toward
