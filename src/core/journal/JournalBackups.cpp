#include "journal/JournalBackups.h"

#include "journal/JournalStore.h"

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
        return Result<void>::failure(u"Cannot write %1 to disk: %2"_s.arg(
            path, QString::fromLocal8Bit(std::strerror(error))));
    return Result<void>::success();
}

Result<void> makePrivateFolder(const QString &path)
{
    if (!QDir().mkpath(path))
        return Result<void>::failure(u"Cannot create the backups folder %1."_s.arg(path));
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
        database.setConnectOptions(
            access == Access::ReadOnly ? u"QSQLITE_OPEN_READONLY"_s : QString());
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

private:
    QString m_name;
};

std::optional<qint64> checkInCount(const QSqlDatabase &database)
{
    QSqlQuery query(u"SELECT count(*) FROM checkin"_s, database);
    return query.next() ? std::optional(query.value(0).toLongLong()) : std::nullopt;
}

// The full check, because quick_check (which JournalStore::open runs) skips the contents of
// indexes. Returns the first problems found, or an empty string when the file is healthy.
QString integrityProblem(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    if (!query.exec(u"PRAGMA integrity_check"_s))
        return describeWriteError(query.lastError().nativeErrorCode(), query.lastError().text());
    QStringList problems;
    while (query.next() && problems.size() < 3) {
        const QString row = query.value(0).toString();
        if (row != u"ok"_s)
            problems.append(row);
    }
    return problems.join(u"; "_s);
}

// Writes a consistent snapshot of `source` (VACUUM INTO reads it in one transaction, so it is safe
// while the journal is in use), checks it and puts it on disk. The file is created first so that it
// is private from its first byte.
Result<void> writeSnapshot(const QSqlDatabase &source, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Result<void>::failure(u"Cannot create %1: %2"_s.arg(path, file.errorString()));
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.close();

    QSqlQuery query(source);
    query.prepare(u"VACUUM INTO ?"_s);
    query.addBindValue(path);
    if (!query.exec()) {
        QFile::remove(path);
        return Result<void>::failure(u"Copying the journal failed: %1"_s.arg(
            describeWriteError(query.lastError().nativeErrorCode(), query.lastError().text())));
    }
    const std::optional<qint64> expected = checkInCount(source);
    const JournalStore::OpenResult copy = JournalStore::open(path, JournalStore::Access::ReadOnly);
    const QString problem = !copy.store ? copy.problem.message
        : copy.store->count() != expected
        ? u"the copy holds %1 check-ins instead of %2"_s.arg(copy.store->count())
              .arg(expected.value_or(-1))
        : QString();
    if (!problem.isEmpty()) {
        QFile::remove(path);
        return Result<void>::failure(u"The copy of the journal is not right: %1"_s.arg(problem));
    }
    return syncToDisk(path);
}

bool hasSideFiles(const QString &journalPath)
{
    return std::any_of(SideFileSuffixes.begin(), SideFileSuffixes.end(),
        [&](const QString &suffix) { return QFileInfo::exists(journalPath + suffix); });
}

// Keeps the journal that a restore is about to replace: a backup when it can be read, the whole
// file moved aside when it cannot. Returns where it went, or an empty string when there is nothing
// to keep.
Result<QString> keepReplacedJournal(const QString &journalPath, const QDateTime &now)
{
    if (!QFileInfo::exists(journalPath) && !hasSideFiles(journalPath))
        return QString();
    if (QFileInfo::exists(journalPath)) {
        JournalStore::OpenResult current = JournalStore::open(journalPath);
        if (!current.store && current.problem.kind == JournalOpenProblem::Kind::CannotOpen)
            return Result<QString>::failure(current.problem.message);
        if (current.store) {
            const Result<QString> backedUp = JournalBackups(QFileInfo(journalPath).absolutePath())
                                                 .backUpNow(*current.store, now);
            // Closing the last connection checkpoints the WAL into the file and removes -wal and
            // -shm; when they stay, someone else still has the journal open.
            current.store.reset();
            if (hasSideFiles(journalPath))
                return Result<QString>::failure(
                    u"The journal is still open. Close it before restoring a backup."_s);
            if (backedUp.ok())
                return backedUp;
        }
    }
    return JournalBackups::moveAside(journalPath, now);
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
                u"This backup cannot be restored: %1"_s.arg(backup.problem.message));
        if (const QString problem = integrityProblem(backup.store->database()); !problem.isEmpty())
            return Result<void>::failure(
                u"This backup cannot be restored: it is damaged (%1)."_s.arg(problem));
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

Result<std::optional<QString>> JournalBackups::backUpIfDue(
    JournalStore &journal, const QDateTime &now) const
{
    const QDate today = now.toLocalTime().date();
    const QList<JournalBackup> backups = backupsInFolder();
    if (std::any_of(backups.begin(), backups.end(), [&](const JournalBackup &backup) {
            return backup.kind == Kind::Daily && backup.madeAt.date() == today;
        }))
        return std::optional<QString>();

    const Result<QString> made = copy(journal, Kind::Daily, now);
    if (!made.ok())
        return Result<std::optional<QString>>::failure(made.error());
    deleteOldDailyBackups(made.value());
    return std::optional<QString>(made.value());
}

Result<QString> JournalBackups::backUpNow(JournalStore &journal, const QDateTime &now) const
{
    return copy(journal, Kind::Kept, now);
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
    const QFileInfo backupInfo(backupPath);
    if (backupInfo.exists()
        && backupInfo.canonicalFilePath() == QFileInfo(journalPath).canonicalFilePath())
        return Result<QString>::failure(u"That file is the journal itself."_s);

    // The new journal is made whole beside the old one before anything is replaced, so a failure
    // at any step leaves the journal as it was.
    const QString staged = journalPath + u".restoring"_s;
    if (const Result<void> copied = stageCopyOf(backupPath, staged); !copied.ok())
        return Result<QString>::failure(copied.error());
    const Result<QString> kept = keepReplacedJournal(journalPath, now);
    if (!kept.ok()) {
        QFile::remove(staged);
        return kept;
    }
    std::error_code error;
    std::filesystem::rename(
        QFileInfo(staged).filesystemFilePath(), QFileInfo(journalPath).filesystemFilePath(), error);
    if (error) {
        QFile::remove(staged);
        return Result<QString>::failure(u"Cannot put the backup in place of the journal: %1"_s.arg(
            QString::fromStdString(error.message())));
    }
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
            return Result<QString>::failure(
                u"Cannot move the journal aside: %1 already exists."_s.arg(target + suffix));
        moves.append({journalPath + suffix, target + suffix});
    }
    if (moves.isEmpty())
        return Result<QString>::failure(u"There is no journal at %1."_s.arg(journalPath));

    for (qsizetype i = 0; i < moves.size(); ++i) {
        QFile file(moves.at(i).first);
        if (!file.rename(moves.at(i).second)) {
            const QString error = file.errorString();
            // Puts back what was moved, so the journal's files stay together under one name.
            for (qsizetype done = i - 1; done >= 0; --done)
                QFile::rename(moves.at(done).second, moves.at(done).first);
            return Result<QString>::failure(
                u"Cannot move %1 aside: %2"_s.arg(moves.at(i).first, error));
        }
    }
    if (const Result<void> synced = syncToDisk(journal.absolutePath()); !synced.ok())
        return Result<QString>::failure(synced.error());
    return target;
}

Result<QString> JournalBackups::copy(JournalStore &journal, Kind kind, const QDateTime &now) const
{
    if (const Result<void> folder = makePrivateFolder(m_folderPath); !folder.ok())
        return Result<QString>::failure(folder.error());
    if (const QString problem = integrityProblem(journal.database()); !problem.isEmpty()) {
        return Result<QString>::failure(
            u"The journal is damaged (%1). No backup was made, so the earlier backups stay as they are."_s
                .arg(problem));
    }
    const QString path = QDir(m_folderPath).filePath(backupFileName(kind, now));
    if (QFileInfo::exists(path))
        return Result<QString>::failure(u"A backup named %1 already exists."_s.arg(path));
    const QString partial = path + PartialSuffix;
    QFile::remove(partial); // left by a backup that was interrupted in the same second
    if (const Result<void> written = writeSnapshot(journal.database(), partial); !written.ok())
        return Result<QString>::failure(written.error());
    QFile file(partial);
    if (!file.rename(path)) {
        const QString error = file.errorString();
        QFile::remove(partial);
        return Result<QString>::failure(u"Cannot name the backup %1: %2"_s.arg(path, error));
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
