#include "MainWindow.h"
#include "ReminderHost.h"
#include "cli/CheckModelCommand.h"
#include "cli/CommandLine.h"
#include "cli/JournalCsvCommand.h"
#include "cli/ReportPdfCommand.h"
#include "cli/WhatHelpsCommand.h"
#include "i18n/Translations.h"
#include "instance/InstanceHandover.h"
#include "journal/Journal.h"
#include "journal/JournalActions.h"
#include "journal/JournalOpener.h"
#include "journal/JournalProblemDialog.h"
#include "model/PracticeModelLoader.h"
#include "reminders/ReminderDesktopLoader.h"
#include "settings/AppSettings.h"
#include "settings/DataDirectory.h"
#include "style/AppStyle.h"

#include <QApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace toward;

namespace {

void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Toward"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOWARD_VERSION));
    QCoreApplication::setOrganizationName(QString());
}

// The language set (a name such as "de"; empty: the system's) becomes the default locale, which
// everything after it follows, the built-in practice model's language included.
QLocale chooseLanguage(const QString &languageSetting)
{
    const QLocale locale = Translations::chooseLocale(languageSetting, QLocale::system());
    QLocale::setDefault(locale);
    return locale;
}

// What a command that exits needs around it: its application, named, speaking the system's
// language (which data folder's settings apply is only known once the arguments are read).
template<typename Application>
struct CommandApplication {
    CommandApplication(int &argc, char *argv[])
        : app(argc, argv)
    {
        nameApplication();
    }
    Application app;
    const Translations translations {chooseLanguage({})};
};

void printIssues(const ModelIssues &issues, QTextStream &stream)
{
    for (const ModelIssue &issue : issues)
        stream << issue.toString() << '\n';
}

// The model the app starts with, and what went wrong with the one the person chose, if anything.
struct StartingModel {
    PracticeModel model;
    QString filePath; // empty: the built-in model
    QString rejectedPath; // empty: nothing was rejected
    ModelIssues rejectedIssues;
};

std::optional<StartingModel> chooseStartingModel(
    const CommandLineRequest &request, const AppSettings &settings)
{
    StartingModel starting;
    const bool fromCommandLine = !request.modelPath.isEmpty();
    const QString customPath = fromCommandLine ? QFileInfo(request.modelPath).absoluteFilePath()
                                               : settings.value(Setting::CustomModelPath);
    if (!customPath.isEmpty()) {
        ModelLoadResult custom = PracticeModelLoader::loadFile(customPath);
        if (fromCommandLine) {
            QTextStream err(stderr);
            printIssues(custom.issues, err);
        }
        if (custom.ok()) {
            starting.model = std::move(*custom.model);
            starting.filePath = customPath;
            return starting;
        }
        starting.rejectedPath = customPath;
        starting.rejectedIssues = custom.issues;
    }

    const ModelLoadResult builtIn = PracticeModelLoader::loadDefault();
    if (!builtIn.ok()) {
        QStringList problems;
        for (const ModelIssue &issue : builtIn.issues)
            problems.append(issue.toString());
        QMessageBox::critical(nullptr, QApplication::translate("main", "Toward"),
            QApplication::translate("main", "The built-in practice model cannot be read:\n%1")
                .arg(problems.join(QLatin1Char('\n'))));
        return std::nullopt;
    }
    starting.model = *builtIn.model;
    return starting;
}

// What a launch asks of the window, its own or a later one's handed over.
void followLaunch(MainWindow &window, const CommandLineRequest &request)
{
    if (request.action != CommandLineRequest::Action::StartApp)
        return;
    if (request.soundMode)
        window.useSoundModeForThisRun(*request.soundMode);
    if (!request.practiceId.isEmpty() || request.checkIn)
        window.requestCheckIn(request.practiceId);
}

int startApp(int &argc, char *argv[], const CommandLineRequest &request)
{
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setDesktopFileName(QStringLiteral(TOWARD_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/toward.svg")));

    const Result<DataDirectory> dataDir = DataDirectory::open(request.dataDir);
    // Before any window: the colours and the language the data folder's settings ask for.
    QString colorScheme;
    QString language;
    if (dataDir.ok()) {
        const AppSettings chosen(dataDir.value().settingsFilePath());
        colorScheme = chosen.value(Setting::ColorScheme);
        language = chosen.value(Setting::Language);
    }
    AppStyle::applyTo(app, colorScheme);
    const Translations translations(chooseLanguage(language));
    if (!dataDir.ok()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Toward"), dataDir.error());
        return 1;
    }
    if (InstanceHandover::handOver(dataDir.value().path(), app.arguments()))
        return 0; // the Toward running for this data folder took over
    // Lives until the app quits: its lock keeps a second Toward from writing the same journal.
    Journal journal(dataDir.value().path());
    const JournalStart start = JournalOpener(journal, &JournalProblemDialog::ask).open();
    if (!journal.isOpen()) {
        if (start.refusal.isEmpty())
            return 1; // the person chose to quit
        QTextStream(stderr) << start.refusal << '\n';
        QMessageBox::critical(nullptr, QApplication::translate("main", "Toward"), start.refusal);
        return 1;
    }
    AppSettings settings(dataDir.value().settingsFilePath());

    std::optional<StartingModel> starting = chooseStartingModel(request, settings);
    if (!starting)
        return 1;

    // The window is made when first wanted: at once, or, started in the tray, when it is shown.
    ReminderHost reminders(
        settings, starting->model, [] { return openReminderDesktop(); },
        [&settings, &journal, &starting, &start, &reminders] {
            auto window = std::make_unique<MainWindow>(
                settings, starting->model, journal, starting->filePath);
            window->setReminderHost(&reminders);
            // Once the one who made it has shown it.
            QTimer::singleShot(0, window.get(), [window = window.get(), &starting, &start] {
                if (!starting->rejectedPath.isEmpty()) {
                    window->showModelProblems(starting->rejectedPath, starting->rejectedIssues,
                        ModelProblemsDialog::Outcome::UsingBuiltInModel);
                }
                if (!start.notice.isEmpty())
                    window->journalActions().showNotice(start.notice);
            });
            return window;
        });
    InstanceHandover handover(dataDir.value().path());
    if (const Result<void> listening = handover.listen(); !listening.ok()) {
        QTextStream(stderr) << QApplication::translate(
            "main", "A later launch of Toward will not find this one: %1")
                                   .arg(listening.error())
                            << '\n';
    }
    QObject::connect(&handover, &InstanceHandover::argumentsReceived, &reminders,
        [&reminders](const QStringList &arguments) {
            const CommandLineRequest later = CommandLine::parse(arguments);
            // A login's start finding Toward already running leaves it where it is.
            if (later.startHidden)
                return;
            MainWindow &window = reminders.window();
            window.bringToFront();
            followLaunch(window, later);
        });
    if (request.startHidden) {
        reminders.startInTray();
    } else {
        MainWindow &window = reminders.window();
        followLaunch(window, request);
        // A benchmark's start is measured up to the window shown: the welcome is not even made.
        if (!request.quitAfterStart)
            window.welcomeOnFirstStart();
        window.show();
    }
    if (request.quitAfterStart)
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    Q_INIT_RESOURCE(icons);

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLineRequest request = CommandLine::parse(arguments);

    switch (request.action) {
    case CommandLineRequest::Action::ShowHelp:
    case CommandLineRequest::Action::ShowVersion: {
        const CommandApplication<QCoreApplication> command(argc, argv);
        QTextStream(stdout) << (request.action == CommandLineRequest::Action::ShowHelp
                ? CommandLine::helpText()
                : CommandLine::versionText());
        return 0;
    }
    case CommandLineRequest::Action::Fail: {
        const CommandApplication<QCoreApplication> command(argc, argv);
        // Read again now that the translations are in, for the error in the person's language.
        QTextStream(stderr) << CommandLine::parse(arguments).error << '\n'
                            << QCoreApplication::translate(
                                   "main", "Try 'toward --help' for the options.")
                            << '\n';
        return 1;
    }
    case CommandLineRequest::Action::CheckModel: {
        const CommandApplication<QCoreApplication> command(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return CheckModelCommand::run(request.checkModelPath, out, err);
    }
    case CommandLineRequest::Action::ExportCsv:
    case CommandLineRequest::Action::ImportCsv: {
        const CommandApplication<QCoreApplication> command(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return request.action == CommandLineRequest::Action::ExportCsv
            ? JournalCsvCommand::exportCsv(request.dataDir, request.csvPath, out, err)
            : JournalCsvCommand::importCsv(request.dataDir, request.csvPath, out, err);
    }
    case CommandLineRequest::Action::ReportPdf: {
        // Painting the PDF needs QtGui's platform, but no display: offscreen unless one was chosen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        const CommandApplication<QGuiApplication> command(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return ReportPdfCommand::run(
            request.dataDir, request.reportPdfPath, request.reportFrom, request.reportTo, out, err);
    }
    case CommandLineRequest::Action::WhatHelps: {
        const CommandApplication<QCoreApplication> command(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return WhatHelpsCommand::run(request.dataDir, request.modelPath, request.reportFrom,
            request.reportTo,
            request.whatHelpsJson ? WhatHelpsCommand::Format::Json : WhatHelpsCommand::Format::Text,
            out, err);
    }
    case CommandLineRequest::Action::StartApp:
        return startApp(argc, argv, request);
    }
    Q_UNREACHABLE();
    return 1;
}
