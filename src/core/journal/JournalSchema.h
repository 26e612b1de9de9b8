#pragma once

#include "Result.h"

#include <QChar>
#include <QSqlDatabase>

namespace toward {

// The journal's tables, and the forward migrations that bring any older file up to date.
class JournalSchema {
public:
    static constexpr int CurrentVersion = 3;
    // The first version whose check-ins carry their cue ids (checkin.cue_ids), joined by
    // CueIdSeparator (char(31), which no id holds).
    static constexpr int CueIdsVersion = 3;
    static constexpr QChar CueIdSeparator {0x1f};
    // Marks a SQLite file as a Toward journal (PRAGMA application_id): "Towd".
    static constexpr int ApplicationId = 0x546F7764;

    // The file's schema version (PRAGMA user_version).
    static Result<int> versionOf(QSqlDatabase &database);
    // Runs each missing migration in its own transaction, oldest first.
    static Result<void> migrate(QSqlDatabase &database);
};

} // namespace toward
