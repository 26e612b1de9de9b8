#include "Result.h"
#include "SyntheticJournal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utility>
#include <vector>

extern char **environ;

namespace {

using toward::Result;

constexpr int warmUpRuns = 2;
constexpr int minimumRuns = 10;
// The product's quality bar: start-up within 1.2x a bare window's time and 1.3x its peak RSS.
constexpr double targetTimeRatio = 1.2;
constexpr double targetRssRatio = 1.3;
// The journal both programs are started on (the bare window ignores it).
constexpr qint64 journalCheckIns = 10'000;

struct RunSample {
    double milliseconds = 0;
    long peakRssKib = 0;
};

// A program whose startup is measured, with the samples taken so far.
struct Contender {
    QString name;
    QString program;
    std::vector<RunSample> samples;
};

struct Summary {
    double medianMilliseconds = 0;
    double minMilliseconds = 0;
    double maxMilliseconds = 0;
    double medianPeakRssMib = 0;
};

QString describeErrno(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Sends a child's stdout and stderr to a file: the table stays readable, and what a failing child
// said is still at hand.
class OutputToFile {
public:
    explicit OutputToFile(const QByteArray &path)
    {
        posix_spawn_file_actions_init(&m_actions);
        posix_spawn_file_actions_addopen(
            &m_actions, STDOUT_FILENO, path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        posix_spawn_file_actions_adddup2(&m_actions, STDOUT_FILENO, STDERR_FILENO);
    }
    ~OutputToFile() { posix_spawn_file_actions_destroy(&m_actions); }
    OutputToFile(const OutputToFile &) = delete;
    OutputToFile &operator=(const OutputToFile &) = delete;

    const posix_spawn_file_actions_t *actions() const { return &m_actions; }

private:
    posix_spawn_file_actions_t m_actions;
};

QString failureWithOutput(const QString &what, const QString &outputPath)
{
    QFile output(outputPath);
    if (!output.open(QIODevice::ReadOnly))
        return what;
    return what + QStringLiteral(". Its output:\n") + QString::fromLocal8Bit(output.readAll());
}

// Runs `program` to completion; the time covers spawning, running and reaping it.
Result<RunSample> runOnce(
    const QString &program, const QStringList &arguments, const QString &outputPath)
{
    std::vector<QByteArray> encoded {QFile::encodeName(program)};
    for (const QString &argument : arguments)
        encoded.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &item : encoded)
        argv.push_back(item.data());
    argv.push_back(nullptr);
    const OutputToFile output(QFile::encodeName(outputPath));

    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    if (const int error =
            posix_spawn(&pid, argv[0], output.actions(), nullptr, argv.data(), environ))
        return Result<RunSample>::failure(
            QStringLiteral("cannot start %1: %2").arg(program, describeErrno(error)));

    int status = 0;
    rusage usage {};
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR)
            return Result<RunSample>::failure(
                QStringLiteral("cannot wait for %1: %2").arg(program, describeErrno(errno)));
    }
    const std::chrono::duration<double, std::milli> elapsed =
        std::chrono::steady_clock::now() - start;

    if (WIFSIGNALED(status))
        return Result<RunSample>::failure(failureWithOutput(
            QStringLiteral("%1 was killed by signal %2").arg(program).arg(WTERMSIG(status)),
            outputPath));
    if (WEXITSTATUS(status) != 0)
        return Result<RunSample>::failure(failureWithOutput(
            QStringLiteral("%1 exited with status %2").arg(program).arg(WEXITSTATUS(status)),
            outputPath));
    // On Linux ru_maxrss is in KiB.
    return RunSample {elapsed.count(), usage.ru_maxrss};
}

// Both programs get the same arguments; each run gets a fresh data folder so none is ever reused.
Result<RunSample> startAndQuit(
    const QString &program, const QString &dataDir, const QString &outputPath)
{
    return runOnce(program,
        {QStringLiteral("--quit-after-start"), QStringLiteral("--data-dir"), dataDir}, outputPath);
}

// A data folder whose journal holds `checkIns` synthetic check-ins, as after years of use.
Result<void> prepareDataDir(const QString &dataDir, qint64 checkIns)
{
    toward::bench::SyntheticCheckIns synthetic(checkIns, QDate::currentDate());
    return toward::bench::writeSyntheticJournal(
        QDir(dataDir).filePath(QStringLiteral("journal.sqlite")), synthetic, checkIns);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

Summary summarize(const std::vector<RunSample> &samples)
{
    std::vector<double> times;
    std::vector<double> peaks;
    for (const RunSample &sample : samples) {
        times.push_back(sample.milliseconds);
        peaks.push_back(static_cast<double>(sample.peakRssKib) / 1024);
    }
    const auto [fastest, slowest] = std::minmax_element(times.begin(), times.end());
    return {median(times), *fastest, *slowest, median(peaks)};
}

void printRow(const QString &name, const Summary &summary)
{
    std::printf("%-12s %10.1f %10.1f %10.1f %18.1f\n", qPrintable(name), summary.medianMilliseconds,
        summary.minMilliseconds, summary.maxMilliseconds, summary.medianPeakRssMib);
}

void printRatio(const char *what, double ratio, double targetRatio)
{
    std::printf("  %-16s %5.2fx  (target <= %.2fx: %s)\n", what, ratio, targetRatio,
        ratio <= targetRatio ? "met" : "MISSED");
}

void printReport(const Contender &reference, const Contender &app, int runs)
{
    const Summary referenceSummary = summarize(reference.samples);
    const Summary appSummary = summarize(app.samples);

    std::printf("Startup to first shown window with a journal of %lld check-ins, %d runs each "
                "(after %d warm-up runs), QT_QPA_PLATFORM=%s\n\n",
        static_cast<long long>(journalCheckIns), runs, warmUpRuns,
        qgetenv("QT_QPA_PLATFORM").constData());
    std::printf("%-12s %10s %10s %10s %18s\n", "program", "median ms", "min ms", "max ms",
        "median peak MiB");
    printRow(reference.name, referenceSummary);
    printRow(app.name, appSummary);

    std::printf("\n%s / %s:\n", qPrintable(app.name), qPrintable(reference.name));
    printRatio("median time", appSummary.medianMilliseconds / referenceSummary.medianMilliseconds,
        targetTimeRatio);
    printRatio("median peak RSS", appSummary.medianPeakRssMib / referenceSummary.medianPeakRssMib,
        targetRssRatio);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Compares the startup time and peak memory of Toward with a bare Qt window."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
        QStringLiteral("Measured runs per program (at least %1).").arg(minimumRuns),
        QStringLiteral("N"), QStringLiteral("15"));
    parser.addOption(runsOption);
    parser.process(application);

    bool isNumber = false;
    const int runs = parser.value(runsOption).toInt(&isNumber);
    if (!isNumber || runs < minimumRuns) {
        std::fprintf(stderr, "--runs needs a whole number of at least %d\n", minimumRuns);
        return 2;
    }

    // Children inherit the environment; without a platform choice they would need a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    Contender reference {QStringLiteral("bare window"), QStringLiteral(BARE_WINDOW_PATH), {}};
    Contender app {QStringLiteral("toward"), QStringLiteral(TOWARD_APP_PATH), {}};

    QTemporaryDir dataDir;
    if (!dataDir.isValid()) {
        std::fprintf(stderr, "bench_startup: cannot create a temporary data folder: %s\n",
            qPrintable(dataDir.errorString()));
        return 1;
    }
    if (const Result<void> prepared = prepareDataDir(dataDir.path(), journalCheckIns);
        !prepared.ok()) {
        std::fprintf(
            stderr, "bench_startup: cannot write the journal: %s\n", qPrintable(prepared.error()));
        return 1;
    }

    QTemporaryFile childOutput;
    if (!childOutput.open()) {
        std::fprintf(stderr, "bench_startup: cannot create a file for the programs' output: %s\n",
            qPrintable(childOutput.errorString()));
        return 1;
    }

    // Alternating spreads slow phases of the machine evenly over both programs.
    for (int round = 0; round < warmUpRuns + runs; ++round) {
        for (Contender *contender : {&reference, &app}) {
            Result<RunSample> run =
                startAndQuit(contender->program, dataDir.path(), childOutput.fileName());
            if (!run.ok()) {
                std::fprintf(stderr, "bench_startup: %s\n", qPrintable(run.error()));
                return 1;
            }
            if (round >= warmUpRuns)
                contender->samples.push_back(std::move(run).value());
        }
    }

    printReport(reference, app, runs);
    return 0;
}
