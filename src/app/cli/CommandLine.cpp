#include "cli/CommandLine.h"

#include "cli/QtStandardOptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

struct Options {
    QCommandLineOption help {{u"h"_s, u"help"_s},
        QCoreApplication::translate("CommandLine", "Show this help and exit.")};
    QCommandLineOption version {{u"v"_s, u"version"_s},
        QCoreApplication::translate("CommandLine", "Show the version and exit.")};
    QCommandLineOption model {u"model"_s,
        QCoreApplication::translate("CommandLine", "Start with the practice model in FILE."),
        u"FILE"_s};
    QCommandLineOption dataDir {u"data-dir"_s,
        QCoreApplication::translate(
            "CommandLine", "Keep all data (settings, journal) in DIR instead of the usual place."),
        u"DIR"_s};
    QCommandLineOption checkModel {u"check-model"_s,
        QCoreApplication::translate("CommandLine",
            "Check the practice model in FILE, print a summary or every problem, "
            "and exit (0: valid, 1: problems)."),
        u"FILE"_s};
    QCommandLineOption exportCsv {u"export-csv"_s,
        QCoreApplication::translate("CommandLine",
            "Export the whole journal to FILE as CSV and exit (0: done, 1: failed)."),
        u"FILE"_s};
    QCommandLineOption importCsv {u"import-csv"_s,
        QCoreApplication::translate("CommandLine",
            "Import the check-ins in the CSV file FILE into the journal, skipping those "
            "already in it, and exit (0: done, 1: problems; then nothing is imported)."),
        u"FILE"_s};
    QCommandLineOption reportPdf {u"report-pdf"_s,
        QCoreApplication::translate("CommandLine",
            "Write a report of the journal for a clinician to FILE as PDF and exit "
            "(0: done, 1: failed). Needs no display."),
        u"FILE"_s};
    QCommandLineOption whatHelps {u"what-helps"_s,
        QCoreApplication::translate("CommandLine",
            "Print what helps you, as estimated from the journal: each practice and cue against "
            "your usual check-in, with its 90% range and a verdict; and exit (0: done, 1: "
            "failed).")};
    QCommandLineOption format {u"format"_s,
        QCoreApplication::translate("CommandLine",
            "With --what-helps: print plain text (text, the default) or JSON (json)."),
        u"text|json"_s};
    QCommandLineOption from {u"from"_s,
        QCoreApplication::translate("CommandLine",
            "With --report-pdf or --what-helps: start on DATE (YYYY-MM-DD). Default: the first "
            "check-in."),
        u"DATE"_s};
    QCommandLineOption to {u"to"_s,
        QCoreApplication::translate("CommandLine",
            "With --report-pdf or --what-helps: end on DATE (YYYY-MM-DD), that day included. "
            "Default: the last check-in."),
        u"DATE"_s};
    QCommandLineOption practice {u"practice"_s,
        QCoreApplication::translate("CommandLine",
            "Start a check-in with the practice ID chosen (its regions and first place) and open "
            "it at the pain rating before practising."),
        u"ID"_s};
    QCommandLineOption checkIn {u"check-in"_s,
        QCoreApplication::translate("CommandLine",
            "Open a new check-in (in the Toward already running for the data folder, if any).")};
    QCommandLineOption sound {u"sound"_s,
        QCoreApplication::translate("CommandLine",
            "For this run only: hear nothing (off), the breath tones (tones), or the cues read "
            "aloud with the tones (voice) during a practice."),
        u"off|tones|voice"_s};
    QCommandLineOption hidden {u"hidden"_s,
        QCoreApplication::translate("CommandLine",
            "Start hidden in the tray when reminders are on, as at login (a later launch shows "
            "the window).")};
    QCommandLineOption quitAfterStart {u"quit-after-start"_s,
        QCoreApplication::translate("CommandLine",
            "Quit once the main window has been shown (for benchmarks "
            "and smoke tests).")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QCoreApplication::translate("CommandLine",
            "Toward coaches alignment practice for back and neck pain.\n"
            "Qt's standard options (-platform, -style, -reverse, ...) are accepted too."));
        // Like Qt's own options: -frobnicate is one unknown option, not f, r, o, b, ...
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOptions(all());
    }

    QList<QCommandLineOption> all() const
    {
        return {help, version, model, dataDir, checkModel, exportCsv, importCsv, reportPdf,
            whatHelps, format, from, to, practice, checkIn, sound, hidden, quitAfterStart};
    }
};

// A day given as YYYY-MM-DD; invalid when the option is not set, nullopt when it is not a date.
std::optional<QDate> dayOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return QDate();
    const QDate day = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!day.isValid())
        return std::nullopt;
    return day;
}

} // namespace

CommandLineRequest CommandLine::parse(const QStringList &arguments)
{
    const Options options;
    QCommandLineParser parser;
    options.addTo(parser);

    CommandLineRequest request;
    const Result<QStringList> ours = QtStandardOptions::remove(arguments);
    if (!ours.ok()) {
        request.action = CommandLineRequest::Action::Fail;
        request.error = ours.error();
        return request;
    }
    if (!parser.parse(ours.value())) {
        request.action = CommandLineRequest::Action::Fail;
        request.error = parser.errorText();
        return request;
    }
    if (!parser.positionalArguments().isEmpty()) {
        request.action = CommandLineRequest::Action::Fail;
        request.error = QCoreApplication::translate("CommandLine", "Unexpected argument: %1")
                            .arg(parser.positionalArguments().constFirst());
        return request;
    }
    if (parser.isSet(options.exportCsv) && parser.isSet(options.importCsv)) {
        request.action = CommandLineRequest::Action::Fail;
        request.error = QCoreApplication::translate(
            "CommandLine", "Choose either --export-csv or --import-csv, not both.");
        return request;
    }
    const std::optional<QDate> reportFrom = dayOption(parser, options.from);
    const std::optional<QDate> reportTo = dayOption(parser, options.to);
    if (!reportFrom || !reportTo) {
        request.action = CommandLineRequest::Action::Fail;
        request.error =
            QCoreApplication::translate("CommandLine", "Not a date: %1 (write it as YYYY-MM-DD).")
                .arg(parser.value(reportFrom ? options.to : options.from));
        return request;
    }
    const bool readsJournalDays =
        parser.isSet(options.reportPdf) || parser.isSet(options.whatHelps);
    if ((reportFrom->isValid() || reportTo->isValid()) && !readsJournalDays) {
        request.action = CommandLineRequest::Action::Fail;
        request.error = QCoreApplication::translate(
            "CommandLine", "--from and --to go with --report-pdf or --what-helps.");
        return request;
    }
    if (parser.isSet(options.format)) {
        const QString format = parser.value(options.format);
        if (!parser.isSet(options.whatHelps)) {
            request.action = CommandLineRequest::Action::Fail;
            request.error =
                QCoreApplication::translate("CommandLine", "--format goes with --what-helps.");
            return request;
        }
        if (format != u"text"_s && format != u"json"_s) {
            request.action = CommandLineRequest::Action::Fail;
            request.error = QCoreApplication::translate(
                "CommandLine", "Not a format: %1 (choose text or json).")
                                .arg(format);
            return request;
        }
        request.whatHelpsJson = format == u"json"_s;
    }
    if (reportFrom->isValid() && reportTo->isValid() && *reportFrom > *reportTo) {
        request.action = CommandLineRequest::Action::Fail;
        request.error = QCoreApplication::translate("CommandLine", "--from %1 is after --to %2.")
                            .arg(parser.value(options.from), parser.value(options.to));
        return request;
    }
    const bool startsApp = !(parser.isSet(options.checkModel) || parser.isSet(options.exportCsv)
        || parser.isSet(options.importCsv) || readsJournalDays);
    for (const QCommandLineOption *appOption :
        {&options.practice, &options.checkIn, &options.sound, &options.hidden}) {
        if (parser.isSet(*appOption) && !startsApp) {
            request.action = CommandLineRequest::Action::Fail;
            request.error = QCoreApplication::translate("CommandLine",
                "--%1 goes with the app; it does not go with --check-model, "
                "--export-csv, --import-csv, --report-pdf or --what-helps.")
                                .arg(appOption->names().constFirst());
            return request;
        }
    }
    if (parser.isSet(options.sound)) {
        request.soundMode = soundModeNamed(parser.value(options.sound));
        if (!request.soundMode) {
            request.action = CommandLineRequest::Action::Fail;
            request.error = QCoreApplication::translate(
                "CommandLine", "Not a sound: %1 (choose off, tones or voice).")
                                .arg(parser.value(options.sound));
            return request;
        }
    }
    request.modelPath = parser.value(options.model);
    request.dataDir = parser.value(options.dataDir);
    request.checkModelPath = parser.value(options.checkModel);
    request.csvPath = parser.isSet(options.exportCsv) ? parser.value(options.exportCsv)
                                                      : parser.value(options.importCsv);
    request.reportPdfPath = parser.value(options.reportPdf);
    request.reportFrom = *reportFrom;
    request.reportTo = *reportTo;
    request.practiceId = parser.value(options.practice);
    request.checkIn = parser.isSet(options.checkIn);
    request.startHidden = parser.isSet(options.hidden);
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
    else if (parser.isSet(options.reportPdf))
        request.action = CommandLineRequest::Action::ReportPdf;
    else if (parser.isSet(options.whatHelps))
        request.action = CommandLineRequest::Action::WhatHelps;
    return request;
}

QString CommandLine::helpText()
{
    const Options options;
    QCommandLineParser parser;
    options.addTo(parser);
    return parser.helpText();
}

QList<QCommandLineOption> CommandLine::options()
{
    return Options().all();
}

QString CommandLine::versionText()
{
    return QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion()
        + u'\n';
}

} // namespace toward
