// The window side of reminders_e2e.sh: Toward's main window on a temporary data folder, its
// reminders opened through the real desktop plugins (notifications on the session bus, idle time
// and full-screen windows from the X server), with a movement prompt after one minute of use
// instead of fifty. While the prompt is due it shows a full-screen window of its own for a while,
// so the prompt must wait for it. Prints what happens, one line each, with the seconds since the
// reminders were armed; exits 0 once a prompt's Start opened the desk practice, 1 after
// --timeout seconds without.

#include "MainWindow.h"
#include "ReminderHost.h"
#include "checkin/CheckInPage.h"
#include "journal/Journal.h"
#include "model/PracticeModelLoader.h"
#include "reminders/ReminderDesktopLoader.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLabel>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace toward;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption fullScreenFrom(u"full-screen-from"_s,
        u"Seconds after arming to show the full-screen window."_s, u"S"_s, u"40"_s);
    const QCommandLineOption fullScreenUntil(
        u"full-screen-until"_s, u"Seconds after arming to close it."_s, u"S"_s, u"90"_s);
    const QCommandLineOption timeout(u"timeout"_s, u"Give up after S seconds."_s, u"S"_s, u"180"_s);
    parser.addOptions({fullScreenFrom, fullScreenUntil, timeout});
    parser.addPositionalArgument(u"plugins"_s, u"The folder of Toward's plugins."_s);
    parser.process(app);
    const QStringList folders = parser.positionalArguments();

    QTemporaryDir dataDir;
    AppSettings settings(dataDir.filePath(u"settings.ini"_s));
    settings.setValue(Setting::MovementPrompts, true);
    Journal journal(dataDir.path());
    if (journal.open().outcome != JournalOpening::Outcome::ReadWrite)
        return 2;
    const ModelLoadResult model = PracticeModelLoader::loadDefault();
    ReminderHost reminders(
        settings, *model.model, [&folders] { return openReminderDesktop(folders); },
        [&settings, &model, &journal, &reminders] {
            auto window = std::make_unique<MainWindow>(settings, *model.model, journal);
            window->setReminderHost(&reminders);
            return window;
        });
    MainWindow &window = reminders.window();
    window.show();

    QElapsedTimer sinceArmed;
    const auto say = [&sinceArmed](const QString &what) {
        std::printf("%6.1f %s\n", sinceArmed.isValid() ? sinceArmed.elapsed() / 1000.0 : 0.0,
            qPrintable(what));
        std::fflush(stdout);
    };
    QLabel video(u"A full-screen video"_s);
    video.setAlignment(Qt::AlignCenter);
    video.setStyleSheet(u"background: black; color: white; font-size: 48px"_s);

    QTimer arming;
    arming.setInterval(100);
    QObject::connect(&arming, &QTimer::timeout, &window, [&] {
        ReminderCoach *coach = reminders.coach();
        if (!coach)
            return;
        arming.stop();
        ReminderSettings oneMinute;
        oneMinute.movementPrompts = true;
        oneMinute.movementAfter = std::chrono::minutes(1);
        oneMinute.naturalBreak = std::chrono::minutes(1);
        coach->setSettings(oneMinute);
        sinceArmed.start();
        const ReminderDesktop &desktop = coach->desktop();
        say(u"armed; notifications %1; idle %2; full-screen watch %3"_s.arg(
            desktop.notifier->isAvailable() ? u"available"_s : desktop.notifier->problem(),
            desktop.idle->isAvailable() ? desktop.idle->method() : desktop.idle->problem(),
            desktop.fullScreen->isAvailable() ? u"available"_s : u"unavailable"_s));
        say(coach->upcomingText());
        QObject::connect(coach, &ReminderCoach::startRequested, &window,
            [&say](const QString &id) { say(u"start requested: "_s + id); });
        QTimer::singleShot(parser.value(fullScreenFrom).toInt() * 1000, &video, [&] {
            video.showFullScreen();
            say(u"full-screen window shown"_s);
        });
        QTimer::singleShot(parser.value(fullScreenUntil).toInt() * 1000, &video, [&] {
            video.close();
            say(u"full-screen window closed"_s);
        });
    });
    arming.start();

    QTimer watch;
    watch.setInterval(200);
    QObject::connect(&watch, &QTimer::timeout, &window, [&] {
        CheckInPage *page = window.checkInPage();
        if (window.currentPage() != MainWindow::Page::CheckIn || !page || !page->isInProgress())
            return;
        watch.stop();
        say(u"check-in open with the practice"_s);
        QTimer::singleShot(3000, &app, &QCoreApplication::quit); // time for a screenshot
    });
    watch.start();
    QTimer::singleShot(parser.value(timeout).toInt() * 1000, &app, [&] {
        say(u"timed out"_s);
        QCoreApplication::exit(1);
    });
    return app.exec();
}
