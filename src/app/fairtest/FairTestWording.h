#pragma once

#include "fairtest/FairTestAnalysis.h"
#include "fairtest/FairTestAssignment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace toward {

// How a fair test is put into words, on the check-in page and in its dialog (rich text).
class FairTestWording {
    Q_DECLARE_TR_FUNCTIONS(FairTestWording)

public:
    // What a fair test is and why Toward chooses at random.
    static QString explanation();
    // "Fair test: today it's Desk reset, chosen at random.", with what to do for a cue.
    static QString assignment(const FairTestAssignment &assignment);
    // "Desk reset compared with Daily five minutes".
    static QString title(const FairTest &test);
    // The same without markup, for a message box.
    static QString plainTitle(const FairTest &test);
    // Running: days left; finished or stopped: since when.
    static QString state(const FairTest &test, const QDateTime &now);
    // Check-ins per option so far, and how many were rated after.
    static QString counts(const FairTest &test, const FairTestResult &result);
    // The verdict and the difference with its interval, "A compared with B".
    static QString result(const FairTest &test, const FairTestResult &result);
    static QString caveat();
    // "helps more", "about the same", ...: the verdicts of "what helps", said of A against B.
    static QString verdict(HelpVerdict verdict);
};

} // namespace toward
