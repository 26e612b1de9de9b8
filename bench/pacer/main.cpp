#include "practice/PacerWidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

// How the pacer widget keeps time under load: a real widget on a real clock, with the event loop
// blocked now and then, checking that phase changes are announced on schedule, that nothing wakes
// while paused and that pacing costs little CPU.

namespace {

using namespace toward;
using namespace std::chrono_literals;
using std::chrono::nanoseconds;

struct Stall {
    nanoseconds begin;
    nanoseconds end;
};

void runEventLoopFor(std::chrono::milliseconds span)
{
    QEventLoop loop;
    QTimer::singleShot(span, &loop, &QEventLoop::quit);
    loop.exec();
}

nanoseconds cpuTime()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto toNs = [](const timeval &time) {
        return std::chrono::seconds(time.tv_sec) + std::chrono::microseconds(time.tv_usec);
    };
    return toNs(usage.ru_utime) + toNs(usage.ru_stime);
}

double toMs(nanoseconds span)
{
    return std::chrono::duration<double, std::milli>(span).count();
}

struct LatenessSummary {
    std::size_t count = 0;
    double largestMs = 0;
    double medianMs = 0;
};

LatenessSummary summarise(std::vector<double> latenessMs)
{
    if (latenessMs.empty())
        return {};
    std::sort(latenessMs.begin(), latenessMs.end());
    return {latenessMs.size(), latenessMs.back(), latenessMs[latenessMs.size() / 2]};
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
        QStringLiteral("Real seconds to pace for (default 180)."), QStringLiteral("N"),
        QStringLiteral("180"));
    parser.addOption(secondsOption);
    parser.process(app);
    const int seconds = std::max(1, parser.value(secondsOption).toInt());

    BreathPattern resonance;
    resonance.id = QStringLiteral("resonance");
    resonance.name = QStringLiteral("Resonance");
    resonance.inhale = 5500ms;
    resonance.exhale = 5500ms;

    SteadyClock clock;
    BreathPacer pacer(resonance, clock);
    PacerWidget widget;
    widget.resize(400, 400);
    widget.setPacer(&pacer);
    widget.show();
    runEventLoopFor(200ms);

    // The i-th announcement belongs to the i-th scheduled change; the first is the start itself.
    const QList<PhaseChange> schedule =
        pacer.changesBetween(-1ms, std::chrono::seconds(seconds) + 1s);
    std::vector<nanoseconds> announcedAt;
    QObject::connect(
        &widget, &PacerWidget::phaseChanged, &widget, [&] { announcedAt.push_back(clock.now()); });

    std::vector<Stall> stalls;
    QTimer loadTimer;
    loadTimer.setInterval(2s);
    QObject::connect(&loadTimer, &QTimer::timeout, &widget, [&] {
        const nanoseconds begin = clock.now();
        const auto busy = std::chrono::milliseconds(QRandomGenerator::global()->bounded(50, 401));
        while (clock.now() - begin < busy) { }
        stalls.push_back({begin, clock.now()});
    });

    const nanoseconds startedAt = clock.now();
    const nanoseconds cpuAtStart = cpuTime();
    const int paintsAtStart = widget.paintCount();
    const int ticksAtStart = widget.tickCount();
    widget.start();
    loadTimer.start();
    runEventLoopFor(std::chrono::seconds(seconds));
    loadTimer.stop();
    const nanoseconds runningSpan = clock.now() - startedAt;
    const nanoseconds cpuRunning = cpuTime() - cpuAtStart;
    const int paints = widget.paintCount() - paintsAtStart;
    const int ticks = widget.tickCount() - ticksAtStart;

    widget.pause();
    const int ticksBeforePause = widget.tickCount();
    runEventLoopFor(10s);
    const int ticksWhilePaused = widget.tickCount() - ticksBeforePause;

    std::vector<double> allLateness;
    std::vector<double> outsideStalls;
    for (std::size_t i = 0; i < announcedAt.size() && i < std::size_t(schedule.size()); ++i) {
        const nanoseconds due = startedAt + schedule[qsizetype(i)].at;
        const double lateMs = toMs(announcedAt[i] - due);
        allLateness.push_back(lateMs);
        // A change due while the loop was blocked can only be announced once the block ends.
        const bool dueInStall = std::any_of(stalls.begin(), stalls.end(),
            [due](const Stall &stall) { return due >= stall.begin && due <= stall.end; });
        if (!dueInStall)
            outsideStalls.push_back(lateMs);
    }
    const LatenessSummary overall = summarise(allLateness);
    const LatenessSummary clean = summarise(outsideStalls);
    const double runningSeconds = std::chrono::duration<double>(runningSpan).count();
    const double cpuPercent = 100.0 * double(cpuRunning.count()) / double(runningSpan.count());
    nanoseconds stalled {0};
    for (const Stall &stall : stalls)
        stalled += stall.end - stall.begin;
    // The stalls are simulated load, not the pacer's cost: take their busy-wait out.
    const double pacerCpuPercent =
        100.0 * double((cpuRunning - stalled).count()) / double((runningSpan - stalled).count());
    const bool onTime = clean.largestMs <= 17;

    std::printf("Pacer widget, resonance 5.5/5.5, %.1f s with %zu event-loop stalls of 50-400 ms\n",
        runningSeconds, stalls.size());
    std::printf("  phase changes announced:        %zu\n", overall.count);
    std::printf("  lateness, all changes:          largest %.1f ms, median %.1f ms\n",
        overall.largestMs, overall.medianMs);
    std::printf("  lateness, changes not in stall: largest %.1f ms, median %.1f ms (%zu changes)"
                "  [target <= 17 ms: %s]\n",
        clean.largestMs, clean.medianMs, clean.count, onTime ? "met" : "MISSED");
    std::printf("  (changes due inside a stall are late by the rest of the stall, so they are "
                "only in the first line)\n");
    std::printf("  frames per second while running: %.1f\n", paints / runningSeconds);
    std::printf("  timer wakeups per second:        %.1f\n", ticks / runningSeconds);
    std::printf("  timer wakeups in 10 s of pause:  %d  [target 0: %s]\n", ticksWhilePaused,
        ticksWhilePaused == 0 ? "met" : "MISSED");
    std::printf(
        "  CPU while running:               %.2f %% of one core, stalls included\n", cpuPercent);
    std::printf("  CPU while running, stalls out:   %.2f %% of one core  [target < 5 %%: %s]\n",
        pacerCpuPercent, pacerCpuPercent < 5 ? "met" : "MISSED");
    return onTime && ticksWhilePaused == 0 && pacerCpuPercent < 5 ? 0 : 1;
}
