#include "journal/JournalFilterSql.h"

#include "journal/LocalDay.h"

using namespace Qt::StringLiterals;

namespace toward {

JournalFilterSql::JournalFilterSql(const JournalFilter &filter)
{
    QStringList conditions;
    const auto add = [&](const LocalDay::SqlCondition &condition) {
        conditions.append(condition.sql);
        values += condition.values;
    };
    if (filter.firstDay.isValid())
        add(LocalDay::onOrAfterSql(filter.firstDay));
    if (filter.lastDay.isValid())
        add(LocalDay::onOrBeforeSql(filter.lastDay));
    if (!filter.regionId.isEmpty()) {
        conditions.append(
            u"EXISTS (SELECT 1 FROM checkin_region r WHERE r.checkin = seq AND r.region_id = ?)"_s);
        values.append(filter.regionId);
    }
    if (filter.context) {
        conditions.append(u"context = ?"_s);
        values.append(wordOf(*filter.context));
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        QString escaped = text;
        escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        const QString pattern = u'%' + escaped + u'%';
        conditions.append(
            u"(note LIKE ? ESCAPE '\\' OR practice_title LIKE ? ESCAPE '\\'"
            " OR region_names LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM checkin_cue c"
            " WHERE c.checkin = seq AND c.cue_title LIKE ? ESCAPE '\\'))"_s);
        values << pattern << pattern << pattern << pattern;
    }
    if (!conditions.isEmpty())
        where = u" WHERE "_s + conditions.join(u" AND "_s);
}

void JournalFilterSql::bindTo(QSqlQuery &query) const
{
    for (const QVariant &value : values)
        query.addBindValue(value);
}

} // namespace toward
