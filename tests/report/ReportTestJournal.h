#pragma once

#include "TestSupport.h"
#include "journal/CheckIn.h"
#include "journal/JournalStore.h"

#include <memory>

namespace toward::test {

// A journal in a temporary data directory, opened for writing.
std::unique_ptr<JournalStore> openJournal(const TemporaryDataDir &dir);

// 08:00 on a day in November 2026, one hour east of UTC.
QDateTime novemberDay(int day, int hour = 8);

// `count` check-ins, one every eight hours from `first`, with varied pain, regions, contexts,
// practices, cues and notes, as a year of real use might have.
QList<CheckIn> manyCheckIns(int count, const QDateTime &first);

} // namespace toward::test
