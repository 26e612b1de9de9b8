#pragma once

#include "Result.h"
#include "journal/CheckIn.h"
#include "journal/JournalFilter.h"

#include <QIODevice>
#include <QList>
#include <QString>

namespace toward {

class JournalStore;

// What an export of the journal wrote.
struct JournalCsvExport {
    qint64 written = 0;
    // Check-ins of a damaged journal that could not be read and so are not in the file; see
    // JournalReadReport.
    qint64 unreadable = 0;
    bool unreadableIsExact = true;
    QString firstReadError; // what the first failed read said

    bool isComplete() const { return unreadable == 0 && unreadableIsExact; }
};

// Writes check-ins in the journal's CSV format (docs/journal-csv.md), one row at a time, so the
// whole file is never in memory.
class JournalCsvExporter {
public:
    // The header, then every check-in that matches `filter`, oldest first. Returns how many
    // check-ins were written.
    static Result<qint64> write(
        const JournalStore &journal, const JournalFilter &filter, QIODevice &out);
    // Writes `path` whole or not at all; a new file may be read by its owner only. When the
    // journal turns out damaged, writes every check-in that can still be read, exactly as stored,
    // and counts the others: the result then says the export is not complete.
    static Result<JournalCsvExport> writeFile(
        const JournalStore &journal, const JournalFilter &filter, const QString &path);
    // The same for check-ins that are not in a journal, e.g. one that could not be saved.
    static Result<qint64> writeFile(const QList<CheckIn> &checkIns, const QString &path);
};

} // namespace toward
