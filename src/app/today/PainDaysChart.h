#pragma once

#include "journal/JournalStatistics.h"

#include <QDate>
#include <QList>
#include <QWidget>

namespace toward {

// A small chart of the pain of recent days, drawn with the palette: for each day with check-ins,
// the average pain before (a hollow dot) joined to the average after (a filled one, when rated).
// Days without check-ins leave a gap. Its accessible description says the same in words.
class PainDaysChart final : public QWidget {
    Q_OBJECT

public:
    explicit PainDaysChart(QWidget *parent = nullptr);

    // `days`, oldest first, from the `count` days ending on `last`.
    void setDays(const QList<PainTally> &days, QDate last, int count);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<PainTally> m_days;
    QDate m_last;
    int m_count = 14;
};

} // namespace toward
