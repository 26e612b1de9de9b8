#pragma once

#include <QDate>
#include <QString>
#include <QTextStream>

namespace toward {

// `toward --report-pdf FILE [--from DATE] [--to DATE]`: writes the report for a clinician on the
// journal in a data directory (the usual one when `dataDir` is empty), read-only, so it works
// while Toward is running. Prints a one-line summary on `out` and returns 0, or prints the problem
// on `err` and returns 1, writing nothing.
class ReportPdfCommand {
public:
    // `from` and `to`: the first and last day to cover, both included, each check-in on the day of
    // its own clock (LocalDay); invalid for no bound.
    static int run(const QString &dataDir, const QString &file, QDate from, QDate to,
        QTextStream &out, QTextStream &err);
};

} // namespace toward
