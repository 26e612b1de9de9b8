#include "TrendChartPainter.h"

#include "journal/CheckIn.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPolygonF>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

const QColor BeforeColor(0xa8, 0x32, 0x28);
const QColor AfterColor(0x1f, 0x5a, 0xa0);
const QColor MinorGridColor(0xe8, 0xe8, 0xe8);
const QColor MajorGridColor(0xc4, 0xc4, 0xc4);
const QColor AxisColor(0x33, 0x33, 0x33);
constexpr qreal WeekLinePt = 1.6;
constexpr qreal MarkerPt = 2.6;
constexpr qreal SmallestMarkerPt = 1.4;
constexpr qreal LegendSamplePt = 24;
constexpr qreal GapPt = 5;
constexpr int DaysPerWeek = 7;

enum class Series { Before, After };

QColor colorOf(Series series)
{
    return series == Series::Before ? BeforeColor : AfterColor;
}

// Before: an open circle; after: a filled triangle pointing down, the way relief goes.
void drawMarker(QPainter &painter, Series series, QPointF centre, qreal radius, qreal lineWidth)
{
    painter.save();
    painter.setPen(QPen(colorOf(series), lineWidth));
    if (series == Series::Before) {
        painter.setBrush(Qt::white);
        painter.drawEllipse(centre, radius, radius);
    } else {
        painter.setBrush(colorOf(series));
        const qreal r = radius * 1.15;
        painter.drawPolygon(QPolygonF({centre + QPointF(-r, -r * 0.8),
            centre + QPointF(r, -r * 0.8), centre + QPointF(0, r * 0.9)}));
    }
    painter.restore();
}

QPen weekLinePen(Series series, qreal unitsPerPoint)
{
    QPen pen(colorOf(series), WeekLinePt * unitsPerPoint,
        series == Series::Before ? Qt::SolidLine : Qt::DashLine);
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

// The locale's short date without its year, e.g. "d MMM" or "M/d", for ticks a few days apart.
QString dayMonthFormat(const QLocale &locale)
{
    static const QRegularExpression year(u"[^\\w']*y+[^\\w']*"_s);
    return locale.dateFormat(QLocale::ShortFormat).remove(year).trimmed();
}

struct TickStep {
    int days; // 0: a step of whole months
    int months;
};

constexpr std::array<TickStep, 9> TickSteps {{
    {1, 0},
    {2, 0},
    {7, 0},
    {14, 0},
    {0, 1},
    {0, 2},
    {0, 3},
    {0, 6},
    {0, 12},
}};

QList<QDate> ticksOf(TickStep step, QDate first, QDate last)
{
    QList<QDate> ticks;
    if (step.days > 0) {
        QDate tick = first;
        // Ticks a week or more apart fall on Mondays, where the weeks of the averages start.
        if (step.days >= DaysPerWeek)
            tick = first.addDays((DaysPerWeek + 1 - first.dayOfWeek()) % DaysPerWeek);
        for (; tick <= last; tick = tick.addDays(step.days))
            ticks.append(tick);
        return ticks;
    }
    QDate tick(first.year(), first.month(), 1);
    while (tick < first || (tick.month() - 1) % step.months != 0)
        tick = tick.addMonths(1);
    for (; tick <= last; tick = tick.addMonths(step.months))
        ticks.append(tick);
    return ticks;
}

QString tickFormat(TickStep step, const QLocale &locale)
{
    if (step.days > 0)
        return dayMonthFormat(locale);
    return step.months >= 12 ? u"yyyy"_s : u"MMM yyyy"_s;
}

struct DateTicks {
    QList<QDate> dates;
    QString format;
};

// The closest ticks whose labels do not crowd each other in `width`.
DateTicks dateTicks(QDate first, QDate last, const QLocale &locale, const QFontMetricsF &metrics,
    qreal width, qreal gap)
{
    DateTicks chosen;
    for (const TickStep step : TickSteps) {
        chosen = {ticksOf(step, first, last), tickFormat(step, locale)};
        const qreal labelWidth =
            metrics.horizontalAdvance(locale.toString(QDate(2026, 12, 28), chosen.format));
        if (chosen.dates.size() * (labelWidth + gap) <= width)
            break;
    }
    return chosen;
}

} // namespace

struct TrendChartPainter::Axes {
    QRectF plot;
    QDate first;
    qint64 days = 1;
    qreal unitsPerPoint = 1;
    QFont font;

    // `day` plus `dayFraction` of it, e.g. 0.5 for its middle.
    qreal x(QDate day, qreal dayFraction = 0.5) const
    {
        return plot.left() + (first.daysTo(day) + dayFraction) / days * plot.width();
    }
    qreal y(double pain) const { return plot.bottom() - pain / MaxPain * plot.height(); }
    // Where the part of a week that is on the axis starts, ends, and has its middle.
    qreal weekStartX(QDate monday) const
    {
        return plot.left() + std::max<qint64>(0, first.daysTo(monday)) * plot.width() / days;
    }
    qreal weekEndX(QDate monday) const
    {
        return plot.left()
            + std::min<qint64>(days, first.daysTo(monday) + DaysPerWeek) * plot.width() / days;
    }
    qreal weekX(QDate monday) const { return (weekStartX(monday) + weekEndX(monday)) / 2; }
    qreal markerRadius() const
    {
        const qreal perDay = plot.width() / days;
        return std::clamp(
            perDay * 0.35, SmallestMarkerPt * unitsPerPoint, MarkerPt * unitsPerPoint);
    }
};

TrendChartPainter::TrendChartPainter(
    const TrendSeries &series, QDate firstDay, QDate lastDay, QLocale locale)
    : m_series(series)
    , m_firstDay(firstDay)
    , m_lastDay(lastDay)
    , m_locale(std::move(locale))
{
}

void TrendChartPainter::paint(
    QPainter &painter, const QRectF &area, const QFont &font, qreal unitsPerPoint) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const QRectF chart = area.adjusted(0, paintLegend(painter, area, unitsPerPoint).height(), 0, 0);

    Axes axes;
    axes.first = m_firstDay;
    axes.days = m_firstDay.isValid() ? m_firstDay.daysTo(m_lastDay) + 1 : 1;
    axes.unitsPerPoint = unitsPerPoint;
    axes.font = font;
    const qreal axisTitleWidth = metrics.height() + GapPt * unitsPerPoint;
    const qreal painLabelWidth = metrics.horizontalAdvance(u"10"_s) + GapPt * unitsPerPoint;
    axes.plot = chart.adjusted(axisTitleWidth + painLabelWidth, metrics.height() / 2,
        -metrics.horizontalAdvance(u"0000"_s) / 2, -(metrics.height() + GapPt * unitsPerPoint));

    paintGrid(painter, axes);
    if (m_series.days.isEmpty()) {
        painter.drawText(axes.plot, Qt::AlignCenter,
            QCoreApplication::translate("TrendChartPainter", "No check-ins in this range."));
    } else {
        painter.save();
        const qreal margin = axes.markerRadius() + unitsPerPoint;
        painter.setClipRect(axes.plot.adjusted(-margin, -margin, margin, margin));
        paintDays(painter, axes);
        paintWeeks(painter, axes);
        painter.restore();
    }

    painter.setPen(QPen(AxisColor, 0.8 * unitsPerPoint));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(axes.plot);
    painter.translate(chart.left(), axes.plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-axes.plot.height() / 2, 0, axes.plot.height(), metrics.height()),
        Qt::AlignCenter, QCoreApplication::translate("TrendChartPainter", "Pain (0–10)"));
    painter.restore();
}

QRectF TrendChartPainter::paintLegend(
    QPainter &painter, const QRectF &area, qreal unitsPerPoint) const
{
    const QFontMetricsF metrics(painter.font(), painter.device());
    const qreal rowHeight = metrics.height() * 1.3;
    const qreal sampleWidth = LegendSamplePt * unitsPerPoint;
    const qreal gap = GapPt * unitsPerPoint;
    const qreal columnWidth = area.width() / 2;
    struct Entry {
        Series series;
        bool weekly;
        QString label;
    };
    const std::array<Entry, 4> entries {{
        {Series::Before, false,
            QCoreApplication::translate("TrendChartPainter", "Pain before, each day's average")},
        {Series::Before, true,
            QCoreApplication::translate("TrendChartPainter", "Pain before, each week's average")},
        {Series::After, false,
            QCoreApplication::translate("TrendChartPainter", "Pain after, each day's average")},
        {Series::After, true,
            QCoreApplication::translate("TrendChartPainter", "Pain after, each week's average")},
    }};
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const Entry &entry = entries[i];
        const QRectF cell(area.left() + (i % 2) * columnWidth, area.top() + (i / 2) * rowHeight,
            columnWidth, rowHeight);
        const QPointF sampleCentre(cell.left() + sampleWidth / 2, cell.center().y());
        if (entry.weekly) {
            painter.setPen(weekLinePen(entry.series, unitsPerPoint));
            painter.drawLine(QPointF(cell.left(), sampleCentre.y()),
                QPointF(cell.left() + sampleWidth, sampleCentre.y()));
        } else {
            drawMarker(
                painter, entry.series, sampleCentre, MarkerPt * unitsPerPoint, 0.8 * unitsPerPoint);
        }
        painter.setPen(AxisColor);
        painter.drawText(cell.adjusted(sampleWidth + gap, 0, 0, 0),
            Qt::AlignLeft | Qt::AlignVCenter, entry.label);
    }
    return QRectF(area.left(), area.top(), area.width(), 2 * rowHeight + gap);
}

void TrendChartPainter::paintGrid(QPainter &painter, const Axes &axes) const
{
    const QFontMetricsF metrics(axes.font, painter.device());
    const qreal gap = GapPt * axes.unitsPerPoint;
    const qreal thin = 0.4 * axes.unitsPerPoint;
    for (int pain = MinPain; pain <= MaxPain; ++pain) {
        const bool labelled = pain % 2 == 0;
        const qreal y = axes.y(pain);
        painter.setPen(QPen(labelled ? MajorGridColor : MinorGridColor, thin));
        painter.drawLine(QPointF(axes.plot.left(), y), QPointF(axes.plot.right(), y));
        if (labelled) {
            painter.setPen(AxisColor);
            painter.drawText(
                QRectF(axes.plot.left() - gap - metrics.horizontalAdvance(u"10"_s),
                    y - metrics.height() / 2, metrics.horizontalAdvance(u"10"_s), metrics.height()),
                Qt::AlignRight | Qt::AlignVCenter, m_locale.toString(pain));
        }
    }
    if (!axes.first.isValid())
        return;

    const DateTicks ticks = dateTicks(axes.first, axes.first.addDays(axes.days - 1), m_locale,
        metrics, axes.plot.width(), 2 * gap);
    for (const QDate tick : ticks.dates) {
        // A tick marks where its day starts.
        const qreal x = axes.x(tick, 0);
        painter.setPen(QPen(MinorGridColor, thin));
        painter.drawLine(QPointF(x, axes.plot.top()), QPointF(x, axes.plot.bottom()));
        painter.setPen(QPen(AxisColor, thin));
        painter.drawLine(QPointF(x, axes.plot.bottom()), QPointF(x, axes.plot.bottom() + gap / 2));
        const QString label = m_locale.toString(tick, ticks.format);
        const qreal labelWidth = metrics.horizontalAdvance(label);
        const qreal left = std::clamp(
            x - labelWidth / 2, axes.plot.left() - gap, axes.plot.right() + gap - labelWidth);
        painter.drawText(QRectF(left, axes.plot.bottom() + gap / 2, labelWidth, metrics.height()),
            Qt::AlignCenter, label);
    }
}

void TrendChartPainter::paintWeeks(QPainter &painter, const Axes &axes) const
{
    struct WeekPoint {
        QDate monday;
        double average;
    };
    for (const Series series : {Series::Before, Series::After}) {
        // A line joins consecutive weeks only, so a gap in the journal shows as a gap.
        QList<QList<WeekPoint>> runs;
        std::optional<QDate> previousMonday;
        for (const PainTally &week : m_series.weeks) {
            const std::optional<double> average = series == Series::Before
                ? std::optional<double>(week.averageBefore())
                : week.averageAfter();
            if (!average) {
                previousMonday.reset();
                continue;
            }
            if (!previousMonday || previousMonday->daysTo(week.start) != DaysPerWeek)
                runs.append(QList<WeekPoint>());
            runs.last().append(WeekPoint {week.start, *average});
            previousMonday = week.start;
        }

        painter.setPen(weekLinePen(series, axes.unitsPerPoint));
        painter.setBrush(Qt::NoBrush);
        for (const QList<WeekPoint> &run : std::as_const(runs)) {
            if (run.size() == 1) {
                // A week on its own is drawn across its days, so its line style still shows.
                const WeekPoint &week = run.first();
                const qreal y = axes.y(week.average);
                painter.drawLine(QPointF(axes.weekStartX(week.monday), y),
                    QPointF(axes.weekEndX(week.monday), y));
                continue;
            }
            QPolygonF line;
            for (const WeekPoint &week : run)
                line.append(QPointF(axes.weekX(week.monday), axes.y(week.average)));
            painter.drawPolyline(line);
        }
    }
}

void TrendChartPainter::paintDays(QPainter &painter, const Axes &axes) const
{
    const qreal radius = axes.markerRadius();
    const qreal lineWidth = std::min(0.8 * axes.unitsPerPoint, radius / 2.5);
    for (const PainTally &day : m_series.days) {
        const qreal x = axes.x(day.start);
        drawMarker(
            painter, Series::Before, QPointF(x, axes.y(day.averageBefore())), radius, lineWidth);
        if (const std::optional<double> after = day.averageAfter())
            drawMarker(painter, Series::After, QPointF(x, axes.y(*after)), radius, lineWidth);
    }
}

} // namespace toward
