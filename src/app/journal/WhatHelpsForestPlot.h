#pragma once

#include "whathelps/WhatHelps.h"

#include <QWidget>

namespace toward {

// What helps as a forest plot (ForestPlotPainter, shared with the report) in the app's palette
// and font. As tall as its rows need, for a scroll area.
class WhatHelpsForestPlot final : public QWidget {
    Q_OBJECT

public:
    explicit WhatHelpsForestPlot(QWidget *parent = nullptr);

    void setWhatHelps(const WhatHelps &whatHelps);
    const WhatHelps &whatHelps() const { return m_whatHelps; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    qreal unitsPerPoint() const;

    WhatHelps m_whatHelps;
};

} // namespace toward
