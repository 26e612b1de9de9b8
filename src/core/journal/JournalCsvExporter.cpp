#include "journal/JournalCsvExporter.h"

#include "journal/CheckInCsvRow.h"
#include "journal/CsvRecordWriter.h"
#include "journal/JournalStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <functional>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

// Calls its argument with each check-in to export, in order.
using CheckInVisit = std::function<Result<void>(const std::function<void(const CheckIn &)> &)>;

// Why a visit failed, told apart: the file could not be written, or the journal not read.
struct VisitFailure {
    bool reading = false;
    QString error;
};

Result<qint64> writeRows(const CheckInVisit &visit, QIODevice &out, VisitFailure *failure = nullptr)
{
    CsvRecordWriter writer(out);
    if (const Result<void> written = writer.write(CheckInCsvRow::header()); !written.ok())
        return Result<qint64>::failure(written.error());
    qint64 rows = 0;
    QString writeError;
    const Result<void> visited = visit([&](const CheckIn &checkIn) {
        // A visit cannot be stopped, so once a write has failed the remaining rows are passed over.
        if (!writeError.isEmpty())
            return;
        if (const Result<void> written = writer.write(CheckInCsvRow::fieldsOf(checkIn));
            written.ok())
            ++rows;
        else
            writeError = written.error();
    });
    if (!writeError.isEmpty())
        return Result<qint64>::failure(writeError);
    if (!visited.ok()) {
        if (failure)
            *failure = {true, visited.error()};
        return Result<qint64>::failure(
            QCoreApplication::translate("JournalCsvExporter", "the journal could not be read (%1)")
                .arg(visited.error()));
    }
    return rows;
}

Result<qint64> writeRowsToFile(
    const CheckInVisit &visit, const QString &path, VisitFailure *failure = nullptr)
{
    const bool isNewFile = !QFileInfo::exists(path);
    QSaveFile file(path);
    const auto fail = [&](const QString &reason) {
        return Result<qint64>::failure(
            QCoreApplication::translate("JournalCsvExporter", "Cannot export to %1: %2")
                .arg(path, reason));
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    // Private health data; a file that already exists keeps the permissions its owner gave it.
    if (isNewFile)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // Returning without commit() discards what was written, and leaves any earlier file as it was.
    const Result<qint64> written = writeRows(visit, file, failure);
    if (!written.ok())
        return fail(written.error());
    if (!file.commit())
        return fail(file.errorString());
    return written;
}

CheckInVisit journalVisit(const JournalStore &journal, const JournalFilter &filter)
{
    return [&journal, filter](const std::function<void(const CheckIn &)> &each) {
        return journal.forEach(filter, each);
    };
}

} // namespace

Result<qint64> JournalCsvExporter::write(
    const JournalStore &journal, const JournalFilter &filter, QIODevice &out)
{
    return writeRows(journalVisit(journal, filter), out);
}

Result<JournalCsvExport> JournalCsvExporter::writeFile(
    const JournalStore &journal, const JournalFilter &filter, const QString &path)
{
    VisitFailure failure;
    const Result<qint64> written = writeRowsToFile(journalVisit(journal, filter), path, &failure);
    if (written.ok())
        return JournalCsvExport {written.value(), 0, true, {}};
    if (!failure.reading)
        return Result<JournalCsvExport>::failure(written.error());

    // A damaged journal: export what can be read, and count what cannot.
    JournalReadReport report;
    const Result<qint64> rescued = writeRowsToFile(
        [&](const std::function<void(const CheckIn &)> &each) {
            report = journal.forEachReadable(filter, each);
            return Result<void>::success();
        },
        path);
    if (!rescued.ok())
        return Result<JournalCsvExport>::failure(rescued.error());
    return JournalCsvExport {
        rescued.value(), report.unreadable, report.unreadableIsExact, report.firstError};
}

Result<qint64> JournalCsvExporter::writeFile(const QList<CheckIn> &checkIns, const QString &path)
{
    return writeRowsToFile(
        [&checkIns](const std::function<void(const CheckIn &)> &each) {
            for (const CheckIn &checkIn : checkIns)
                each(checkIn);
            return Result<void>::success();
        },
        path);
}

} // namespace toward
