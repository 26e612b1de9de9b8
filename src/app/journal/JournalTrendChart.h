#pragma once

#include "journal/JournalStatistics.h"

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace toward {

// Pain before and after over time: a point for each day with check-ins, and the weekly averages
// as thicker lines over them, on the 0–10 scale. Years of days that the plot has no room for are
// shown in spans of days and weeks, so that the chart stays quick to draw.
class JournalTrendChart final : public QChartView {
    Q_OBJECT

public:
    explicit JournalTrendChart(QWidget *parent = nullptr);

    void setTrend(const TrendSeries &trend);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    // A dot for each day and a point of the line for each week while the plot has a pixel column
    // for each; beyond that, each stands for a span of days or weeks one column wide, averaging
    // all of its check-ins.
    void showAtPlotWidth();

    // Dots drawn by line series with no line: a scatter series makes one graphics item per dot,
    // and thousands of them (years of days) froze the window for many seconds.
    QLineSeries *m_dailyBefore;
    QLineSeries *m_dailyAfter;
    QLineSeries *m_weeklyBefore;
    QLineSeries *m_weeklyAfter;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_painAxis;
    TrendSeries m_trend;
    int m_daysPerDot = 0; // 0: the trend is not shown yet
    int m_daysPerLinePoint = 0;
};

} // namespace toward
