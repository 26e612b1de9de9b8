#include "journal/Journal.h"

#include "settings/DataDirectory.h"
#include "settings/InstanceLock.h"
#include "settings/StorageProblem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

const QString ProblemLogFileName = u"journal-problems.log"_s;

JournalOpening refused(QString reason)
{
    return {JournalOpening::Outcome::Refused, std::move(reason), {}};
}

} // namespace

Journal::Journal(QString dataDirectory, Clock now, QObject *parent)
    : QObject(parent)
    , m_dataDirectory(std::move(dataDirectory))
    , m_filePath(QDir(m_dataDirectory).filePath(DataDirectory::JournalFileName))
    , m_now(std::move(now))
{
}

Journal::~Journal() = default;

JournalStore &Journal::store() const
{
    Q_ASSERT(m_store);
    return *m_store;
}

JournalOpening Journal::open()
{
    Result<std::shared_ptr<InstanceLock>> lock = InstanceLock::acquire(m_dataDirectory);
    if (!lock.ok()) {
        // Without the lock nothing may be written, but a folder that cannot be written can still
        // be read; another Toward's journal is left to it.
        const QString cause = storageProblem(m_dataDirectory);
        return cause.isEmpty() ? refused(lock.error()) : openWithoutLock(cause);
    }
    m_lock = std::move(lock).value();

    // Reading every page of a large journal would hold up the start: it is checked on a worker
    // once the app runs (JournalBackups::checkAndBackUpIfDue).
    JournalStore::OpenResult opened = JournalStore::open(
        m_filePath, JournalStore::Access::ReadWrite, JournalStore::Verification::Deferred);
    if (opened.store) {
        replaceStore(std::move(opened.store), {});
        return {JournalOpening::Outcome::ReadWrite, {}, {}};
    }
    if (opened.problem.kind != JournalOpenProblem::Kind::CannotOpen)
        return {JournalOpening::Outcome::Problem, {}, opened.problem};
    const QString cause = storageProblem(m_dataDirectory);
    return openWithoutLock(cause.isEmpty() ? opened.problem.message : cause);
}

JournalOpening Journal::openWithoutLock(const QString &why)
{
    if (const Result<void> readOnly = openReadOnly(why); !readOnly.ok())
        return refused(
            QCoreApplication::translate("Journal", "%1 It cannot be opened read-only either: %2")
                .arg(why, readOnly.error()));
    return {JournalOpening::Outcome::ReadOnly, why, {}};
}

Result<void> Journal::openReadOnly(const QString &reason)
{
    // Unchecked: a damaged journal may still have most of its pages to read.
    JournalStore::OpenResult readOnly = JournalStore::open(
        m_filePath, JournalStore::Access::ReadOnly, JournalStore::Verification::Deferred);
    if (!readOnly.store)
        return Result<void>::failure(readOnly.problem.message);
    replaceStore(std::move(readOnly.store), reason);
    return Result<void>::success();
}

Result<QString> Journal::moveAsideAndStartNew()
{
    m_store.reset();
    const Result<QString> kept = JournalBackups::moveAside(m_filePath, m_now());
    if (!kept.ok())
        return kept;
    JournalStore::OpenResult fresh = JournalStore::open(m_filePath);
    if (!fresh.store)
        return Result<QString>::failure(
            QCoreApplication::translate("Journal",
                "The old journal is kept as %1, but a new one cannot be "
                "started: %2")
                .arg(QDir::toNativeSeparators(kept.value()), fresh.problem.message));
    replaceStore(std::move(fresh.store), {});
    return kept;
}

Result<QString> Journal::restore(const QString &backupPath)
{
    const Result<JournalBackups::PreparedRestore> prepared =
        JournalBackups::prepareRestore(backupPath, m_filePath, m_now());
    if (!prepared.ok())
        return Result<QString>::failure(prepared.error());
    return completeRestore(prepared.value());
}

Result<QString> Journal::completeRestore(const JournalBackups::PreparedRestore &prepared)
{
    const bool wasOpen = isOpen();
    const JournalStore::Access accessBefore =
        isReadOnly() ? JournalStore::Access::ReadOnly : JournalStore::Access::ReadWrite;
    const QString reasonBefore = m_readOnlyReason;
    // The journal must be closed while its file is replaced; until it is open again (or if it
    // cannot be), isOpen() is false.
    m_store.reset();
    const Result<QString> kept = JournalBackups::completeRestore(prepared, m_filePath, m_now());
    if (!kept.ok() && !wasOpen)
        return kept;
    // A restored backup passed the full check on its way in; a journal that was not replaced is
    // opened again as it was.
    JournalStore::OpenResult reopened =
        JournalStore::open(m_filePath, kept.ok() ? JournalStore::Access::ReadWrite : accessBefore,
            JournalStore::Verification::Deferred);
    if (!reopened.store) {
        return Result<QString>::failure(kept.ok()
                ? QCoreApplication::translate(
                    "Journal", "The backup was put in place, but the journal cannot be opened: %1")
                      .arg(reopened.problem.message)
                : QCoreApplication::translate(
                    "Journal", "%1 The journal cannot be opened again: %2")
                      .arg(kept.error(), reopened.problem.message));
    }
    replaceStore(std::move(reopened.store), kept.ok() ? QString() : reasonBefore);
    return kept;
}

Result<void> Journal::switchToReadOnly(const QString &reason)
{
    JournalStore::OpenResult readOnly = JournalStore::open(
        m_filePath, JournalStore::Access::ReadOnly, JournalStore::Verification::Deferred);
    if (!readOnly.store)
        return Result<void>::failure(readOnly.problem.message);
    m_store.reset();
    replaceStore(std::move(readOnly.store), reason);
    return Result<void>::success();
}

Result<QString> Journal::logProblem(const QString &summary, const QString &details) const
{
    const QString path = QDir(m_dataDirectory).filePath(ProblemLogFileName);
    QFile log(path);
    if (!log.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text,
            QFile::ReadOwner | QFile::WriteOwner))
        return Result<QString>::failure(
            QCoreApplication::translate("Journal", "Cannot write %1: %2")
                .arg(path, log.errorString()));
    const QString entry = m_now().toString(Qt::ISODate) + u' ' + summary + u'\n'
        + (details.isEmpty() ? QString() : details + u'\n') + u'\n';
    if (log.write(entry.toUtf8()) < 0 || !log.flush())
        return Result<QString>::failure(
            QCoreApplication::translate("Journal", "Cannot write %1: %2")
                .arg(path, log.errorString()));
    return path;
}

void Journal::replaceStore(std::unique_ptr<JournalStore> store, QString readOnlyReason)
{
    m_store = std::move(store);
    m_readOnlyReason = m_store->isReadOnly() ? std::move(readOnlyReason) : QString();
    emit reset();
    emit accessChanged(m_store->isReadOnly());
}

} // namespace toward
