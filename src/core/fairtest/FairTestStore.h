#pragma once

#include "Result.h"
#include "fairtest/FairTest.h"

#include <QDateTime>
#include <QList>
#include <QUuid>

#include <optional>

namespace toward {

class JournalStore;

// A check-in counted in a fair test, with its pain ratings from the journal.
struct FairTestCheckIn {
    int slot = 0;
    int option = 0; // 0: option A, 1: option B
    QUuid checkInId;
    QDateTime startedAt;
    int painBefore = 0;
    std::optional<int> painAfter;
};

// The fair tests kept in the journal file, beside its check-ins. Every write is one committed
// transaction; every read fails with the reason rather than passing for "no test".
class FairTestStore {
public:
    explicit FairTestStore(JournalStore &journal);

    // The test started last, running or not; none when there never was one.
    Result<std::optional<FairTest>> latest() const;
    // Stores `test` (its start time, length, seed and options) and returns it with its id.
    // Refused while another test is still running at `test.startedAt`: one at a time.
    Result<FairTest> start(FairTest test);
    // Ends a running test before its time.
    Result<void> stop(qint64 testId, const QDateTime &at);

    // The option the next counted check-in gets.
    Result<int> nextOption(const FairTest &test) const;
    // Counts a saved check-in in the test, done with `option`. Refused when that is not the option
    // the test gives it (nextOption changed meanwhile).
    Result<void> count(const FairTest &test, const QUuid &checkInId, int option);
    // Its counted check-ins still in the journal, in the order they were counted.
    Result<QList<FairTestCheckIn>> checkIns(qint64 testId) const;

private:
    Result<int> slotsUsed(qint64 testId) const;

    JournalStore &m_journal;
};

} // namespace toward
