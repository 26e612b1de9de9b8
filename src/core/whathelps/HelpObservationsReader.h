#pragma once

#include "Result.h"
#include "journal/JournalFilter.h"
#include "whathelps/HelpObservations.h"

#include <QString>

namespace toward {

class JournalStore;

// The check-ins `filter` keeps, oldest first, with their cues: one scan in time order.
Result<HelpObservations> readHelpObservations(
    const JournalStore &store, const JournalFilter &filter);

// That scan's statement, without a filter, so a benchmark can time it in the sqlite3 shell.
QString helpObservationsSql();

} // namespace toward
