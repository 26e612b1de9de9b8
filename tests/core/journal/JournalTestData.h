#pragma once

#include "journal/CheckIn.h"
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

// Runs SQL on a file through a connection of its own, as another program would.
void runSql(const QString &path, const QStringList &statements);

} // namespace toward::test
