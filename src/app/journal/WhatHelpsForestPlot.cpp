#include "journal/WhatHelpsForestPlot.h"

#include "ForestPlotPainter.h"

#include <QEvent>
#include <QPainter>

#include <cmath>

namespace toward {

namespace {

constexpr qreal PointsPerInch = 72;
constexpr qreal Margin = 8;

} // namespace

WhatHelpsForestPlot::WhatHelpsForestPlot(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    setAccessibleName(tr("What helps, as a chart"));
    setAccessibleDescription(tr("The same estimates are in the table below."));
}

void WhatHelpsForestPlot::setWhatHelps(const WhatHelps &whatHelps)
{
    m_whatHelps = whatHelps;
    updateGeometry();
    update();
}

qreal WhatHelpsForestPlot::unitsPerPoint() const
{
    return logicalDpiY() / PointsPerInch;
}

QSize WhatHelpsForestPlot::minimumSizeHint() const
{
    const ForestPlotPainter painter(
        m_whatHelps, this, font(), unitsPerPoint(), ForestPlotColours::forPalette(palette()));
    return {static_cast<int>(std::ceil(painter.minimumWidth() + 2 * Margin)),
        static_cast<int>(std::ceil(painter.height()))};
}

QSize WhatHelpsForestPlot::sizeHint() const
{
    const QSize minimum = minimumSizeHint();
    return {minimum.width() * 3 / 2, minimum.height()};
}

void WhatHelpsForestPlot::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    ForestPlotPainter(
        m_whatHelps, this, font(), unitsPerPoint(), ForestPlotColours::forPalette(palette()))
        .paint(painter, QRectF(rect()).adjusted(Margin, 0, -Margin, 0));
}

void WhatHelpsForestPlot::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateGeometry();
}

} // namespace toward
