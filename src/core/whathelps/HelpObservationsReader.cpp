#include "whathelps/HelpObservationsReader.h"

#include "journal/JournalFilterSql.h"
#include "journal/JournalStore.h"
#include "journal/LocalDay.h"
#include "journal/SqliteStatement.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

// Two scans, each in the order of an index: the cues a cue at a time (over the cue index), each
// row a check-in it was done in; then the check-ins in time order, taking their cues from that.
// Read through SQLite's own API: a journal of years holds hundreds of thousands of cue rows.
QString checkInsSql(const QString &where)
{
    return u"SELECT seq, started_at_ms, "_s + LocalDay::numberSql()
        + u", pain_before, pain_after, context, practice_id FROM checkin"_s + where
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
    return Result<void>::failure(u"Cannot read the journal: %1"_s.arg(error));
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

Result<void> readCheckIns(const JournalStore &store, const JournalFilterSql &clause,
    const CuesBySeq &cues, HelpObservations &observations)
{
    Result<SqliteStatement> prepared =
        SqliteStatement::prepare(store.database(), checkInsSql(clause.where), clause.values);
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
    CuesBySeq cues;
    if (const Result<void> read = readCues(store, clause, observations, cues); !read.ok())
        return Result<HelpObservations>::failure(read.error());
    if (const Result<void> read = readCheckIns(store, clause, cues, observations); !read.ok())
        return Result<HelpObservations>::failure(read.error());
    return observations;
}

QStringList helpObservationsSql()
{
    return {cuesSql({}), checkInsSql({})};
}

} // namespace toward
