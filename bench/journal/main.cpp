#include "Result.h"
#include "SyntheticJournal.h"
#include "journal/CheckIn.h"
#include "journal/JournalCsvExporter.h"
#include "journal/JournalStatistics.h"
#include "journal/JournalStore.h"
#include "whathelps/HelpEstimator.h"
#include "whathelps/HelpObservationsReader.h"
#include "whathelps/WhatHelps.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <optional>
#include <vector>

// How the pain journal holds up after years of check-ins: generates synthetic journals (never real
// data) in a temporary folder and times what the review page and a new check-in do with them.

namespace {

using namespace toward;
using toward::bench::SyntheticCheckIns;
using namespace Qt::StringLiterals;

constexpr qint64 ReviewTargetSize = 100'000;
constexpr double ReviewTargetMs = 150;
constexpr double WhatHelpsTargetMs = 150;
constexpr double AddTargetMs = 10;
constexpr double SqliteRatioTarget = 2;
constexpr int AddSamples = 200;
constexpr int OpenRuns = 3;
constexpr int TrendRuns = 3;
constexpr int ShellComparisonRounds = 3;

template<typename Work>
double millisecondsOf(Work &&work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

QString withThousands(qint64 number)
{
    return QLocale(QLocale::English).toString(number);
}

// Times SQL in the sqlite3 shell on the same file. Two shells are timed by wall clock: one runs the
// statements `repetitions` times, the other only opens the file and reads its schema; their
// difference over the repetitions is one run, without the cost of starting the shell and opening
// the file. Both send their rows to /dev/null.
class SqliteShellTimer {
public:
    explicit SqliteShellTimer(QString program)
        : m_program(std::move(program))
    {
    }

    Result<double> perRunMilliseconds(
        const QString &databasePath, const QStringList &statements, int repetitions) const
    {
        QString workload = u".output /dev/null\n"_s;
        for (int i = 0; i < repetitions; ++i)
            workload += statements.join(u";\n"_s) + u";\n"_s;
        const QString baseline = u".output /dev/null\nSELECT count(*) FROM sqlite_schema;\n"_s;
        const Result<double> withWork = wallMilliseconds(databasePath, workload);
        if (!withWork.ok())
            return withWork;
        const Result<double> withoutWork = wallMilliseconds(databasePath, baseline);
        if (!withoutWork.ok())
            return withoutWork;
        return (withWork.value() - withoutWork.value()) / repetitions;
    }

private:
    Result<double> wallMilliseconds(const QString &databasePath, const QString &script) const
    {
        QProcess shell;
        QString problem;
        const double elapsed = millisecondsOf([&] {
            shell.start(m_program, {u"-readonly"_s, u"-bail"_s, databasePath});
            if (!shell.waitForStarted()) {
                problem = shell.errorString();
                return;
            }
            shell.write(script.toUtf8());
            shell.closeWriteChannel();
            shell.waitForFinished(-1);
        });
        if (problem.isEmpty()
            && (shell.exitStatus() != QProcess::NormalExit || shell.exitCode() != 0))
            problem = QString::fromLocal8Bit(shell.readAllStandardError()).trimmed();
        if (!problem.isEmpty())
            return Result<double>::failure(u"sqlite3 failed: %1"_s.arg(problem));
        return elapsed;
    }

    QString m_program;
};

struct ShellComparison {
    double oursMs = 0; // whatHelps
    double shellMs = 0; // its scan of the check-ins and their cues in the sqlite3 shell
    double ratio = 0; // ours / shell
};

struct SizeReport {
    qint64 checkIns = 0;
    double fileMiB = 0;
    double generateSeconds = 0;
    double openMs = 0;
    double statsMs = 0; // summary
    double helpsMs = 0; // whatHelps: reading the journal, the models and the titles
    double modelMs = 0; // of which the models alone
    double firstScreenMs = 0; // 50 rows of the table + the count
    double lastYearMs = 0; // the same, filtered to the last 365 days
    double allDaysMs = 0; // the count, filtered to days that span the whole journal
    double trendMs = 0;
    double csvExportMs = 0;
    double addMs = 0;
    std::optional<ShellComparison> shell;

    double reviewMs() const { return statsMs + firstScreenMs; }
};

template<typename T>
Result<void> withoutValue(const Result<T> &result)
{
    return result.ok() ? Result<void>::success() : Result<void>::failure(result.error());
}

// The median time of `runs` runs of `work` (which returns a Result<void>), after `warmUpRuns`
// untimed ones; the first failure ends it.
template<typename Work>
Result<double> medianMilliseconds(int runs, Work &&work, int warmUpRuns = 0)
{
    std::vector<double> times;
    for (int run = 0; run < warmUpRuns + runs; ++run) {
        Result<void> outcome = Result<void>::success();
        const double elapsed = millisecondsOf([&] { outcome = work(); });
        if (!outcome.ok())
            return Result<double>::failure(outcome.error());
        if (run >= warmUpRuns)
            times.push_back(elapsed);
    }
    return median(times);
}

std::unique_ptr<JournalStore> openStore(const QString &path)
{
    JournalStore::OpenResult opened = JournalStore::open(path);
    if (!opened.store)
        std::fprintf(stderr, "bench_journal: %s\n", qPrintable(opened.problem.message));
    return std::move(opened.store);
}

// Fewer repetitions for bigger journals keep every size to about the same wall time.
int repetitionsFor(qint64 size)
{
    return static_cast<int>(std::clamp<qint64>(1'000'000 / size, 5, 100));
}

Result<void> generate(const QString &path, SyntheticCheckIns &checkIns, qint64 size)
{
    int reportedTenths = 0;
    return bench::writeSyntheticJournal(path, checkIns, size, [&](qint64 written) {
        for (; reportedTenths < written * 10 / size; ++reportedTenths)
            std::fprintf(stderr, "  generating %s check-ins: %d%%\n",
                qPrintable(withThousands(size)), (reportedTenths + 1) * 10);
    });
}

// Each open gets a fresh connection; the last one stays open in `store`.
Result<double> measureOpen(const QString &path, std::unique_ptr<JournalStore> &store)
{
    std::vector<double> times;
    for (int run = 0; run < OpenRuns; ++run) {
        store.reset();
        times.push_back(millisecondsOf([&] { store = openStore(path); }));
        if (!store)
            return Result<double>::failure(u"cannot open the journal"_s);
    }
    return median(times);
}

// Ours and the shell take turns, so that a busy spell of the machine weighs on both alike.
Result<ShellComparison> compareWithShell(
    const JournalStore &store, const SqliteShellTimer &shell, int repetitions)
{
    std::vector<double> ours;
    std::vector<double> theirs;
    std::vector<double> ratios;
    for (int round = 0; round < ShellComparisonRounds; ++round) {
        const Result<double> oursMs = medianMilliseconds(
            repetitions, [&] { return withoutValue(whatHelps(store, {}, nullptr)); });
        if (!oursMs.ok())
            return Result<ShellComparison>::failure(oursMs.error());
        const Result<double> shellMs =
            shell.perRunMilliseconds(store.filePath(), {helpObservationsSql()}, repetitions);
        if (!shellMs.ok())
            return Result<ShellComparison>::failure(shellMs.error());
        ours.push_back(oursMs.value());
        theirs.push_back(shellMs.value());
        ratios.push_back(oursMs.value() / shellMs.value());
    }
    return ShellComparison {median(ours), median(theirs), median(ratios)};
}

Result<double> measureCsvExport(const JournalStore &store, const QString &csvPath)
{
    const Result<double> exportMs = medianMilliseconds(
        1, [&] { return withoutValue(JournalCsvExporter::writeFile(store, {}, csvPath)); });
    QFile::remove(csvPath);
    return exportMs;
}

// Each sample is a new check-in, written in its own durable transaction.
Result<double> measureAdd(JournalStore &store, SyntheticCheckIns &checkIns)
{
    return medianMilliseconds(AddSamples, [&] {
        const CheckIn checkIn = checkIns.next();
        return store.add(checkIn);
    });
}

Result<SizeReport> measure(
    const QTemporaryDir &dir, qint64 size, const std::optional<SqliteShellTimer> &shell)
{
    using Failure = Result<SizeReport>;
    SizeReport report;
    report.checkIns = size;
    const QString path = dir.filePath(u"journal-%1.sqlite"_s.arg(size));
    SyntheticCheckIns checkIns(size, QDate(2026, 6, 30));

    const auto generateStart = std::chrono::steady_clock::now();
    if (const Result<void> generated = generate(path, checkIns, size); !generated.ok())
        return Failure::failure(generated.error());
    report.generateSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - generateStart).count();
    report.fileMiB = static_cast<double>(QFileInfo(path).size()) / (1024 * 1024);

    std::fprintf(stderr, "  measuring %s check-ins\n", qPrintable(withThousands(size)));
    std::unique_ptr<JournalStore> store;
    const int repetitions = repetitionsFor(size);
    const QDateTime now = checkIns.lastStart().addSecs(3600);
    const auto stats = [&] { return withoutValue(summary(*store, now)); };
    const auto helps = [&] { return withoutValue(whatHelps(*store, {}, nullptr)); };
    std::optional<HelpObservations> observations;
    const auto model = [&] {
        const WhatHelps estimated = estimateWhatHelps(*observations);
        return estimated.checkIns == size
            ? Result<void>::success()
            : Result<void>::failure(u"the model saw too few check-ins"_s);
    };
    const auto firstScreen = [&] {
        if (store->summaries({}, 0, 50).value().size() != 50 || store->count().value() < size)
            return Result<void>::failure(u"the table's first screen came back short"_s);
        return Result<void>::success();
    };
    const auto wholeTrend = [&] { return withoutValue(trend(*store, {})); };
    // Filters on days read each check-in's offset where it could tip it onto another day.
    const QDate today = now.date();
    const auto screenOf = [&](const JournalFilter &filter) {
        return [&store, filter] {
            if (store->summaries(filter, 0, 50).value().isEmpty()
                || store->count(filter).value() == 0)
                return Result<void>::failure(u"the filtered first screen came back empty"_s);
            return Result<void>::success();
        };
    };
    const JournalFilter lastYear = JournalFilter::days(today.addDays(-364), today);
    const JournalFilter allDays = JournalFilter::days(QDate(1, 1, 1), today);
    const auto allDaysCount = [&] {
        return store->count(allDays).value() == store->count().value()
            ? Result<void>::success()
            : Result<void>::failure(u"the days of the whole journal missed some check-ins"_s);
    };

    const Result<double> openMs = measureOpen(path, store);
    // The warm-up run fills the new connection's page cache, as opening the review page would.
    const Result<double> statsMs = openMs.ok() ? medianMilliseconds(repetitions, stats, 1) : openMs;
    const Result<double> helpsMs = statsMs.ok() ? medianMilliseconds(repetitions, helps) : statsMs;
    if (helpsMs.ok()) {
        Result<HelpObservations> read = readHelpObservations(*store, {});
        if (!read.ok())
            return Failure::failure(read.error());
        observations = std::move(read).value();
    }
    const Result<double> modelMs = helpsMs.ok() ? medianMilliseconds(repetitions, model) : helpsMs;
    const Result<double> screenMs =
        modelMs.ok() ? medianMilliseconds(repetitions, firstScreen) : modelMs;
    const Result<double> lastYearMs =
        screenMs.ok() ? medianMilliseconds(repetitions, screenOf(lastYear)) : screenMs;
    const Result<double> allDaysMs =
        lastYearMs.ok() ? medianMilliseconds(repetitions, allDaysCount) : lastYearMs;
    const Result<double> trendMs =
        allDaysMs.ok() ? medianMilliseconds(TrendRuns, wholeTrend) : allDaysMs;
    for (const Result<double> *measured :
        {&openMs, &statsMs, &helpsMs, &modelMs, &screenMs, &lastYearMs, &allDaysMs, &trendMs}) {
        if (!measured->ok())
            return Failure::failure(measured->error());
    }
    report.openMs = openMs.value();
    report.statsMs = statsMs.value();
    report.helpsMs = helpsMs.value();
    report.modelMs = modelMs.value();
    report.firstScreenMs = screenMs.value();
    report.lastYearMs = lastYearMs.value();
    report.allDaysMs = allDaysMs.value();
    report.trendMs = trendMs.value();

    if (shell) {
        const Result<ShellComparison> compared = compareWithShell(*store, *shell, repetitions);
        if (!compared.ok())
            return Failure::failure(compared.error());
        report.shell = compared.value();
    }
    const Result<double> csvMs =
        measureCsvExport(*store, dir.filePath(u"export-%1.csv"_s.arg(size)));
    if (!csvMs.ok())
        return Failure::failure(csvMs.error());
    report.csvExportMs = csvMs.value();
    // Last, as it adds to the journal.
    const Result<double> addMs = measureAdd(*store, checkIns);
    if (!addMs.ok())
        return Failure::failure(addMs.error());
    report.addMs = addMs.value();

    store.reset();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    return report;
}

const char *verdict(bool met)
{
    return met ? "met" : "MISSED";
}

void printReports(const std::vector<SizeReport> &reports)
{
    std::printf("\n%10s %8s %7s %9s %9s %9s %9s %8s %8s %9s %9s %8s %9s %9s %10s %7s\n",
        "check-ins", "file MiB", "gen s", "open ms", "stats ms", "screen ms", "review ms",
        "year ms", "days ms", "trend ms", "CSV ms", "add ms", "helps ms", "model ms", "sqlite3 ms",
        "ratio");
    for (const SizeReport &report : reports) {
        const auto shellColumn = [&](double ShellComparison::*field, const QString &unit) {
            return report.shell ? QString::number((*report.shell).*field, 'f', 2) + unit : u"-"_s;
        };
        std::printf("%10s %8.1f %7.1f %9.1f %9.1f %9.1f %9.1f %8.2f %8.1f %9.1f %9.0f %8.2f %9.1f "
                    "%9.1f %10s %7s\n",
            qPrintable(withThousands(report.checkIns)), report.fileMiB, report.generateSeconds,
            report.openMs, report.statsMs, report.firstScreenMs, report.reviewMs(),
            report.lastYearMs, report.allDaysMs, report.trendMs, report.csvExportMs, report.addMs,
            report.helpsMs, report.modelMs, qPrintable(shellColumn(&ShellComparison::shellMs, {})),
            qPrintable(shellColumn(&ShellComparison::ratio, u"x"_s)));
    }
    std::printf(
        "\nopen: JournalStore::open, with its quick_check of every page; median of %d.\n"
        "stats: summary; screen: summaries(0, 50) + count(); review: stats + screen. Medians, "
        "after one warm-up run.\n"
        "year: screen filtered to the last 365 days; days: count() filtered to days that span the "
        "whole journal (each check-in on the day of its own clock). Medians.\n"
        "trend: the whole journal, per day and per week. CSV: JournalCsvExporter::writeFile "
        "of the whole journal, once.\n"
        "add: one check-in, a durable transaction each; median of %d.\n"
        "helps: whatHelps over the whole journal (one scan, the cue and practice models, the "
        "titles); model: the models alone, on check-ins already read. Medians.\n"
        "sqlite3: whatHelps's scan of the check-ins and their cue ids in the sqlite3 shell, by "
        "wall "
        "time less a shell that only opens the file;\nratio: helps / sqlite3. Each the median of "
        "%d alternating rounds; -: the sqlite3 shell is not installed (Debian package "
        "sqlite3).\n",
        OpenRuns, AddSamples, ShellComparisonRounds);

    std::printf("\nTargets:\n");
    const auto atTarget = std::find_if(reports.begin(), reports.end(),
        [](const SizeReport &report) { return report.checkIns == ReviewTargetSize; });
    if (atTarget == reports.end()) {
        std::printf("  review of %s check-ins under %.0f ms: not measured (add %lld to --sizes)\n",
            qPrintable(withThousands(ReviewTargetSize)), ReviewTargetMs,
            static_cast<long long>(ReviewTargetSize));
    } else {
        std::printf("  review of %s check-ins under %.0f ms: %.1f ms, %s\n",
            qPrintable(withThousands(ReviewTargetSize)), ReviewTargetMs, atTarget->reviewMs(),
            verdict(atTarget->reviewMs() < ReviewTargetMs));
    }
    if (atTarget != reports.end()) {
        std::printf("  what helps of %s check-ins under %.0f ms: %.1f ms, %s\n",
            qPrintable(withThousands(ReviewTargetSize)), WhatHelpsTargetMs, atTarget->helpsMs,
            verdict(atTarget->helpsMs < WhatHelpsTargetMs));
    }
    for (const SizeReport &report : reports) {
        std::printf("  %s check-ins: add under %.0f ms: %.2f ms, %s",
            qPrintable(withThousands(report.checkIns)), AddTargetMs, report.addMs,
            verdict(report.addMs < AddTargetMs));
        if (report.shell) {
            std::printf("; what helps within %.0fx of sqlite3: %.2fx, %s", SqliteRatioTarget,
                report.shell->ratio, verdict(report.shell->ratio <= SqliteRatioTarget));
        }
        std::printf("\n");
    }
}

std::optional<std::vector<qint64>> parseSizes(const QString &text)
{
    std::vector<qint64> sizes;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
        bool isNumber = false;
        const qint64 size = item.trimmed().toLongLong(&isNumber);
        if (!isNumber || size < 1)
            return std::nullopt;
        sizes.push_back(size);
    }
    if (sizes.empty())
        return std::nullopt;
    return sizes;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Times the pain journal's review and writes on synthetic journals."_s);
    parser.addHelpOption();
    const QCommandLineOption sizesOption(u"sizes"_s,
        u"Journal sizes in check-ins, comma-separated. The default takes about 3 minutes on 2 "
        "cores and 1 GiB of temporary disk space."_s,
        u"N,N"_s, u"10000,100000,1000000"_s);
    parser.addOption(sizesOption);
    parser.process(application);

    const std::optional<std::vector<qint64>> sizes = parseSizes(parser.value(sizesOption));
    if (!sizes) {
        std::fprintf(stderr, "--sizes needs whole numbers of at least 1, separated by commas\n");
        return 2;
    }

    std::optional<SqliteShellTimer> shell;
    if (const QString program = QStandardPaths::findExecutable(u"sqlite3"_s); program.isEmpty()) {
        std::fprintf(stderr,
            "bench_journal: the sqlite3 shell is not installed (Debian package sqlite3); "
            "skipping the comparison with it\n");
    } else {
        shell.emplace(program);
    }

    const QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_journal: cannot create a temporary folder: %s\n",
            qPrintable(dir.errorString()));
        return 1;
    }
    std::vector<SizeReport> reports;
    for (const qint64 size : *sizes) {
        const Result<SizeReport> report = measure(dir, size, shell);
        if (!report.ok()) {
            std::fprintf(stderr, "bench_journal: %s check-ins: %s\n",
                qPrintable(withThousands(size)), qPrintable(report.error()));
            return 1;
        }
        reports.push_back(report.value());
    }
    printReports(reports);
    return 0;
}
