#include "journal/JournalWording.h"

#include <QLocale>

#include <cmath>

namespace toward {

namespace {

const QChar MinusSign(0x2212);
const QChar Dash(0x2013);

QString signedNumber(double value, int decimals)
{
    const QString magnitude = QLocale().toString(std::abs(value), 'f', decimals);
    // A value that rounds to zero gets no sign.
    if (magnitude == QLocale().toString(0.0, 'f', decimals))
        return magnitude;
    return (value < 0 ? QString(MinusSign) : QStringLiteral("+")) + magnitude;
}

// "pain eased by 2.1 points on average", for the average relief of a period.
QString reliefInWords(double averageRelief)
{
    const QString points = QLocale().toString(std::abs(averageRelief), 'f', 1);
    if (points == QLocale().toString(0.0, 'f', 1))
        return JournalWording::tr("pain did not change on average");
    return averageRelief > 0 ? JournalWording::tr("pain eased by %1 points on average").arg(points)
                             : JournalWording::tr("pain rose by %1 points on average").arg(points);
}

QString ratedCount(int rated)
{
    return JournalWording::tr("%Ln rated check-in(s)", nullptr, rated);
}

QString periodText(const QString &period, const ReliefPeriod &relief)
{
    const std::optional<double> average = relief.relief.average();
    if (!average)
        return JournalWording::tr("%1: no rated check-ins.").arg(period);
    return JournalWording::tr("%1: %2 (%3).")
        .arg(period, reliefInWords(*average), ratedCount(relief.relief.rated));
}

} // namespace

QString JournalWording::meaningfulMarker()
{
    return QStringLiteral("●");
}

QString JournalWording::pain(int before, std::optional<int> after)
{
    return QStringLiteral("%1 → %2").arg(before).arg(
        after ? QString::number(*after) : QString(Dash));
}

QString JournalWording::change(int before, std::optional<int> after)
{
    return after ? signedNumber(*after - before, 0) : QString();
}

QString JournalWording::averageChange(double averageRelief)
{
    return signedNumber(-averageRelief, 1);
}

QString JournalWording::checkInCount(qint64 count)
{
    return tr("%Ln check-in(s)", nullptr, int(count));
}

QString JournalWording::share(int part, int whole)
{
    if (whole == 0)
        return QString(Dash);
    return tr("%1 of %2 (%3%)").arg(part).arg(whole).arg(qRound(100.0 * part / whole));
}

QString JournalWording::thisWeek(const JournalSummary &summary)
{
    return summary.checkInsThisWeek == 0
        ? tr("This week: no check-ins yet")
        : tr("This week: %1").arg(checkInCount(summary.checkInsThisWeek));
}

QString JournalWording::daysInARow(int days)
{
    return tr("%n day(s) in a row", nullptr, days);
}

QString JournalWording::reliefComparison(const JournalSummary &summary)
{
    return periodText(tr("Last 30 days"), summary.last30Days) + u' '
        + periodText(tr("The 30 days before"), summary.previous30Days);
}

} // namespace toward
