#include "journal/JournalCsvImporter.h"

#include "journal/CheckInCsvRow.h"
#include "journal/CheckInNamer.h"
#include "journal/CsvRecordReader.h"
#include "journal/JournalStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

QString columnName(qsizetype field)
{
    return CheckInCsvRow::header().value(
        field, QCoreApplication::translate("JournalCsvImporter", "field %1").arg(field + 1));
}

QString fieldCountProblem(qsizetype found, qsizetype expected)
{
    return QCoreApplication::translate(
        "JournalCsvImporter", "has %n field(s), expected %1", nullptr, int(found))
        .arg(expected);
}

// Collects the problems of a file, and its check-ins for as long as there are none.
class ContentsBuilder {
public:
    void addSyntaxProblems(qint64 row, const CsvRecord &record)
    {
        for (const CsvRecord::Problem &problem : record.problems)
            add({row, columnName(problem.field), problem.message});
    }

    void addRow(qint64 row, const QStringList &fields)
    {
        CheckInCsvRow::Parsed parsed = CheckInCsvRow::parse(fields);
        for (CheckInCsvRow::Problem &problem : parsed.problems)
            add({row, std::move(problem.column), std::move(problem.message)});
        const QUuid id = parsed.checkIn.id;
        if (!id.isNull()) {
            if (const qint64 firstRow = m_rowOfId.value(id); firstRow > 0) {
                add({row, u"id"_s,
                    QCoreApplication::translate(
                        "JournalCsvImporter", "%1 appears twice in the file (also row %2)")
                        .arg(id.toString(QUuid::WithoutBraces))
                        .arg(firstRow)});
            } else {
                m_rowOfId.insert(id, row);
            }
        }
        if (m_contents.ok())
            m_contents.checkIns.append(std::move(parsed.checkIn));
    }

    void add(JournalCsvProblem problem)
    {
        m_contents.problems.append(std::move(problem));
        m_contents.checkIns.clear();
    }

    JournalCsvContents take() { return std::move(m_contents); }

private:
    JournalCsvContents m_contents;
    QHash<QUuid, qint64> m_rowOfId;
};

} // namespace

QString JournalCsvProblem::toString() const
{
    if (row == 0)
        return message;
    if (column.isEmpty())
        return QCoreApplication::translate("JournalCsvImporter", "row %1: %2")
            .arg(row)
            .arg(message);
    return QCoreApplication::translate("JournalCsvImporter", "row %1, %2: %3")
        .arg(row)
        .arg(column, message);
}

JournalCsvContents JournalCsvImporter::read(QIODevice &in)
{
    ContentsBuilder contents;
    if (in.size() > MaxFileBytes) {
        contents.add({0, {},
            QCoreApplication::translate("JournalCsvImporter",
                "The file is %1 MiB; Toward imports journal CSV files of at most %2 MiB.")
                .arg((in.size() + 1024 * 1024 - 1) / (1024 * 1024))
                .arg(MaxFileBytes / (1024 * 1024))});
        return contents.take();
    }

    CsvRecordReader reader(in);
    const std::optional<CsvRecord> header = reader.next();
    if (!header) {
        contents.add({0, {},
            reader.deviceError().isEmpty() ? QCoreApplication::translate("JournalCsvImporter",
                "The file is empty; a journal CSV file starts with the header row %1")
                                                 .arg(CheckInCsvRow::header().join(u','))
                                           : QCoreApplication::translate("JournalCsvImporter",
                                               "The file could not be read: %1")
                                                 .arg(reader.deviceError())});
        return contents.take();
    }
    // Without the right columns, checking the rows would only repeat the header's problem.
    if (!header->problems.isEmpty()) {
        contents.addSyntaxProblems(1, *header);
        return contents.take();
    }
    if (const QString problem = CheckInCsvRow::headerProblem(header->fields); !problem.isEmpty()) {
        contents.add({1, {}, problem});
        return contents.take();
    }

    qint64 row = 1;
    const qsizetype columns = CheckInCsvRow::header().size();
    while (const std::optional<CsvRecord> record = reader.next()) {
        ++row;
        if (record->isBlank())
            continue;
        if (!record->problems.isEmpty())
            contents.addSyntaxProblems(row, *record);
        else if (record->fields.size() != columns)
            contents.add({row, {}, fieldCountProblem(record->fields.size(), columns)});
        else
            contents.addRow(row, record->fields);
    }
    if (!reader.deviceError().isEmpty())
        contents.add({0, {},
            QCoreApplication::translate(
                "JournalCsvImporter", "The file could not be read to its end: %1")
                .arg(reader.deviceError())});
    return contents.take();
}

JournalCsvImport JournalCsvImporter::importFrom(
    JournalStore &journal, QIODevice &in, const PracticeModel &model)
{
    JournalCsvContents contents = read(in);
    if (!contents.ok())
        return {0, 0, std::move(contents.problems)};
    const CheckInNamer namer(model);
    for (CheckIn &checkIn : contents.checkIns)
        namer.nameParts(checkIn);
    const Result<int> added = journal.addMissing(contents.checkIns);
    if (!added.ok())
        return {0, 0,
            {{0, {},
                QCoreApplication::translate("JournalCsvImporter", "Nothing was imported: %1")
                    .arg(added.error())}}};
    return {added.value(), static_cast<int>(contents.checkIns.size()) - added.value(), {}};
}

JournalCsvImport JournalCsvImporter::importFile(
    JournalStore &journal, const QString &path, const PracticeModel &model)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {0, 0,
            {{0, {},
                QCoreApplication::translate("JournalCsvImporter", "Cannot read %1: %2")
                    .arg(path, file.errorString())}}};
    return importFrom(journal, file, model);
}

} // namespace toward
