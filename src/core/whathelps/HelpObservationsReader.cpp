#include "whathelps/HelpObservationsReader.h"

#include "journal/JournalFilterSql.h"
#include "journal/JournalSchema.h"
#include "journal/JournalStore.h"
#include "journal/LocalDay.h"
#include "journal/SqliteStatement.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

// Read through SQLite's own API: a journal of years holds a hundred thousand check-ins and
// several times as many cue rows. A journal that carries each check-in's cue ids on its row
// (JournalSchema::CueIdsVersion) is one scan in time order; an older one, open read-only and so
// not migrated, is two: its cues a cue at a time (over the cue index), each row a check-in it was
// done in, then the check-ins in time order taking their cues from that.
QString checkInsSql(const QString &where, bool withCueIds)
{
    return u"SELECT seq, started_at_ms, "_s + LocalDay::numberSql()
        + u", pain_before, pain_after, context, practice_id"_s
        + (withCueIds ? u", cue_ids"_s : QString()) + u" FROM checkin"_s + where
        + u" ORDER BY started_at_ms, seq"_s;
}

QString cuesSql(const QString &where)
{
    return u"SELECT cue_id, checkin FROM checkin_cue INDEXED BY checkin_cue_by_cue"_s
        + (where.isEmpty() ? QString()
                           : u" WHERE checkin IN (SELECT seq FROM checkin"_s + where + u')')
        + u" ORDER BY cue_id"_s;
}

Result<void> readFailure(const QString &error)
{
    return Result<void>::failure(
        QCoreApplication::translate("HelpObservationsReader", "Cannot read the journal: %1")
            .arg(error));
}

// The cue numbers of each check-in, by its seq.
class CuesBySeq {
public:
    void add(qint64 seq, int cue)
    {
        if (seq < 0)
            return;
        if (static_cast<std::size_t>(seq) >= m_cues.size())
            m_cues.resize(static_cast<std::size_t>(seq) + 1);
        m_cues[static_cast<std::size_t>(seq)].push_back(cue);
    }

    std::span<const int> of(qint64 seq) const
    {
        if (seq < 0 || static_cast<std::size_t>(seq) >= m_cues.size())
            return {};
        return m_cues[static_cast<std::size_t>(seq)];
    }

private:
    std::vector<std::vector<int>> m_cues;
};

Result<void> readCues(const JournalStore &store, const JournalFilterSql &clause,
    HelpObservations &observations, CuesBySeq &cues)
{
    Result<SqliteStatement> prepared =
        SqliteStatement::prepare(store.database(), cuesSql(clause.where), clause.values);
    if (!prepared.ok())
        return readFailure(prepared.error());
    SqliteStatement rows = std::move(prepared).value();
    QByteArray lastId;
    int cue = -1;
    while (rows.next()) {
        // In cue order: a new number only when the id changes.
        if (const QByteArrayView id = rows.text(0); cue < 0 || id != lastId) {
            lastId = id.toByteArray();
            cue = observations.cueNumber(QString::fromUtf8(lastId));
        }
        cues.add(rows.integer(1), cue);
    }
    if (!rows.error().isEmpty())
        return readFailure(rows.error());
    return Result<void>::success();
}

// Contexts and practices are few: each distinct text is made a QString once.
class Words {
public:
    const QString &of(QByteArrayView utf8)
    {
        const auto found = m_words.constFind(utf8.toByteArray());
        if (found != m_words.constEnd())
            return *found;
        return *m_words.insert(utf8.toByteArray(), QString::fromUtf8(utf8));
    }

private:
    QHash<QByteArray, QString> m_words;
};

// The cue numbers of ids as the journal's rows spell them, looked up without making a QString of
// each of the hundreds of thousands.
class CueNumbers {
public:
    explicit CueNumbers(HelpObservations &observations)
        : m_observations(observations)
    {
    }

    // The numbers of the ids in `joined` (JournalSchema::CueIdSeparator between them), into `into`.
    void of(QByteArrayView joined, std::vector<int> &into)
    {
        into.clear();
        const std::string_view all(joined.data(), static_cast<std::size_t>(joined.size()));
        std::size_t start = 0;
        while (start < all.size()) {
            const std::size_t end = std::min(all.find(Separator, start), all.size());
            if (end > start)
                into.push_back(numberOf(all.substr(start, end - start)));
            start = end + 1;
        }
    }

private:
    static constexpr char Separator = char(JournalSchema::CueIdSeparator.unicode());

    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view id) const
        {
            return std::hash<std::string_view>()(id);
        }
    };

    int numberOf(std::string_view id)
    {
        const auto found = m_numbers.find(id);
        if (found != m_numbers.end())
            return found->second;
        const int number = m_observations.cueNumber(
            QString::fromUtf8(id.data(), static_cast<qsizetype>(id.size())));
        m_numbers.emplace(std::string(id), number);
        return number;
    }

    HelpObservations &m_observations;
    std::unordered_map<std::string, int, Hash, std::equal_to<>> m_numbers;
};

Result<void> readCheckInsWithCueIds(
    const JournalStore &store, const JournalFilterSql &clause, HelpObservations &observations)
{
    Result<SqliteStatement> prepared =
        SqliteStatement::prepare(store.database(), checkInsSql(clause.where, true), clause.values);
    if (!prepared.ok())
        return readFailure(prepared.error());
    SqliteStatement rows = std::move(prepared).value();
    Words words;
    CueNumbers cueNumbers(observations);
    std::vector<int> cues;
    while (rows.next()) {
        cueNumbers.of(rows.text(7), cues);
        observations.add(rows.integer(1), int(rows.integer(2)), int(rows.integer(3)),
            rows.optionalInteger(4), words.of(rows.text(5)), words.of(rows.text(6)), cues);
    }
    if (!rows.error().isEmpty())
        return readFailure(rows.error());
    return Result<void>::success();
}

Result<void> readCheckIns(const JournalStore &store, const JournalFilterSql &clause,
    const CuesBySeq &cues, HelpObservations &observations)
{
    Result<SqliteStatement> prepared =
        SqliteStatement::prepare(store.database(), checkInsSql(clause.where, false), clause.values);
    if (!prepared.ok())
        return readFailure(prepared.error());
    SqliteStatement rows = std::move(prepared).value();
    Words words;
    while (rows.next()) {
        observations.add(rows.integer(1), int(rows.integer(2)), int(rows.integer(3)),
            rows.optionalInteger(4), words.of(rows.text(5)), words.of(rows.text(6)),
            cues.of(rows.integer(0)));
    }
    if (!rows.error().isEmpty())
        return readFailure(rows.error());
    return Result<void>::success();
}

} // namespace

Result<HelpObservations> readHelpObservations(
    const JournalStore &store, const JournalFilter &filter)
{
    const JournalFilterSql clause(filter);
    HelpObservations observations;
    QSqlDatabase database = store.database();
    const Result<int> version = JournalSchema::versionOf(database);
    if (!version.ok())
        return Result<HelpObservations>::failure(
            QCoreApplication::translate("HelpObservationsReader", "Cannot read the journal: %1")
                .arg(version.error()));
    if (version.value() >= JournalSchema::CueIdsVersion) {
        if (const Result<void> read = readCheckInsWithCueIds(store, clause, observations);
            !read.ok())
            return Result<HelpObservations>::failure(read.error());
        return observations;
    }
    CuesBySeq cues;
    if (const Result<void> read = readCues(store, clause, observations, cues); !read.ok())
        return Result<HelpObservations>::failure(read.error());
    if (const Result<void> read = readCheckIns(store, clause, cues, observations); !read.ok())
        return Result<HelpObservations>::failure(read.error());
    return observations;
}

QString helpObservationsSql()
{
    return checkInsSql({}, true);
}

} // namespace toward
