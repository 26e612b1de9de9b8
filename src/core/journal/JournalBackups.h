#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace toward {

class JournalStore;

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

    // Backs up `journal` unless a daily backup was made on the local day of `now` already, then
    // deletes the oldest daily backups beyond DailyBackupsKept. Returns the new backup's path, or
    // none when no backup was due.
    Result<std::optional<QString>> backUpIfDue(JournalStore &journal, const QDateTime &now) const;
    // A backup that Toward never deletes. Returns its path.
    Result<QString> backUpNow(JournalStore &journal, const QDateTime &now) const;
    // Newest first. Counting the check-ins opens each copy, but reads no more than its count.
    QList<JournalBackup> list() const;

    // Replaces the journal at `journalPath` with a copy of the healthy journal at `backupPath`.
    // The journal must be closed: no JournalStore may hold it, or nothing is replaced. The replaced
    // journal is kept first: backed up (Kind::Kept) when it can be read, moved aside when it
    // cannot. Returns where it was kept, or an empty string when there was no journal to replace.
    static Result<QString> restore(
        const QString &backupPath, const QString &journalPath, const QDateTime &now);
    // Renames a journal that cannot be opened, with its -wal and -shm files, to
    // journal-unreadable-<time>.sqlite in the same folder. Never deletes or overwrites a file.
    // Returns the new path.
    static Result<QString> moveAside(const QString &journalPath, const QDateTime &now);

private:
    Result<QString> copy(
        JournalStore &journal, JournalBackup::Kind kind, const QDateTime &now) const;
    QList<JournalBackup> backupsInFolder() const;
    void deleteOldDailyBackups(const QString &justMade) const;

    QString m_folderPath;
};

} // namespace toward
