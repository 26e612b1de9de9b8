#pragma once

#include "journal/CheckIn.h"

#include <QIODevice>
#include <QList>
#include <QString>

namespace toward {

class JournalStore;
struct PracticeModel;

// Something that keeps a CSV file from being imported.
struct JournalCsvProblem {
    qint64 row = 0; // 1-based, the header being row 1; 0 for the file as a whole
    QString column; // empty when the problem is with the whole row or file
    QString message;

    // "row 4, pain_after: must be ...", "row 3: has 12 fields, expected 14", or the message alone.
    QString toString() const;
    friend bool operator==(const JournalCsvProblem &, const JournalCsvProblem &) = default;
};

// The check-ins of a CSV file, or every problem that keeps it from being imported.
struct JournalCsvContents {
    QList<CheckIn> checkIns; // empty when there are problems
    QList<JournalCsvProblem> problems;

    bool ok() const { return problems.isEmpty(); }
};

struct JournalCsvImport {
    int added = 0;
    int alreadyInJournal = 0; // rows skipped because their id was in the journal already
    QList<JournalCsvProblem> problems; // when there are any, nothing was imported

    bool ok() const { return problems.isEmpty(); }
};

// Imports check-ins from the journal's CSV format (docs/journal-csv.md): a whole file or nothing.
class JournalCsvImporter {
public:
    static constexpr qint64 MaxFileBytes = 200 * 1024 * 1024;

    // Reads and checks every row; reports every problem, each with its row and column.
    static JournalCsvContents read(QIODevice &in);
    // When every row is valid, adds the check-ins whose ids are not in the journal yet, all in one
    // transaction, their parts named from `model` (CheckInNamer) as the app names them.
    static JournalCsvImport importFrom(
        JournalStore &journal, QIODevice &in, const PracticeModel &model);
    static JournalCsvImport importFile(
        JournalStore &journal, const QString &path, const PracticeModel &model);
};

} // namespace toward
