#include "cli/ReportPdfCommand.h"

#include "ClinicianReportWriter.h"
#include "cli/CommandFailure.h"
#include "cli/ModelInUse.h"
#include "journal/JournalFilter.h"
#include "journal/JournalStore.h"
#include "settings/DataDirectory.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace toward {

int ReportPdfCommand::run(const QString &dataDir, const QString &file, QDate from, QDate to,
    QTextStream &out, QTextStream &err)
{
    const auto fail = [&](const QString &message) { return commandFailed(err, message); };
    const Result<DataDirectory> directory = DataDirectory::open(dataDir);
    if (!directory.ok())
        return fail(directory.error());
    const JournalStore::OpenResult opened =
        JournalStore::open(directory.value().journalFilePath(), JournalStore::Access::ReadOnly);
    if (!opened.store)
        return fail(QCoreApplication::translate("ReportPdfCommand", "%1 No report was written.")
                        .arg(opened.problem.message));
    const Result<PracticeModel> model = modelInUse(directory.value(),
        QCoreApplication::translate(
            "ReportPdfCommand", "the report takes its names from the built-in model"),
        err);
    const Result<qint64> written =
        ClinicianReportWriter::writeFile(*opened.store, JournalFilter::days(from, to), file,
            QDateTime::currentDateTime(), model.ok() ? &model.value() : nullptr);
    if (!written.ok())
        return fail(written.error());
    const qint64 count = written.value();
    out << QCoreApplication::translate(
        "ReportPdfCommand", "Wrote a report of %n check-in(s) to %1.", nullptr, int(count))
               .arg(file)
        << u'\n';
    out.flush();
    return 0;
}

} // namespace toward
