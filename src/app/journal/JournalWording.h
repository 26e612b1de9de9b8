#pragma once

#include "journal/JournalStatistics.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace toward {

// How the journal's pages put pain ratings and statistics into words. A change is pain after
// minus pain before, so "−3" is three points less pain; relief is the opposite sign.
class JournalWording {
    Q_DECLARE_TR_FUNCTIONS(JournalWording)

public:
    // Marks a change that matters (isMeaningfulChange) wherever a change is shown, besides colour.
    static QString meaningfulMarker();

    // "6 → 3", or "6 → –" when pain was not rated after.
    static QString pain(int before, std::optional<int> after);
    // "−3", "+2", "0"; empty when pain was not rated after.
    static QString change(int before, std::optional<int> after);
    // An average change for an average relief: "−2.3", "+0.5", "0.0".
    static QString averageChange(double averageRelief);
    // "1 check-in", "1,204 check-ins".
    static QString checkInCount(qint64 count);
    // "4 of 5 (80%)".
    static QString share(int part, int whole);

    static QString thisWeek(const JournalSummary &summary);
    static QString daysInARow(int days);
    // The last 30 days and the 30 before, e.g. "Last 30 days: pain eased by 2.1 points on
    // average (12 rated check-ins). The 30 days before: no rated check-ins."
    static QString reliefComparison(const JournalSummary &summary);
};

} // namespace toward
