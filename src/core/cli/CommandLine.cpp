#include "cli/CommandLine.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

struct Options {
    QCommandLineOption help {{u"h"_s, u"help"_s}, u"Show this help and exit."_s};
    QCommandLineOption version {{u"v"_s, u"version"_s}, u"Show the version and exit."_s};
    QCommandLineOption model {u"model"_s, u"Start with the practice model in FILE."_s, u"FILE"_s};
    QCommandLineOption dataDir {u"data-dir"_s,
        u"Keep all data (settings, journal) in DIR instead of the usual place."_s, u"DIR"_s};
    QCommandLineOption checkModel {u"check-model"_s,
        u"Check the practice model in FILE, print a summary or every problem, "
        "and exit (0: valid, 1: problems)."_s,
        u"FILE"_s};
    QCommandLineOption exportCsv {u"export-csv"_s,
        u"Export the whole journal to FILE as CSV and exit (0: done, 1: failed)."_s, u"FILE"_s};
    QCommandLineOption importCsv {u"import-csv"_s,
        u"Import the check-ins in the CSV file FILE into the journal, skipping those "
        "already in it, and exit (0: done, 1: problems; then nothing is imported)."_s,
        u"FILE"_s};
    QCommandLineOption quitAfterStart {u"quit-after-start"_s,
        u"Quit once the main window has been shown (for benchmarks "
        "and smoke tests)."_s};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            u"Toward coaches alignment practice for back and neck pain."_s);
        parser.addOptions(
            {help, version, model, dataDir, checkModel, exportCsv, importCsv, quitAfterStart});
    }
};

} // namespace

CommandLineRequest CommandLine::parse(const QStringList &arguments)
{
    const Options options;
    QCommandLineParser parser;
    options.addTo(parser);

    CommandLineRequest request;
    if (!parser.parse(arguments)) {
        request.action = CommandLineRequest::Action::Fail;
        request.error = parser.errorText();
        return request;
    }
    if (!parser.positionalArguments().isEmpty()) {
        request.action = CommandLineRequest::Action::Fail;
        request.error = u"Unexpected argument: %1"_s.arg(parser.positionalArguments().constFirst());
        return request;
    }
    if (parser.isSet(options.exportCsv) && parser.isSet(options.importCsv)) {
        request.action = CommandLineRequest::Action::Fail;
        request.error = u"Choose either --export-csv or --import-csv, not both."_s;
        return request;
    }
    request.modelPath = parser.value(options.model);
    request.dataDir = parser.value(options.dataDir);
    request.checkModelPath = parser.value(options.checkModel);
    request.csvPath = parser.isSet(options.exportCsv) ? parser.value(options.exportCsv)
                                                      : parser.value(options.importCsv);
    request.quitAfterStart = parser.isSet(options.quitAfterStart);
    if (parser.isSet(options.help))
        request.action = CommandLineRequest::Action::ShowHelp;
    else if (parser.isSet(options.version))
        request.action = CommandLineRequest::Action::ShowVersion;
    else if (parser.isSet(options.checkModel))
        request.action = CommandLineRequest::Action::CheckModel;
    else if (parser.isSet(options.exportCsv))
        request.action = CommandLineRequest::Action::ExportCsv;
    else if (parser.isSet(options.importCsv))
        request.action = CommandLineRequest::Action::ImportCsv;
    return request;
}

QString CommandLine::helpText()
{
    const Options options;
    QCommandLineParser parser;
    options.addTo(parser);
    return parser.helpText();
}

QString CommandLine::versionText()
{
    return QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion()
        + u'\n';
}

} // namespace toward
