#pragma once

#include "Result.h"
#include "journal/JournalFilter.h"
#include "whathelps/HelpObservations.h"

#include <QStringList>

namespace toward {

class JournalStore;

// The check-ins `filter` keeps, oldest first, with their cues: two scans, each in index order.
Result<HelpObservations> readHelpObservations(
    const JournalStore &store, const JournalFilter &filter);

// Those statements, without a filter, so a benchmark can time the same scans in the sqlite3 shell.
QStringList helpObservationsSql();

} // namespace toward
