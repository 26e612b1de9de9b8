#include "cli/JournalCsvCommand.h"

#include "cli/CommandFailure.h"
#include "cli/ModelInUse.h"
#include "journal/Journal.h"
#include "journal/JournalCsvExporter.h"
#include "journal/JournalCsvImporter.h"
#include "settings/DataDirectory.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

QString checkIns(qint64 count)
{
    return QCoreApplication::translate("JournalCsvCommand", "%n check-in(s)", nullptr, int(count));
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
        return commandFailed(err,
            QCoreApplication::translate("JournalCsvCommand", "%1 Nothing was exported.")
                .arg(opened.error()));
    const Result<JournalCsvExport> exported =
        JournalCsvExporter::writeFile(journal.store(), {}, file);
    if (!exported.ok())
        return commandFailed(err, exported.error());
    out << QCoreApplication::translate("JournalCsvCommand", "Exported %1 to %2.")
               .arg(checkIns(exported.value().written), file)
        << u'\n';
    out.flush();
    if (exported.value().isComplete())
        return 0;

    const JournalCsvExport &partial = exported.value();
    const QString left = partial.unreadableIsExact
        ? QCoreApplication::translate("JournalCsvCommand",
            "%n check-in(s) could not be read from the damaged journal and are not in the file.",
            nullptr, int(partial.unreadable))
        : QCoreApplication::translate("JournalCsvCommand",
            "At least %n check-in(s) could not be read from the damaged journal and are not in "
            "the file.",
            nullptr, int(partial.unreadable));
    // What is damaged, for whoever looks into it later: the integrity check's whole report.
    const std::optional<JournalOpenProblem> damage =
        JournalStore::checkIntegrity(journal.filePath());
    const Result<QString> logged = journal.logProblem(
        QCoreApplication::translate("JournalCsvCommand", "Export to %1 left out %2.")
            .arg(file, checkIns(partial.unreadable)),
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
        return commandFailed(err,
            QCoreApplication::translate("JournalCsvCommand", "%1 Nothing was imported.")
                .arg(opening.problem.message));
    case JournalOpening::Outcome::ReadOnly:
    case JournalOpening::Outcome::Refused:
        return commandFailed(err,
            QCoreApplication::translate("JournalCsvCommand", "%1 Nothing was imported.")
                .arg(opening.reason));
    }

    const Result<PracticeModel> model = modelInUse(directory.value(),
        QCoreApplication::translate(
            "JournalCsvCommand", "the check-ins take their names from the built-in model"),
        err);
    if (!model.ok())
        return commandFailed(err, model.error());

    const JournalCsvImport imported =
        JournalCsvImporter::importFile(journal.store(), file, model.value());
    if (!imported.ok()) {
        for (const JournalCsvProblem &problem : imported.problems)
            err << problem.toString() << u'\n';
        const qsizetype count = imported.problems.size();
        return commandFailed(err,
            QCoreApplication::translate("JournalCsvCommand",
                "%1: nothing was imported (%n problem(s)).", nullptr, int(count))
                .arg(file));
    }
    out << QCoreApplication::translate("JournalCsvCommand", "Imported %1 from %2")
               .arg(checkIns(imported.added), file);
    if (imported.alreadyInJournal > 0) {
        out << (imported.alreadyInJournal == 1
                ? QCoreApplication::translate("JournalCsvCommand", "; 1 was already in the journal")
                : QCoreApplication::translate("JournalCsvCommand",
                    "; %n were already in the journal", nullptr, imported.alreadyInJournal));
    }
    out << u".\n"_s;
    out.flush();
    return 0;
}

} // namespace toward
