#include "journal/JournalBackups.h"

#include "journal/JournalError.h"
#include "journal/JournalStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

using Kind = JournalBackup::Kind;

const QString TimeFormat = u"yyyy-MM-dd-HHmmss"_s;
const QString PartialSuffix = u".partial"_s;
// SQLite's side files. The -wal comes first wherever files are moved: left behind on its own, it
// could be applied to another file that later takes the journal's name.
const QStringList SideFileSuffixes {u"-wal"_s, u"-shm"_s};

QString timeStamp(const QDateTime &now)
{
    return now.toLocalTime().toString(TimeFormat);
}

QString backupFileName(Kind kind, const QDateTime &now)
{
    return (kind == Kind::Daily ? u"journal-"_s : u"journal-kept-"_s) + timeStamp(now)
        + u".sqlite"_s;
}

// Only names that Toward writes match, so that nothing else in the folder is ever deleted.
std::optional<JournalBackup> backupNamed(const QDir &folder, const QString &fileName)
{
    static const QRegularExpression pattern(
        u"^journal-(kept-)?(\\d{4}-\\d{2}-\\d{2}-\\d{6})\\.sqlite$"_s);
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    const QDateTime madeAt = QDateTime::fromString(match.captured(2), TimeFormat);
    if (!madeAt.isValid())
        return std::nullopt;
    return JournalBackup {
        folder.filePath(fileName), match.hasCaptured(1) ? Kind::Kept : Kind::Daily, madeAt, {}};
}

Result<void> syncToDisk(const QString &path)
{
    const int descriptor = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    const bool synced = descriptor >= 0 && ::fsync(descriptor) == 0;
    const int error = errno;
    if (descriptor >= 0)
        ::close(descriptor);
    if (!synced)
        return Result<void>::failure(
            QCoreApplication::translate("JournalBackups", "Cannot write %1 to disk: %2")
                .arg(path, QString::fromLocal8Bit(std::strerror(error))));
    return Result<void>::success();
}

Result<void> makePrivateFolder(const QString &path)
{
    if (!QDir().mkpath(path))
        return Result<void>::failure(
            QCoreApplication::translate("JournalBackups", "Cannot create the backups folder %1.")
                .arg(path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return Result<void>::success();
}

// A connection of its own to a SQLite file, for reading what JournalStore does not offer.
class FileConnection {
public:
    enum class Access { ReadWrite, ReadOnly };

    FileConnection(const QString &filePath, Access access)
        : m_name(u"backup-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        database.setDatabaseName(filePath);
        database.setConnectOptions(access == Access::ReadOnly
                ? u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"_s
                : u"QSQLITE_BUSY_TIMEOUT=2000"_s);
        database.open();
    }
    ~FileConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    FileConnection(const FileConnection &) = delete;
    FileConnection &operator=(const FileConnection &) = delete;

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    // Why the file could not be opened; empty when it is open.
    QString openError() const
    {
        const QSqlDatabase db = database();
        return db.isOpen() ? QString() : describeError(db.lastError());
    }

private:
    QString m_name;
};

std::optional<qint64> checkInCount(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    return query.exec(u"SELECT count(*) FROM checkin"_s) && query.next()
        ? std::optional(query.value(0).toLongLong())
        : std::nullopt;
}

// The full check, because quick_check (which JournalStore::open runs) skips the contents of
// indexes. Returns every problem found, one a line, or nothing when the file is healthy.
QStringList integrityProblems(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    if (!query.exec(u"PRAGMA integrity_check"_s))
        return {describeError(query.lastError())};
    QStringList problems;
    while (query.next()) {
        const QString row = query.value(0).toString();
        if (row != u"ok"_s)
            problems.append(row);
    }
    if (query.lastError().isValid())
        problems.append(describeError(query.lastError()));
    return problems;
}

// A sentence for the person; the full report goes to the log.
QString integritySummary(const QStringList &problems)
{
    return problems.size() == 1
        ? QCoreApplication::translate("JournalBackups", "the integrity check found a problem: %1")
              .arg(problems.constFirst())
        //: %1 is the first problem's description; there are always two or more
        : QCoreApplication::translate("JournalBackups",
            "the integrity check found %n problems, the first: %1", nullptr, int(problems.size()))
              .arg(problems.constFirst());
}

// Writes a consistent snapshot of `source` (VACUUM INTO reads it in one transaction, so it is safe
// while the journal is in use), checks it and puts it on disk. The file is created first so that it
// is private from its first byte.
Result<void> writeSnapshot(const QSqlDatabase &source, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Result<void>::failure(
            QCoreApplication::translate("JournalBackups", "Cannot create %1: %2")
                .arg(path, file.errorString()));
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.close();

    QSqlQuery query(source);
    query.prepare(u"VACUUM INTO ?"_s);
    query.addBindValue(path);
    if (!execute(query)) {
        QFile::remove(path);
        return Result<void>::failure(
            QCoreApplication::translate("JournalBackups", "Copying the journal failed: %1")
                .arg(describeError(query.lastError())));
    }
    const std::optional<qint64> expected = checkInCount(source);
    const QString problem = [&] {
        const JournalStore::OpenResult copy =
            JournalStore::open(path, JournalStore::Access::ReadOnly);
        if (!copy.store)
            return copy.problem.message;
        const Result<qint64> copied = copy.store->count();
        if (!copied.ok())
            return copied.error();
        if (!expected || copied.value() != *expected)
            return QCoreApplication::translate(
                "JournalBackups", "the copy holds %1 check-ins instead of %2")
                .arg(copied.value())
                .arg(expected ? QString::number(*expected)
                              : QCoreApplication::translate("JournalBackups", "an unknown number"));
        return QString();
    }();
    if (!problem.isEmpty()) {
        QFile::remove(path);
        return Result<void>::failure(QCoreApplication::translate(
            "JournalBackups", "The copy of the journal is not right: %1")
                                         .arg(problem));
    }
    return syncToDisk(path);
}

QString damagedNoBackup(const QStringList &problems)
{
    return QCoreApplication::translate("JournalBackups",
        "The journal is damaged (%1). No backup was made, so the earlier backups stay as they are.")
        .arg(integritySummary(problems));
}

bool hasSideFiles(const QString &journalPath)
{
    return std::any_of(SideFileSuffixes.begin(), SideFileSuffixes.end(),
        [&](const QString &suffix) { return QFileInfo::exists(journalPath + suffix); });
}

// Backs up the journal that a restore is about to replace. Returns the backup's path, or an
// empty string when there is no journal or it cannot be read (it is then moved aside whole).
Result<QString> backUpReplacedJournal(const QString &journalPath, const QDateTime &now)
{
    if (!QFileInfo::exists(journalPath))
        return QString();
    {
        const JournalStore::OpenResult current =
            JournalStore::open(journalPath, JournalStore::Access::ReadOnly);
        if (!current.store && current.problem.kind == JournalOpenProblem::Kind::CannotOpen)
            return Result<QString>::failure(current.problem.message);
        if (!current.store)
            return QString();
    }
    const Result<QString> backedUp =
        JournalBackups(QFileInfo(journalPath).absolutePath()).backUpNow(journalPath, now);
    return backedUp.ok() ? backedUp : QString();
}

// Writes a copy of the backup at `backupPath` to `stagedPath`, once the backup proves a healthy
// journal.
Result<void> stageCopyOf(const QString &backupPath, const QString &stagedPath)
{
    {
        const JournalStore::OpenResult backup =
            JournalStore::open(backupPath, JournalStore::Access::ReadOnly);
        if (!backup.store)
            return Result<void>::failure(
                QCoreApplication::translate("JournalBackups", "This backup cannot be restored: %1")
                    .arg(backup.problem.message));
        if (const QStringList problems = integrityProblems(backup.store->database());
            !problems.isEmpty())
            return Result<void>::failure(QCoreApplication::translate(
                "JournalBackups", "This backup cannot be restored: it is damaged (%1).")
                                             .arg(integritySummary(problems)));
    }
    QFile::remove(stagedPath); // left by a restore that was interrupted
    // SQLite 3.40 cannot VACUUM INTO through a read-only connection when a table has a generated
    // column ("has 16 columns but 17 values were supplied"). Reading through a read-write one
    // leaves a backup, which is in rollback mode, as it was.
    return writeSnapshot(
        FileConnection(backupPath, FileConnection::Access::ReadWrite).database(), stagedPath);
}

} // namespace

JournalBackups::JournalBackups(const QString &dataDirectory)
    : m_folderPath(QDir(dataDirectory).filePath(u"backups"_s))
{
}

bool JournalBackups::isDailyBackupDue(const QDateTime &now) const
{
    const QDate today = now.toLocalTime().date();
    const QList<JournalBackup> backups = backupsInFolder();
    return std::none_of(backups.begin(), backups.end(), [&](const JournalBackup &backup) {
        return backup.kind == Kind::Daily && backup.madeAt.date() == today;
    });
}

Result<std::optional<QString>> JournalBackups::makeDailyBackup(
    const QSqlDatabase &journal, const QDateTime &now) const
{
    const Result<QString> made = copy(journal, Kind::Daily, now);
    if (!made.ok())
        return Result<std::optional<QString>>::failure(made.error());
    deleteOldDailyBackups(made.value());
    return std::optional<QString>(made.value());
}

Result<std::optional<QString>> JournalBackups::backUpIfDue(
    const QString &journalPath, const QDateTime &now) const
{
    if (!isDailyBackupDue(now))
        return std::optional<QString>();
    const FileConnection journal(journalPath, FileConnection::Access::ReadWrite);
    if (const QString error = journal.openError(); !error.isEmpty())
        return Result<std::optional<QString>>::failure(error);
    if (const QStringList problems = integrityProblems(journal.database()); !problems.isEmpty())
        return Result<std::optional<QString>>::failure(damagedNoBackup(problems));
    return makeDailyBackup(journal.database(), now);
}

Result<QString> JournalBackups::backUpNow(const QString &journalPath, const QDateTime &now) const
{
    // A read-write connection, for the reason given in stageCopyOf(); it changes nothing.
    const FileConnection journal(journalPath, FileConnection::Access::ReadWrite);
    if (const QString error = journal.openError(); !error.isEmpty())
        return Result<QString>::failure(error);
    if (const QStringList problems = integrityProblems(journal.database()); !problems.isEmpty())
        return Result<QString>::failure(damagedNoBackup(problems));
    return copy(journal.database(), Kind::Kept, now);
}

JournalBackups::CheckOutcome JournalBackups::checkAndBackUpIfDue(
    const QString &journalPath, const QDateTime &now) const
{
    CheckOutcome outcome;
    const FileConnection journal(journalPath, FileConnection::Access::ReadWrite);
    if (const QString error = journal.openError(); !error.isEmpty()) {
        outcome.backupError = error;
        return outcome;
    }
    if (const QStringList problems = integrityProblems(journal.database()); !problems.isEmpty()) {
        outcome.damage = integritySummary(problems);
        outcome.damageDetails = problems.join(u'\n');
        return outcome;
    }
    if (!isDailyBackupDue(now))
        return outcome;
    const Result<std::optional<QString>> made = makeDailyBackup(journal.database(), now);
    if (made.ok())
        outcome.backupMade = made.value();
    else
        outcome.backupError = made.error();
    return outcome;
}

QList<JournalBackup> JournalBackups::list() const
{
    QList<JournalBackup> backups = backupsInFolder();
    for (JournalBackup &backup : backups)
        backup.checkInCount = checkInCount(
            FileConnection(backup.filePath, FileConnection::Access::ReadOnly).database());
    return backups;
}

Result<QString> JournalBackups::restore(
    const QString &backupPath, const QString &journalPath, const QDateTime &now)
{
    const Result<PreparedRestore> prepared = prepareRestore(backupPath, journalPath, now);
    if (!prepared.ok())
        return Result<QString>::failure(prepared.error());
    return completeRestore(prepared.value(), journalPath, now);
}

Result<JournalBackups::PreparedRestore> JournalBackups::prepareRestore(
    const QString &backupPath, const QString &journalPath, const QDateTime &now)
{
    const QFileInfo backupInfo(backupPath);
    if (backupInfo.exists()
        && backupInfo.canonicalFilePath() == QFileInfo(journalPath).canonicalFilePath())
        return Result<PreparedRestore>::failure(
            QCoreApplication::translate("JournalBackups", "That file is the journal itself."));

    // The new journal is made whole beside the old one before anything is replaced, so a failure
    // at any step leaves the journal as it was.
    PreparedRestore prepared {journalPath + u".restoring"_s, {}};
    if (const Result<void> copied = stageCopyOf(backupPath, prepared.stagedPath); !copied.ok())
        return Result<PreparedRestore>::failure(copied.error());
    const Result<QString> kept = backUpReplacedJournal(journalPath, now);
    if (!kept.ok()) {
        QFile::remove(prepared.stagedPath);
        return Result<PreparedRestore>::failure(kept.error());
    }
    prepared.keptBackupPath = kept.value();
    return prepared;
}

Result<QString> JournalBackups::completeRestore(
    const PreparedRestore &prepared, const QString &journalPath, const QDateTime &now)
{
    const auto failed = [&](const QString &error) {
        QFile::remove(prepared.stagedPath);
        return Result<QString>::failure(error);
    };
    // Closing the last connection to a readable journal checkpoints its WAL into the file and
    // removes -wal and -shm; when they stay, someone else still has the journal open.
    if (!prepared.keptBackupPath.isEmpty() && hasSideFiles(journalPath))
        return failed(QCoreApplication::translate(
            "JournalBackups", "The journal is still open. Close it before restoring a backup."));
    QString kept = prepared.keptBackupPath;
    if (kept.isEmpty() && (QFileInfo::exists(journalPath) || hasSideFiles(journalPath))) {
        const Result<QString> moved = moveAside(journalPath, now);
        if (!moved.ok())
            return failed(moved.error());
        kept = moved.value();
    }
    std::error_code error;
    std::filesystem::rename(QFileInfo(prepared.stagedPath).filesystemFilePath(),
        QFileInfo(journalPath).filesystemFilePath(), error);
    if (error)
        return failed(QCoreApplication::translate(
            "JournalBackups", "Cannot put the backup in place of the journal: %1")
                          .arg(QString::fromStdString(error.message())));
    if (const Result<void> synced = syncToDisk(QFileInfo(journalPath).absolutePath()); !synced.ok())
        return Result<QString>::failure(synced.error());
    return kept;
}

Result<QString> JournalBackups::moveAside(const QString &journalPath, const QDateTime &now)
{
    const QFileInfo journal(journalPath);
    const QString target =
        journal.dir().filePath(u"journal-unreadable-"_s + timeStamp(now) + u".sqlite"_s);
    QList<std::pair<QString, QString>> moves;
    for (const QString &suffix : SideFileSuffixes + QStringList {QString()}) {
        if (!QFileInfo::exists(journalPath + suffix))
            continue;
        if (QFileInfo::exists(target + suffix))
            return Result<QString>::failure(QCoreApplication::translate(
                "JournalBackups", "Cannot move the journal aside: %1 already exists.")
                                                .arg(target + suffix));
        moves.append({journalPath + suffix, target + suffix});
    }
    if (moves.isEmpty())
        return Result<QString>::failure(
            QCoreApplication::translate("JournalBackups", "There is no journal at %1.")
                .arg(journalPath));

    for (qsizetype i = 0; i < moves.size(); ++i) {
        QFile file(moves.at(i).first);
        if (!file.rename(moves.at(i).second)) {
            const QString error = file.errorString();
            // Puts back what was moved, so the journal's files stay together under one name.
            for (qsizetype done = i - 1; done >= 0; --done)
                QFile::rename(moves.at(done).second, moves.at(done).first);
            return Result<QString>::failure(
                QCoreApplication::translate("JournalBackups", "Cannot move %1 aside: %2")
                    .arg(moves.at(i).first, error));
        }
    }
    if (const Result<void> synced = syncToDisk(journal.absolutePath()); !synced.ok())
        return Result<QString>::failure(synced.error());
    return target;
}

Result<QString> JournalBackups::copy(
    const QSqlDatabase &journal, Kind kind, const QDateTime &now) const
{
    if (const Result<void> folder = makePrivateFolder(m_folderPath); !folder.ok())
        return Result<QString>::failure(folder.error());
    const QString path = QDir(m_folderPath).filePath(backupFileName(kind, now));
    if (QFileInfo::exists(path))
        return Result<QString>::failure(
            QCoreApplication::translate("JournalBackups", "A backup named %1 already exists.")
                .arg(path));
    const QString partial = path + PartialSuffix;
    QFile::remove(partial); // left by a backup that was interrupted in the same second
    if (const Result<void> written = writeSnapshot(journal, partial); !written.ok())
        return Result<QString>::failure(written.error());
    QFile file(partial);
    if (!file.rename(path)) {
        const QString error = file.errorString();
        QFile::remove(partial);
        return Result<QString>::failure(
            QCoreApplication::translate("JournalBackups", "Cannot name the backup %1: %2")
                .arg(path, error));
    }
    if (const Result<void> synced = syncToDisk(m_folderPath); !synced.ok())
        return Result<QString>::failure(synced.error());
    return path;
}

QList<JournalBackup> JournalBackups::backupsInFolder() const
{
    const QDir folder(m_folderPath);
    QList<JournalBackup> backups;
    for (const QString &name : folder.entryList({u"journal-*.sqlite"_s}, QDir::Files)) {
        if (std::optional<JournalBackup> backup = backupNamed(folder, name))
            backups.append(*backup);
    }
    std::sort(backups.begin(), backups.end(), [](const JournalBackup &a, const JournalBackup &b) {
        return a.madeAt != b.madeAt ? a.madeAt > b.madeAt : a.filePath > b.filePath;
    });
    return backups;
}

void JournalBackups::deleteOldDailyBackups(const QString &justMade) const
{
    // A copy that cannot be deleted does no harm, so failures here are not reported.
    int daily = 0;
    for (const JournalBackup &backup : backupsInFolder()) {
        if (backup.kind == Kind::Daily && ++daily > DailyBackupsKept && backup.filePath != justMade)
            QFile::remove(backup.filePath);
    }
    const QDir folder(m_folderPath);
    for (const QString &name :
        folder.entryList({u"journal-*.sqlite"_s + PartialSuffix}, QDir::Files)) {
        if (backupNamed(folder, name.chopped(PartialSuffix.size())))
            QFile::remove(folder.filePath(name));
    }
}

} // namespace toward
