#pragma once

#include "sound/SoundSettings.h"

#include <QCommandLineOption>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace toward {

// What the person asked for on the command line.
struct CommandLineRequest {
    enum class Action {
        StartApp,
        CheckModel,
        ExportCsv,
        ImportCsv,
        ReportPdf,
        WhatHelps,
        ShowHelp,
        ShowVersion,
        Fail
    };

    Action action = Action::StartApp;
    QString modelPath; // --model FILE
    QString dataDir; // --data-dir DIR
    QString checkModelPath; // --check-model FILE
    QString csvPath; // --export-csv FILE or --import-csv FILE
    QString reportPdfPath; // --report-pdf FILE
    // --from DATE: the first day of the report or of what helps; invalid when not given
    QDate reportFrom;
    QDate reportTo; // --to DATE: the last day, included; invalid when not given
    bool whatHelpsJson = false; // --format json, with --what-helps
    QString practiceId; // --practice ID: start a check-in with it
    bool checkIn = false; // --check-in: start a check-in
    std::optional<SoundMode> soundMode; // --sound off|tones|voice: for this run only
    bool startHidden = false; // --hidden: in the tray, as at login
    bool quitAfterStart = false; // --quit-after-start
    QString error; // for Fail
};

class CommandLine {
public:
    // `arguments` includes the program name first, as QCoreApplication::arguments() does. Qt's
    // standard options are accepted and left for the application object (see QtStandardOptions).
    // Works before any application object exists, so main() can choose which one to create.
    static CommandLineRequest parse(const QStringList &arguments);
    // Needs a QCoreApplication (for the program's name and version).
    static QString helpText();
    static QString versionText();
    // The options --help lists, in its order; the man page is written from them.
    static QList<QCommandLineOption> options();
};

} // namespace toward
