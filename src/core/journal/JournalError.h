#pragma once

#include <QSqlError>
#include <QString>

class QSqlQuery;

namespace toward {

// Turns a database error into words a person can act on.
QString describeWriteError(const QString &nativeCode, const QString &driverText);
QString describeError(const QSqlError &error);

// SQLite's primary result code of an error (its extended codes keep it in the low byte).
int sqliteCode(const QSqlError &error);
// The file is damaged (SQLITE_CORRUPT), as opposed to unreadable for another reason.
bool isDamage(const QSqlError &error);

// Executes a query made with prepare(). A statement that could not be prepared (a table missing
// from a damaged journal) fails with that reason in lastError(), where exec() would replace it
// with "Parameter count mismatch".
bool execute(QSqlQuery &query);

} // namespace toward
