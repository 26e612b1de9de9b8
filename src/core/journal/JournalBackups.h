#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace toward {

struct JournalOpenProblem;

// One copy of the journal in the backups folder.
struct JournalBackup {
    enum class Kind {
        Daily, // journal-<time>.sqlite: made at most once a day; only the newest are kept
        Kept, // journal-kept-<time>.sqlite: made on request, as before a restore; never deleted
    };
    QString filePath;
    Kind kind = Kind::Daily;
    QDateTime madeAt; // local time, to the second, as written in the file name
    std::optional<qint64> checkInCount; // none when the copy cannot be read
};

// Copies of the journal in the data folder's "backups" folder, and putting one of them back.
// Every copy is a consistent snapshot (VACUUM INTO) of a journal that passed the full integrity
// check, so a damaged journal never pushes good backups out.
class JournalBackups {
public:
    static constexpr int DailyBackupsKept = 14;

    explicit JournalBackups(const QString &dataDirectory);
    QString folderPath() const { return m_folderPath; }

    // What the check after the start found, and the daily backup that followed it.
    struct CheckOutcome {
        QString damage; // what the integrity check found; empty when the journal is healthy
        QString damageDetails; // its full report, for the log
        std::optional<QString> backupMade; // the new daily backup's path
        QString backupError; // why the daily backup that was due could not be made
    };

    // Each of these reads the journal at `journalPath` through a connection of its own, so it may
    // run on a worker thread while the app uses the journal: a backup is a consistent snapshot
    // (VACUUM INTO reads in one transaction).

    // Backs up the journal unless a daily backup was made on the local day of `now` already, then
    // deletes the oldest daily backups beyond DailyBackupsKept. Returns the new backup's path, or
    // none when no backup was due.
    Result<std::optional<QString>> backUpIfDue(
        const QString &journalPath, const QDateTime &now) const;
    // A backup that Toward never deletes. Returns its path.
    Result<QString> backUpNow(const QString &journalPath, const QDateTime &now) const;
    // The full integrity check, then the daily backup if it is due, as one pass: the backup relies
    // on this check instead of running its own.
    CheckOutcome checkAndBackUpIfDue(const QString &journalPath, const QDateTime &now) const;
    // Newest first. Counting the check-ins opens each copy, but reads no more than its count.
    QList<JournalBackup> list() const;

    // A restore made ready while the journal is still in use: the backup's copy, written beside
    // the journal, and the journal it is to replace kept as a backup when that could be read.
    struct PreparedRestore {
        QString stagedPath;
        QString keptBackupPath; // empty: the replaced journal is moved aside instead, if any
    };

    // Replaces the journal at `journalPath` with a copy of the healthy journal at `backupPath`.
    // The journal must be closed: no JournalStore may hold it, or nothing is replaced. The replaced
    // journal is kept first: backed up (Kind::Kept) when it can be read, moved aside when it
    // cannot. Returns where it was kept, or an empty string when there was no journal to replace.
    // prepareRestore() then completeRestore() do the same in two steps.
    static Result<QString> restore(
        const QString &backupPath, const QString &journalPath, const QDateTime &now);
    // The slow part of a restore (checking and copying the backup, backing up the journal), which
    // may run on a worker while the journal is still open. Changes nothing in the journal.
    static Result<PreparedRestore> prepareRestore(
        const QString &backupPath, const QString &journalPath, const QDateTime &now);
    // The quick part, once the journal is closed: puts the prepared copy in its place. On failure
    // the journal is as it was.
    static Result<QString> completeRestore(
        const PreparedRestore &prepared, const QString &journalPath, const QDateTime &now);
    // Renames a journal that cannot be opened, with its -wal and -shm files, to
    // journal-unreadable-<time>.sqlite in the same folder. Never deletes or overwrites a file.
    // Returns the new path.
    static Result<QString> moveAside(const QString &journalPath, const QDateTime &now);

private:
    bool isDailyBackupDue(const QDateTime &now) const;
    Result<std::optional<QString>> makeDailyBackup(
        const QSqlDatabase &journal, const QDateTime &now) const;
    // `journal` must have passed the full integrity check.
    Result<QString> copy(
        const QSqlDatabase &journal, JournalBackup::Kind kind, const QDateTime &now) const;
    QList<JournalBackup> backupsInFolder() const;
    void deleteOldDailyBackups(const QString &justMade) const;

    QString m_folderPath;
};

} // namespace toward
