// What Toward costs while it waits in the tray with reminders armed: `toward --hidden` on a
// journal of 10,000 check-ins, movement prompts and check-in reminders on (none due during the
// run), against the bare Qt Widgets window left open, both measured over the same minutes.
// Reports, per process and all its threads, wake-ups (context switches) per minute, CPU time as a
// share of one core, and peak RSS. Run by bench/tray/run.sh, which gives it a display with a tray,
// a window manager, a private session bus and a notification server.

#include "SyntheticJournal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// One process's counters, summed over its threads, at a moment.
struct Counters {
    qint64 contextSwitches = 0;
    double cpuSeconds = 0;
    double peakRssMib = 0;
};

QByteArray readProcFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 statusField(const QByteArray &status, const QByteArray &name)
{
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(QByteArray(name).append(':')))
            return line.mid(name.size() + 1).trimmed().split(' ').constFirst().toLongLong();
    }
    return 0;
}

Counters countersOf(qint64 pid)
{
    Counters counters;
    const QString processDir = u"/proc/%1"_s.arg(pid);
    const QStringList threads =
        QDir(processDir + u"/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &thread : threads) {
        const QByteArray status = readProcFile(processDir + u"/task/"_s + thread + u"/status"_s);
        counters.contextSwitches += statusField(status, "voluntary_ctxt_switches")
            + statusField(status, "nonvoluntary_ctxt_switches");
    }
    // utime and stime are the 14th and 15th fields, after the command's name in parentheses.
    const QByteArray stat = readProcFile(processDir + u"/stat"_s);
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const double ticks = double(sysconf(_SC_CLK_TCK));
    if (fields.size() > 12)
        counters.cpuSeconds = (fields.at(11).toLongLong() + fields.at(12).toLongLong()) / ticks;
    counters.peakRssMib = statusField(readProcFile(processDir + u"/status"_s), "VmHWM") / 1024.0;
    return counters;
}

struct Contender {
    QString name;
    QProcess process;
    Counters start;
    Counters end;

    double perMinute(double seconds) const
    {
        return (end.contextSwitches - start.contextSwitches) * 60.0 / seconds;
    }
    double cpuShare(double seconds) const { return (end.cpuSeconds - start.cpuSeconds) / seconds; }
};

bool writeSettings(const QString &dataDir)
{
    // Times of day far from now, so that no prompt is due during the run: what is measured is the
    // waiting.
    const QTime now = QTime::currentTime();
    QFile settings(QDir(dataDir).filePath(u"settings.ini"_s));
    if (!settings.open(QIODevice::WriteOnly))
        return false;
    settings.write(u"[reminders]\ncheckIns=true\ncheckInTimes=%1,%2\nmovement=true\n"
                   "movementMinutes=240\ntrayExplained=true\n"_s
                       .arg(now.addSecs(4 * 3600).toString(u"HH:mm"_s),
                           now.addSecs(8 * 3600).toString(u"HH:mm"_s))
                       .toUtf8());
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Toward waiting in the tray, against the bare window."_s);
    parser.addHelpOption();
    const QCommandLineOption secondsOption(
        u"seconds"_s, u"How long to measure (default 600)."_s, u"SECONDS"_s, u"600"_s);
    const QCommandLineOption settleOption(u"settle"_s,
        u"How long both may start up before measuring (default 20)."_s, u"SECONDS"_s, u"20"_s);
    parser.addOptions({secondsOption, settleOption});
    parser.addPositionalArgument(u"toward"_s, u"The toward program."_s);
    parser.addPositionalArgument(u"bare-window"_s, u"The bench_bare_window program."_s);
    parser.process(app);
    const QStringList programs = parser.positionalArguments();
    if (programs.size() != 2)
        parser.showHelp(2);
    const double seconds = parser.value(secondsOption).toDouble();

    QTemporaryDir dataDir;
    constexpr qint64 CheckIns = 10'000;
    toward::bench::SyntheticCheckIns synthetic(CheckIns, QDate::currentDate());
    const toward::Result<void> written = toward::bench::writeSyntheticJournal(
        QDir(dataDir.path()).filePath(u"journal.sqlite"_s), synthetic, CheckIns);
    if (!written.ok() || !writeSettings(dataDir.path())) {
        std::fprintf(stderr, "cannot prepare the data folder: %s\n", qPrintable(written.error()));
        return 1;
    }

    Contender toward;
    toward.name = u"toward"_s;
    Contender bare;
    bare.name = u"bare window"_s;
    for (Contender *contender : {&toward, &bare})
        contender->process.setProcessChannelMode(QProcess::ForwardedChannels);
    toward.process.start(programs.at(0), {u"--hidden"_s, u"--data-dir"_s, dataDir.path()});
    bare.process.start(programs.at(1), {u"--stay"_s});
    for (Contender *contender : {&toward, &bare}) {
        if (!contender->process.waitForStarted()) {
            std::fprintf(stderr, "%s did not start\n", qPrintable(contender->name));
            return 1;
        }
    }
    QThread::sleep(parser.value(settleOption).toULong());
    for (Contender *contender : {&toward, &bare})
        contender->start = countersOf(contender->process.processId());
    std::printf("measuring for %.0f s...\n", seconds);
    std::fflush(stdout);
    QThread::sleep(static_cast<unsigned long>(seconds));
    for (Contender *contender : {&toward, &bare}) {
        if (contender->process.state() != QProcess::Running) {
            std::fprintf(stderr, "%s ended during the run\n", qPrintable(contender->name));
            return 1;
        }
        contender->end = countersOf(contender->process.processId());
    }

    std::printf("\n%-12s %16s %12s %14s\n", "", "wake-ups/min", "CPU (core)", "peak RSS MiB");
    for (const Contender *contender : {&toward, &bare}) {
        std::printf("%-12s %16.1f %11.3f%% %14.1f\n", qPrintable(contender->name),
            contender->perMinute(seconds), contender->cpuShare(seconds) * 100,
            contender->end.peakRssMib);
    }
    const double rssRatio = toward.end.peakRssMib / bare.end.peakRssMib;
    std::printf("\npeak RSS toward/bare: %.2fx (target <= 1.30x: %s)\n", rssRatio,
        rssRatio <= 1.3 ? "met" : "MISSED");
    for (Contender *contender : {&toward, &bare}) {
        contender->process.terminate();
        contender->process.waitForFinished();
    }
    return 0;
}
