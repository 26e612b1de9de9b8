#include "journal/JournalError.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoError = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;

} // namespace

QString describeWriteError(const QString &nativeCode, const QString &driverText)
{
    switch (nativeCode.toInt() & 0xff) {
    case SqliteFull:
        return QCoreApplication::translate("JournalError", "The disk is full.");
    case SqliteReadOnly:
        return QCoreApplication::translate(
            "JournalError", "The journal cannot be written: the file or its folder is read-only.");
    case SqliteIoError:
        return QCoreApplication::translate("JournalError", "The disk could not be written (%1).")
            .arg(driverText);
    case SqliteBusy:
    case SqliteLocked:
        return QCoreApplication::translate(
            "JournalError", "The journal is locked by another program.");
    case SqliteCorrupt:
        return QCoreApplication::translate("JournalError", "The journal file is damaged.");
    default:
        return driverText;
    }
}

QString describeError(const QSqlError &error)
{
    return describeWriteError(error.nativeErrorCode(), error.text());
}

int sqliteCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

bool isDamage(const QSqlError &error)
{
    return sqliteCode(error) == SqliteCorrupt;
}

bool execute(QSqlQuery &query)
{
    // A failed prepare() leaves its error; binding values does not clear it.
    return !query.lastError().isValid() && query.exec();
}

} // namespace toward
