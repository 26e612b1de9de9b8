#include "cli/ReportPdfCommand.h"

#include "ClinicianReportWriter.h"
#include "cli/CommandFailure.h"
#include "cli/ModelInUse.h"
#include "journal/JournalFilter.h"
#include "journal/JournalStore.h"
#include "settings/DataDirectory.h"

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
        return fail(opened.problem.message + u" No report was written."_s);
    const Result<PracticeModel> model =
        modelInUse(directory.value(), u"the report takes its names from the built-in model"_s, err);
    const Result<qint64> written =
        ClinicianReportWriter::writeFile(*opened.store, JournalFilter::days(from, to), file,
            QDateTime::currentDateTime(), model.ok() ? &model.value() : nullptr);
    if (!written.ok())
        return fail(written.error());
    const qint64 count = written.value();
    out << u"Wrote a report of %1 to %2."_s.arg(
        count == 1 ? u"1 check-in"_s : u"%1 check-ins"_s.arg(count), file)
        << u'\n';
    out.flush();
    return 0;
}

} // namespace toward
