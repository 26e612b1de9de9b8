#pragma once

#include <QString>
#include <QTextStream>

namespace toward {

// `toward --export-csv FILE` and `toward --import-csv FILE`, on the journal in a data directory
// (the usual one when `dataDir` is empty). Each prints a one-line summary on `out` and returns 0,
// or prints every problem, one a line, on `err` and returns 1.
class JournalCsvCommand {
public:
    // What an export from a damaged journal returns when it left check-ins behind.
    static constexpr int PartialExport = 2;

    // Fails, writing nothing, when the data directory has no journal yet. From a damaged journal
    // it exports every check-in that can be read, says on `err` how many could not be, with the
    // details in the data folder's log, and returns PartialExport.
    static int exportCsv(
        const QString &dataDir, const QString &file, QTextStream &out, QTextStream &err);
    // Takes the data directory's single-writer lock, so it fails while Toward is running on it.
    // Creates the journal if there is none yet. The check-ins take their names from the model the
    // app starts with: the custom one kept in the settings when it loads, else the built-in one.
    static int importCsv(
        const QString &dataDir, const QString &file, QTextStream &out, QTextStream &err);
};

} // namespace toward
