#pragma once

#include "Result.h"
#include "journal/CheckIn.h"
#include "journal/JournalError.h"
#include "journal/JournalFilter.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace toward {

// Why a journal file could not be opened. The file is never changed when opening fails.
struct JournalOpenProblem {
    enum class Kind {
        NotAJournal, // not a SQLite database, or one that belongs to something else
        Damaged, // fails the integrity check
        NewerSchema, // written by a newer Toward
        Unfinished, // made, but Toward stopped before it held a journal: opening for writing ends
                    // it
        CannotOpen, // permissions, missing folder, locked by another program...
    };
    Kind kind = Kind::CannotOpen;
    QString message; // a sentence or two for the person
    QString details; // e.g. the integrity check's full report, for a log file; may be empty
};

// What a read that goes on past damage managed: every check-in it could read whole was passed
// on; the others are counted, never passed on in part.
struct JournalReadReport {
    qint64 read = 0;
    qint64 unreadable = 0;
    // False when damage also hid how many check-ins there are: then `unreadable` is a lower bound.
    bool unreadableIsExact = true;
    QString firstError; // what the first failed read said; empty when nothing failed

    bool isComplete() const { return unreadable == 0 && unreadableIsExact; }
};

// A row of the journal's review table: what it lists without loading the whole check-in.
struct CheckInSummary {
    qint64 seq = 0;
    QUuid id;
    QDateTime startedAt;
    Context context = Context::Mat;
    QString regionNames;
    int painBefore = 0;
    std::optional<int> painAfter;
    QString practiceTitle;
    QString noteStart;
};

// The person's pain journal: one SQLite file. Every write is one committed transaction that is on
// disk when the call returns (WAL, synchronous=FULL).
class JournalStore {
public:
    enum class Access { ReadWrite, ReadOnly };

    struct OpenResult {
        std::unique_ptr<JournalStore> store; // null when opening failed
        JournalOpenProblem problem;
    };

    static constexpr int NoteStartChars = 80;

    // Creates the file (owner-only) if it does not exist. Never overwrites or empties a file it
    // cannot read as a current or older Toward journal.
    // Full reads every page before it succeeds; Deferred leaves that to checkIntegrity(), so a
    // large journal does not hold up the app's start.
    enum class Verification { Full, Deferred };

    static OpenResult open(const QString &filePath, Access access = Access::ReadWrite,
        Verification verification = Verification::Full);
    // PRAGMA integrity_check on a connection of its own, so it may run on any thread while the
    // store is in use. None when the journal is healthy.
    static std::optional<JournalOpenProblem> checkIntegrity(const QString &filePath);
    ~JournalStore();
    JournalStore(const JournalStore &) = delete;
    JournalStore &operator=(const JournalStore &) = delete;

    // Closes the file (checkpointing its WAL) before the store goes away, e.g. before a restore.
    // Nothing can be read or written afterwards.
    void close();

    QString filePath() const { return m_filePath; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }

    Result<void> add(const CheckIn &checkIn);
    // Adds those whose id is not in the journal yet, all in one transaction; returns how many were
    // added (the rest were already there).
    Result<int> addMissing(const QList<CheckIn> &checkIns);
    Result<void> updateNote(const QUuid &id, const QString &note);
    Result<void> remove(const QUuid &id);

    // Every read fails with the reason when the journal cannot be read: an error is never passed
    // off as "no check-ins" or "not there".
    Result<bool> contains(const QUuid &id) const;
    // None when no check-in has that id.
    Result<std::optional<CheckIn>> find(const QUuid &id) const;
    Result<qint64> count(const JournalFilter &filter = {}) const;
    // Newest first.
    Result<QList<CheckInSummary>> summaries(
        const JournalFilter &filter, qint64 offset, int limit) const;
    // Every matching check-in, oldest first, one at a time (for exports). Fails at the first read
    // error, after having passed on the check-ins before it.
    Result<void> forEach(
        const JournalFilter &filter, const std::function<void(const CheckIn &)> &visit) const;
    // The same for a damaged journal: passes on every matching check-in that can still be read
    // whole, exactly as stored, and counts the ones that cannot.
    JournalReadReport forEachReadable(
        const JournalFilter &filter, const std::function<void(const CheckIn &)> &visit) const;

    // For the statistics and backups that read the same file.
    QSqlDatabase database() const;
    // Runs `work` in one transaction on database(), committed when it succeeds and rolled back
    // when it fails; refused when the journal is read-only. For the tables kept beside the
    // check-ins (fair tests).
    Result<void> inTransaction(const std::function<Result<void>()> &work);

private:
    JournalStore(QString filePath, QString connectionName, Access access);
    Result<void> insert(const CheckIn &checkIn);

    QString m_filePath;
    QString m_connectionName;
    Access m_access;
};

} // namespace toward
