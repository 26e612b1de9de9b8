// What practising with breath tones costs while the window is out of the way: the check-in page,
// minimised, playing a practice's tones through the real sound plugin, against the same page
// minimised with nothing practising, measured in the same run. Reports the process's CPU time
// (all threads, the audio's included) and its wake-ups (context switches, and timer events on the
// GUI thread) per minute. Run by bench/audio/run.sh, which gives it a private sound server.

#include "checkin/CheckInPage.h"
#include "checkin/CheckInPracticeStep.h"
#include "journal/Journal.h"
#include "model/PracticeModelLoader.h"
#include "sound/SoundDevices.h"
#include "sound/SoundOutputLoader.h"
#include "sound/VoiceOutputLoader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace toward;
using std::chrono::microseconds;

namespace {

// Timer events delivered on the GUI thread: each is the event loop woken for a timer. Counted by
// the receiver's class too, to tell whose timer wakes it.
class TimerEventCounter final : public QObject {
public:
    int count = 0;
    QHash<QByteArray, int> countByClass;

    // The class whose timers fired most since `before`, and how often.
    std::pair<QByteArray, int> busiestSince(const QHash<QByteArray, int> &before) const
    {
        std::pair<QByteArray, int> busiest {"none", 0};
        for (auto counted = countByClass.cbegin(); counted != countByClass.cend(); ++counted) {
            const int since = counted.value() - before.value(counted.key());
            if (since > busiest.second)
                busiest = {counted.key(), since};
        }
        return busiest;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Timer) {
            ++count;
            ++countByClass[watched->metaObject()->className()];
        }
        return QObject::eventFilter(watched, event);
    }
};

struct Usage {
    microseconds cpu {0};
    long contextSwitches = 0;
    int timerEvents = 0;
};

Usage usageNow(const TimerEventCounter &timers)
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto toUs = [](const timeval &time) {
        return std::chrono::seconds(time.tv_sec) + microseconds(time.tv_usec);
    };
    return {toUs(usage.ru_utime) + toUs(usage.ru_stime), usage.ru_nvcsw + usage.ru_nivcsw,
        timers.count};
}

void runEventLoopFor(int seconds)
{
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
}

// How much of each the process used in `seconds`, per minute.
struct PerMinute {
    double cpuMs = 0;
    double contextSwitches = 0;
    double timerEvents = 0;
    QByteArray busiestTimerClass;
    double busiestTimerEvents = 0;
};

PerMinute measure(int seconds, const TimerEventCounter &timers)
{
    const Usage before = usageNow(timers);
    const QHash<QByteArray, int> timersBefore = timers.countByClass;
    runEventLoopFor(seconds);
    const Usage after = usageNow(timers);
    const auto [busiestClass, busiestCount] = timers.busiestSince(timersBefore);
    const double minutes = seconds / 60.0;
    return {double((after.cpu - before.cpu).count()) / 1000 / minutes,
        double(after.contextSwitches - before.contextSwitches) / minutes,
        double(after.timerEvents - before.timerEvents) / minutes, busiestClass,
        busiestCount / minutes};
}

void press(Qt::Key key)
{
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus ? focus : QApplication::activeWindow(), key);
}

void printRow(const char *what, const PerMinute &used)
{
    std::printf("  %-44s %9.1f %12.0f %12.0f  %s %.0f\n", what, used.cpuMs, used.contextSwitches,
        used.timerEvents, used.busiestTimerClass.constData(), used.busiestTimerEvents);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"CPU and wake-ups of practising with tones, minimised."_s);
    parser.addHelpOption();
    parser.addOption({u"seconds"_s, u"How long to measure each (default 60)."_s, u"S"_s, u"60"_s});
    parser.addOption({u"practice"_s, u"The default model's practice (default daily-five)."_s,
        u"ID"_s, u"daily-five"_s});
    parser.addPositionalArgument(u"plugin-folder"_s, u"Where toward_sound_output is."_s);
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const int seconds = parser.value(u"seconds"_s).toInt();

    const std::unique_ptr<SoundOutput> output =
        SoundOutputLoader::open(0.6, {parser.positionalArguments().constFirst()});
    if (!output->isAvailable()) {
        std::fprintf(stderr, "%s\n", qPrintable(output->problem()));
        return 77;
    }
    QTemporaryDir dataDir;
    Journal journal(dataDir.path());
    if (journal.open().outcome != JournalOpening::Outcome::ReadWrite) {
        std::fprintf(stderr, "cannot open a journal in %s\n", qPrintable(dataDir.path()));
        return 1;
    }
    const std::optional<PracticeModel> model = PracticeModelLoader::loadDefault().model;
    CheckInPage page(journal, dataDir.path(), [] { return QDateTime::currentDateTime(); });
    SilentVoiceOutput noVoice(u"tones only"_s);
    SoundDevices devices(*output, noVoice);
    SoundSettings tones;
    tones.mode = SoundMode::Tones;
    devices.setSettings(tones);
    page.setSoundDevices(devices);
    page.setSoundSettings(tones);
    const auto *step = page.findChild<CheckInPracticeStep *>(u"practiceStep"_s);
    page.setRateCuesAtEnd(true);
    page.resize(1000, 700);
    page.show();
    page.activateWindow();
    if (!QTest::qWaitForWindowActive(&page)) {
        std::fprintf(stderr, "the page never became active\n");
        return 1;
    }
    TimerEventCounter timers;
    app.installEventFilter(&timers);

    page.begin(*model, {});
    page.showMinimized();
    const PerMinute idle = measure(seconds, timers);

    page.showNormal();
    page.activateWindow();
    if (const Result<void> begun = page.beginWithPractice(*model, {}, parser.value(u"practice"_s));
        !begun.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(begun.error()));
        return 1;
    }
    // From the pain rating before to the first cue, as a person at the keyboard.
    press(Qt::Key_5);
    for (int i = 0; i < 5 && page.flow()->stage() != CheckInStage::PracticingCue; ++i)
        press(Qt::Key_Return);
    if (page.flow()->stage() != CheckInStage::PracticingCue || !step->practiceSound()) {
        std::fprintf(stderr, "the practice did not start with tones\n");
        return 1;
    }
    page.showMinimized();
    const int cueBefore = page.flow()->currentCue()->index;
    const PerMinute practising = measure(seconds, timers);
    const bool stillPractising = page.flow()->stage() == CheckInStage::PracticingCue;
    const int cuesPlayed =
        page.flow()->currentCue() ? page.flow()->currentCue()->index - cueBefore + 1 : 0;

    std::printf("\nPer minute, window minimised, %d s each:\n", seconds);
    std::printf("  %-44s %9s %12s %12s  %s\n", "", "CPU ms", "ctx switches", "GUI timers",
        "of them the busiest class's");
    printRow("check-in page idle, nothing practising", idle);
    printRow(qPrintable(u"practising %1 with tones (%2 cues%3)"_s.arg(parser.value(u"practice"_s))
                            .arg(cuesPlayed)
                            .arg(stillPractising ? QString() : u", ended"_s)),
        practising);
    std::printf("  ratio practising / idle: CPU %.1fx, context switches %.1fx\n",
        idle.cpuMs > 0 ? practising.cpuMs / idle.cpuMs : 0,
        idle.contextSwitches > 0 ? practising.contextSwitches / idle.contextSwitches : 0);
    return 0;
}
