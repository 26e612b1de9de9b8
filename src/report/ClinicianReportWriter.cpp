#include "ClinicianReportWriter.h"

#include "ClinicianReport.h"
#include "ClinicianReportLayout.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

// Takes the bytes of a PDF that is only laid out to count its pages.
class DiscardingDevice : public QIODevice {
protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 length) override { return length; }
};

void describe(QPdfWriter &writer)
{
    writer.setTitle(ClinicianReportLayout::title());
    writer.setCreator(
        QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion());
}

} // namespace

Result<qint64> ClinicianReportWriter::writeFile(const JournalStore &journal,
    const JournalFilter &filter, const QString &path, const QDateTime &madeAt,
    const PracticeModel *current)
{
    const Result<ClinicianReport> report =
        ClinicianReport::gather(journal, filter, madeAt, current);
    if (!report.ok())
        return Result<qint64>::failure(report.error());
    if (const Result<void> written = writeFile(report.value(), path); !written.ok())
        return Result<qint64>::failure(written.error());
    return qint64 {report.value().checkInCount()};
}

Result<void> ClinicianReportWriter::writeFile(const ClinicianReport &report, const QString &path)
{
    const auto failure = [&](const QString &reason) {
        return Result<void>::failure(QCoreApplication::translate(
            "ClinicianReportWriter", "Cannot write the report to %1: %2")
                                         .arg(path, reason));
    };
    const ClinicianReportLayout layout(report);

    // The footers say "Page N of M", so the report is laid out once before it is written, to learn
    // M.
    DiscardingDevice discarded;
    discarded.open(QIODevice::WriteOnly);
    QPdfWriter counter(&discarded);
    const int pageCount = layout.paint(counter, 0);
    if (pageCount == 0)
        return failure(
            QCoreApplication::translate("ClinicianReportWriter", "it could not be laid out."));

    const bool isNewFile = !QFileInfo::exists(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(file.errorString());
    // Private health data; a file that already exists keeps the permissions its owner gave it.
    if (isNewFile)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QPdfWriter writer(&file);
    describe(writer);
    // Returning without commit() discards what was written, and leaves any earlier file as it was.
    if (layout.paint(writer, pageCount) == 0)
        return failure(file.errorString());
    if (!file.commit())
        return failure(file.errorString());
    return Result<void>::success();
}

} // namespace toward
