#include "journal/JournalStore.h"

#include "journal/JournalFilterSql.h"
#include "journal/JournalSchema.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

constexpr char SqliteHeader[] = "SQLite format 3";

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QDateTime dateTimeFrom(const QVariant &msSinceEpoch, const QVariant &offsetSeconds)
{
    if (msSinceEpoch.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(
        msSinceEpoch.toLongLong(), Qt::OffsetFromUTC, offsetSeconds.toInt());
}

QVariant msOrNull(const QDateTime &moment)
{
    return moment.isValid() ? QVariant(moment.toMSecsSinceEpoch())
                            : QVariant(QMetaType::fromType<qint64>());
}

QVariant offsetOrNull(const QDateTime &moment)
{
    return moment.isValid() ? QVariant(moment.offsetFromUtc())
                            : QVariant(QMetaType::fromType<int>());
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
        return u"The check-in has no id."_s;
    if (!checkIn.startedAt.isValid())
        return u"The check-in has no start time."_s;
    const auto outOfScale = [](int pain) { return pain < MinPain || pain > MaxPain; };
    if (outOfScale(checkIn.painBefore) || (checkIn.painAfter && outOfScale(*checkIn.painAfter)))
        return u"Pain must be rated from 0 to 10."_s;
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
    checkIn.startedAt = dateTimeFrom(row.value(2), row.value(3));
    checkIn.endedAt = dateTimeFrom(row.value(4), row.value(5));
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

    QString all() const { return select + u" ORDER BY checkin, "_s + order; }
    QString ofOne() const { return select + u" WHERE checkin = ? ORDER BY "_s + order; }
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

// Walks a child table alongside the check-ins (both in seq order), so a whole journal is read in
// one pass instead of one query per check-in.
class ChildCursor {
public:
    ChildCursor(
        const QSqlDatabase &database, const ChildTable &table, std::optional<qint64> onlySeq = {})
        : m_query(database)
        , m_table(table)
    {
        m_query.setForwardOnly(true);
        m_query.prepare(onlySeq ? table.ofOne() : table.all());
        if (onlySeq)
            m_query.addBindValue(*onlySeq);
        m_valid = m_query.exec() && m_query.next();
    }

    // Applies every row that belongs to `seq`, skipping rows of check-ins that were filtered out.
    void fill(qint64 seq, CheckIn &checkIn)
    {
        while (m_valid && m_query.value(0).toLongLong() < seq)
            m_valid = m_query.next();
        while (m_valid && m_query.value(0).toLongLong() == seq) {
            m_table.apply(m_query, checkIn);
            m_valid = m_query.next();
        }
    }

private:
    QSqlQuery m_query;
    const ChildTable &m_table;
    bool m_valid = false;
};

// Runs PRAGMA quick_check or integrity_check; fails with what it found.
Result<void> runCheck(const QSqlDatabase &database, const QString &pragma)
{
    QSqlQuery query(database);
    if (!query.exec(u"PRAGMA "_s + pragma))
        return Result<void>::failure(query.lastError().text());
    QStringList found;
    while (query.next())
        found.append(query.value(0).toString());
    if (found == QStringList {u"ok"_s})
        return Result<void>::success();
    return Result<void>::failure(found.join(u"; "_s));
}

QString connectOptions(JournalStore::Access access)
{
    return access == JournalStore::Access::ReadOnly
        ? u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"_s
        : u"QSQLITE_BUSY_TIMEOUT=2000"_s;
}

JournalStore::OpenResult failure(JournalOpenProblem::Kind kind, const QString &message)
{
    return {nullptr, {kind, message}};
}

} // namespace

QString describeWriteError(const QString &nativeCode, const QString &driverText)
{
    // SQLite's extended codes keep the primary code in the low byte.
    switch (nativeCode.toInt() & 0xff) {
    case 13: // SQLITE_FULL
        return u"The disk is full."_s;
    case 8: // SQLITE_READONLY
        return u"The journal cannot be written: the file or its folder is read-only."_s;
    case 10: // SQLITE_IOERR
        return u"The disk could not be written (%1)."_s.arg(driverText);
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return u"The journal is locked by another program."_s;
    case 11: // SQLITE_CORRUPT
        return u"The journal file is damaged."_s;
    default:
        return driverText;
    }
}

JournalStore::OpenResult JournalStore::open(
    const QString &filePath, Access access, Verification verification)
{
    using Kind = JournalOpenProblem::Kind;
    const QFileInfo info(filePath);
    if (info.exists()) {
        QFile file(filePath);
        if (!file.open(QIODevice::ReadOnly))
            return failure(
                Kind::CannotOpen, u"Cannot read %1: %2"_s.arg(filePath, file.errorString()));
        const QByteArray header = file.read(16);
        if (!header.isEmpty() && header != QByteArray(SqliteHeader, sizeof SqliteHeader))
            return failure(Kind::NotAJournal,
                u"%1 is not a Toward journal: it is not a database file."_s.arg(filePath));
    } else if (access == Access::ReadOnly) {
        return failure(Kind::CannotOpen, u"There is no journal at %1."_s.arg(filePath));
    } else {
        QFile file(filePath);
        // Private health data: only its owner may read it, from the moment it exists.
        if (!file.open(
                QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner))
            return failure(
                Kind::CannotOpen, u"Cannot create %1: %2"_s.arg(filePath, file.errorString()));
    }

    // Every check runs on a read-only connection: closing a read-write one could checkpoint a WAL
    // into a file we are about to refuse, and such a file must stay exactly as it was.
    const QString connectionName =
        u"journal-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<JournalStore> store(
        new JournalStore(filePath, connectionName, Access::ReadOnly));
    QSqlDatabase database = store->database();
    if (!database.open())
        return failure(
            Kind::CannotOpen, u"Cannot open %1: %2"_s.arg(filePath, database.lastError().text()));

    QSqlQuery query(database);
    if (!query.exec(u"PRAGMA application_id"_s) || !query.next()) {
        return failure(
            query.lastError().nativeErrorCode() == u"26"_s ? Kind::NotAJournal : Kind::CannotOpen,
            u"Cannot read %1: %2"_s.arg(filePath,
                describeWriteError(query.lastError().nativeErrorCode(), query.lastError().text())));
    }
    const int applicationId = query.value(0).toInt();
    const int version = JournalSchema::versionOf(database);
    query.exec(u"SELECT count(*) FROM sqlite_schema"_s);
    const bool hasTables = query.next() && query.value(0).toInt() > 0;
    if ((applicationId != 0 && applicationId != JournalSchema::ApplicationId)
        || (applicationId == 0 && version == 0 && hasTables)) {
        return failure(Kind::NotAJournal,
            u"%1 is not a Toward journal: it is another program's database."_s.arg(filePath));
    }
    if (version > JournalSchema::CurrentVersion) {
        return failure(Kind::NewerSchema,
            u"%1 was written by a newer version of Toward (journal version %2; this version reads "
            "up to %3)."_s.arg(filePath)
                .arg(version)
                .arg(JournalSchema::CurrentVersion));
    }
    // quick_check reads every page, like integrity_check, but skips the slow index cross-checks.
    if (verification == Verification::Full) {
        if (const Result<void> healthy = runCheck(database, u"quick_check"_s); !healthy.ok())
            return failure(Kind::Damaged, u"%1 is damaged: %2"_s.arg(filePath, healthy.error()));
    }
    if (access == Access::ReadWrite) {
        query = QSqlQuery();
        database.close();
        store->m_access = Access::ReadWrite;
        database.setConnectOptions(connectOptions(Access::ReadWrite));
        if (!database.open())
            return failure(Kind::CannotOpen,
                u"Cannot open %1: %2"_s.arg(filePath, database.lastError().text()));
        query = QSqlQuery(database);
        // FULL makes each commit durable in WAL mode (NORMAL could lose the last commits on power
        // loss).
        for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_s,
                 u"PRAGMA synchronous = FULL"_s, u"PRAGMA foreign_keys = ON"_s}) {
            if (!query.exec(pragma))
                return failure(Kind::CannotOpen,
                    describeWriteError(
                        query.lastError().nativeErrorCode(), query.lastError().text()));
        }
        if (const Result<void> migrated = JournalSchema::migrate(database); !migrated.ok())
            return failure(Kind::CannotOpen, migrated.error());
    }
    return {std::move(store), {}};
}

Result<void> JournalStore::checkIntegrity(const QString &filePath)
{
    const QString connectionName =
        u"integrity-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<void> result = Result<void>::success();
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        database.setDatabaseName(filePath);
        database.setConnectOptions(connectOptions(Access::ReadOnly));
        if (!database.open()) {
            result = Result<void>::failure(
                u"Cannot open %1: %2"_s.arg(filePath, database.lastError().text()));
        } else if (const Result<void> healthy = runCheck(database, u"integrity_check"_s);
                   !healthy.ok()) {
            result = Result<void>::failure(u"%1 is damaged: %2"_s.arg(filePath, healthy.error()));
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return result;
}

JournalStore::JournalStore(QString filePath, QString connectionName, Access access)
    : m_filePath(std::move(filePath))
    , m_connectionName(std::move(connectionName))
    , m_access(access)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    database.setDatabaseName(m_filePath);
    database.setConnectOptions(connectOptions(access));
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
        return Result<void>::failure(u"The journal is open read-only."_s);
    QSqlDatabase db = database();
    if (!db.transaction())
        return Result<void>::failure(
            describeWriteError(db.lastError().nativeErrorCode(), db.lastError().text()));
    if (Result<void> result = work(); !result.ok()) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return Result<void>::failure(describeWriteError(error.nativeErrorCode(), error.text()));
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
            if (contains(checkIn.id))
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
        return Result<void>::failure(
            describeWriteError(query.lastError().nativeErrorCode(), query.lastError().text()));
    };

    QSqlQuery query(db);
    query.prepare(
        u"INSERT INTO checkin (uuid, started_at_ms, started_offset_s, ended_at_ms, ended_offset_s,"
        " context, pain_before, pain_after, practice_id, practice_title, breath_pattern_id,"
        " breath_pattern_name, region_names, red_flags, note)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &value :
        {QVariant(uuidText(checkIn.id)), msOrNull(checkIn.startedAt),
            offsetOrNull(checkIn.startedAt), msOrNull(checkIn.endedAt),
            offsetOrNull(checkIn.endedAt), QVariant(wordOf(checkIn.context)),
            QVariant(checkIn.painBefore),
            checkIn.painAfter ? QVariant(*checkIn.painAfter) : QVariant(QMetaType::fromType<int>()),
            text(checkIn.practiceId), text(checkIn.practiceTitle), text(checkIn.breathPatternId),
            text(checkIn.breathPatternName), text(checkIn.regionNames()),
            text(joinedWords(checkIn.redFlags)), text(checkIn.note)}) {
        query.addBindValue(value);
    }
    if (!query.exec())
        return failed(query);
    const qint64 seq = query.lastInsertId().toLongLong();

    query.prepare(
        u"INSERT INTO checkin_region (checkin, position, region_id, region_name) VALUES (?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < checkIn.regions.size(); ++i) {
        query.addBindValue(seq);
        query.addBindValue(i);
        query.addBindValue(text(checkIn.regions.at(i).id));
        query.addBindValue(text(checkIn.regions.at(i).name));
        if (!query.exec())
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
        if (!query.exec())
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
            if (!query.exec())
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
        if (!query.exec())
            return Result<void>::failure(
                describeWriteError(query.lastError().nativeErrorCode(), query.lastError().text()));
        if (query.numRowsAffected() != 1)
            return Result<void>::failure(u"That check-in is no longer in the journal."_s);
        return Result<void>::success();
    });
}

Result<void> JournalStore::remove(const QUuid &id)
{
    return inTransaction([&]() -> Result<void> {
        QSqlQuery query(database());
        query.prepare(u"DELETE FROM checkin WHERE uuid = ?"_s);
        query.addBindValue(uuidText(id));
        if (!query.exec())
            return Result<void>::failure(
                describeWriteError(query.lastError().nativeErrorCode(), query.lastError().text()));
        if (query.numRowsAffected() != 1)
            return Result<void>::failure(u"That check-in is no longer in the journal."_s);
        return Result<void>::success();
    });
}

bool JournalStore::contains(const QUuid &id) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT 1 FROM checkin WHERE uuid = ?"_s);
    query.addBindValue(uuidText(id));
    return query.exec() && query.next();
}

std::optional<CheckIn> JournalStore::find(const QUuid &id) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT "_s + CheckInColumns + u" FROM checkin WHERE uuid = ?"_s);
    query.addBindValue(uuidText(id));
    if (!query.exec() || !query.next())
        return std::nullopt;
    CheckIn checkIn = checkInFromRow(query);
    const qint64 seq = query.value(0).toLongLong();
    for (const ChildTable *table : {&RegionTable, &CueTable, &LeaningTable})
        ChildCursor(database(), *table, seq).fill(seq, checkIn);
    return checkIn;
}

qint64 JournalStore::count(const JournalFilter &filter) const
{
    const JournalFilterSql sql(filter);
    QSqlQuery query(database());
    query.prepare(u"SELECT count(*) FROM checkin"_s + sql.where);
    sql.bindTo(query);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QList<CheckInSummary> JournalStore::summaries(
    const JournalFilter &filter, qint64 offset, int limit) const
{
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
    QList<CheckInSummary> rows;
    if (!query.exec())
        return rows;
    while (query.next()) {
        CheckInSummary row;
        row.seq = query.value(0).toLongLong();
        row.id = QUuid::fromString(query.value(1).toString());
        row.startedAt = dateTimeFrom(query.value(2), query.value(3));
        row.context = enumFromWord<Context>(query.value(4).toString()).value_or(Context::Mat);
        row.regionNames = query.value(5).toString();
        row.painBefore = query.value(6).toInt();
        if (!query.value(7).isNull())
            row.painAfter = query.value(7).toInt();
        row.practiceTitle = query.value(8).toString();
        row.noteStart = query.value(9).toString();
        rows.append(row);
    }
    return rows;
}

Result<void> JournalStore::forEach(
    const JournalFilter &filter, const std::function<void(const CheckIn &)> &visit) const
{
    const JournalFilterSql sql(filter);
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT "_s + CheckInColumns + u" FROM checkin"_s + sql.where + u" ORDER BY seq"_s);
    sql.bindTo(query);
    if (!query.exec())
        return Result<void>::failure(query.lastError().text());

    ChildCursor regions(database(), RegionTable);
    ChildCursor cues(database(), CueTable);
    ChildCursor leanings(database(), LeaningTable);
    while (query.next()) {
        CheckIn checkIn = checkInFromRow(query);
        const qint64 seq = query.value(0).toLongLong();
        regions.fill(seq, checkIn);
        cues.fill(seq, checkIn);
        leanings.fill(seq, checkIn);
        visit(checkIn);
    }
    return Result<void>::success();
}

} // namespace toward
