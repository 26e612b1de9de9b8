#pragma once

#include "journal/CheckIn.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace toward {

// How one check-in maps to the columns of the journal's CSV format (docs/journal-csv.md). The CSV
// holds ids only, so the names and titles of a check-in read back from it are its ids.
class CheckInCsvRow {
public:
    struct Problem {
        QString column;
        QString message; // in plain words, to follow the column's name
        friend bool operator==(const Problem &, const Problem &) = default;
    };
    struct Parsed {
        CheckIn checkIn; // complete only when there are no problems
        QList<Problem> problems; // at most one per column
    };

    // The column names, in order.
    static const QStringList &header();
    // Why `fields` are not exactly the header, in plain words; empty when they are.
    static QString headerProblem(const QStringList &fields);
    static QStringList fieldsOf(const CheckIn &checkIn);
    // `fields` must hold one value per column, in the header's order.
    static Parsed parse(const QStringList &fields);
};

} // namespace toward
