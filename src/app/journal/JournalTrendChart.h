#pragma once

#include "journal/JournalStatistics.h"

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace toward {

// Pain before and after over time: a point for each day with check-ins, and the weekly averages
// as thicker lines over them, on the 0–10 scale.
class JournalTrendChart final : public QChartView {
    Q_OBJECT

public:
    explicit JournalTrendChart(QWidget *parent = nullptr);

    void setTrend(const TrendSeries &trend);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    // Dots drawn by line series with no line: a scatter series makes one graphics item per dot,
    // and thousands of them (years of days) froze the window for many seconds.
    QLineSeries *m_dailyBefore;
    QLineSeries *m_dailyAfter;
    QLineSeries *m_weeklyBefore;
    QLineSeries *m_weeklyAfter;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_painAxis;
};

} // namespace toward
