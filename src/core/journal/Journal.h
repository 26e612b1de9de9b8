#pragma once

#include "Clock.h"
#include "Result.h"
#include "journal/JournalBackups.h"
#include "journal/JournalStore.h"

#include <QObject>
#include <QString>

#include <memory>

namespace toward {

class InstanceLock;

// How opening the journal went, when it did not simply open for reading and writing.
struct JournalOpening {
    enum class Outcome {
        ReadWrite,
        ReadOnly, // opened, but nothing can be written: `reason` says why
        Problem, // the file cannot be used as it is: `problem` says why; the person chooses
        Refused, // nothing can be opened: `reason` says why
    };
    Outcome outcome = Outcome::Refused;
    QString reason;
    JournalOpenProblem problem;
};

// The person's journal for the life of the app: the data folder's lock, the journal file and the
// store that reads and writes it. It is never replaced: opening, restoring a backup, moving a
// broken file aside or falling back to read-only change what it holds, and reset() tells
// everything that shows the journal to read it again. Views, models and undo commands keep a
// reference to it and ask it for the store each time; they never keep the store.
class Journal final : public QObject {
    Q_OBJECT

public:
    explicit Journal(QString dataDirectory, Clock now = systemNow, QObject *parent = nullptr);
    ~Journal() override;

    QString dataDirectory() const { return m_dataDirectory; }
    QString filePath() const { return m_filePath; }
    bool isOpen() const { return m_store != nullptr; }
    bool isReadOnly() const { return !m_store || m_store->isReadOnly(); }
    // Why the journal is open read-only, in a sentence; empty when it can be written.
    QString readOnlyReason() const { return m_readOnlyReason; }

    // The store of the journal that is open now. Only valid until the next reset(): ask again
    // rather than keep it.
    JournalStore &store() const;

    // Takes the data folder's lock, then opens the journal for reading and writing, creating it
    // if there is none. When the folder cannot be written (a full disk, a read-only folder) or the
    // journal is locked by another program, it opens the journal read-only and says why. A
    // journal it cannot use as it is (damaged, not a journal, newer) is left untouched and
    // reported as a Problem, for the person to choose one of the ways below.
    JournalOpening open();

    // The ways out of a Problem, and out of damage found later. Each leaves the journal open, or
    // fails with the reason and leaves everything as it was.
    Result<void> openReadOnly(const QString &reason);
    // Keeps the journal file under another name and starts a new, empty journal. Returns where
    // the old file is kept.
    Result<QString> moveAsideAndStartNew();
    // Puts a healthy backup in place of the journal (which is kept first, see
    // JournalBackups::restore) and opens it. Returns where the replaced journal is kept, or an
    // empty string when there was none. When the backup cannot be restored, the journal stays
    // open as it was. Fails with isOpen() false only when no journal can be opened afterwards.
    Result<QString> restore(const QString &backupPath);
    // The same, for a restore prepared on a worker (JournalBackups::prepareRestore) while the
    // journal was open.
    Result<QString> completeRestore(const JournalBackups::PreparedRestore &prepared);
    // After damage was found: reopens the same file read-only, so nothing more is written into it.
    Result<void> switchToReadOnly(const QString &reason);

    // Writes what the integrity check found into the data folder's log, with the time. Returns
    // the log's path.
    Result<QString> logProblem(const QString &summary, const QString &details) const;

signals:
    // The journal now holds other check-ins, or holds them differently (read-only): read it
    // again.
    void reset();
    void accessChanged(bool readOnly);

private:
    JournalOpening openWithoutLock(const QString &why);
    void replaceStore(std::unique_ptr<JournalStore> store, QString readOnlyReason);

    QString m_dataDirectory;
    QString m_filePath;
    Clock m_now;
    std::shared_ptr<InstanceLock> m_lock;
    std::unique_ptr<JournalStore> m_store;
    QString m_readOnlyReason;
};

} // namespace toward
