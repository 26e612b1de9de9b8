#pragma once

#include "journal/JournalStatistics.h"

#include <QDate>
#include <QFont>
#include <QLocale>
#include <QRectF>

class QPainter;

namespace toward {

// The pain trend as a chart drawn with QPainter, so it stays vector output in a PDF: each day's
// average pain before and after as points, each week's averages as lines, over a date axis and a
// 0-10 pain axis. Markers and line styles tell the series apart, so it reads in black and white.
class TrendChartPainter {
public:
    TrendChartPainter(const TrendSeries &series, QDate firstDay, QDate lastDay, QLocale locale);

    // `unitsPerPoint`: device units in a typographic point, for lines, markers and `font`.
    void paint(QPainter &painter, const QRectF &area, const QFont &font, qreal unitsPerPoint) const;

private:
    struct Axes;

    QRectF paintLegend(QPainter &painter, const QRectF &area, qreal unitsPerPoint) const;
    void paintGrid(QPainter &painter, const Axes &axes) const;
    void paintWeeks(QPainter &painter, const Axes &axes) const;
    void paintDays(QPainter &painter, const Axes &axes) const;

    const TrendSeries &m_series;
    QDate m_firstDay;
    QDate m_lastDay;
    QLocale m_locale;
};

} // namespace toward
