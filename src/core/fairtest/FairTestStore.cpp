#include "fairtest/FairTestStore.h"

#include "fairtest/BlockAllocation.h"
#include "journal/JournalError.h"
#include "journal/JournalSchema.h"
#include "journal/JournalStore.h"
#include "journal/StoredMoment.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

constexpr int FairTestSchemaVersion = 2; // the migration that added fair_test

const QString TestColumns =
    u"id, started_at_ms, started_offset_s, days, block_size, seed, option_a_kind, option_a_id,"
    " option_a_title, option_b_kind, option_b_id, option_b_title, stopped_at_ms,"
    " stopped_offset_s"_s;

FairTestOption optionFrom(const QSqlQuery &row, int firstColumn)
{
    return {enumFromWord<FairTestOptionKind>(row.value(firstColumn).toString())
                .value_or(FairTestOptionKind::Practice),
        row.value(firstColumn + 1).toString(), row.value(firstColumn + 2).toString()};
}

FairTest testFrom(const QSqlQuery &row)
{
    FairTest test;
    test.id = row.value(0).toLongLong();
    test.startedAt = momentFrom(row.value(1), row.value(2));
    test.days = row.value(3).toInt();
    test.blockSize = row.value(4).toInt();
    test.seed = quint32(row.value(5).toLongLong());
    test.options = {optionFrom(row, 6), optionFrom(row, 9)};
    test.stoppedAt = momentFrom(row.value(12), row.value(13));
    return test;
}

template<typename T>
Result<T> failedWith(const QSqlQuery &query)
{
    return Result<T>::failure(describeError(query.lastError()));
}

// QSqlQuery::next() is false both at the end and on an error.
bool stepFailed(const QSqlQuery &query)
{
    return query.lastError().isValid();
}

} // namespace

FairTestStore::FairTestStore(JournalStore &journal)
    : m_journal(journal)
{
}

Result<std::optional<FairTest>> FairTestStore::latest() const
{
    // A journal from before fair tests, open read-only and so not migrated, truly has none.
    QSqlDatabase database = m_journal.database();
    const Result<int> version = JournalSchema::versionOf(database);
    if (!version.ok())
        return Result<std::optional<FairTest>>::failure(version.error());
    if (version.value() < FairTestSchemaVersion)
        return std::optional<FairTest>();
    QSqlQuery query(database);
    query.prepare(u"SELECT "_s + TestColumns + u" FROM fair_test ORDER BY id DESC LIMIT 1"_s);
    if (!execute(query))
        return failedWith<std::optional<FairTest>>(query);
    if (query.next())
        return std::optional(testFrom(query));
    if (stepFailed(query))
        return failedWith<std::optional<FairTest>>(query);
    return std::optional<FairTest>();
}

Result<FairTest> FairTestStore::start(FairTest test)
{
    if (const QString problem = test.problem(); !problem.isEmpty())
        return Result<FairTest>::failure(problem);
    const Result<void> stored = m_journal.inTransaction([&]() -> Result<void> {
        const Result<std::optional<FairTest>> before = latest();
        if (!before.ok())
            return Result<void>::failure(before.error());
        if (before.value() && before.value()->isRunning(test.startedAt))
            return Result<void>::failure(QCoreApplication::translate("FairTestStore",
                "A fair test is already running: stop it before starting another."));
        QSqlQuery query(m_journal.database());
        query.prepare(u"INSERT INTO fair_test (started_at_ms, started_offset_s, days, block_size,"
                      " seed, option_a_kind, option_a_id, option_a_title, option_b_kind,"
                      " option_b_id, option_b_title) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        query.addBindValue(msOrNull(test.startedAt));
        query.addBindValue(offsetOrNull(test.startedAt));
        query.addBindValue(test.days);
        query.addBindValue(test.blockSize);
        query.addBindValue(qint64(test.seed));
        for (const FairTestOption &option : test.options) {
            query.addBindValue(wordOf(option.kind));
            query.addBindValue(option.id);
            query.addBindValue(option.title.isNull() ? u""_s : option.title);
        }
        if (!execute(query))
            return failedWith<void>(query);
        test.id = query.lastInsertId().toLongLong();
        return Result<void>::success();
    });
    if (!stored.ok())
        return Result<FairTest>::failure(stored.error());
    return test;
}

Result<void> FairTestStore::stop(qint64 testId, const QDateTime &at)
{
    return m_journal.inTransaction([&]() -> Result<void> {
        QSqlQuery query(m_journal.database());
        query.prepare(u"UPDATE fair_test SET stopped_at_ms = ?, stopped_offset_s = ?"
                      " WHERE id = ? AND stopped_at_ms IS NULL"_s);
        query.addBindValue(at.toMSecsSinceEpoch());
        query.addBindValue(at.offsetFromUtc());
        query.addBindValue(testId);
        if (!execute(query))
            return failedWith<void>(query);
        if (query.numRowsAffected() != 1)
            return Result<void>::failure(QCoreApplication::translate(
                "FairTestStore", "That fair test is no longer running."));
        return Result<void>::success();
    });
}

Result<int> FairTestStore::slotsUsed(qint64 testId) const
{
    QSqlQuery query(m_journal.database());
    query.prepare(u"SELECT count(*) FROM fair_test_checkin WHERE fair_test = ?"_s);
    query.addBindValue(testId);
    if (!execute(query) || !query.next())
        return failedWith<int>(query);
    return query.value(0).toInt();
}

Result<int> FairTestStore::nextOption(const FairTest &test) const
{
    const Result<int> used = slotsUsed(test.id);
    if (!used.ok())
        return used;
    return BlockAllocation(test.seed, test.blockSize).optionAt(used.value());
}

Result<void> FairTestStore::count(const FairTest &test, const QUuid &checkInId, int option)
{
    return m_journal.inTransaction([&]() -> Result<void> {
        const Result<int> used = slotsUsed(test.id);
        if (!used.ok())
            return Result<void>::failure(used.error());
        if (BlockAllocation(test.seed, test.blockSize).optionAt(used.value()) != option)
            return Result<void>::failure(QCoreApplication::translate(
                "FairTestStore", "The fair test chose the other option for this check-in."));
        QSqlQuery query(m_journal.database());
        query.prepare(u"INSERT INTO fair_test_checkin (fair_test, slot, checkin_uuid, option)"
                      " VALUES (?, ?, ?, ?)"_s);
        query.addBindValue(test.id);
        query.addBindValue(used.value());
        query.addBindValue(checkInId.toString(QUuid::WithoutBraces));
        query.addBindValue(option);
        if (!execute(query))
            return failedWith<void>(query);
        return Result<void>::success();
    });
}

Result<QList<FairTestCheckIn>> FairTestStore::checkIns(qint64 testId) const
{
    QSqlQuery query(m_journal.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT t.slot, t.option, c.uuid, c.started_at_ms, c.started_offset_s,"
                  " c.pain_before, c.pain_after"
                  " FROM fair_test_checkin AS t JOIN checkin AS c ON c.uuid = t.checkin_uuid"
                  " WHERE t.fair_test = ? ORDER BY t.slot"_s);
    query.addBindValue(testId);
    if (!execute(query))
        return failedWith<QList<FairTestCheckIn>>(query);
    QList<FairTestCheckIn> counted;
    while (query.next()) {
        FairTestCheckIn checkIn;
        checkIn.slot = query.value(0).toInt();
        checkIn.option = query.value(1).toInt();
        checkIn.checkInId = QUuid::fromString(query.value(2).toString());
        checkIn.startedAt = momentFrom(query.value(3), query.value(4));
        checkIn.painBefore = query.value(5).toInt();
        if (!query.value(6).isNull())
            checkIn.painAfter = query.value(6).toInt();
        counted.append(checkIn);
    }
    if (stepFailed(query))
        return failedWith<QList<FairTestCheckIn>>(query);
    return counted;
}

} // namespace toward
