#pragma once

#include "fairtest/FairTestAssignment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace toward {

struct CheckIn;
class CheckInFlow;
class FairTestBanner;
class Journal;

// A running fair test's part in one check-in: which option Toward chose for it (said on the
// banner), the practice set up for a practice option, and the check-in counted once saved if it
// followed the choice.
class CheckInFairTest {
    Q_DECLARE_TR_FUNCTIONS(CheckInFairTest)

public:
    // Neither is owned; both must outlive this.
    CheckInFairTest(Journal &journal, FairTestBanner &banner);

    // A new check-in begun at `flow`'s start: a practice option is chosen in it, to be changed if
    // the person likes. Returns a message for the person when something went wrong.
    QString begin(CheckInFlow &flow);
    // A check-in left unfinished and resumed: the test still chooses for it, as before the
    // restart (the choice follows from what the journal holds).
    QString resume(const QDateTime &startedAt);
    // A check-in begun for a practice the person chose (a launcher, the quick reset): not in the
    // test.
    void leaveOut();
    // After the check-in was saved: counts it when it followed the choice. Returns what to tell
    // the person; empty when no test chose for it.
    QString countSaved(const CheckIn &checkIn);

private:
    QString lookUp(const QDateTime &startedAt);

    Journal &m_journal;
    FairTestBanner &m_banner;
    std::optional<FairTestAssignment> m_assignment;
};

} // namespace toward
