#include "cli/JournalCsvCommand.h"

#include "cli/CommandFailure.h"
#include "cli/ModelInUse.h"
#include "journal/Journal.h"
#include "journal/JournalCsvExporter.h"
#include "journal/JournalCsvImporter.h"
#include "settings/DataDirectory.h"

using namespace Qt::StringLiterals;

namespace toward {

namespace {

QString checkIns(qint64 count)
{
    return count == 1 ? u"1 check-in"_s : u"%1 check-ins"_s.arg(count);
}

} // namespace

int JournalCsvCommand::exportCsv(
    const QString &dataDir, const QString &file, QTextStream &out, QTextStream &err)
{
    const Result<DataDirectory> directory = DataDirectory::open(dataDir);
    if (!directory.ok())
        return commandFailed(err, directory.error());
    Journal journal(directory.value().path());
    // Not checked first: a damaged journal still gives up what can be read.
    if (const Result<void> opened = journal.openReadOnly({}); !opened.ok())
        return commandFailed(err, opened.error() + u" Nothing was exported."_s);
    const Result<JournalCsvExport> exported =
        JournalCsvExporter::writeFile(journal.store(), {}, file);
    if (!exported.ok())
        return commandFailed(err, exported.error());
    out << u"Exported %1 to %2."_s.arg(checkIns(exported.value().written), file) << u'\n';
    out.flush();
    if (exported.value().isComplete())
        return 0;

    const JournalCsvExport &partial = exported.value();
    const QString left =
        u"%1%2 could not be read from the damaged journal and %3 not in the file."_s.arg(
            partial.unreadableIsExact ? QString() : u"At least "_s, checkIns(partial.unreadable),
            partial.unreadable == 1 ? u"is"_s : u"are"_s);
    // What is damaged, for whoever looks into it later: the integrity check's whole report.
    const std::optional<JournalOpenProblem> damage =
        JournalStore::checkIntegrity(journal.filePath());
    const Result<QString> logged =
        journal.logProblem(u"Export to %1 left out %2."_s.arg(file, checkIns(partial.unreadable)),
            damage ? damage->details : partial.firstReadError);
    err << left;
    if (logged.ok())
        err << u" Details: "_s << logged.value();
    err << u'\n';
    err.flush();
    return PartialExport;
}

int JournalCsvCommand::importCsv(
    const QString &dataDir, const QString &file, QTextStream &out, QTextStream &err)
{
    const Result<DataDirectory> directory = DataDirectory::open(dataDir);
    if (!directory.ok())
        return commandFailed(err, directory.error());
    Journal journal(directory.value().path());
    const JournalOpening opening = journal.open();
    switch (opening.outcome) {
    case JournalOpening::Outcome::ReadWrite:
        break;
    case JournalOpening::Outcome::Problem:
        return commandFailed(err, opening.problem.message + u" Nothing was imported."_s);
    case JournalOpening::Outcome::ReadOnly:
    case JournalOpening::Outcome::Refused:
        return commandFailed(err, opening.reason + u" Nothing was imported."_s);
    }

    const Result<PracticeModel> model = modelInUse(
        directory.value(), u"the check-ins take their names from the built-in model"_s, err);
    if (!model.ok())
        return commandFailed(err, model.error());

    const JournalCsvImport imported =
        JournalCsvImporter::importFile(journal.store(), file, model.value());
    if (!imported.ok()) {
        for (const JournalCsvProblem &problem : imported.problems)
            err << problem.toString() << u'\n';
        const qsizetype count = imported.problems.size();
        return commandFailed(err,
            u"%1: nothing was imported (%2)."_s.arg(
                file, count == 1 ? u"1 problem"_s : u"%1 problems"_s.arg(count)));
    }
    out << u"Imported %1 from %2"_s.arg(checkIns(imported.added), file);
    if (imported.alreadyInJournal > 0) {
        out << (imported.alreadyInJournal == 1
                ? u"; 1 was already in the journal"_s
                : u"; %1 were already in the journal"_s.arg(imported.alreadyInJournal));
    }
    out << u".\n"_s;
    out.flush();
    return 0;
}

} // namespace toward
