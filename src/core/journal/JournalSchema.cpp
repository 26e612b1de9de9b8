#include "journal/JournalSchema.h"

#include "journal/JournalError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

struct Migration {
    int toVersion;
    QStringList statements;
};

// Append new migrations; never edit one that has shipped.
const QList<Migration> &migrations()
{
    static const QList<Migration> all {
        {1,
            {
                u"CREATE TABLE checkin ("
                " seq INTEGER PRIMARY KEY,"
                " uuid TEXT NOT NULL UNIQUE,"
                " started_at_ms INTEGER NOT NULL,"
                " started_offset_s INTEGER NOT NULL,"
                " ended_at_ms INTEGER,"
                " ended_offset_s INTEGER,"
                " context TEXT NOT NULL,"
                " pain_before INTEGER NOT NULL CHECK (pain_before BETWEEN 0 AND 10),"
                " pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),"
                " relief INTEGER GENERATED ALWAYS AS (pain_before - pain_after) VIRTUAL,"
                " practice_id TEXT NOT NULL DEFAULT '',"
                " practice_title TEXT NOT NULL DEFAULT '',"
                " breath_pattern_id TEXT NOT NULL DEFAULT '',"
                " breath_pattern_name TEXT NOT NULL DEFAULT '',"
                " region_names TEXT NOT NULL DEFAULT '',"
                " red_flags TEXT NOT NULL DEFAULT '',"
                " note TEXT NOT NULL DEFAULT '')"_s,
                u"CREATE INDEX checkin_by_start ON checkin (started_at_ms)"_s,
                u"CREATE INDEX checkin_by_practice ON checkin (practice_id, pain_before, pain_after)"_s,
                u"CREATE TABLE checkin_region ("
                " checkin INTEGER NOT NULL REFERENCES checkin (seq) ON DELETE CASCADE,"
                " position INTEGER NOT NULL,"
                " region_id TEXT NOT NULL,"
                " region_name TEXT NOT NULL,"
                " PRIMARY KEY (checkin, position)) WITHOUT ROWID"_s,
                u"CREATE INDEX checkin_region_by_region ON checkin_region (region_id, checkin)"_s,
                // relief is copied from the check-in (which never changes its pain ratings) so that
                // "what helps" is one scan of an index instead of a join per cue.
                u"CREATE TABLE checkin_cue ("
                " checkin INTEGER NOT NULL REFERENCES checkin (seq) ON DELETE CASCADE,"
                " position INTEGER NOT NULL,"
                " cue_id TEXT NOT NULL,"
                " cue_title TEXT NOT NULL,"
                " region_id TEXT NOT NULL,"
                " feeling TEXT CHECK (feeling IN ('toward', 'neutral', 'away')),"
                " relief INTEGER,"
                " PRIMARY KEY (checkin, position)) WITHOUT ROWID"_s,
                u"CREATE INDEX checkin_cue_by_cue ON checkin_cue (cue_id, relief, feeling)"_s,
                u"CREATE TABLE checkin_leaning ("
                " checkin INTEGER NOT NULL REFERENCES checkin (seq) ON DELETE CASCADE,"
                " phase TEXT NOT NULL CHECK (phase IN ('before', 'after')),"
                " position INTEGER NOT NULL,"
                " direction_id TEXT NOT NULL,"
                " toward_label TEXT NOT NULL,"
                " away_label TEXT NOT NULL,"
                " leaning TEXT NOT NULL CHECK (leaning IN ('toward', 'away')),"
                " PRIMARY KEY (checkin, phase, position)) WITHOUT ROWID"_s,
                u"PRAGMA application_id = %1"_s.arg(JournalSchema::ApplicationId),
            }},
        // Fair tests (src/core/fairtest). A check-in is linked by its uuid once it is saved with
        // the option it was given; the slot numbers the counted check-ins, from 0.
        {2,
            {
                u"CREATE TABLE fair_test ("
                " id INTEGER PRIMARY KEY,"
                " started_at_ms INTEGER NOT NULL,"
                " started_offset_s INTEGER NOT NULL,"
                " days INTEGER NOT NULL CHECK (days > 0),"
                " block_size INTEGER NOT NULL CHECK (block_size > 0 AND block_size % 2 = 0),"
                " seed INTEGER NOT NULL,"
                " option_a_kind TEXT NOT NULL"
                "  CHECK (option_a_kind IN ('practice', 'with-cue', 'without-cue')),"
                " option_a_id TEXT NOT NULL,"
                " option_a_title TEXT NOT NULL,"
                " option_b_kind TEXT NOT NULL"
                "  CHECK (option_b_kind IN ('practice', 'with-cue', 'without-cue')),"
                " option_b_id TEXT NOT NULL,"
                " option_b_title TEXT NOT NULL,"
                " stopped_at_ms INTEGER,"
                " stopped_offset_s INTEGER)"_s,
                u"CREATE TABLE fair_test_checkin ("
                " fair_test INTEGER NOT NULL REFERENCES fair_test (id) ON DELETE CASCADE,"
                " slot INTEGER NOT NULL,"
                " checkin_uuid TEXT NOT NULL UNIQUE,"
                " option INTEGER NOT NULL CHECK (option IN (0, 1)),"
                " PRIMARY KEY (fair_test, slot)) WITHOUT ROWID"_s,
            }},
        // The check-in's cue ids on its own row, as checkin_cue lists them, so that "what helps"
        // reads one row per check-in instead of one per cue (whathelps/HelpObservationsReader).
        {3,
            {
                u"ALTER TABLE checkin ADD COLUMN cue_ids TEXT NOT NULL DEFAULT ''"_s,
                u"UPDATE checkin SET cue_ids = coalesce((SELECT group_concat(cue_id, char(31))"
                " FROM (SELECT cue_id FROM checkin_cue WHERE checkin_cue.checkin = checkin.seq"
                " ORDER BY position)), '')"_s,
            }},
    };
    return all;
}

Result<void> runMigration(QSqlDatabase &database, const Migration &migration)
{
    const auto failed = [&](const QSqlError &error) {
        database.rollback();
        return Result<void>::failure(QCoreApplication::translate(
            "JournalSchema", "Updating the journal to version %1 failed: %2")
                                         .arg(migration.toVersion)
                                         .arg(describeError(error)));
    };
    if (!database.transaction())
        return failed(database.lastError());
    QSqlQuery query(database);
    for (const QString &statement : migration.statements
            + QStringList {u"PRAGMA user_version = %1"_s.arg(migration.toVersion)}) {
        // Each statement's own error: the connection's lastError() says nothing of a failed query.
        if (!query.exec(statement))
            return failed(query.lastError());
    }
    if (!database.commit())
        return failed(database.lastError());
    return Result<void>::success();
}

} // namespace

Result<int> JournalSchema::versionOf(QSqlDatabase &database)
{
    QSqlQuery query(database);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return Result<int>::failure(describeError(query.lastError()));
    return query.value(0).toInt();
}

Result<void> JournalSchema::migrate(QSqlDatabase &database)
{
    const Result<int> from = versionOf(database);
    if (!from.ok())
        return Result<void>::failure(from.error());
    for (const Migration &migration : migrations()) {
        if (migration.toVersion <= from.value())
            continue;
        if (const Result<void> result = runMigration(database, migration); !result.ok())
            return result;
    }
    return Result<void>::success();
}

} // namespace toward
