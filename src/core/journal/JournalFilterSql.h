#pragma once

#include "journal/JournalFilter.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace toward {

// A filter as SQL over the `checkin` table: its WHERE clause and the values it binds, in order.
struct JournalFilterSql {
    QString where; // empty, or " WHERE ..."
    QVariantList values;

    explicit JournalFilterSql(const JournalFilter &filter);
    void bindTo(QSqlQuery &query) const;
};

} // namespace toward
