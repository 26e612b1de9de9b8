#include "ClinicianReport.h"

#include "journal/JournalStore.h"
#include "journal/LocalDay.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

void addToTallies(ClinicianReport &report, const CheckIn &checkIn)
{
    ++report.pain.checkIns;
    report.pain.beforeTotal += checkIn.painBefore;
    ++report.relief.uses;
    if (const std::optional<int> relief = checkIn.relief()) {
        ++report.pain.rated;
        report.pain.afterTotal += *checkIn.painAfter;
        ++report.relief.rated;
        report.relief.total += *relief;
        if (*relief > 0 && isMeaningfulChange(checkIn.painBefore, *checkIn.painAfter))
            ++report.meaningfulImprovements;
    }
}

void keepForTable(ClinicianReport &report, const CheckIn &checkIn)
{
    report.newestCheckIns.append(checkIn);
    if (report.newestCheckIns.size() > ClinicianReport::MaxTableRows)
        report.newestCheckIns.removeFirst();
}

} // namespace

Result<ClinicianReport> ClinicianReport::gather(const JournalStore &journal,
    const JournalFilter &filter, const QDateTime &madeAt, const PracticeModel *current)
{
    ClinicianReport report;
    report.filter = filter;
    report.madeAt = madeAt;

    // With offsets that differ, the oldest check-in need not be on the earliest day.
    QDate firstCheckInDay;
    QDate lastCheckInDay;
    std::map<RedFlag, QList<QDate>> redFlagDays;
    const Result<void> visited = journal.forEach(filter, [&](const CheckIn &checkIn) {
        const QDate day = LocalDay::of(checkIn.startedAt);
        if (!firstCheckInDay.isValid() || day < firstCheckInDay)
            firstCheckInDay = day;
        if (!lastCheckInDay.isValid() || day > lastCheckInDay)
            lastCheckInDay = day;
        addToTallies(report, checkIn);
        keepForTable(report, checkIn);
        for (const RedFlag flag : checkIn.redFlags) {
            QList<QDate> &days = redFlagDays[flag];
            if (!days.contains(day))
                days.append(day);
        }
    });
    if (!visited.ok())
        return Result<ClinicianReport>::failure(QCoreApplication::translate(
            "ClinicianReport", "Cannot read the journal for the report: %1")
                                                    .arg(visited.error()));

    for (auto &[flag, days] : redFlagDays) {
        std::sort(days.begin(), days.end());
        report.redFlags.append({flag, days});
    }

    report.firstDay = filter.firstDay.isValid() ? filter.firstDay : firstCheckInDay;
    report.lastDay = filter.lastDay.isValid() ? filter.lastDay : lastCheckInDay;
    if (!report.firstDay.isValid())
        report.firstDay = report.lastDay;
    if (!report.lastDay.isValid())
        report.lastDay = report.firstDay;

    Result<TrendSeries> series = toward::trend(journal, filter);
    if (!series.ok())
        return Result<ClinicianReport>::failure(series.error());
    report.trend = std::move(series).value();

    if (!report.firstDay.isValid())
        return report;
    Result<WhatHelps> helps =
        toward::whatHelps(journal, JournalFilter::days(report.firstDay, report.lastDay), current);
    if (!helps.ok())
        return Result<ClinicianReport>::failure(helps.error());
    report.whatHelps = std::move(helps).value();
    return report;
}

} // namespace toward
