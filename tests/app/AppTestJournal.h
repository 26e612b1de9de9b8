#pragma once

#include "journal/JournalStore.h"
#include "journal/JournalTestData.h"

#include <QDateTime>
#include <QStringList>

#include <memory>

namespace toward {
class JournalPage;
}

namespace toward::test {

// Waits until `page` shows everything it was calculating: its summary, trend and what helps.
bool waitUntilCalculated(const JournalPage &page);

// Writes a journal of 300 check-ins at `path` and overwrites some of its pages, so that it fails
// the integrity check although its header and schema still read.
void writeDamagedJournal(const QString &path);

// The six check-ins the journal page tests know, newest first, seen from
// KnownJournalNow (Wednesday 18 March 2026, noon, local time):
// 0. 18 Mar 08:00, fullCheckIn: Driving, Low back + Neck, 6 → 3, "Driving reset", a towel roll
// 1. 17 Mar 19:30, Desk, low-back, 6 → 5, note "Towel roll at the desk helped"
// 2. 16 Mar 07:15, Mat, neck, 3 → 2 (a change that matters: 30% of 3)
// 3. 10 Mar 09:00, Standing, low-back, 4 → 6, note "Stiff after gardening"
// 4. 1 Mar 18:00, Walking, knees, 5 → 4
// 5. 5 Jan 10:00, Lying down, low-back, 7 and not rated after
const QDateTime KnownJournalNow(QDate(2026, 3, 18), QTime(12, 0));
QList<CheckIn> knownCheckIns();

} // namespace toward::test
