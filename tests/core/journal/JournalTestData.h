#pragma once

#include "journal/CheckIn.h"
#include "journal/Journal.h"
#include "journal/JournalStore.h"

#include <QStringList>

#include <memory>

namespace toward::test {

// A check-in with every field set, at `startedAt` (given with its UTC offset).
CheckIn fullCheckIn(const QDateTime &startedAt);
// A simple check-in: one region, a context and pain before and after.
CheckIn simpleCheckIn(const QDateTime &startedAt, int painBefore, std::optional<int> painAfter,
    const QString &regionId = QStringLiteral("low-back"), Context context = Context::Desk);

// Opens (creating it if needed) a journal for a test; the test fails when it cannot.
std::unique_ptr<JournalStore> openJournal(
    const QString &path, JournalStore::Access access = JournalStore::Access::ReadWrite);

// The app's long-lived Journal on the data folder `dataDirectory`, opened as the app opens it
// (locked, read-write), or read-only; the test fails when it cannot be opened.
std::unique_ptr<Journal> openJournalIn(
    const QString &dataDirectory, JournalStore::Access access = JournalStore::Access::ReadWrite);

constexpr int DamagedJournalCheckIns = 300;
// Writes a journal of DamagedJournalCheckIns full check-ins with long notes at `path`, an hour
// apart, with nothing left in its write-ahead log. Returns them, oldest first.
QList<CheckIn> writeLargeJournal(const QString &path);
// The same, then overwrites one page of its check-ins and one page of their cues, as a failing
// disk might; its header and schema still read.
QList<CheckIn> writeJournalWithDamagedPages(const QString &path);

// Runs SQL on a file through a connection of its own, as another program would.
void runSql(const QString &path, const QStringList &statements);

} // namespace toward::test
