#include "journal/JournalStore.h"

#include "journal/JournalError.h"
#include "journal/JournalFilterSql.h"
#include "journal/JournalSchema.h"
#include "journal/StoredMoment.h"
#include "settings/StorageProblem.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

constexpr char SqliteHeader[] = "SQLite format 3";

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// QtSql binds a null QString as SQL NULL; the journal's text columns hold '' instead.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

template<typename Enum>
QVariant wordOrNull(const std::optional<Enum> &value)
{
    return value ? QVariant(wordOf(*value)) : QVariant(QMetaType::fromType<QString>());
}

QString joinedWords(const QList<RedFlag> &flags)
{
    QStringList words;
    for (RedFlag flag : flags)
        words.append(wordOf(flag));
    return words.join(u';');
}

QList<RedFlag> redFlagsFrom(const QString &joined)
{
    QList<RedFlag> flags;
    for (const QString &word : joined.split(u';', Qt::SkipEmptyParts)) {
        if (const auto flag = enumFromWord<RedFlag>(word))
            flags.append(*flag);
    }
    return flags;
}

QString validationError(const CheckIn &checkIn)
{
    if (checkIn.id.isNull())
        return QCoreApplication::translate("JournalStore", "The check-in has no id.");
    if (!checkIn.startedAt.isValid())
        return QCoreApplication::translate("JournalStore", "The check-in has no start time.");
    const auto outOfScale = [](int pain) { return pain < MinPain || pain > MaxPain; };
    if (outOfScale(checkIn.painBefore) || (checkIn.painAfter && outOfScale(*checkIn.painAfter)))
        return QCoreApplication::translate("JournalStore", "Pain must be rated from 0 to 10.");
    return {};
}

const QString CheckInColumns =
    u"seq, uuid, started_at_ms, started_offset_s, ended_at_ms, ended_offset_s, context,"
    " pain_before, pain_after, practice_id, practice_title, breath_pattern_id,"
    " breath_pattern_name, red_flags, note"_s;

CheckIn checkInFromRow(const QSqlQuery &row)
{
    CheckIn checkIn;
    checkIn.id = QUuid::fromString(row.value(1).toString());
    checkIn.startedAt = momentFrom(row.value(2), row.value(3));
    checkIn.endedAt = momentFrom(row.value(4), row.value(5));
    checkIn.context = enumFromWord<Context>(row.value(6).toString()).value_or(Context::Mat);
    checkIn.painBefore = row.value(7).toInt();
    if (!row.value(8).isNull())
        checkIn.painAfter = row.value(8).toInt();
    checkIn.practiceId = row.value(9).toString();
    checkIn.practiceTitle = row.value(10).toString();
    checkIn.breathPatternId = row.value(11).toString();
    checkIn.breathPatternName = row.value(12).toString();
    checkIn.redFlags = redFlagsFrom(row.value(13).toString());
    checkIn.note = row.value(14).toString();
    return checkIn;
}

// One table of a check-in's lists (regions, cues, leanings), read in (check-in, position) order.
struct ChildTable {
    QString select; // first column: the check-in's seq
    QString order;
    void (*apply)(const QSqlQuery &row, CheckIn &checkIn);

    QString inRange() const
    {
        return select + u" WHERE checkin BETWEEN ? AND ? ORDER BY checkin, "_s + order;
    }
};

const ChildTable RegionTable {u"SELECT checkin, region_id, region_name FROM checkin_region"_s,
    u"position"_s, [](const QSqlQuery &row, CheckIn &checkIn) {
        checkIn.regions.append({row.value(1).toString(), row.value(2).toString()});
    }};

const ChildTable CueTable {
    u"SELECT checkin, cue_id, cue_title, region_id, feeling FROM checkin_cue"_s, u"position"_s,
    [](const QSqlQuery &row, CheckIn &checkIn) {
        checkIn.cues.append(
            {row.value(1).toString(), row.value(2).toString(), row.value(3).toString(),
                row.value(4).isNull() ? std::nullopt
                                      : enumFromWord<CueFeeling>(row.value(4).toString())});
    }};

const ChildTable LeaningTable {
    u"SELECT checkin, phase, direction_id, toward_label, away_label, leaning FROM checkin_leaning"_s,
    u"phase, position"_s, [](const QSqlQuery &row, CheckIn &checkIn) {
        LeaningRecord leaning {row.value(2).toString(), row.value(3).toString(),
            row.value(4).toString(),
            enumFromWord<Leaning>(row.value(5).toString()).value_or(Leaning::Toward)};
        (row.value(1).toString() == u"before"_s ? checkIn.leaningsBefore : checkIn.leaningsAfter)
            .append(leaning);
    }};

// A failed step of a query: QSqlQuery::next() returns false both at the end and on an error.
std::optional<QSqlError> stepError(const QSqlQuery &query)
{
    return query.lastError().isValid() ? std::optional(query.lastError()) : std::nullopt;
}

// Walks a child table alongside the check-ins (both in seq order), so a whole journal is read in
// one pass instead of one query per check-in.
class ChildCursor {
public:
    ChildCursor(
        const QSqlDatabase &database, const ChildTable &table, qint64 firstSeq, qint64 lastSeq)
        : m_query(database)
        , m_table(table)
    {
        m_query.setForwardOnly(true);
        m_query.prepare(table.inRange());
        m_query.addBindValue(firstSeq);
        m_query.addBindValue(lastSeq);
        if (!execute(m_query))
            m_error = m_query.lastError();
        else
            step();
    }

    // Applies every row that belongs to `seq`, skipping rows of check-ins that were filtered out.
    // Fails when the table could not be read.
    Result<void> fill(qint64 seq, CheckIn &checkIn)
    {
        while (m_valid && m_query.value(0).toLongLong() < seq)
            step();
        while (m_valid && m_query.value(0).toLongLong() == seq) {
            m_table.apply(m_query, checkIn);
            step();
        }
        if (m_error)
            return Result<void>::failure(describeError(*m_error));
        return Result<void>::success();
    }

private:
    void step()
    {
        m_valid = m_query.next();
        if (!m_valid)
            m_error = stepError(m_query);
    }

    QSqlQuery m_query;
    const ChildTable &m_table;
    bool m_valid = false;
    std::optional<QSqlError> m_error;
};

constexpr qint64 NoSeq = 0; // seq starts at 1
constexpr qint64 LastSeq = std::numeric_limits<qint64>::max();

// Reads the matching check-ins whose seq lies in [firstSeq, lastSeq], oldest first, each whole;
// fails at the first read error.
Result<void> readCheckIns(const QSqlDatabase &database, const JournalFilter &filter,
    qint64 firstSeq, qint64 lastSeq, const std::function<void(const CheckIn &)> &visit)
{
    const JournalFilterSql sql(filter);
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + CheckInColumns + u" FROM checkin"_s
        + (sql.where.isEmpty() ? u" WHERE"_s : sql.where + u" AND"_s)
        + u" seq BETWEEN ? AND ? ORDER BY seq"_s);
    sql.bindTo(query);
    query.addBindValue(firstSeq);
    query.addBindValue(lastSeq);
    if (!execute(query))
        return Result<void>::failure(describeError(query.lastError()));

    ChildCursor regions(database, RegionTable, firstSeq, lastSeq);
    ChildCursor cues(database, CueTable, firstSeq, lastSeq);
    ChildCursor leanings(database, LeaningTable, firstSeq, lastSeq);
    while (query.next()) {
        CheckIn checkIn = checkInFromRow(query);
        const qint64 seq = query.value(0).toLongLong();
        for (ChildCursor *children : {&regions, &cues, &leanings}) {
            if (const Result<void> filled = children->fill(seq, checkIn); !filled.ok())
                return filled;
        }
        visit(checkIn);
    }
    if (const std::optional<QSqlError> error = stepError(query))
        return Result<void>::failure(describeError(*error));
    return Result<void>::success();
}

// The seqs of the check-ins a damaged journal still knows of. The table and its two indexes each
// list every check-in, on pages of their own, so damage to one rarely hides a check-in from all
// three. `complete` is true when at least one of them was read to its end.
struct KnownSeqs {
    QList<qint64> seqs; // ascending
    bool complete = false;
    QString firstError;
};

KnownSeqs knownSeqs(const QSqlDatabase &database)
{
    KnownSeqs known;
    QSet<qint64> seen;
    for (const QString &select : {u"SELECT seq FROM checkin NOT INDEXED"_s,
             u"SELECT seq FROM checkin INDEXED BY checkin_by_start ORDER BY started_at_ms"_s,
             u"SELECT seq FROM checkin ORDER BY uuid"_s}) {
        QSqlQuery query(database);
        query.setForwardOnly(true);
        const bool ran = query.exec(select);
        while (ran && query.next())
            seen.insert(query.value(0).toLongLong());
        if (ran && !stepError(query))
            known.complete = true;
        else if (known.firstError.isEmpty())
            known.firstError = describeError(query.lastError());
    }
    known.seqs = QList<qint64>(seen.begin(), seen.end());
    std::sort(known.seqs.begin(), known.seqs.end());
    return known;
}

// Runs PRAGMA quick_check or integrity_check; fails with what it found, one problem a line.
Result<void> runCheck(const QSqlDatabase &database, const QString &pragma)
{
    QSqlQuery query(database);
    if (!query.exec(u"PRAGMA "_s + pragma))
        return Result<void>::failure(describeError(query.lastError()));
    QStringList found;
    while (query.next())
        found.append(query.value(0).toString());
    if (const std::optional<QSqlError> error = stepError(query))
        found.append(describeError(*error));
    if (found == QStringList {u"ok"_s})
        return Result<void>::success();
    return Result<void>::failure(found.join(u'\n'));
}

JournalOpenProblem damaged(const QString &filePath, const QString &report)
{
    const qsizetype problems = report.count(u'\n') + 1;
    return {JournalOpenProblem::Kind::Damaged,
        QCoreApplication::translate("JournalStore",
            "%1 is damaged: the integrity check found %n problem(s).", nullptr, int(problems))
            .arg(filePath),
        report};
}

QString connectOptions(JournalStore::Access access)
{
    return access == JournalStore::Access::ReadOnly
        ? u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"_s
        : u"QSQLITE_BUSY_TIMEOUT=2000"_s;
}

JournalStore::OpenResult failure(JournalOpenProblem::Kind kind, const QString &message)
{
    return {nullptr, {kind, message, {}}};
}

JournalStore::OpenResult failure(JournalOpenProblem problem)
{
    return {nullptr, std::move(problem)};
}

// A journal in WAL mode needs its -shm file to be read. Where that file cannot be made (a
// read-only folder, a full disk), a journal with no log left to apply is read as an immutable
// file: nothing can change it there anyway.
bool needsImmutableRead(const QString &filePath)
{
    return !QFileInfo::exists(filePath + u"-shm"_s) && !QFileInfo::exists(filePath + u"-wal"_s)
        && !storageProblem(QFileInfo(filePath).absolutePath()).isEmpty();
}

QString immutableUri(const QString &filePath)
{
    QUrl url = QUrl::fromLocalFile(QFileInfo(filePath).absoluteFilePath());
    url.setQuery(u"immutable=1"_s);
    return url.toString(QUrl::FullyEncoded);
}

void connectTo(QSqlDatabase &database, const QString &filePath, JournalStore::Access access)
{
    const bool immutable = access == JournalStore::Access::ReadOnly && needsImmutableRead(filePath);
    database.setDatabaseName(immutable ? immutableUri(filePath) : filePath);
    database.setConnectOptions(
        connectOptions(access) + (immutable ? u";QSQLITE_OPEN_URI"_s : QString()));
}

} // namespace

JournalStore::OpenResult JournalStore::open(
    const QString &filePath, Access access, Verification verification)
{
    using Kind = JournalOpenProblem::Kind;
    const QFileInfo info(filePath);
    if (info.exists()) {
        QFile file(filePath);
        if (!file.open(QIODevice::ReadOnly))
            return failure(Kind::CannotOpen,
                QCoreApplication::translate("JournalStore", "Cannot read %1: %2")
                    .arg(filePath, file.errorString()));
        const QByteArray header = file.read(16);
        if (!header.isEmpty() && header != QByteArray(SqliteHeader, sizeof SqliteHeader))
            return failure(Kind::NotAJournal,
                QCoreApplication::translate(
                    "JournalStore", "%1 is not a Toward journal: it is not a database file.")
                    .arg(filePath));
    } else if (access == Access::ReadOnly) {
        return failure(Kind::CannotOpen,
            QCoreApplication::translate("JournalStore", "There is no journal at %1.")
                .arg(filePath));
    } else {
        QFile file(filePath);
        // Private health data: only its owner may read it, from the moment it exists.
        if (!file.open(
                QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner))
            return failure(Kind::CannotOpen,
                QCoreApplication::translate("JournalStore", "Cannot create %1: %2")
                    .arg(filePath, file.errorString()));
    }

    // Every check runs on a read-only connection: closing a read-write one could checkpoint a WAL
    // into a file we are about to refuse, and such a file must stay exactly as it was.
    const QString connectionName =
        u"journal-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<JournalStore> store(
        new JournalStore(filePath, connectionName, Access::ReadOnly));
    QSqlDatabase database = store->database();
    if (!database.open())
        return failure(Kind::CannotOpen,
            QCoreApplication::translate("JournalStore", "Cannot open %1: %2")
                .arg(filePath, database.lastError().text()));

    QSqlQuery query(database);
    const auto unreadable = [&](const QSqlError &error) {
        constexpr int SqliteNotADatabase = 26;
        return failure(sqliteCode(error) == SqliteNotADatabase ? Kind::NotAJournal
                : isDamage(error)                              ? Kind::Damaged
                                                               : Kind::CannotOpen,
            QCoreApplication::translate("JournalStore", "Cannot read %1: %2")
                .arg(filePath, describeError(error)));
    };
    if (!query.exec(u"PRAGMA application_id"_s) || !query.next())
        return unreadable(query.lastError());
    const int applicationId = query.value(0).toInt();
    const Result<int> versionRead = JournalSchema::versionOf(database);
    if (!versionRead.ok())
        return failure(Kind::CannotOpen,
            QCoreApplication::translate("JournalStore", "Cannot read %1: %2")
                .arg(filePath, versionRead.error()));
    const int version = versionRead.value();
    if (!query.exec(u"SELECT count(*) FROM sqlite_schema"_s) || !query.next())
        return unreadable(query.lastError());
    const bool hasTables = query.value(0).toInt() > 0;
    if ((applicationId != 0 && applicationId != JournalSchema::ApplicationId)
        || (applicationId == 0 && version == 0 && hasTables)) {
        return failure(Kind::NotAJournal,
            QCoreApplication::translate(
                "JournalStore", "%1 is not a Toward journal: it is another program's database.")
                .arg(filePath));
    }
    if (version > JournalSchema::CurrentVersion) {
        return failure(Kind::NewerSchema,
            QCoreApplication::translate("JournalStore",
                "%1 was written by a newer version of Toward (journal version %2; this version "
                "reads "
                "up to %3).")
                .arg(filePath)
                .arg(version)
                .arg(JournalSchema::CurrentVersion));
    }
    // Nothing was ever committed to it, so nothing is lost; but only a writer can finish it.
    if (access == Access::ReadOnly && version == 0) {
        return failure(Kind::Unfinished,
            QCoreApplication::translate("JournalStore",
                "%1 holds no journal yet: Toward stopped while making it. Opening it for writing "
                "finishes it.")
                .arg(filePath));
    }
    // quick_check reads every page, like integrity_check, but skips the slow index cross-checks.
    if (verification == Verification::Full) {
        if (const Result<void> healthy = runCheck(database, u"quick_check"_s); !healthy.ok())
            return failure(damaged(filePath, healthy.error()));
    }
    if (access == Access::ReadWrite) {
        query = QSqlQuery();
        database.close();
        store->m_access = Access::ReadWrite;
        connectTo(database, filePath, Access::ReadWrite);
        if (!database.open())
            return failure(Kind::CannotOpen,
                QCoreApplication::translate("JournalStore", "Cannot open %1: %2")
                    .arg(filePath, database.lastError().text()));
        query = QSqlQuery(database);
        // FULL makes each commit durable in WAL mode (NORMAL could lose the last commits on power
        // loss).
        for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_s,
                 u"PRAGMA synchronous = FULL"_s, u"PRAGMA foreign_keys = ON"_s}) {
            if (!query.exec(pragma))
                return failure(Kind::CannotOpen,
                    QCoreApplication::translate("JournalStore", "Cannot open %1 for writing: %2")
                        .arg(filePath, describeError(query.lastError())));
        }
        if (const Result<void> migrated = JournalSchema::migrate(database); !migrated.ok())
            return failure(Kind::CannotOpen,
                QCoreApplication::translate("JournalStore", "Cannot open %1 for writing: %2")
                    .arg(filePath, migrated.error()));
    }
    return {std::move(store), {}};
}

std::optional<JournalOpenProblem> JournalStore::checkIntegrity(const QString &filePath)
{
    const QString connectionName =
        u"integrity-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<JournalOpenProblem> problem;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        connectTo(database, filePath, Access::ReadOnly);
        if (!database.open()) {
            problem = JournalOpenProblem {JournalOpenProblem::Kind::CannotOpen,
                QCoreApplication::translate("JournalStore", "Cannot open %1: %2")
                    .arg(filePath, describeError(database.lastError())),
                {}};
        } else if (const Result<void> healthy = runCheck(database, u"integrity_check"_s);
                   !healthy.ok()) {
            problem = damaged(filePath, healthy.error());
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return problem;
}

JournalStore::JournalStore(QString filePath, QString connectionName, Access access)
    : m_filePath(std::move(filePath))
    , m_connectionName(std::move(connectionName))
    , m_access(access)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    connectTo(database, m_filePath, access);
}

JournalStore::~JournalStore()
{
    close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void JournalStore::close()
{
    QSqlDatabase::database(m_connectionName, false).close();
}

QSqlDatabase JournalStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<void> JournalStore::inTransaction(const std::function<Result<void>()> &work)
{
    if (isReadOnly())
        return Result<void>::failure(
            QCoreApplication::translate("JournalStore", "The journal is open read-only."));
    QSqlDatabase db = database();
    if (!db.transaction())
        return Result<void>::failure(describeError(db.lastError()));
    if (Result<void> result = work(); !result.ok()) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return Result<void>::failure(describeError(error));
    }
    return Result<void>::success();
}

Result<void> JournalStore::add(const CheckIn &checkIn)
{
    return inTransaction([&] { return insert(checkIn); });
}

Result<int> JournalStore::addMissing(const QList<CheckIn> &checkIns)
{
    int added = 0;
    const Result<void> result = inTransaction([&]() -> Result<void> {
        for (const CheckIn &checkIn : checkIns) {
            const Result<bool> present = contains(checkIn.id);
            if (!present.ok())
                return Result<void>::failure(present.error());
            if (present.value())
                continue;
            if (Result<void> inserted = insert(checkIn); !inserted.ok())
                return inserted;
            ++added;
        }
        return Result<void>::success();
    });
    if (!result.ok())
        return Result<int>::failure(result.error());
    return added;
}

Result<void> JournalStore::insert(const CheckIn &checkIn)
{
    if (const QString invalid = validationError(checkIn); !invalid.isEmpty())
        return Result<void>::failure(invalid);
    QSqlDatabase db = database();
    const auto failed = [](const QSqlQuery &query) {
        return Result<void>::failure(describeError(query.lastError()));
    };

    QSqlQuery query(db);
    query.prepare(
        u"INSERT INTO checkin (uuid, started_at_ms, started_offset_s, ended_at_ms, ended_offset_s,"
        " context, pain_before, pain_after, practice_id, practice_title, breath_pattern_id,"
        " breath_pattern_name, region_names, red_flags, note, cue_ids)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QStringList cueIds;
    for (const CueRecord &cue : checkIn.cues)
        cueIds.append(cue.cueId);
    for (const QVariant &value :
        {QVariant(uuidText(checkIn.id)), msOrNull(checkIn.startedAt),
            offsetOrNull(checkIn.startedAt), msOrNull(checkIn.endedAt),
            offsetOrNull(checkIn.endedAt), QVariant(wordOf(checkIn.context)),
            QVariant(checkIn.painBefore),
            checkIn.painAfter ? QVariant(*checkIn.painAfter) : QVariant(QMetaType::fromType<int>()),
            text(checkIn.practiceId), text(checkIn.practiceTitle), text(checkIn.breathPatternId),
            text(checkIn.breathPatternName), text(checkIn.regionNames()),
            text(joinedWords(checkIn.redFlags)), text(checkIn.note),
            text(cueIds.join(JournalSchema::CueIdSeparator))}) {
        query.addBindValue(value);
    }
    if (!execute(query))
        return failed(query);
    const qint64 seq = query.lastInsertId().toLongLong();

    query.prepare(
        u"INSERT INTO checkin_region (checkin, position, region_id, region_name) VALUES (?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < checkIn.regions.size(); ++i) {
        query.addBindValue(seq);
        query.addBindValue(i);
        query.addBindValue(text(checkIn.regions.at(i).id));
        query.addBindValue(text(checkIn.regions.at(i).name));
        if (!execute(query))
            return failed(query);
    }

    const std::optional<int> relief = checkIn.relief();
    query.prepare(u"INSERT INTO checkin_cue (checkin, position, cue_id, cue_title, region_id, "
                  u"feeling, relief)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < checkIn.cues.size(); ++i) {
        const CueRecord &cue = checkIn.cues.at(i);
        query.addBindValue(seq);
        query.addBindValue(i);
        query.addBindValue(text(cue.cueId));
        query.addBindValue(text(cue.title));
        query.addBindValue(text(cue.regionId));
        query.addBindValue(wordOrNull(cue.feeling));
        query.addBindValue(relief ? QVariant(*relief) : QVariant(QMetaType::fromType<int>()));
        if (!execute(query))
            return failed(query);
    }

    query.prepare(u"INSERT INTO checkin_leaning (checkin, phase, position, direction_id, "
                  u"toward_label, away_label,"
                  " leaning) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const auto &[phase, leanings] : {std::pair {u"before"_s, &checkIn.leaningsBefore},
             std::pair {u"after"_s, &checkIn.leaningsAfter}}) {
        for (qsizetype i = 0; i < leanings->size(); ++i) {
            const LeaningRecord &leaning = leanings->at(i);
            query.addBindValue(seq);
            query.addBindValue(phase);
            query.addBindValue(i);
            query.addBindValue(text(leaning.directionId));
            query.addBindValue(text(leaning.towardLabel));
            query.addBindValue(text(leaning.awayLabel));
            query.addBindValue(wordOf(leaning.leaning));
            if (!execute(query))
                return failed(query);
        }
    }
    return Result<void>::success();
}

Result<void> JournalStore::updateNote(const QUuid &id, const QString &note)
{
    return inTransaction([&]() -> Result<void> {
        QSqlQuery query(database());
        query.prepare(u"UPDATE checkin SET note = ? WHERE uuid = ?"_s);
        query.addBindValue(text(note));
        query.addBindValue(uuidText(id));
        if (!execute(query))
            return Result<void>::failure(describeError(query.lastError()));
        if (query.numRowsAffected() != 1)
            return Result<void>::failure(QCoreApplication::translate(
                "JournalStore", "That check-in is no longer in the journal."));
        return Result<void>::success();
    });
}

Result<void> JournalStore::remove(const QUuid &id)
{
    return inTransaction([&]() -> Result<void> {
        QSqlQuery query(database());
        query.prepare(u"DELETE FROM checkin WHERE uuid = ?"_s);
        query.addBindValue(uuidText(id));
        if (!execute(query))
            return Result<void>::failure(describeError(query.lastError()));
        if (query.numRowsAffected() != 1)
            return Result<void>::failure(QCoreApplication::translate(
                "JournalStore", "That check-in is no longer in the journal."));
        return Result<void>::success();
    });
}

Result<bool> JournalStore::contains(const QUuid &id) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT 1 FROM checkin WHERE uuid = ?"_s);
    query.addBindValue(uuidText(id));
    if (!execute(query))
        return Result<bool>::failure(describeError(query.lastError()));
    const bool found = query.next();
    if (const std::optional<QSqlError> error = stepError(query))
        return Result<bool>::failure(describeError(*error));
    return found;
}

Result<std::optional<CheckIn>> JournalStore::find(const QUuid &id) const
{
    using Found = Result<std::optional<CheckIn>>;
    QSqlQuery query(database());
    query.prepare(u"SELECT seq FROM checkin WHERE uuid = ?"_s);
    query.addBindValue(uuidText(id));
    if (!execute(query))
        return Found::failure(describeError(query.lastError()));
    if (!query.next()) {
        if (const std::optional<QSqlError> error = stepError(query))
            return Found::failure(describeError(*error));
        return std::optional<CheckIn>();
    }
    const qint64 seq = query.value(0).toLongLong();
    std::optional<CheckIn> found;
    const Result<void> read = readCheckIns(
        database(), {}, seq, seq, [&found](const CheckIn &checkIn) { found = checkIn; });
    if (!read.ok())
        return Found::failure(read.error());
    return found;
}

Result<qint64> JournalStore::count(const JournalFilter &filter) const
{
    const JournalFilterSql sql(filter);
    QSqlQuery query(database());
    query.prepare(u"SELECT count(*) FROM checkin"_s + sql.where);
    sql.bindTo(query);
    if (!execute(query) || !query.next())
        return Result<qint64>::failure(describeError(query.lastError()));
    return query.value(0).toLongLong();
}

Result<QList<CheckInSummary>> JournalStore::summaries(
    const JournalFilter &filter, qint64 offset, int limit) const
{
    using Rows = Result<QList<CheckInSummary>>;
    const JournalFilterSql sql(filter);
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT seq, uuid, started_at_ms, started_offset_s, context, region_names, pain_before,"
        " pain_after, practice_title, substr(note, 1, %1) FROM checkin"_s.arg(NoteStartChars)
        + sql.where + u" ORDER BY started_at_ms DESC, seq DESC LIMIT ? OFFSET ?"_s);
    sql.bindTo(query);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!execute(query))
        return Rows::failure(describeError(query.lastError()));
    QList<CheckInSummary> rows;
    while (query.next()) {
        CheckInSummary row;
        row.seq = query.value(0).toLongLong();
        row.id = QUuid::fromString(query.value(1).toString());
        row.startedAt = momentFrom(query.value(2), query.value(3));
        row.context = enumFromWord<Context>(query.value(4).toString()).value_or(Context::Mat);
        row.regionNames = query.value(5).toString();
        row.painBefore = query.value(6).toInt();
        if (!query.value(7).isNull())
            row.painAfter = query.value(7).toInt();
        row.practiceTitle = query.value(8).toString();
        row.noteStart = query.value(9).toString();
        rows.append(row);
    }
    if (const std::optional<QSqlError> error = stepError(query))
        return Rows::failure(describeError(*error));
    return rows;
}

Result<void> JournalStore::forEach(
    const JournalFilter &filter, const std::function<void(const CheckIn &)> &visit) const
{
    return readCheckIns(database(), filter, NoSeq, LastSeq, visit);
}

JournalReadReport JournalStore::forEachReadable(
    const JournalFilter &filter, const std::function<void(const CheckIn &)> &visit) const
{
    JournalReadReport report;
    const auto noteError = [&](const QString &error) {
        if (report.firstError.isEmpty())
            report.firstError = error;
    };
    // Passes on the check-ins of [firstSeq, lastSeq] only when all of them were read: a read that
    // fails may do so after reading some, even past the last one it returns.
    const auto readWhole = [&](qint64 firstSeq, qint64 lastSeq) {
        QList<CheckIn> read;
        const Result<void> whole = readCheckIns(database(), filter, firstSeq, lastSeq,
            [&read](const CheckIn &checkIn) { read.append(checkIn); });
        if (!whole.ok()) {
            noteError(whole.error());
            return false;
        }
        for (const CheckIn &checkIn : std::as_const(read))
            visit(checkIn);
        report.read += read.size();
        return true;
    };
    const KnownSeqs known = knownSeqs(database());
    report.unreadableIsExact = known.complete;
    // Runs of check-ins are read together; a run with damage in it is read again one check-in at
    // a time, so that only the check-ins on damaged pages are left out.
    constexpr qsizetype RunLength = 256;
    for (qsizetype start = 0; start < known.seqs.size(); start += RunLength) {
        const QList<qint64> run = known.seqs.mid(start, RunLength);
        if (readWhole(run.constFirst(), run.constLast()))
            continue;
        for (const qint64 seq : run) {
            if (!readWhole(seq, seq))
                ++report.unreadable;
        }
    }
    if (report.firstError.isEmpty())
        report.firstError = known.firstError;
    return report;
}

} // namespace toward
