#include "journal/JournalTrendChart.h"

#include "journal/CheckIn.h"

#include <QDateTimeAxis>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

namespace toward {

namespace {

struct SeriesPoints {
    QList<QPointF> before;
    QList<QPointF> after;
};

// The points of tallies that stand for `days` days each. A point sits in the middle of its days:
// a day's at its noon, a week's on Thursday noon, so that each lines up with the days it stands
// for.
SeriesPoints pointsOf(const QList<PainTally> &tallies, int days)
{
    constexpr qint64 HalfDayMs = 12 * 60 * 60 * 1000;
    SeriesPoints points;
    for (const PainTally &tally : tallies) {
        const qreal x = qreal(
            QDateTime(tally.start, QTime(12, 0)).toMSecsSinceEpoch() + (days - 1) * HalfDayMs);
        points.before.append({x, tally.averageBefore()});
        if (const std::optional<double> after = tally.averageAfter())
            points.after.append({x, *after});
    }
    return points;
}

// How many days each point stands for, a multiple of the `unit` days that each tally stands
// for, so that the plot has a pixel column for each point.
int daysPerPoint(const QList<PainTally> &tallies, int unit, qint64 columns)
{
    if (tallies.isEmpty())
        return unit;
    const qint64 units = tallies.constFirst().start.daysTo(tallies.constLast().start) / unit + 1;
    return unit * int((units + columns - 1) / columns);
}

void showPoints(
    QLineSeries *before, QLineSeries *after, const QList<PainTally> &tallies, int daysPerPoint)
{
    const SeriesPoints points = pointsOf(inSpans(tallies, daysPerPoint), daysPerPoint);
    before->replace(points.before);
    after->replace(points.after);
}

} // namespace

JournalTrendChart::JournalTrendChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_dailyBefore(new QLineSeries)
    , m_dailyAfter(new QLineSeries)
    , m_weeklyBefore(new QLineSeries)
    , m_weeklyAfter(new QLineSeries)
    , m_timeAxis(new QDateTimeAxis)
    , m_painAxis(new QValueAxis)
{
    setObjectName(QStringLiteral("trendChart"));
    setAccessibleName(tr("Pain over time"));
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setMinimumHeight(fontMetrics().lineSpacing() * 14);

    for (QLineSeries *daily : {m_dailyBefore, m_dailyAfter}) {
        daily->setMarkerSize(5);
        daily->setPointsVisible(true);
    }

    QChart *chart = this->chart();
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Dots for the days, lines for the weeks, in the legend as in the chart.
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    chart->setMargins(QMargins(4, 4, 4, 4));
    for (QAbstractSeries *series : std::initializer_list<QAbstractSeries *> {
             m_dailyBefore, m_dailyAfter, m_weeklyBefore, m_weeklyAfter})
        chart->addSeries(series);

    m_painAxis->setRange(MinPain, MaxPain);
    m_painAxis->setTickCount(6);
    m_painAxis->setLabelFormat(QStringLiteral("%d"));
    m_painAxis->setTitleText(tr("Pain (0–10)"));
    m_timeAxis->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_timeAxis->setTickCount(6);
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_painAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_painAxis);
    }
    for (QLineSeries *daily : {m_dailyBefore, m_dailyAfter}) {
        for (QLegendMarker *marker : chart->legend()->markers(daily))
            marker->setShape(QLegend::MarkerShapeCircle);
    }
    applyPalette();
    showAtPlotWidth();
    connect(chart, &QChart::plotAreaChanged, this, &JournalTrendChart::showAtPlotWidth);
}

void JournalTrendChart::setTrend(const TrendSeries &trend)
{
    m_trend = trend;
    m_daysPerDot = 0;
    showAtPlotWidth();

    chart()->setTitle(trend.days.isEmpty() ? tr("No check-ins match the filters.") : QString());
    if (trend.days.isEmpty())
        return;
    // From the first day or week shown to the last (a week's point is in its middle, which may
    // lie past the last day), and at least a week in all, so a single day is not a line.
    QDate first = qMin(trend.days.constFirst().start, trend.weeks.constFirst().start.addDays(3));
    QDate last = qMax(trend.days.constLast().start, trend.weeks.constLast().start.addDays(3));
    if (first.daysTo(last) < 7) {
        first = first.addDays(-3);
        last = last.addDays(3);
    }
    m_timeAxis->setRange(QDateTime(first, QTime(0, 0)), QDateTime(last.addDays(1), QTime(0, 0)));
}

void JournalTrendChart::showAtPlotWidth()
{
    // Before the chart is first laid out, the view is as wide as the plot can be.
    const qreal plotWidth = chart()->plotArea().width();
    const qint64 columns = std::max<qint64>(1, plotWidth >= 1 ? qint64(plotWidth) : width());
    const int daysPerDot = daysPerPoint(m_trend.days, 1, columns);
    const int daysPerLinePoint = daysPerPoint(m_trend.weeks, 7, columns);
    if (daysPerDot == m_daysPerDot && daysPerLinePoint == m_daysPerLinePoint)
        return;
    m_daysPerDot = daysPerDot;
    m_daysPerLinePoint = daysPerLinePoint;

    showPoints(m_dailyBefore, m_dailyAfter, m_trend.days, daysPerDot);
    showPoints(m_weeklyBefore, m_weeklyAfter, m_trend.weeks, daysPerLinePoint);
    m_dailyBefore->setName(daysPerDot == 1
            ? tr("Pain before, each day")
            : tr("Pain before, average of each %1 days").arg(daysPerDot));
    m_dailyAfter->setName(daysPerDot == 1
            ? tr("Pain after, each day")
            : tr("Pain after, average of each %1 days").arg(daysPerDot));
    const int weeks = daysPerLinePoint / 7;
    m_weeklyBefore->setName(
        weeks == 1 ? tr("Weekly average before") : tr("Average before, each %1 weeks").arg(weeks));
    m_weeklyAfter->setName(
        weeks == 1 ? tr("Weekly average after") : tr("Average after, each %1 weeks").arg(weeks));
}

void JournalTrendChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void JournalTrendChart::applyPalette()
{
    const QPalette colours = palette();
    const bool dark = colours.color(QPalette::Base).lightness() < 128;
    // Okabe–Ito orange and blue: told apart with any colour vision, and lighter on dark themes.
    const QColor before = dark ? QColor(0xf0, 0xa0, 0x50) : QColor(0xc0, 0x50, 0x00);
    const QColor after = dark ? QColor(0x70, 0xc0, 0xf0) : QColor(0x00, 0x62, 0xa0);

    QChart *chart = this->chart();
    setBackgroundBrush(colours.window());
    chart->setBackgroundBrush(colours.window());
    chart->setPlotAreaBackgroundBrush(colours.base());
    chart->setTitleBrush(colours.text());
    chart->legend()->setLabelColor(colours.color(QPalette::Text));
    for (QAbstractAxis *axis :
        {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_painAxis)}) {
        axis->setLabelsColor(colours.color(QPalette::Text));
        axis->setTitleBrush(colours.text());
        axis->setGridLineColor(colours.color(QPalette::Mid));
        axis->setLinePenColor(colours.color(QPalette::Mid));
    }

    // The dots take the pen's colour; the line between them is not drawn.
    m_dailyBefore->setPen(QPen(before, 0, Qt::NoPen));
    m_dailyAfter->setPen(QPen(after, 0, Qt::NoPen));
    m_dailyBefore->setBrush(before);
    m_dailyAfter->setBrush(after);
    m_weeklyBefore->setPen(QPen(before, 3));
    m_weeklyAfter->setPen(QPen(after, 3));
}

} // namespace toward
