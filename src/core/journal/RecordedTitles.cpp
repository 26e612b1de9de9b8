#include "journal/RecordedTitles.h"

#include "journal/JournalError.h"
#include "journal/JournalStore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

// Where the titles were recorded. Both statements list the newest first.
struct TitleSql {
    QString recent; // id and title of the latest uses, of anything; binds how many
    QString latestOf; // the title of one id; binds the id
};

const TitleSql CueTitleSql {
    u"SELECT cue_id, cue_title FROM checkin_cue ORDER BY checkin DESC, position DESC LIMIT ?"_s,
    u"SELECT cue_title FROM checkin_cue WHERE cue_id = ?"
    " ORDER BY checkin DESC, position DESC LIMIT 1"_s,
};
const TitleSql PracticeTitleSql {
    u"SELECT practice_id, practice_title FROM checkin WHERE practice_id <> ''"
    " ORDER BY seq DESC LIMIT ?"_s,
    u"SELECT practice_title FROM checkin WHERE practice_id = ? ORDER BY seq DESC LIMIT 1"_s,
};

// Enough recent uses to find the titles of everything in regular use. The rest are looked up one
// by one through the index, which is quick for them because they were used rarely.
constexpr int RecentUsesForTitles = 1000;

Result<QHash<QString, QString>> readFailure(const QSqlQuery &query)
{
    return Result<QHash<QString, QString>>::failure(
        QCoreApplication::translate("RecordedTitles", "Cannot read the journal: %1")
            .arg(
                describeWriteError(query.lastError().nativeErrorCode(), query.lastError().text())));
}

Result<QHash<QString, QString>> latestTitles(
    const JournalStore &store, const QStringList &ids, const TitleSql &sql)
{
    QHash<QString, QString> recent;
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    query.prepare(sql.recent);
    query.addBindValue(RecentUsesForTitles);
    if (!execute(query))
        return readFailure(query);
    while (recent.size() < ids.size() && query.next()) {
        if (const QString id = query.value(0).toString(); !recent.contains(id))
            recent.insert(id, query.value(1).toString());
    }
    QHash<QString, QString> titles;
    query.prepare(sql.latestOf);
    for (const QString &id : ids) {
        if (const auto found = recent.constFind(id); found != recent.constEnd()) {
            titles.insert(id, *found);
            continue;
        }
        query.addBindValue(id);
        if (!execute(query))
            return readFailure(query);
        if (query.next())
            titles.insert(id, query.value(0).toString());
        else if (query.lastError().isValid())
            return readFailure(query);
    }
    return titles;
}

} // namespace

Result<QHash<QString, QString>> recordedCueTitles(
    const JournalStore &store, const QStringList &cueIds)
{
    return latestTitles(store, cueIds, CueTitleSql);
}

Result<QHash<QString, QString>> recordedPracticeTitles(
    const JournalStore &store, const QStringList &practiceIds)
{
    return latestTitles(store, practiceIds, PracticeTitleSql);
}

} // namespace toward
