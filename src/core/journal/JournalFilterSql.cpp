#include "journal/JournalFilterSql.h"

using namespace Qt::StringLiterals;

namespace toward {

JournalFilterSql::JournalFilterSql(const JournalFilter &filter)
{
    QStringList conditions;
    if (filter.from.isValid()) {
        conditions.append(u"started_at_ms >= ?"_s);
        values.append(filter.from.toMSecsSinceEpoch());
    }
    if (filter.until.isValid()) {
        conditions.append(u"started_at_ms < ?"_s);
        values.append(filter.until.toMSecsSinceEpoch());
    }
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
