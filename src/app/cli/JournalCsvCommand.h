#pragma once

#include <QString>
#include <QTextStream>

namespace toward {

// `toward --export-csv FILE` and `toward --import-csv FILE`, on the journal in a data directory
// (the usual one when `dataDir` is empty). Each prints a one-line summary on `out` and returns 0,
// or prints every problem, one a line, on `err` and returns 1.
class JournalCsvCommand {
public:
    // Fails, writing nothing, when the data directory has no journal yet.
    static int exportCsv(
        const QString &dataDir, const QString &file, QTextStream &out, QTextStream &err);
    // Takes the data directory's single-writer lock, so it fails while Toward is running on it.
    // Creates the journal if there is none yet. The check-ins take their names from the model the
    // app starts with: the custom one kept in the settings when it loads, else the built-in one.
    static int importCsv(
        const QString &dataDir, const QString &file, QTextStream &out, QTextStream &err);
};

} // namespace toward
