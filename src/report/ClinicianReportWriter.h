#pragma once

#include "Result.h"
#include "journal/JournalFilter.h"

#include <QDateTime>
#include <QString>

namespace toward {

struct ClinicianReport;
class JournalStore;
struct PracticeModel;

// Writes the report for a clinician as a PDF file. Needs a QGuiApplication (for fonts); any
// platform will do, "offscreen" included.
class ClinicianReportWriter {
public:
    // The report on the check-ins that match `filter` (all of them when it is empty), made at
    // `madeAt`. Writes `path` whole or not at all; a new file may be read by its owner only.
    // Returns how many check-ins the report covers. `current` names cues and practices (may be
    // null).
    static Result<qint64> writeFile(const JournalStore &journal, const JournalFilter &filter,
        const QString &path, const QDateTime &madeAt, const PracticeModel *current = nullptr);
    static Result<void> writeFile(const ClinicianReport &report, const QString &path);
};

} // namespace toward
