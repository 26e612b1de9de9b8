// How long the GUI thread is away from its event loop while Toward starts on a large journal whose
// daily backup is due: the deferred integrity check and the backup run meanwhile, and the person
// opens the Journal page and its tabs. A heartbeat timer on the GUI thread notes every gap longer
// than its interval. The same heartbeat in a bare window of the same size, measured in the same
// run, is the reference.

#include "MainWindow.h"
#include "SyntheticJournal.h"
#include "journal/Journal.h"
#include "journal/JournalBackups.h"
#include "model/PracticeModelLoader.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMainWindow>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

constexpr int HeartbeatMs = 5;

// Every gap between heartbeats, from the event loop's first turn.
class Heartbeat {
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(HeartbeatMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_gapsNs.push_back(now - m_lastNs);
            m_lastNs = now;
        });
    }

    void start()
    {
        m_clock.start();
        m_lastNs = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    // The longest time the loop was away beyond the heartbeat's own interval, in milliseconds.
    double longestStallMs() const
    {
        const qint64 longest =
            m_gapsNs.empty() ? 0 : *std::max_element(m_gapsNs.begin(), m_gapsNs.end());
        return std::max<double>(0, longest / 1e6 - HeartbeatMs);
    }
    int stallsOver(double ms) const
    {
        return int(std::count_if(m_gapsNs.begin(), m_gapsNs.end(),
            [ms](qint64 gap) { return gap / 1e6 - HeartbeatMs > ms; }));
    }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    std::vector<qint64> m_gapsNs;
};

void runFor(int seconds)
{
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
}

double bareWindowStall(int seconds)
{
    QMainWindow window;
    window.resize(1000, 700);
    window.show();
    Heartbeat heartbeat;
    heartbeat.start();
    runFor(seconds);
    return heartbeat.longestStallMs();
}

struct TowardRun {
    double longestStallMs = 0;
    int stallsOver50Ms = 0;
    qint64 backupDoneAtMs = -1; // from the window's first show
    bool backupMade = false;
};

TowardRun towardStall(const QString &dataDir, int seconds)
{
    Journal journal(dataDir);
    const JournalOpening opening = journal.open();
    if (opening.outcome != JournalOpening::Outcome::ReadWrite) {
        std::fprintf(stderr, "cannot open the journal: %s\n",
            qPrintable(opening.reason + opening.problem.message));
        return {};
    }
    AppSettings settings(dataDir + u"/settings.ini"_s);
    MainWindow window(settings, *PracticeModelLoader::loadDefault().model, journal);
    TowardRun run;
    Heartbeat heartbeat;
    QObject::connect(&window.journalActions(), &JournalActions::idle, &window, [&] {
        run.backupDoneAtMs = heartbeat.elapsedMs();
        run.backupMade = !JournalBackups(dataDir).list().isEmpty();
    });
    window.show();
    heartbeat.start();
    // What a person might do meanwhile: look at the journal, its trend and what helps, then
    // search the check-ins for a word and narrow them to a region.
    QTimer::singleShot(1000, &window, [&] { window.showPage(MainWindow::Page::Journal); });
    QTimer::singleShot(2000, &window, [&] {
        if (auto *tabs = window.findChild<QTabWidget *>(u"journalTabs"_s))
            tabs->setCurrentIndex(1);
    });
    QTimer::singleShot(3500, &window, [&] {
        if (auto *tabs = window.findChild<QTabWidget *>(u"journalTabs"_s))
            tabs->setCurrentIndex(2);
    });
    QTimer::singleShot(5000, &window, [&] {
        if (auto *tabs = window.findChild<QTabWidget *>(u"journalTabs"_s))
            tabs->setCurrentIndex(0);
        if (auto *search = window.findChild<QLineEdit *>(u"searchEdit"_s))
            search->setText(u"towel"_s);
    });
    QTimer::singleShot(7000, &window, [&] {
        if (auto *regions = window.findChild<QComboBox *>(u"regionCombo"_s))
            regions->setCurrentIndex(1);
    });
    runFor(seconds);
    heartbeat.stop();
    run.longestStallMs = heartbeat.longestStallMs();
    run.stallsOver50Ms = heartbeat.stallsOver(50);
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"The GUI thread's longest stall while Toward checks and "
                                     "backs up a large journal."_s);
    parser.addHelpOption();
    parser.addOption({u"check-ins"_s, u"Journal size (default 100000)."_s, u"N"_s, u"100000"_s});
    parser.addOption({u"seconds"_s, u"How long to watch (default 60)."_s, u"S"_s, u"60"_s});
    parser.process(app);
    const qint64 size = parser.value(u"check-ins"_s).toLongLong();
    const int seconds = parser.value(u"seconds"_s).toInt();

    QTemporaryDir dataDir;
    bench::SyntheticCheckIns checkIns(size, QDate::currentDate());
    std::printf("writing a synthetic journal of %lld check-ins...\n", size);
    if (const Result<void> written =
            bench::writeSyntheticJournal(dataDir.filePath(u"journal.sqlite"_s), checkIns, size);
        !written.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error()));
        return 1;
    }

    const double bare = bareWindowStall(seconds);
    const TowardRun toward = towardStall(dataDir.path(), seconds);
    std::printf("\nGUI thread away from its event loop, %d s watched, heartbeat every %d ms:\n",
        seconds, HeartbeatMs);
    std::printf("  bare window          longest stall %7.1f ms\n", bare);
    std::printf("  Toward, %lld check-ins, backup due: longest stall %7.1f ms (%d stalls over "
                "50 ms), target 50 ms\n",
        size, toward.longestStallMs, toward.stallsOver50Ms);
    std::printf("  check and daily backup on the worker: %s after %lld ms\n",
        toward.backupMade ? "backup made" : "NO BACKUP", toward.backupDoneAtMs);
    std::printf(
        "  ratio Toward / bare window: %.1fx\n", bare > 0 ? toward.longestStallMs / bare : 0);
    return 0;
}
