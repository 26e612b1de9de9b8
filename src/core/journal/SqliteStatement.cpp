#include "journal/SqliteStatement.h"

#include "journal/JournalError.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

// In the words the rest of the journal uses for the same errors.
QString messageOf(sqlite3 *connection)
{
    return describeWriteError(QString::number(sqlite3_extended_errcode(connection)),
        QString::fromUtf8(sqlite3_errmsg(connection)));
}

bool bind(sqlite3_stmt *statement, int position, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return sqlite3_bind_int64(statement, position, value.toLongLong()) == SQLITE_OK;
    case QMetaType::Double:
        return sqlite3_bind_double(statement, position, value.toDouble()) == SQLITE_OK;
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text(
                   statement, position, text.constData(), int(text.size()), SQLITE_TRANSIENT)
            == SQLITE_OK;
    }
    }
}

} // namespace

Result<SqliteStatement> SqliteStatement::prepare(
    const QSqlDatabase &database, const QString &sql, const QVariantList &values)
{
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0 || !handle.constData())
        return Result<SqliteStatement>::failure(QCoreApplication::translate(
            "SqliteStatement", "The journal's connection is not SQLite's."));
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return Result<SqliteStatement>::failure(
            QCoreApplication::translate("SqliteStatement", "The journal is not open."));
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(connection, utf8.constData(), int(utf8.size()), &statement, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(statement);
        return Result<SqliteStatement>::failure(messageOf(connection));
    }
    SqliteStatement prepared(connection, statement);
    for (int i = 0; i < values.size(); ++i) {
        if (!bind(statement, i + 1, values[i]))
            return Result<SqliteStatement>::failure(messageOf(connection));
    }
    return prepared;
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_connection(std::exchange(other.m_connection, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_error(std::move(other.m_error))
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    std::swap(m_connection, other.m_connection);
    std::swap(m_statement, other.m_statement);
    std::swap(m_error, other.m_error);
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

bool SqliteStatement::next()
{
    if (!m_statement || !m_error.isEmpty())
        return false;
    const int status = sqlite3_step(m_statement);
    if (status == SQLITE_ROW)
        return true;
    if (status != SQLITE_DONE)
        m_error = messageOf(m_connection);
    return false;
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

std::optional<int> SqliteStatement::optionalInteger(int column) const
{
    if (sqlite3_column_type(m_statement, column) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_column_int(m_statement, column);
}

QByteArrayView SqliteStatement::text(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, column));
}

} // namespace toward
