#pragma once

#include "Result.h"

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace toward {

// A statement run through SQLite's own API on a QtSql connection's handle, for scans of hundreds of
// thousands of rows: QSqlQuery makes a QVariant of every column of every row, which costs more than
// SQLite's own reading. Only for reading, on the connection's thread.
class SqliteStatement {
public:
    // Fails when `database` is not a SQLite connection or the statement does not compile.
    static Result<SqliteStatement> prepare(
        const QSqlDatabase &database, const QString &sql, const QVariantList &values = {});

    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    ~SqliteStatement();

    // True for a row, false at the end; an error ends the rows and shows in error().
    bool next();
    QString error() const { return m_error; }

    qint64 integer(int column) const;
    std::optional<int> optionalInteger(int column) const; // none for NULL
    // Valid until the next call of next(); UTF-8.
    QByteArrayView text(int column) const;

private:
    SqliteStatement(sqlite3 *connection, sqlite3_stmt *statement)
        : m_connection(connection)
        , m_statement(statement)
    {
    }

    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

} // namespace toward
