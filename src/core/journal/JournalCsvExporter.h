#pragma once

#include "Result.h"
#include "journal/CheckIn.h"
#include "journal/JournalFilter.h"

#include <QIODevice>
#include <QList>
#include <QString>

namespace toward {

class JournalStore;

// Writes check-ins in the journal's CSV format (docs/journal-csv.md), one row at a time, so the
// whole file is never in memory.
class JournalCsvExporter {
public:
    // The header, then every check-in that matches `filter`, oldest first. Returns how many
    // check-ins were written.
    static Result<qint64> write(
        const JournalStore &journal, const JournalFilter &filter, QIODevice &out);
    // Writes `path` whole or not at all; a new file may be read by its owner only.
    static Result<qint64> writeFile(
        const JournalStore &journal, const JournalFilter &filter, const QString &path);
    // The same for check-ins that are not in a journal, e.g. one that could not be saved.
    static Result<qint64> writeFile(const QList<CheckIn> &checkIns, const QString &path);
};

} // namespace toward
